"""The strptime parser time.strptime and datetime.strptime share: the
format becomes one regular expression over the C locale's names, and the
matched directives become the fields each caller builds its value from."""
import time as _time

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def _alternatives(names):
    return "(%s)" % "|".join(sorted((n for n in names if n), key=len, reverse=True))


_DIRECTIVES = {
    "d": r"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "m": r"(1[0-2]|0[1-9]|[1-9])",
    "Y": r"(\d\d\d\d)",
    "y": r"(\d\d)",
    "H": r"(2[0-3]|[01]\d|\d)",
    "I": r"(1[0-2]|0[1-9]|[1-9])",
    "M": r"([0-5]\d|\d)",
    "S": r"(6[01]|[0-5]\d|\d)",
    "f": r"(\d{1,6})",
    "j": r"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "w": r"([0-6])",
    "p": r"(am|pm)",
    "a": _alternatives(DAY_NAMES),
    "A": _alternatives(_FULL_DAYS),
    "b": _alternatives(MONTH_NAMES),
    "h": _alternatives(MONTH_NAMES),
    "B": _alternatives(_FULL_MONTHS),
    "z": r"([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)",
    "%": "(%)",
}
_MONTH_NUMBERS = {name.lower(): number
                  for names in (MONTH_NAMES, _FULL_MONTHS)
                  for number, name in enumerate(names) if name}
_DAY_NUMBERS = {name.lower(): number
                for names in (DAY_NAMES, _FULL_DAYS)
                for number, name in enumerate(names)}
# The C locale's composite forms.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_cache = {}


def _regex(fmt):
    """The compiled pattern for fmt and the directive each group captures."""
    cached = _cache.get(fmt)
    if cached is not None:
        return cached
    import re
    pattern, fields = [], []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            pattern.append(r"\s+")
        elif ch != "%":
            pattern.append(re.escape(ch))
        elif i == n:
            raise ValueError("stray %% in format '%s'" % fmt)
        else:
            ch = fmt[i]
            i += 1
            if ch in _COMPOSITES:
                sub, sub_fields = _regex(_COMPOSITES[ch])
                pattern.append(sub.pattern)
                fields += sub_fields
            elif ch == "Z":
                names = {"utc", "gmt"} | {name.lower() for name in _time.tzname}
                pattern.append(_alternatives(names))
                fields.append(ch)
            elif ch in _DIRECTIVES:
                pattern.append(_DIRECTIVES[ch])
                fields.append(ch)
            elif ch in "UWGVu":
                raise NotImplementedError("strptime: %%%s is not in gilvm's strptime" % ch)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (ch, fmt))
    compiled = (re.compile("".join(pattern), re.IGNORECASE), fields)
    if len(_cache) > 64:
        _cache.clear()
    _cache[fmt] = compiled
    return compiled


def _utc_offset(text):
    """(seconds, microseconds) east of UTC, both signed as the offset is."""
    if text == "Z":
        return 0, 0
    digits = text[1:].replace(":", "")
    whole, _, fraction = digits.partition(".")
    seconds = int(whole[0:2]) * 3600 + int(whole[2:4]) * 60 + int(whole[4:6] or 0)
    us = int((fraction + "000000")[:6])
    return (-seconds, -us) if text[0] == "-" else (seconds, us)


def parse(text, fmt):
    """The directives fmt reads from text, as a dict: year, month, day,
    hour, minute, second, microsecond (year None when the text has none,
    the rest 01-01 00:00 by default), and
    when the text gave them julian (day of the year), weekday (Monday 0),
    offset ((seconds, microseconds) from %z) and zone (the %Z name)."""
    regex, fields = _regex(fmt)
    found = regex.match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if found.end() != len(text):
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    got = dict(zip(fields, found.groups()))
    out = {"year": int(got["Y"]) if "Y" in got else None, "month": int(got.get("m", 1)),
           "day": int(got.get("d", 1)), "hour": int(got.get("H", 0)),
           "minute": int(got.get("M", 0)), "second": int(got.get("S", 0)),
           "microsecond": int((got.get("f", "0") + "00000")[:6])}
    if "y" in got:
        # POSIX's pivot: 69-99 are the 1900s, 00-68 the 2000s.
        short = int(got["y"])
        out["year"] = short + (1900 if short >= 69 else 2000)
    for key in "bhB":
        if key in got:
            out["month"] = _MONTH_NUMBERS[got[key].lower()]
    if "I" in got:
        out["hour"] = int(got["I"]) % 12 + (12 if got.get("p", "").lower() == "pm" else 0)
    for key in "aA":
        if key in got:
            out["weekday"] = _DAY_NUMBERS[got[key].lower()]
    if "w" in got:
        out["weekday"] = (int(got["w"]) - 1) % 7   # %w counts from Sunday
    if "j" in got:
        out["julian"] = int(got["j"])
    if "z" in got:
        out["offset"] = _utc_offset(got["z"])
    if "Z" in got:
        out["zone"] = got["Z"]
    return out


def _check_str(values):
    for index, value in enumerate(values):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(value)))


def _isdst(zone):
    # -1 (unknown) unless %Z named UTC or one of the local zone's names.
    if zone is None:
        return -1
    zone = zone.lower()
    if zone in ("utc", "gmt") or zone == _time.tzname[0].lower():
        return 0
    return 1 if _time.daylight and zone == _time.tzname[1].lower() else -1


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time with tm_wday and tm_yday worked out."""
    _check_str((data_string, format))
    from datetime import date
    f = parse(data_string, format)
    # Without a year, 29 February is read in a leap year (1904, as CPython)
    # and reported in the default 1900.
    leap_fix = f["year"] is None and f["month"] == 2 and f["day"] == 29
    year = 1904 if leap_fix else 1900 if f["year"] is None else f["year"]
    if "julian" in f:
        day = date.fromordinal(date(year, 1, 1).toordinal() + f["julian"] - 1)
    else:
        day = date(year, f["month"], f["day"])
    yday = day.toordinal() - date(year, 1, 1).toordinal() + 1
    offset = f.get("offset")
    return _time.struct_time((
        1900 if leap_fix else day.year, day.month, day.day, f["hour"], f["minute"], f["second"],
        f.get("weekday", day.weekday()), yday, _isdst(f.get("zone")),
        f.get("zone"), offset[0] if offset else None))
