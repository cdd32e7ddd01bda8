# time, tzinfo and timezone: fields, isoformat/strftime, fixed offsets and
# their names, a tzinfo subclass, naive against aware, and python3's errors.
from datetime import time, timezone, tzinfo, timedelta, datetime


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t = time(12, 30)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(1, 0, 0, 4)))
print(repr(time(1, 2, 0, 4, tzinfo=timezone.utc)), repr(time(1, fold=1)))
print(time.min, time.max, repr(time.resolution))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, time(1, 2, 3, 456789).isoformat(spec), time(1, 2, 3).isoformat(timespec=spec))
print(time.fromisoformat("12:34:56.123"), time.fromisoformat("12:34:56.123456+05:30"))
print(time.fromisoformat("12"), time.fromisoformat("12:34"), repr(time.fromisoformat("01:02:03-00:30")))
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d [%z] [%Z]"), format(t, "%I"), format(t), f"{t:%M}")
print(t.replace(minute=0), t.replace(tzinfo=timezone.utc), t.replace(second=5, fold=1).fold)
print(t < time(13), t == time(12, 30), t != time(12, 30, 1), t >= time(12, 30), t == 5)
print(hash(t) == hash(time(12, 30)), bool(time()), bool(time(0, tzinfo=timezone.utc)))

tz5 = timezone(timedelta(hours=5, minutes=30))
west = timezone(-timedelta(hours=3, seconds=1), "W%Z")
aware = time(12, tzinfo=tz5)
print(aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.strftime("%z|%Z"))
print(aware == time(6, 30, tzinfo=timezone.utc), aware < time(6, 31, tzinfo=timezone.utc))
print(hash(aware) == hash(time(6, 30, tzinfo=timezone.utc)), aware == time(12), aware != time(12))
print(time(1, tzinfo=west).strftime("%z|%Z"), time(1, tzinfo=west).isoformat())

print(repr(timezone.utc), str(timezone.utc), timezone.utc.tzname(None), timezone.utc.utcoffset(None))
print(repr(tz5), str(tz5), tz5.tzname(None), tz5.utcoffset(None), tz5.dst(None))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(0), "Z")), repr(timezone(timedelta(hours=-1), "X")))
print(str(timezone(timedelta(hours=-1, seconds=-5))), str(timezone(timedelta(microseconds=1))))
print(timezone.min, timezone.max, repr(timezone.min))
print(tz5 == timezone(timedelta(hours=5, minutes=30), "IST"), tz5 == timezone.utc, tz5 == 5)
print(hash(tz5) == hash(timezone(timedelta(hours=5, minutes=30), "IST")))
print(isinstance(tz5, tzinfo), tz5.fromutc(datetime(2020, 1, 1, tzinfo=tz5)))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Fixed(%r)" % self.name


class Summer(tzinfo):
    """UTC+1, with an hour of DST from May to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 5 <= dt.replace(tzinfo=None).month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "S" if self.dst(dt) else "W"


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(days=1)


est = Fixed(-5, "EST")
print(repr(time(7, tzinfo=est)), time(7, tzinfo=est).tzname(), time(7, tzinfo=est) == time(12, tzinfo=timezone.utc))
s = Summer()
june = datetime(2020, 6, 1, 12, tzinfo=timezone.utc).astimezone(s)
jan = datetime(2020, 1, 1, 12, tzinfo=timezone.utc).astimezone(s)
print(june, june.tzname(), june.dst(), june.timetuple().tm_isdst, jan, jan.tzname(), jan.timetuple().tm_isdst)
print(s.fromutc(datetime(2020, 7, 1, tzinfo=s)), s.fromutc(datetime(2020, 1, 1, tzinfo=s)))

attempt("hour 24", lambda: time(24))
attempt("minute 60", lambda: time(0, 60))
attempt("second 60", lambda: time(0, 0, 60))
attempt("microsecond", lambda: time(0, 0, 0, 10 ** 6))
attempt("negative hour", lambda: time(-1))
attempt("fold 2", lambda: time(fold=2))
attempt("tzinfo int", lambda: time(tzinfo=5))
attempt("naive < aware", lambda: aware < time(12))
attempt("iso bad", lambda: time.fromisoformat("12:3"))
attempt("iso int", lambda: time.fromisoformat(5))
attempt("timespec", lambda: time(1).isoformat("x"))
attempt("offset 24h", lambda: timezone(timedelta(1)))
attempt("offset -24h", lambda: timezone(-timedelta(1)))
attempt("offset int", lambda: timezone(5))
attempt("name int", lambda: timezone(timedelta(0), 5))
attempt("utcoffset(int)", lambda: tz5.utcoffset(5))
attempt("tzname(int)", lambda: tz5.tzname(5))
attempt("fromutc other tz", lambda: tz5.fromutc(datetime(2020, 1, 1)))
attempt("abstract utcoffset", lambda: tzinfo().utcoffset(None))
attempt("abstract tzname", lambda: tzinfo().tzname(None))
attempt("abstract dst", lambda: tzinfo().dst(None))
attempt("broken utcoffset", lambda: time(1, tzinfo=Broken()).utcoffset())
attempt("broken tzname", lambda: time(1, tzinfo=Broken()).tzname())
attempt("broken dst", lambda: time(1, tzinfo=Broken()).dst())
attempt("base fromutc", lambda: tzinfo().fromutc(5))
attempt("base fromutc other tz", lambda: tzinfo().fromutc(datetime(2020, 1, 1, tzinfo=est)))
attempt("broken dst of a datetime", lambda: datetime(2020, 1, 1, tzinfo=Broken()).dst())


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None


class NoDst(Fixed):
    def dst(self, dt):
        return None


class Flaky(Fixed):
    def dst(self, dt):
        return timedelta(0) if dt.hour == 0 else None


for zone in [NoOffset(), NoDst(1, "N"), Flaky(1, "F")]:
    attempt(type(zone).__name__, lambda: zone.fromutc(datetime(2020, 1, 1, tzinfo=zone)))
