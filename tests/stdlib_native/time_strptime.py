# time.strptime: struct_time fields from a format, the default format and
# errors.
import time
print(time.strptime('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 14:07:09 2024'))
print(tuple(time.strptime('31/12/2023', '%d/%m/%Y')), time.strptime('2024', '%Y').tm_yday)
print(tuple(time.strptime('07:30 PM, 29 Feb 2024', '%I:%M %p, %d %b %Y')))
for args in [('x', '%Y'), ('2024-01-01 extra', '%Y-%m-%d'), ('2024', '%Q')]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print('ValueError', e)
print(time.strftime('%Y-%m-%d', time.strptime('2024-06-01', '%Y-%m-%d')))
