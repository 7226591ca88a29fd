# The record types of os and time carry __match_args__ and their field
# counts, so that class patterns can match them by keyword and position.
import os
import time

for T in (os.stat_result, os.statvfs_result, os.terminal_size, time.struct_time, os.times_result,
          os.uname_result):
    print(T.__name__, T.__match_args__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
match os.stat('/'):
    case os.stat_result(st_mode=m, st_ino=i):
        print('stat matched', m == os.stat('/').st_mode, i == os.stat('/').st_ino)
match time.gmtime(86400 * 365):
    case time.struct_time(tm_year=y, tm_mon=mo, tm_yday=yd):
        print(y, mo, yd)
match time.gmtime(0):
    case time.struct_time(y, mo, d):
        print('positional', y, mo, d)
match os.terminal_size((80, 24)):
    case os.terminal_size(columns=c, lines=l):
        print(c, l)
