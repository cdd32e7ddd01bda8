# datetime: construction, timestamps in UTC and fixed offsets, ISO forms,
# strftime with %f/%z/%Z, arithmetic, naive against aware, and errors.
import copy
from datetime import datetime, date, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def attempt_type(label, fn):
    # The operand-type message names 'datetime.datetime' in CPython (a C type).
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__)


utc = timezone.utc
tz5 = timezone(timedelta(hours=5, minutes=30))
minus2 = timezone(timedelta(hours=-2), "M2")
x = datetime(2020, 1, 2, 3, 4, 5, 6789)
print(x, repr(x), x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5)), repr(datetime(2020, 1, 2, 0, 0, 0, 1)))
print(repr(datetime(2020, 1, 2, fold=1)), repr(datetime(2020, 1, 2, tzinfo=minus2)))
print(x.date(), repr(x.time()), repr(x.timetz()), repr(x.replace(tzinfo=utc).timetz()))
print(x.isoformat(), x.isoformat(" "), x.isoformat("_", "minutes"), str(x), x.ctime())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, x.isoformat(timespec=spec), datetime(2020, 1, 2).isoformat(timespec=spec))
print(x.timetuple())
print(x.replace(tzinfo=tz5).utctimetuple())
print(x.toordinal(), x.weekday(), x.isoweekday(), tuple(x.isocalendar()))
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f [%z] [%Z] %j %a %% %"))
print(x.replace(tzinfo=utc).strftime("%z|%Z"), x.replace(tzinfo=minus2).strftime("%z|%Z"))
print(x.replace(tzinfo=timezone(-timedelta(hours=3, seconds=1), "W%Z")).strftime("%z|%Z|%%Z"))
print(x.replace(tzinfo=timezone(timedelta(microseconds=7))).strftime("%z"))
print(format(x, "%H:%M"), format(x), f"{x:%Y/%m/%d %f}")

u = datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc)
print(u, repr(u), u.timestamp(), u.utcoffset(), u.tzname(), u.dst())
print(u.astimezone(tz5), repr(u.astimezone(tz5)), u.astimezone(utc) is u)
print(u.astimezone(minus2), u.astimezone(minus2).tzname(), u.astimezone(minus2).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())
print(datetime.utcfromtimestamp(1234567890.5), datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(-1.5))
print(datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015), datetime.utcfromtimestamp(1.9999996))
print(datetime.fromtimestamp(1234567890.5, utc), datetime.fromtimestamp(0, tz5), datetime.fromtimestamp(86400 * 365, minus2))
print(datetime.fromtimestamp(1e9, utc).timestamp(), datetime.fromtimestamp(-1e9, utc))
print(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=tz5)), datetime.combine(date(2020, 5, 6), time(7, 8), tz5))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=tz5), None)), repr(datetime.combine(x, time(1))))
print(datetime.fromisoformat("2020-01-02T03:04:05"), datetime.fromisoformat("2020-01-02"))
print(repr(datetime.fromisoformat("2020-01-02 03:04:05.123456-02:00")), repr(datetime.fromisoformat("2020-01-02T03:04+00:00")))
print(repr(datetime.fromisoformat("2020-01-02T03:04:05.123+05:30")), repr(datetime.fromisoformat("2020-01-02T03")))
print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(u.astimezone(tz5).isoformat()) == u)

print(x + timedelta(days=30, hours=23), x - timedelta(days=800), timedelta(1) + x)
print(x + timedelta(microseconds=-6790), x - timedelta(microseconds=6790), repr(u + timedelta(hours=1)))
print(repr(x - datetime(2019, 1, 1)), repr(datetime(2019, 1, 1) - x), repr(u - datetime(2020, 1, 1, tzinfo=tz5)))
print(repr(u.astimezone(tz5) - u), repr(datetime.max - datetime.min))
print(x == x.replace(), x != x.replace(), x < x + timedelta.resolution, x >= x, x > u.replace(tzinfo=None))
print(u == u.astimezone(tz5), u <= u.astimezone(minus2), u < u.astimezone(tz5) + timedelta.resolution)
print(hash(u) == hash(u.astimezone(tz5)), hash(x) == hash(x.replace(fold=1)), len({u, u.astimezone(tz5), u.astimezone(minus2)}))
print(x == u, x != u, x == date(2020, 1, 2), date(2020, 1, 2) == x, x != date(2020, 1, 2), x == 5)
print(datetime.min, datetime.max, repr(datetime.resolution), isinstance(x, date))

