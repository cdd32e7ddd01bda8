# zoneinfo over Debian's tzdata (deps.list): offsets, DST and names at transition
# instants (gaps and repeated hours, fold 0 and 1), times past the TZif
# transitions (the footer's TZ rule) and before them, astimezone and arithmetic,
# the cache, the key checks and errors, TZPATH and available_timezones.
import datetime as dt
import io
import os
import pickle
import tempfile
import zoneinfo
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
LON, NY, LH = ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe")


def show(d):
    return "%s fold=%d %s %s dst=%s" % (d.replace(tzinfo=None).isoformat(), d.fold,
                                        d.tzname(), d.utcoffset(), d.dst())


def walls(z, *args):
    for fold in (0, 1):
        d = dt.datetime(*args, tzinfo=z, fold=fold)
        print(" wall", show(d), "->", d.astimezone(UTC).isoformat())


def instants(z, start, minutes, count):
    t = start.replace(tzinfo=UTC)
    for _ in range(count):
        print(" utc", t.strftime("%Y-%m-%d %H:%M"), "->", show(t.astimezone(z)))
        t += dt.timedelta(minutes=minutes)


print("London")
walls(LON, 2021, 3, 28, 1, 30)            # the skipped hour
walls(LON, 2021, 10, 31, 1, 30)           # the repeated hour
walls(LON, 2021, 7, 1, 12)
walls(LON, 1800, 1, 1)                    # before the first transition: LMT
walls(LON, 2100, 7, 1, 12)                # past the table: the TZ rule
walls(LON, 2100, 10, 31, 1, 30)
instants(LON, dt.datetime(2021, 10, 31, 0, 0), 30, 5)
instants(LON, dt.datetime(2095, 3, 27, 0, 30), 30, 3)
print("New York")
walls(NY, 2021, 3, 14, 2, 30)
walls(NY, 2021, 11, 7, 1, 30)
walls(NY, 1883, 11, 18, 11, 0)
walls(NY, 2080, 11, 3, 1, 15)
instants(NY, dt.datetime(2021, 3, 14, 6, 0), 30, 4)
instants(NY, dt.datetime(2021, 11, 7, 5, 0), 30, 5)
print("Lord Howe")
walls(LH, 2021, 4, 4, 1, 45)              # a half-hour DST
walls(LH, 2021, 10, 3, 2, 15)
walls(LH, 2090, 4, 2, 1, 45)
instants(LH, dt.datetime(2021, 4, 3, 14, 30), 15, 4)
print("UTC")
U = ZoneInfo("UTC")
walls(U, 2021, 6, 1, 12)
print(show(dt.datetime.fromtimestamp(1_600_000_000, tz=U)))

print("arithmetic")
a = dt.datetime(2021, 3, 28, 0, 0, tzinfo=LON)
b = dt.datetime(2021, 3, 28, 3, 0, tzinfo=LON)
print(b - a, b.astimezone(UTC) - a.astimezone(UTC))
print(show(a + dt.timedelta(hours=5)))
n = dt.datetime(2021, 7, 1, 8, tzinfo=NY)
print(n == dt.datetime(2021, 7, 1, 13, tzinfo=LON), n - dt.datetime(2021, 7, 1, 8, tzinfo=LON))
print(show(n.astimezone(LH)), show(n.astimezone(LON)))
print(dt.datetime.fromtimestamp(1_635_643_800, tz=LON).isoformat(),
      dt.datetime(2021, 10, 31, 1, 30, fold=1, tzinfo=LON).timestamp())
print(dt.datetime(2021, 6, 1, tzinfo=NY).timetuple().tm_isdst, dt.time(12, tzinfo=NY).utcoffset())

print("objects")
print(LON, repr(LON), LON.key, LON is ZoneInfo("Europe/London"))
fresh = ZoneInfo.no_cache("Europe/London")
print(fresh is LON, fresh.key, LON.utcoffset(None), LON.dst(None), LON.tzname(None))
ZoneInfo.clear_cache(only_keys=["America/New_York"])
print(ZoneInfo("Europe/London") is LON, ZoneInfo("America/New_York") is NY)
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/London") is LON)
LON = ZoneInfo("Europe/London")


class Mine(ZoneInfo):
    pass


m = Mine("Europe/London")
print(type(m).__name__, m is LON, m is Mine("Europe/London"), isinstance(m, dt.tzinfo))
print(pickle.loads(pickle.dumps(LON)) is LON)
with open("/usr/share/zoneinfo/Europe/London", "rb") as f:
    data = f.read()
k = ZoneInfo.from_file(io.BytesIO(data), key="Custom/Key")
print(repr(k), str(k), k.utcoffset(dt.datetime(2021, 7, 1)))
anon = ZoneInfo.from_file(io.BytesIO(data))
print(anon.key, repr(anon).startswith("zoneinfo.ZoneInfo.from_file(<"), "BytesIO object" in repr(anon))
try:
    pickle.dumps(anon)
