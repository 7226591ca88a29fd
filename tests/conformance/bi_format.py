print(format(5), format(5, '05d'), format(3.14159, '.2f'), format('ab', '>5'), format(255, 'x'), format(255, '#X'))
print(format(1234567, ','), format(1234567.891, '_.2f'), format(0.5, '%'), format(-5, '+'), format(5, ' '))
print(format(None), format([1], ''), format(True), format(True, 'd'), format(2**64, ','))
try:
    format(5, 'z')
except ValueError as e:
    print(e)
try:
    format('a', 'd')
except ValueError as e:
    print(e)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
