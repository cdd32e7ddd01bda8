# time.strptime: a struct_time from text, the parser datetime.strptime shares.
import time
import datetime

t = time.strptime("Thu Mar  7 10:20:30 2024")
print(t)
print(tuple(t), t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strptime("2024-03-07 10:20:30", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("07/03/99", "%d/%m/%y")[:3], time.strptime("07/03/68", "%d/%m/%y")[:3])
print(time.strptime("2024", "%Y"))
print(time.strptime("2024 366", "%Y %j")[:8])
print(time.strptime("2023 060", "%Y %j")[:3])
print(time.strptime("March 5, 2021 3:04 PM", "%B %d, %Y %I:%M %p")[:9])
print(time.strptime("12am", "%I%p").tm_hour, time.strptime("12pm", "%I%p").tm_hour)
# Without a year, 29 February is read in a leap year, reported as 1900.
print(time.strptime("02-29", "%m-%d"))
# A weekday the text gives wins over the one its date would have.
print(time.strptime("Mon 2024-01-03", "%a %Y-%m-%d").tm_wday)
print(time.strptime("Sunday 2024-01-07", "%A %Y-%m-%d").tm_wday)
print(time.strptime("0", "%w").tm_wday, time.strptime("3", "%w").tm_wday)
print(time.strptime("12:00 UTC", "%H:%M %Z").tm_isdst, time.strptime("12:00 gmt", "%H:%M %Z").tm_isdst)
z = time.strptime("2024-03-07 +0130", "%Y-%m-%d %z")
print(z.tm_gmtoff, z.tm_zone, time.strptime("2024-03-07 -05:00", "%Y-%m-%d %z").tm_gmtoff)
print(time.strptime("2024", "%Y").tm_gmtoff)
print(time.strptime("10%", "%d%%")[2], time.strptime(" 7", "%d")[2])
print(time.strptime("1/2/03", "%x")[:3], time.strptime("01:02:03", "%X")[3:6])

# struct_time round-trips through mktime/strftime.
print(time.strftime("%Y-%m-%d %H:%M:%S", time.strptime("2001-02-03 04:05:06", "%Y-%m-%d %H:%M:%S")))

# The same parser: datetime.strptime reads the same text alike.
text, fmt = "2019-12-31 23:59:58", "%Y-%m-%d %H:%M:%S"
print(datetime.datetime.strptime(text, fmt).timetuple()[:6] == time.strptime(text, fmt)[:6])
print(datetime.datetime.strptime("2024 366", "%Y %j"))
print(datetime.datetime.strptime("2024-03-07T10:20:30.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))

errors = [
    ("5",),
    ("2024-03-07x", "%Y-%m-%d"),
    ("2024-03-07", "%Y-%m"),
    ("2023-02-30", "%Y-%m-%d"),
    ("2023-13-01", "%Y-%m-%d"),
    ("2023", "%Q"),
    ("2023", "%"),
    (5,),
    ("5", 5),
    (),
    ("a", "b", "c"),
]
for args in errors:
    try:
        time.strptime(*args)
        print("no error", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strptime(string="2024")
except TypeError as e:
    print("TypeError", e)
