import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
print(repr(timedelta(days=1, hours=1)), timedelta(days=1, hours=1), repr(timedelta(0)), timedelta(0))
print(timedelta(hours=-1), repr(timedelta(minutes=-1)), timedelta(milliseconds=1.5), timedelta(weeks=1, seconds=1.25))
print(timedelta(days=-1, seconds=5), timedelta(days=2, microseconds=7), timedelta(seconds=0.0000005), timedelta(seconds=0.0000015))
t = timedelta(hours=25, minutes=3)
print(t.days, t.seconds, t.microseconds, t.total_seconds(), t * 2, t / 2, t // 3, t / timedelta(hours=1), t % timedelta(hours=7))
print(divmod(t, timedelta(hours=7)), -t, abs(-t), t * 1.5, 2 * t, t + t, t - timedelta(days=2), bool(timedelta()))
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.max, timedelta.min, timedelta.resolution)
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(days=1), d - timedelta(days=60), date(2024, 3, 1) - d, d.replace(day=1), d.ctime())
print(date.fromordinal(738000), date.fromisoformat('2021-12-31'), date.fromisocalendar(2020, 53, 7), d.timetuple())
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %y %%'), format(d, '%d.%m'), f'{d}', d < date(2025, 1, 1), d == date(2024, 2, 29))
print(date.min, date.max, date(2000, 1, 1).isocalendar().week)
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
try:
    date(2020, 1.5, 1)
except TypeError as e:
    print(e)
tm = time(3, 4, 5, 6000)
print(repr(tm), tm, repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), tm.isoformat('milliseconds'), tm.isoformat('hours'))
print(time.fromisoformat('12:34:56.789'), time(13, 5).strftime('%I:%M %p %H'), time(1) < time(2))
x = datetime(2024, 1, 2, 3, 4, 5)
print(repr(x), x, repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)), x.isoformat(), x.isoformat(' ', 'minutes'))
print(x + timedelta(days=30, hours=22), x - timedelta(seconds=5), x - datetime(2023, 12, 31), x.date(), x.time(), x.timetz())
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %j %p'), x.ctime(), x.weekday(), x.timetuple(), x.replace(year=2000, second=0))
print(datetime.combine(date(2020, 5, 6), time(7, 8)), datetime.fromisoformat('2020-05-06T07:08:09.123456'), datetime.fromisoformat('2020-05-06'))
u = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(repr(u), u, u.utcoffset(), u.tzname(), u.timestamp(), u.isoformat(), repr(timezone.utc), timezone.utc)
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), tz, u.astimezone(tz), u.astimezone(tz).tzname(), repr(timezone(timedelta(hours=-3), 'XYZ')), timezone(timedelta(hours=-3), 'XYZ'))
print(u == u.astimezone(tz), u.astimezone(tz) - u, hash(u) == hash(u.astimezone(tz)), u.strftime('%z %Z'))
print(datetime.fromisoformat('2020-05-06T07:08:09+02:00'), datetime.fromisoformat('2020-05-06T07:08:09Z').tzinfo)
try:
    u < x
except TypeError as e:
    print(e)
print(u == x, x == date(2024, 1, 2))
try:
    u - x
except TypeError as e:
    print(e)
print(datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('4 Mar 21 5PM', '%d %b %y %I%p'))
print(datetime.strptime('2021-03-04T05:06:07.5+0100', '%Y-%m-%dT%H:%M:%S.%f%z'))
try:
    datetime.strptime('2021-03', '%Y-%m-%d')
except ValueError as e:
    print(e)
print(datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.utcfromtimestamp(1e9), datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp())
print(type(datetime.now()).__name__, datetime.now().year >= 2024, date.today() == datetime.now().date() or True)
n = datetime.now()
print(abs(n.timestamp() - datetime.fromtimestamp(n.timestamp()).timestamp()) < 1e-3)
print(dt.MINYEAR, dt.MAXYEAR, datetime.max, datetime.min, isinstance(x, date), issubclass(datetime, date))
print(sorted([date(2020, 1, 2), date(2019, 5, 5)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], x.__class__.__name__)
