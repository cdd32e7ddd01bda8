"""Dates, times and durations, as python3.11's datetime module behaves.

Every value is immutable and kept as plain fields in __slots__; a date's
arithmetic goes through its proleptic Gregorian ordinal (0001-01-01 is 1),
a duration's through a count of microseconds.  The local time zone is what
time.localtime reports (tm_gmtoff, tm_zone): there is no zone database.
"""

import time as _time
import math as _math
import _strptime as _strptime_parser

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = _strptime_parser.DAY_NAMES
_MONTH_NAMES = _strptime_parser.MONTH_NAMES


def _type_name(obj):
    """The name python3 prints for obj's type: C types carry their module."""
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _slot_reader(slot):
    """A value's read-only field: the property over the slot that holds it."""
    return property(lambda self: getattr(self, slot))


# ---- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = sum(_DAYS_IN_MONTH[1:month])
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles from 0001-01-01; the last day of
    # a leap cycle shows as a fifth year (or century) with nothing left.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n100 == 4 or n1 == 4:
        return year - 1, 12, 31
    month = 1
    while n >= _days_in_month(year, month):
        n -= _days_in_month(year, month)
        month += 1
    return year, month, n + 1


_MAX_ORDINAL = _ymd_to_ordinal(MAXYEAR, 12, 31)


def _iso_week1_monday(year):
    # ISO week 1 holds January 4th; ordinal 1 was a Monday.
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 - 1) % 7


# ---- argument checks

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _as_int(hour), _as_int(minute), _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(method, offset):
    """What a tzinfo's utcoffset() or dst() returned, held to its contract."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _divide_and_round(a, b):
    """a / b rounded half to even, in exact integer arithmetic."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


# ---- formatting

def _format_offset(offset, sep):
    """'+HH<sep>MM', with seconds and microseconds only when present."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign, offset = "-", -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, timetuple, microsecond, aware):
    """time.strftime with %f, and %z and %Z from aware (None: a date), filled in first."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    parts = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            parts.append("%06d" % microsecond)
        elif ch == "z":
            parts.append(_format_offset(aware and aware.utcoffset(), ""))
        elif ch == "Z":
            # A zone's name reaches time.strftime as text, never as directives.
            parts.append(((aware and aware.tzname()) or "").replace("%", "%%"))
        else:
            parts.append("%" + ch)
    return _time.strftime("".join(parts), timetuple)


