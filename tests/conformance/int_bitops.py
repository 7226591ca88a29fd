for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**64 + 5, -3), (-2**64, 2**63 - 1)]:
    print(a & b, a | b, a ^ b, ~a, ~b)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2**64).bit_length(), (2**62).bit_length())
print((255).bit_count(), (-7).bit_count(), (2**64 - 1).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (2**64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01' * 10, 'little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((10).to_bytes(), int.from_bytes(b'\x0a'))
