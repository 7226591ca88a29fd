import sys
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), int('7' * 4300) % 1000)
print(hex(10 ** 5000)[:10], int('f' * 5000, 16) % 97)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(sys.int_info.max_str_digits if hasattr(sys.int_info, 'max_str_digits') else 'n/a')