except pickle.PicklingError as e:
    print("PicklingError", e)

print("errors")
for key in ["/etc/x", "../x", "a/../b", "Europe//London", "", "Nope/Zone", "Europe", 5]:
    try:
        ZoneInfo(key)
    except Exception as e:
        print(repr(key), type(e).__name__, e, isinstance(e, KeyError))
for bad in [b"XXXXsome", b"TZ"]:
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    LON.fromutc(dt.datetime(2020, 1, 1))
except ValueError as e:
    print("ValueError", e)
try:
    LON.fromutc(5)
except TypeError as e:
    print("TypeError", e)
print(LON.fromutc(dt.datetime(2021, 10, 31, 1, 15, tzinfo=LON)).fold)

print("paths")
print(zoneinfo.TZPATH)
for to in ["abc", ["rel"]]:
    try:
        zoneinfo.reset_tzpath(to)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "Mine"))
    for name in ["Mine/Zone", "posixrules", "notes.txt"]:
        with open(os.path.join(d, name), "wb") as f:
            f.write(data if name != "notes.txt" else b"hello")
    zoneinfo.reset_tzpath([d])
    print(zoneinfo.TZPATH == (d,), sorted(zoneinfo.available_timezones()))
    print(ZoneInfo.no_cache("Mine/Zone").tzname(dt.datetime(2021, 1, 1)))
zoneinfo.reset_tzpath()
zones = zoneinfo.available_timezones()
print(len(zones) > 300, "posixrules" in zones, "right/UTC" in zones,
      all(z in zones for z in ["Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC"]))
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError),
      issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning), sorted(zoneinfo.__all__))


# (No zero-based "n" day rule: python3 reads it a day early, glibc and this
# module as POSIX says; tzdata never writes one.)
print("hand-made TZif files")
import struct


def tzif(version, times, idx, types, abbrs, footer=None):
    """A TZif file: one block for v1, an empty v1 block then a 64-bit one for v2+."""
    def block(size):
        head = b"TZif" + version + b"\0" * 15 + struct.pack(
            ">6l", 0, 0, 0, len(times), len(types), len(abbrs))
        body = b"".join(struct.pack(">q" if size == 8 else ">l", t) for t in times)
        body += bytes(idx) + b"".join(struct.pack(">lBB", *t) for t in types)
        return head + body + abbrs
    if version == b"\0":
        return block(4)
    empty = b"TZif" + version + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, 0, 1, 4) + \
        struct.pack(">lBB", 0, 0, 0) + b"UTC\0"
    return empty + block(8) + b"\n" + footer + b"\n"


v1 = tzif(b"\0", [0, 15_000_000, 30_000_000], [1, 0, 1],
          [(3600, 0, 0), (7200, 1, 4)], b"AAA\0BBB\0")
z1 = ZoneInfo.from_file(io.BytesIO(v1), key="Test/V1")
for ts in [-10, 0, 14_999_999, 15_000_000, 29_000_000, 40_000_000]:
    print(" v1", show(dt.datetime.fromtimestamp(ts, tz=z1)))
walls(z1, 1970, 6, 23, 11, 30)
rules = [b"<+0330>-3:30<+0430>,J79/24,J263/24", b"AAA-2BBB-3,M3.5.0/-2,M10.5.0/25",
         b"XXX3YYY,J60,J300/1:30", b"<-03>3", b"QQQ-5:45:30RRR,M4.1.0/0,M9.5.6"]
for footer in rules:
    zone = ZoneInfo.from_file(io.BytesIO(tzif(b"2", [0], [0], [(3600, 0, 0)], b"ZZZ\0", footer)),
                              key="Rule")
    print(footer.decode())
    for y in (2021, 2024, 2071):
        for month, day in ((1, 15), (3, 20), (3, 21), (3, 27), (7, 1), (9, 21), (10, 28), (12, 31)):
            d = dt.datetime(y, month, day, 12, tzinfo=zone)
            print("", d.date(), d.tzname(), d.utcoffset(), d.dst())
    t = dt.datetime(2024, 1, 1, tzinfo=UTC)
    changes = []
    prev = None
    while t.year < 2025:
        local = t.astimezone(zone)
        if local.utcoffset() != prev:
            changes.append("%s/%s" % (local.replace(tzinfo=None).isoformat(), local.fold))
            prev = local.utcoffset()
        t += dt.timedelta(minutes=30)
    print(" changes", changes)
for footer in [b"EST5EDT", b"garbage!", b"", b"<+05>-5"]:
    data = tzif(b"2", [0], [0], [(3600, 0, 0)], b"ZZZ\0", footer)
    try:
        zone = ZoneInfo.from_file(io.BytesIO(data))
        print(footer, dt.datetime(2030, 7, 1, tzinfo=zone).utcoffset())
    except ValueError as e:
        print(footer, "ValueError", e)