def _format_spec(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    if fmt:
        return obj.strftime(fmt)
    return str(obj)


# ---- ISO 8601 parsing (3.11's forms: basic and extended, week dates, Z)

def _digits(field, count):
    if len(field) != count or not (field.isascii() and field.isdigit()):
        raise ValueError
    return int(field)


def _parse_iso_date(text):
    """YYYY-MM-DD, YYYYMMDD or a week date into (year, month, day)."""
    if "W" in text:
        return _parse_iso_week(text)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return _digits(text[0:4], 4), _digits(text[5:7], 2), _digits(text[8:10], 2)
    if len(text) == 8:
        return _digits(text[0:4], 4), _digits(text[4:6], 2), _digits(text[6:8], 2)
    raise ValueError


def _parse_iso_week(text):
    """YYYY-Www[-D] or YYYYWww[D]: the day (Monday when no D) of an ISO week."""
    year = _digits(text[:4], 4)
    rest = text[4:]
    extended = rest[:1] == "-"
    if extended:
        rest = rest[1:]
    if rest[:1] != "W":
        raise ValueError
    week = _digits(rest[1:3], 2)
    day_part = rest[3:]
    if extended and day_part:
        if day_part[0] != "-":
            raise ValueError
        day_part = day_part[1:]
    day = _digits(day_part, 1) if day_part else 1
    if not 1 <= week <= 53 or not 1 <= day <= 7:
        raise ValueError
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _iso_date_length(text):
    """How many characters of a datetime string are its date."""
    if text[4:5] == "-":
        return 8 if text[5:6] == "W" and text[8:9] != "-" else 10
    if text[4:5] == "W":
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_iso_clock(text):
    """HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]] (',' may stand for '.') into
    (hour, minute, second, microsecond); digits after the sixth are dropped."""
    cut = max(text.find("."), text.find(","))
    clock, fraction = (text, None) if cut < 0 else (text[:cut], text[cut + 1:])
    if ":" in clock:
        fields = clock.split(":")
    elif len(clock) in (2, 4, 6):
        fields = [clock[i:i + 2] for i in range(0, len(clock), 2)]
    else:
        raise ValueError
    if len(fields) > 3 or (fraction is not None and len(fields) != 3):
        raise ValueError
    values = [_digits(f, 2) for f in fields] + [0] * (3 - len(fields))
    us = 0
    if fraction is not None:
        _digits(fraction, len(fraction) or 1)   # digits only, at least one
        us = int(fraction[:6].ljust(6, "0"))
    return values[0], values[1], values[2], us


def _parse_iso_time(text):
    """A clock with an optional Z or [+-]HH[[:]MM[[:]SS[.ffffff]]] offset: fields and tzinfo."""
    cut = next((i for i, ch in enumerate(text) if ch in "Z+-"), -1)
    if cut < 0:
        return _parse_iso_clock(text) + (None,)
    if text[cut] == "Z":
        if cut != len(text) - 1:
            raise ValueError
        return _parse_iso_clock(text[:cut]) + (timezone.utc,)
    hh, mm, ss, us = _parse_iso_clock(text[cut + 1:])
    offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if text[cut] == "-":
        offset = -offset
    return _parse_iso_clock(text[:cut]) + (timezone(offset),)


def _parse_iso_time_only(text):
    """time.fromisoformat's form: a time, optionally led by T."""
    return _parse_iso_time(text[1:] if text[:1] == "T" else text)


def _iso_parser(parse, text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")
    try:
        return parse(text)
    except ValueError:
        raise ValueError("Invalid isoformat string: %r" % (text,)) from None


# ---- the local time zone, from the C library

def _local_offset(seconds):
    return _time.localtime(seconds).tm_gmtoff


def _local_zone(seconds):
    local = _time.localtime(seconds)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


def _wall_to_epoch(wall, fold):
    """The POSIX time whose local wall clock reads `wall` (seconds from 1970 as
    if it were UTC).  A wall time the clocks pass twice has two answers and
    fold picks the later; one they skip has none, and fold picks which side's
    offset to read it with (fold 0: the offset before the change)."""
    before = wall - _local_offset(wall - 86400)
    after = wall - _local_offset(wall + 86400)
    found = [u for u in (before, after) if u + _local_offset(u) == wall]
    if found:
        return max(found) if fold else min(found)
    return min(before, after) if fold else max(before, after)


def _check_not_nan(t):
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")


def _split_timestamp(t):
    """Whole seconds and microseconds, rounded half to even as 3.8 does."""
    if isinstance(t, float):
        _check_not_nan(t)
        frac, whole = _math.modf(t)
        seconds, us = int(whole), round(frac * 1e6)
        if us >= _US_PER_SECOND:
            seconds, us = seconds + 1, us - _US_PER_SECOND
        elif us < 0:
            seconds, us = seconds - 1, us + _US_PER_SECOND
        return seconds, us
    return _as_int(t), 0


# ---- copies
# gilvm's copy module rebuilds an instance through cls.__new__() without
# arguments, which these classes refuse; an immutable value is its own copy.

def _itself(self, memo=None):
    return self


def _deepcopy_zoned(self, memo):
    """A time or datetime whose tzinfo, a user's object, may be mutable."""
    if self._tzinfo is None:
        return self
    import copy
    return self.replace(tzinfo=copy.deepcopy(self._tzinfo, memo))


def _strptime(text, fmt):
    """The datetime fields (year .. tzinfo) that fmt reads from text."""
    for what, value in (("1", text), ("2", fmt)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %s must be str, not %s"
                            % (what, type(value).__name__))
    f = _strptime_parser.parse(text, fmt)
    year = 1900 if f["year"] is None else f["year"]
    month, day = f["month"], f["day"]
    if "julian" in f:
        # A day of the year wins over any month and day given with it.
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + f["julian"] - 1)
    tz = None
    if "offset" in f:
        seconds, us = f["offset"]
        offset = timedelta(seconds=seconds, microseconds=us)
        tz = timezone(offset, f["zone"]) if "zone" in f else timezone(offset)
    return year, month, day, f["hour"], f["minute"], f["second"], f["microsecond"], tz


# Pickles rebuild a value from its constructor's arguments, readable by
# python3 too; fold is keyword-only, so it travels as slot state.
def _reduce_with_fold(obj, args):
    if obj._fold:
        return (type(obj), args, (None, {'_fold': obj._fold}))
    return (type(obj), args)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Whole microseconds add up exactly; float fractions gather in
        # `leftover`, rounded half to even once at the end.  CPython adds them
        # in this order, and the order decides the last bit of the sum.
        total, leftover = 0, 0.0
        for name, value, unit in (("microseconds", microseconds, 1),
                                  ("milliseconds", milliseconds, 1000),
                                  ("seconds", seconds, _US_PER_SECOND),
                                  ("minutes", minutes, 60 * _US_PER_SECOND),
                                  ("hours", hours, 3600 * _US_PER_SECOND),
                                  ("days", days, _US_PER_DAY),
                                  ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                frac, whole_us = _math.modf(frac * unit)
                total += int(whole) * unit + int(whole_us)
                leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if leftover:
            whole = _math.floor(leftover)
            rest = leftover - whole
            if rest > 0.5 or (rest == 0.5 and (total + int(whole)) % 2 == 1):
                whole += 1
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    days = _slot_reader("_days")
    seconds = _slot_reader("_seconds")
    microseconds = _slot_reader("_microseconds")

    def total_seconds(self):
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        fields = ["%s=%d" % (name, value)
                  for name, value in (("days", self._days), ("seconds", self._seconds),
                                      ("microseconds", self._microseconds)) if value]
        return "%s(%s)" % (_type_name(self), ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    __copy__ = __deepcopy__ = _itself


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)


class IsoCalendarDate(tuple):
    """date.isocalendar()'s (year, week, weekday): a tuple whose items are
    also named; it pickles as a plain tuple."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s.%s(year=%d, week=%d, weekday=%d)' % (
            __name__, type(self).__name__, *self)


class date:
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month, day):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        # A date rounds its timestamp down, never up into the next day.
        if isinstance(t, float):
            _check_not_nan(t)
            t = _math.floor(t)
        local = _time.localtime(_as_int(t))
        return cls(local.tm_year, local.tm_mon, local.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        return cls(*_iso_parser(_parse_iso_date, text))

    year = _slot_reader("_year")
    month = _slot_reader("_month")
    day = _slot_reader("_day")

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year, ordinal = self._year, self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return self._timetuple(0, 0, 0, -1)

    def _timetuple(self, hh, mm, ss, dst):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, hh, mm, ss,
                                  self.weekday(), yday, dst))

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self._ctime(0, 0, 0)

    def _ctime(self, hh, mm, ss):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            hh, mm, ss, self._year)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def _from_ordinal_checked(self, ordinal):
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self)(*_ordinal_to_ymd(ordinal))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._from_ordinal_checked(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._from_ordinal_checked(self.toordinal() - other.days)
        if _is_plain_date(other):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self, other):
        """Both dates' fields to compare, or None where python3 declines."""
        if _is_plain_date(other):
            return (self._year, self._month, self._day), (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __lt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    __copy__ = __deepcopy__ = _itself


def _is_plain_date(obj):
    # A datetime is a date too, but neither orders nor subtracts against one.
    return isinstance(obj, date) and not isinstance(obj, datetime)


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(1)


class tzinfo:
    """The abstract time zone: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The documented default: standard offset first, then the DST the
        # zone reports at that local time.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset, dst = dt.utcoffset(), dt.dst()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is None and not offset and cls is timezone:
            return timezone.utc
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name):
        self = object.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def _check_arg(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_arg("dst", dt)
        return None

    def tzname(self, dt):
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))

    def __hash__(self):
        return hash(self._offset)

    __copy__ = __deepcopy__ = _itself


timezone.utc = timezone._create(timedelta(0), None)
UTC = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _utcoffset_of(tz, dt):
    return None if tz is None else _check_offset("utcoffset", tz.utcoffset(dt))


def _on_one_clock(a, b, a_us, b_us):
    """Two times' or datetimes' microsecond counts made comparable: moved to
    UTC when their zones differ, None when one is naive and the other aware."""
    if a._tzinfo is b._tzinfo:
        return a_us, b_us
    a_off, b_off = a.utcoffset(), b.utcoffset()
    if (a_off is None) != (b_off is None):
        return None
    if a_off is None:
        return a_us, b_us
    return a_us - a_off._to_us(), b_us - b_off._to_us()


def _clock_compare(a, b, a_us, b_us, equality, noun):
    """-1, 0 or 1 for a against b (microsecond counts on their own clocks);
    naive against aware is unequal for ==/!=, else a TypeError naming noun."""
    pair = _on_one_clock(a, b, a_us, b_us)
    if pair is None:
        if equality:
            return 1
        raise TypeError("can't compare offset-naive and offset-aware %s" % noun)
    return (pair[0] > pair[1]) - (pair[0] < pair[1])


def _dst_flag(dst):
    if dst is None:
        return -1
    return 1 if dst else 0


class time:
    """A time of day, optionally with a zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond, fold)
        self._tzinfo, self._fold = tzinfo, fold
        return self

    @classmethod
    def fromisoformat(cls, text):
        hh, mm, ss, us, tz = _iso_parser(_parse_iso_time_only, text)
        return cls(hh, mm, ss, us, tz)

    hour = _slot_reader("_hour")
    minute = _slot_reader("_minute")
    second = _slot_reader("_second")
    microsecond = _slot_reader("_microsecond")
    tzinfo = _slot_reader("_tzinfo")
    fold = _slot_reader("_fold")

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def dst(self):
        return None if self._tzinfo is None else _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    __str__ = isoformat

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(fmt, timetuple, self._microsecond, self)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and not fields[-1]:
            fields.pop()
        text = "%s(%s" % (_type_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _compare(self, other, equality):
        return _clock_compare(self, other, self._us_of_day(), other._us_of_day(), equality, "times")

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __reduce__(self):
        return _reduce_with_fold(self, (self._hour, self._minute, self._second,
                                        self._microsecond, self._tzinfo))

    def __hash__(self):
        offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
        return hash(self._us_of_day() - (offset._to_us() if offset else 0))

    __copy__ = _itself
    __deepcopy__ = _deepcopy_zoned


time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self = date.__new__(cls, year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond, fold)
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls._from_struct(_time.gmtime(seconds), us, tz))
        local, fold = _time.localtime(seconds), 0
        # The same wall time shown again after the clocks went back is fold 1.
        day_before = _local_offset(seconds - 86400)
        if day_before > local.tm_gmtoff:
            earlier = seconds + local.tm_gmtoff - day_before
            fold = int(_local_offset(earlier) == day_before)
        return cls._from_struct(local, us, None, fold)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return cls._from_struct(_time.gmtime(seconds), us, None)

    @classmethod
    def _from_struct(cls, tm, us, tz, fold=0):
        # A leap second (tm_sec 60) has no datetime; it reads as :59.
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                   min(tm.tm_sec, 59), us, tz, fold=fold)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        return cls(*_iso_parser(cls._parse_iso, text))

    @staticmethod
    def _parse_iso(text):
        length = _iso_date_length(text)
        fields = _parse_iso_date(text[:length])
        if len(text) > length:
            return fields + _parse_iso_time(text[length + 1:])
        return fields

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def dst(self):
        return None if self._tzinfo is None else _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _wall_seconds(self):
        """Seconds from 1970-01-01 00:00 to this wall-clock time, zone ignored."""
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + (self._hour * 60 + self._minute) * 60 + self._second

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            return _wall_to_epoch(self._wall_seconds(), self._fold) \
                + self._microsecond / _US_PER_SECOND
        return (self._to_us() - offset._to_us()) / _US_PER_SECOND

    def _to_us(self):
        return self._wall_seconds() * _US_PER_SECOND + self._microsecond

    def timetuple(self):
        return self._timetuple(self._hour, self._minute, self._second, _dst_flag(self.dst()))

    def utctimetuple(self):
        offset = self.utcoffset()
        utc = self if offset is None else (self - offset)
        return utc._timetuple(utc._hour, utc._minute, utc._second, 0)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        offset = self.utcoffset()
        if offset is None:
            # The offset in force at the instant timestamp() picks: in a gap
            # that is not the one the wall time was read with, as in 3.8.
            utc_seconds = _wall_to_epoch(self._wall_seconds(), self._fold)
            offset = timedelta(seconds=_local_offset(utc_seconds))
        elif tz is self._tzinfo:
            return self
        utc = self - offset
        if tz is None:
            tz = _local_zone(utc._wall_seconds())
        return tz.fromutc(utc.replace(tzinfo=tz, fold=0))

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return "%04d-%02d-%02d%s%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec),
            _format_offset(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return self._ctime(self._hour, self._minute, self._second)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and not fields[-1]:
            fields.pop()
        text = "%s(%s" % (_type_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days, us = divmod(self._to_us() + other._to_us(), _US_PER_DAY)
        ordinal = days + _EPOCH_ORDINAL
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, _US_PER_SECOND)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return type(self)(*_ordinal_to_ymd(ordinal), hours, minutes, seconds, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        pair = _on_one_clock(self, other, self._to_us(), other._to_us())
        if pair is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_us(pair[0] - pair[1])

    def _compare(self, other, equality):
        return _clock_compare(self, other, self._to_us(), other._to_us(), equality, "datetimes")

    def _order(self, other):
        """The comparison against other, or why there is none."""
        if isinstance(other, datetime):
            return self._compare(other, False)
        if isinstance(other, date):
            # Not by the date part alone: a datetime and a date do not order.
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else order < 0

    def __le__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else order <= 0

    def __gt__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else order > 0

    def __ge__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else order >= 0

    def __reduce__(self):
        return _reduce_with_fold(self, (self._year, self._month, self._day, self._hour,
                                        self._minute, self._second, self._microsecond,
                                        self._tzinfo))

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        offset = plain.utcoffset()
        return hash(self._to_us() - (offset._to_us() if offset else 0))

    __deepcopy__ = _deepcopy_zoned


# datetime's methods named date and time hide the classes inside its body.
_date_class = date
_time_class = time
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)

datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
