# The local zone (time.localtime/mktime): fromtimestamp, timestamp, astimezone
# and fold around DST changes.  The program runs itself under POSIX TZ rules,
# which need no zone files.
import os
import subprocess
import sys
from datetime import datetime, date, timedelta, timezone

ZONES = ["EST5EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3", "<+0530>-5:30", "UTC0"]
# 2020's changes in EST5EDT: 2020-03-08 07:00 UTC and 2020-11-01 06:00 UTC.
SPRING, FALL = 1583650800, 1604210400


def show_timestamp(ts):
    d = datetime.fromtimestamp(ts)
    local = d.astimezone()
    print(ts, repr(d), d.timestamp(), repr(local), local.tzname(), d.strftime("[%Z%z]"),
          d.timetuple().tm_isdst, date.fromtimestamp(ts), d.astimezone(timezone.utc))


def show_wall(fields):
    for fold in (0, 1):
        d = datetime(*fields, fold=fold)
        ts = d.timestamp()
        print(repr(d), ts, repr(d.astimezone()), repr(datetime.fromtimestamp(ts)))


def child():
    for ts in [0, 10 ** 9, FALL - 3600, FALL - 1, FALL, FALL + 1800, FALL + 3600,
               SPRING - 1, SPRING, SPRING + 1, 1234567890.123456, -946771200, 1601737200]:
        show_timestamp(ts)
    for fields in [(2020, 11, 1, 1, 30), (2020, 3, 8, 2, 30), (2020, 4, 5, 2, 30),
                   (2020, 10, 4, 2, 30), (2020, 6, 1), (2020, 1, 1)]:
        show_wall(fields)
    # Just before local midnight: a date rounds down, a datetime to the microsecond.
    midnight = datetime(2020, 6, 1).timestamp()
    print(date.fromtimestamp(midnight - 3e-7), datetime.fromtimestamp(midnight - 3e-7))
    u = datetime(2020, 7, 1, 12, tzinfo=timezone.utc)
    print(repr(u.astimezone()), u.astimezone().utcoffset(), u.astimezone() == u)


if len(sys.argv) > 1:
    child()
else:
    for zone in ZONES:
        print("TZ=" + zone)
        env = dict(os.environ)
        env["TZ"] = zone
        out = subprocess.run([sys.executable, sys.argv[0], "child"], env=env,
                             stdout=subprocess.PIPE, universal_newlines=True).stdout
        print(out, end="")
