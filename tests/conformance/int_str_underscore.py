print(int('1_2_3'), int('0x_ff', 16), int('0b_1_0', 0), float('1_0.5_0'), int(' 12 '), int('\t-7\n'), complex('1_0j'))
for bad in ['1__2', '_12', '12_', '0x__1', '1_.5', '0_x1', '1e_5']:
    for conv in (int, float):
        try:
            print(repr(bad), conv.__name__, conv(bad, 0) if conv is int else conv(bad))
        except ValueError as e:
            print(repr(bad), conv.__name__, 'ValueError', e)
n = int('9' * 4300)
print(len(str(n)), n % 1000, int('1' + '_0' * 1000) == 10 ** 1000)
print(format(10**20, '_'), format(10**20, ','), format(-1234567.891, ',.1f'), format(123456789, '_x'), format(255, '_b'))
