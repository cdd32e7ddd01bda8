# date: construction, calendar arithmetic (ordinals, ISO weeks), formatting,
# comparisons, and python3's errors.
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def attempt_type(label, fn):
    # Operand-type and int-conversion messages differ (C type names, 3.8 vs 3.11).
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__)


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(tuple(d.isocalendar()), d.ctime(), d.isoformat(), str(d))
print(d.timetuple())
print(d.replace(day=1), d.replace(year=2024), d.replace(2021, 3, 1))
print(d + timedelta(1), d - timedelta(days=366), timedelta(3) + d, d + timedelta(hours=47))
print(repr(d - date(2000, 1, 1)), repr(date(2000, 1, 1) - d))
print(d.strftime("%Y-%m-%d %A %a %B %b %j %U %W %w %y"))
print(d.strftime("%H:%M:%S.%f [%z] [%Z] %% %"))
print(format(d, "%d/%m/%y"), format(d, ""), "{:%Y}".format(d), f"{d:%B %d}")
print(date.fromordinal(1), date.fromordinal(737850), date.fromordinal(3652059))
print(date.fromisoformat("2019-12-31"), date.fromisoformat("0001-01-01"))
print(date.fromtimestamp(0) <= date(1970, 1, 2), date.fromtimestamp(1e9).year)
for y, m, dd in [(2004, 1, 1), (2005, 1, 1), (2005, 1, 2), (2005, 1, 3), (2008, 12, 28),
                 (2008, 12, 29), (2010, 1, 3), (2010, 1, 4), (2009, 12, 31), (2020, 12, 31),
                 (2021, 1, 3), (1, 1, 1), (1600, 2, 29), (1900, 3, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, tuple(x.isocalendar()), x.toordinal(), x.weekday(),
          date.fromordinal(x.toordinal()) == x)
n = 1
while n < 3652059:
    x = date.fromordinal(n)
    if x.toordinal() != n or x + timedelta(1) != date.fromordinal(n + 1):
        print("ordinal mismatch", n)
    n += 9973
print(d == date(2020, 2, 29), d != date(2020, 2, 29), d < date(2020, 3, 1),
      d > date(2020, 3, 1), d <= d, d >= date(2021, 1, 1), d == 5, d != "x")
print(hash(d) == hash(date(2020, 2, 29)), len({d, date(2020, 2, 29), date(2020, 3, 1)}))
print(sorted([date(2020, 1, 3), date(2019, 5, 1), date(2020, 1, 1)]))
today = date.today()
print(type(today).__name__, date(2020, 1, 1) < today)


class MyDate(date):
    pass


md = MyDate(2020, 1, 1)
print(repr(md), type(md + timedelta(1)).__name__, type(md.replace(day=2)).__name__,
      md == date(2020, 1, 1))

attempt("Feb 29 2019", lambda: date(2019, 2, 29))
attempt("Apr 31", lambda: date(2020, 4, 31))
attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("month 0", lambda: date(2020, 0, 1))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("ordinal 0", lambda: date.fromordinal(0))
attempt("max + 1", lambda: date.max + timedelta(1))
attempt("min - 1", lambda: date.min - timedelta(1))
attempt("iso short", lambda: date.fromisoformat("2020-1-01"))
attempt("iso time", lambda: date.fromisoformat("2020-01-01T00:00"))
attempt("iso int", lambda: date.fromisoformat(20200101))
attempt("replace month", lambda: d.replace(month=2, year=2019))
attempt("strftime int", lambda: d.strftime(5))
attempt("format int", lambda: format(d, 5))
attempt_type("float year", lambda: date(2020.0, 1, 1))
attempt_type("str day", lambda: date(2020, 1, "1"))
attempt_type("date < int", lambda: d < 5)
attempt_type("date + int", lambda: d + 1)
attempt_type("date + date", lambda: d + d)
attempt_type("date - int", lambda: d - 1)