n = datetime.now()
print(type(n).__name__, n.tzinfo, datetime(2020, 1, 1) < n, type(datetime.utcnow()).__name__)
nu = datetime.now(utc)
print(nu.tzinfo, abs(nu - datetime.now(tz5)) < timedelta(seconds=5), type(datetime.today()).__name__)
print(abs(datetime.utcnow() - nu.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(datetime.now().astimezone(utc) - nu) < timedelta(seconds=5), abs(n.timestamp() - nu.timestamp()) < 5)
print(datetime.fromtimestamp(1e9).timestamp(), datetime.fromtimestamp(1e9).astimezone(utc))


class Stamp(datetime):
    pass


s = Stamp(2020, 1, 1, 12)
print(repr(s), type(s + timedelta(1)).__name__, type(s.replace(hour=1)).__name__, type(Stamp.now()).__name__)



class Zone(tzinfo):
    def __init__(self):
        self.seen = []

    def utcoffset(self, dt):
        return timedelta(hours=2)


for value in [x, u, x.date(), x.timetz(), timedelta(1, 2, 3), tz5, minus2]:
    print(repr(copy.copy(value)), copy.copy(value) == value, copy.deepcopy(value) == value)
zoned = datetime(2020, 1, 1, tzinfo=Zone())
deep, shallow = copy.deepcopy([zoned, zoned.timetz()]), copy.copy(zoned)
print(deep[0] == zoned, deep[0].tzinfo is zoned.tzinfo, deep[0].tzinfo is deep[1].tzinfo,
      type(deep[1].tzinfo).__name__, shallow.tzinfo is zoned.tzinfo)

attempt("hour 25", lambda: datetime(2020, 1, 1, 25))
attempt("Feb 30", lambda: datetime(2020, 2, 30))
attempt("tzinfo str", lambda: datetime(2020, 1, 1, tzinfo="UTC"))
attempt("naive < aware", lambda: x < u)
attempt("aware > naive", lambda: u > x)
attempt("naive - aware", lambda: x - u)
attempt("dt < date", lambda: x < date(2020, 1, 1))
attempt("date < dt", lambda: date(2020, 1, 1) < x)
attempt("max + 1us", lambda: datetime.max + timedelta.resolution)
attempt("min - 1 day", lambda: datetime.min - timedelta(1))
attempt("iso date", lambda: datetime.fromisoformat("2020/01/02"))
attempt("iso type", lambda: datetime.fromisoformat(b"2020-01-02"))
attempt("sep", lambda: x.isoformat("ab"))
attempt("timespec", lambda: x.isoformat(timespec="days"))
attempt("combine 1", lambda: datetime.combine(1, time()))
attempt("combine 2", lambda: datetime.combine(date(2020, 1, 1), 1))
attempt("astimezone int", lambda: x.astimezone(5))
attempt("now int", lambda: datetime.now(5))
attempt("fromtimestamp nan", lambda: datetime.fromtimestamp(float("nan")))
attempt("replace", lambda: x.replace(month=13))
attempt_type("dt + dt", lambda: x + x)
attempt_type("dt - date", lambda: x - date(2020, 1, 1))
attempt_type("dt + int", lambda: x + 1)
attempt_type("date - dt", lambda: date(2020, 1, 2) - x)
attempt_type("fromtimestamp str", lambda: datetime.fromtimestamp("0"))
