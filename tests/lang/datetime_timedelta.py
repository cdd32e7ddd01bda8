# timedelta: normalisation (ints and floats, rounded half to even), arithmetic,
# comparisons, str/repr, and the errors python3 raises.
from datetime import timedelta


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def attempt_type(label, fn):
    # The operand-type message names 'datetime.timedelta' in CPython (a C type).
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__)


def show(td):
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())


show(timedelta())
show(timedelta(1, 5))
show(timedelta(-1))
show(timedelta(microseconds=-1))
show(timedelta(days=2, hours=1, minutes=2, seconds=3, microseconds=4))
show(timedelta(weeks=1, days=-8, hours=25, minutes=-61, seconds=3601, milliseconds=1500))
show(timedelta(seconds=86400 * 3 + 7))
show(timedelta(weeks=1.5, hours=0.1))
show(timedelta(days=-0.3, minutes=7.77))
show(timedelta(seconds=0.5e-6))
show(timedelta(seconds=1.5e-6))
show(timedelta(microseconds=2.5))
show(timedelta(microseconds=3.5))
show(timedelta(microseconds=-2.5))
show(timedelta(milliseconds=0.0015))
show(timedelta(seconds=1e-7))
show(timedelta(True))
show(timedelta.min)
show(timedelta.max)
show(timedelta.resolution)
show(timedelta(days=999999999, seconds=86399, microseconds=999999))

a = timedelta(days=3, seconds=7, microseconds=11)
b = timedelta(hours=5)
show(a + b)
show(a - b)
show(b - a)
show(-a)
show(abs(-a))
show(+a)
show(a * 3)
show(-2 * a)
show(a * 0.3)
show(0.3 * a)
show(a * 2.5)
show(timedelta(microseconds=1) * 0.5)
show(timedelta(microseconds=3) * 0.5)
show(a / 7)
show(a / 0.7)
show(timedelta(microseconds=5) / 2)
show(timedelta(microseconds=7) / 2)
show(timedelta(microseconds=-7) / 2)
show(a // 7)
show(-a // 7)
show(a % b)
show(-a % b)
print(a / b, a // b, -a // b, b / a)
q, r = divmod(a, b)
print(q, repr(r))
q, r = divmod(-a, b)
print(q, repr(r))
print(a == b, a != b, a < b, a > b, a <= a, a >= b, a == timedelta(3, 7, 11))
print(a == 5, a != 5, timedelta(0) == 0)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-timedelta(1)))
print(hash(a) == hash(timedelta(seconds=3 * 86400 + 7, microseconds=11)))
print(sorted([b, a, -a, timedelta(0)]))
print(len({timedelta(1), timedelta(hours=24), timedelta(seconds=86400)}))

attempt_type("td + int", lambda: a + 1)
attempt_type("int + td", lambda: 1 + a)
attempt_type("td - int", lambda: a - 1)
attempt_type("td < int", lambda: a < 1)
attempt_type("td * td", lambda: a * a)
attempt_type("td / str", lambda: a / "x")
attempt_type("td % int", lambda: a % 2)
attempt_type("int / td", lambda: 2 / a)
attempt("bad days type", lambda: timedelta("1"))
attempt("bad seconds type", lambda: timedelta(seconds=[]))
attempt("too many days", lambda: timedelta(days=1e9))
attempt("too few days", lambda: timedelta(days=-1000000000))
attempt("max + 1us", lambda: timedelta.max + timedelta.resolution)
attempt("min - 1us", lambda: timedelta.min - timedelta.resolution)
attempt("min * -1", lambda: -timedelta.min)
attempt("// 0", lambda: a // 0)
attempt("/ 0", lambda: a / 0)
attempt("/ td(0)", lambda: a / timedelta(0))
attempt("// td(0)", lambda: a // timedelta(0))
