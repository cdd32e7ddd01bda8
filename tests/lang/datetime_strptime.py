# datetime.strptime: the C locale's directives, two-digit years, %j, %z/%Z,
# whitespace runs, and python3's errors for text that does not fit.
from datetime import datetime
cases = [("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("2020-01-02T03:04:05.123", "%Y-%m-%dT%H:%M:%S.%f"),
         ("02/01/20", "%d/%m/%y"), ("1/2/69", "%m/%d/%y"), ("1/2/68", "%m/%d/%y"), ("Jan 5 2021", "%b %d %Y"), ("january  5   2021", "%B %d %Y"),
         ("Tue Mar  3 10:20:30 2020", "%c"), ("03/04/21", "%x"), ("10:20:30", "%X"), ("3:04 PM", "%I:%M %p"), ("12:04 am", "%I:%M %p"), ("12:04 pm", "%I:%M %p"),
         ("2020 060", "%Y %j"), ("2021 365", "%Y %j"), ("2020-01-02 +0530", "%Y-%m-%d %z"), ("2020-01-02 -05:30:15.5", "%Y-%m-%d %z"), ("2020-01-02Z", "%Y-%m-%d%z"),
         ("2020-01-02 +0000 UTC", "%Y-%m-%d %z %Z"), ("2020-01-02 UTC", "%Y-%m-%d %Z"), ("100%", "%S%%"), ("Friday 2020", "%A %Y"), ("fri 2020", "%a %Y"), ("5", "%w"),
         ("2020-13-01", "%Y-%m-%d"), ("2020-02-30", "%Y-%m-%d"), ("2020-01-02 junk", "%Y-%m-%d"), ("2020-01-02", "%Y-%m-%d %H"), ("x", "%Q"), ("x", "x%"),
         ("60", "%S"), ("Feb 29", "%b %d"), ("  2020", "%Y"), ("2020", " %Y"), ("a.b", "a.b"), ("1234567", "%f"), ("12", "%f"), (5, "%Y"), ("5", 5), ("1", "%d"), (" 1", "%d"), ("2020-12-31 13", "%Y-%m-%d %I")]
for text, fmt in cases:
    try: print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
    except Exception as e: print(repr(text), repr(fmt), type(e).__name__, e)
