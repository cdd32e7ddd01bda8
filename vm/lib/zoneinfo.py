"""zoneinfo: IANA time zones read from the system's TZif files."""

import bisect as _bisect
import datetime as _dt
import os as _os
import re as _re
import struct as _struct

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH, which is ignored."""


# ---- the search path -------------------------------------------------------

TZPATH = ()


def _tzpath_from_env():
    env = _os.environ.get("PYTHONTZPATH")
    if env is None:
        return _DEFAULT_TZPATH
    paths = [p for p in env.split(_os.pathsep) if p]
    relative = [p for p in paths if not _os.path.isabs(p)]
    if relative:
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      "Paths should be absolute but found the following relative "
                      "paths:\n    " + "\n    ".join(relative), InvalidTZPathWarning)
    return tuple(p for p in paths if _os.path.isabs(p))


def reset_tzpath(to=None):
    """Set TZPATH to `to`, or back to the environment's (or default) path."""
    global TZPATH
    if to is None:
        TZPATH = _tzpath_from_env()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
    relative = [p for p in to if not _os.path.isabs(p)]
    if relative:
        raise ValueError("Paths should be absolute but found the following relative "
                         "paths:\n    " + "\n    ".join(str(p) for p in relative))
    TZPATH = tuple(to)


reset_tzpath()


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = _os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if not _os.path.normpath(_os.path.join("_", key)).startswith("_"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _find_file(key):
    _check_key(key)
    for root in TZPATH:
        path = _os.path.join(root, key)
        if _os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except OSError:
        return False


def available_timezones():
    """The keys of every TZif file under TZPATH (not posix/, right/ nor posixrules)."""
    keys = set()
    for root in TZPATH:
        if not _os.path.isdir(root):
            continue
        for here, dirs, files in _os.walk(root):
            if here == root:
                dirs[:] = [d for d in dirs if d not in ("posix", "right")]
            for name in files:
                path = _os.path.join(here, name)
                key = _os.path.relpath(path, root)
                if key not in keys and _is_tzif(path):
                    keys.add(key)
    keys.discard("posixrules")
    return keys


# ---- local time types and lookups ------------------------------------------

class _TType:
    """One local time type: offset from UTC, its DST part, abbreviation."""
    __slots__ = ("utcoff", "dstoff", "abbr")

    def __init__(self, utcoff, dstoff, abbr):
        self.utcoff = _dt.timedelta(seconds=utcoff)
        self.dstoff = _dt.timedelta(seconds=dstoff)
        self.abbr = abbr

    def seconds(self):
        return self.utcoff.days * 86400 + self.utcoff.seconds


class _Transitions:
    """UTC instants at which the local type changes, read both ways: by UTC
    time and by wall time (where a wall time in a gap or a repeated hour
    takes the type before the change for fold=0, the one after for fold=1)."""

    def __init__(self, times, types, before, open_end=False):
        self.times, self.types, self.before = times, types, before
        self.open_end = open_end    # past the last transition, ask someone else
        walls = ([], [])
        prev = before
        for t, ttype in zip(times, types):
            a, b = t + prev.seconds(), t + ttype.seconds()
            walls[0].append(max(a, b))
            walls[1].append(min(a, b))
            prev = ttype
        self.walls = walls

    def past_end(self, i):
        return self.open_end and i == len(self.times)

    def type_at(self, i):
        return self.types[i - 1] if i else self.before

    def by_wall(self, wall, fold):
        """The type for a wall time, or None past the last transition."""
        i = _bisect.bisect_right(self.walls[fold], wall)
        return None if self.past_end(i) else self.type_at(i)

    def by_utc(self, ts):
        """(type, fold) for a UTC time, or None past the last transition."""
        i = _bisect.bisect_right(self.times, ts)
        if self.past_end(i):
            return None
        ttype = self.type_at(i)
        fold = 0
        if i:
            shrink = self.type_at(i - 1).seconds() - ttype.seconds()
            fold = int(ts - self.times[i - 1] < shrink)
        return ttype, fold


# ---- POSIX TZ strings (the TZif footer) ------------------------------------

_TZ_NAME = r"(<[^>]+>|[A-Za-z]{3,})"
_TZ_OFFSET = r"([+-]?\d{1,3}(?::\d{2}){0,2})"
_TZ_RE = _re.compile(_TZ_NAME + _TZ_OFFSET + r"(?:" + _TZ_NAME + _TZ_OFFSET + r"?"
                     r"(?:,([^,]+),([^,]+))?)?$")


def _tz_seconds(text):
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _tz_abbr(text):
    return text[1:-1] if text.startswith("<") else text


class _Rule:
    """A POSIX TZ string: a fixed type, or yearly switches between two."""

    def __init__(self, raw):
        text = raw.decode("ascii")
        m = _TZ_RE.match(text)
        if not m:
            raise ValueError("Invalid STD offset in %r" % raw)
        sname, soff, dname, doff, start, end = m.groups()
        std_secs = -_tz_seconds(soff)
        self.std = _TType(std_secs, 0, _tz_abbr(sname))
        self.dst = None
        if dname:
            if not start:   # python3 refuses DST without its switch dates too
                raise ValueError("Invalid DST offset in %r" % raw)
            dst_secs = -_tz_seconds(doff) if doff else std_secs + 3600
            self.dst = _TType(dst_secs, dst_secs - std_secs, _tz_abbr(dname))
            self.start, self.end = self._when(start), self._when(end)
            self.years = {}

    @staticmethod
    def _when(text):
        day, _, time = text.partition("/")
        return day, _tz_seconds(time) if time else 7200

    @staticmethod
    def _day(spec, year):
        """The ordinal of the rule's day in `year`."""
        jan1 = _dt.date(year, 1, 1).toordinal()
        if spec.startswith("J"):
            n = int(spec[1:])
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            return jan1 + n - 1 + (1 if leap and n >= 60 else 0)
        if spec.startswith("M"):
            month, week, wday = (int(p) for p in spec[1:].split("."))
            first = _dt.date(year, month, 1)
            day = 1 + (wday - (first.weekday() + 1) % 7) % 7 + (week - 1) * 7
            nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
            while first.toordinal() + day - 1 >= nxt.toordinal():
                day -= 7
            return first.toordinal() + day - 1
        return jan1 + int(spec)

    def _switches(self, year):
        """The UTC instants of the year's two switches, with the type after."""
        out = []
        for (day, secs), before, after in ((self.start, self.std, self.dst),
                                           (self.end, self.dst, self.std)):
            local = (self._day(day, year) - _EPOCH_ORDINAL) * 86400 + secs
            out.append((local - before.seconds(), after))
        return out

    def transitions(self, year):
        """The switches of the years around `year`, as _Transitions."""
        found = self.years.get(year)
        if found is None:
            switches = sorted(s for y in (year - 1, year, year + 1)
                              for s in self._switches(y))
            first = switches[0][1]
            before = self.std if first is self.dst else self.dst
            found = _Transitions([t for t, _ in switches], [k for _, k in switches],
                                 before)
            self.years[year] = found
        return found

    def by_wall(self, wall, fold):
        if self.dst is None:
            return self.std
        return self.transitions(_year_of(wall)).by_wall(wall, fold)

    def by_utc(self, ts):
        if self.dst is None:
            return self.std, 0
        return self.transitions(_year_of(ts)).by_utc(ts)


def _year_of(seconds):
    return _dt.date.fromordinal(_EPOCH_ORDINAL + seconds // 86400).year


# ---- TZif files --------------------------------------------------------------

_HEADER = _struct.Struct(">4sc15x6l")


def _read_block(data, pos, wide):
    """One TZif data block: (transitions, types, end position)."""
    if data[pos:pos + 4] != b"TZif" or len(data) < pos + _HEADER.size:
        raise ValueError("Invalid TZif file: magic not found")
    _, version, isut, isstd, leap, timecnt, typecnt, charcnt = \
        _HEADER.unpack_from(data, pos)
    pos += _HEADER.size
    size = 8 if wide else 4
    times = list(_struct.unpack_from(">%d%s" % (timecnt, "q" if wide else "l"), data, pos))
    pos += timecnt * size
    indexes = list(data[pos:pos + timecnt])
    pos += timecnt
    raw = [_struct.unpack_from(">lBB", data, pos + 6 * i) for i in range(typecnt)]
    pos += 6 * typecnt
    chars = data[pos:pos + charcnt]
    pos += charcnt + leap * (size + 4) + isstd + isut
    abbrs = [chars[i:chars.index(b"\0", i)].decode("ascii") for _, _, i in raw]
    return version, times, indexes, raw, abbrs, pos


def _dst_offsets(indexes, raw):
    """The DST part of each type: TZif only flags DST, so take the distance to
    the standard offset in force next to where the type is used."""
    dst = [0] * len(raw)
    for n, i in enumerate(indexes):
        utoff, isdst, _ = raw[i]
        if not isdst or dst[i]:
            continue
        for j in (n - 1, n + 1):
            if 0 <= j < len(indexes) and not raw[indexes[j]][1]:
                dst[i] = utoff - raw[indexes[j]][0]
                if dst[i]:
                    break
    for i, (utoff, isdst, _) in enumerate(raw):
        if isdst and not dst[i]:
            dst[i] = 3600
    return dst


def _load(data):
    version, times, indexes, raw, abbrs, pos = _read_block(data, 0, False)
    footer = None
    if version != b"\0":
        version, times, indexes, raw, abbrs, pos = _read_block(data, pos, True)
        footer = data[pos:].strip(b"\n") or None
    dst = _dst_offsets(indexes, raw)
    types = [_TType(u, d, a) for (u, _, _), d, a in zip(raw, dst, abbrs)]
    rule = _Rule(footer) if footer else None
    before = types[0] if types else rule.std
    table = _Transitions(times, [types[i] for i in indexes], before, rule is not None)
    return table, rule


# ---- the tzinfo ----------------------------------------------------------------

def _wall_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600
            + dt.minute * 60 + dt.second)


class ZoneInfo(_dt.tzinfo):
    """The time zone of an IANA key (e.g. 'Europe/London')."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._cache[key] = cls.no_cache(key)
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new, uncached ZoneInfo for key."""
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        with open(path, "rb") as f:
            return cls._from_data(f.read(), key, None)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary file object (never cached)."""
        return cls._from_data(fobj.read(), key, fobj)

    @classmethod
    def _from_data(cls, data, key, fobj):
        self = object.__new__(cls)
        self._key, self._file = key, fobj
        self._table, self._rule = _load(data)
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones: all, or those of only_keys."""
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = "%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%r)" % (name, self._file)

    def __reduce__(self):
        if self._key is None or self._file is not None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return type(self)._unpickle, (self._key,)

    @classmethod
    def _unpickle(cls, key):
        return cls(key)

    def _type_for(self, dt):
        if dt is None:
            return None
        wall = _wall_seconds(dt)
        ttype = self._table.by_wall(wall, dt.fold)
        return self._rule.by_wall(wall, dt.fold) if ttype is None else ttype

    def utcoffset(self, dt):
        ttype = self._type_for(dt)
        return ttype and ttype.utcoff

    def dst(self, dt):
        ttype = self._type_for(dt)
        return ttype and ttype.dstoff

    def tzname(self, dt):
        ttype = self._type_for(dt)
        return ttype and ttype.abbr

    def fromutc(self, dt):
        if not isinstance(dt, _dt.datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _wall_seconds(dt)
        found = self._table.by_utc(ts)
        if found is None:
            found = self._rule.by_utc(ts)
        ttype, fold = found
        return (dt + ttype.utcoff).replace(fold=fold)
