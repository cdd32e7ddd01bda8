# Small python3.11 library additions: datetime.UTC and fromisoformat's forms, bisect's key=.
import bisect
from datetime import UTC, date, datetime, time, timezone

print(UTC is timezone.utc, repr(UTC))
for s in ['2020-01-01', '20200101', '2020-W01', '2020-W01-2', '2020W01', '2020W012', '2020-1-01',
          '2020W1', '2020-W54', '2020-W01-8', 5]:
    try:
        print(s, date.fromisoformat(s))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['12', '1230', '123045', '12:30', '12:30:45.5', '12:30:45,123', '12:30:45.1234567', 'T12:30',
          '12:30Z', '12:30+05', '12:30-0530', '123045.25+05:30:15', '12:3', '12:30:45.', '1230:45',
          '12:30+5', '12:30Zx', '12:30:45.12a']:
    try:
        print(s, repr(time.fromisoformat(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['2020-01-01T10:00Z', '20200101T000000', '2020-01-01 10:00:00+01:00', '2020W01T10',
          '2020-W01-3T1015', '2020-01-01x10', '20200101T10:00:00.123Z', '2020-01-01T',
          '2011-11-04T00:05:23.283+00:00', '2020-01-01', '2020']:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(s, type(e).__name__, e)

rows = [(1, 'a'), (3, 'b'), (3, 'c'), (7, 'd')]
first = lambda r: r[0]
print(bisect.bisect_left(rows, 3, key=first), bisect.bisect_right(rows, 3, key=first),
      bisect.bisect(rows, 0, key=first), bisect.bisect_left(rows, 3, 2, key=first))
bisect.insort_left(rows, (3, 'x'), key=first)
bisect.insort_right(rows, (3, 'y'), key=first)
bisect.insort(rows, (9, 'z'), key=first)
print(rows)
words = ['a', 'bb', 'ccc']
bisect.insort(words, 'dd', key=len)
print(words, bisect.bisect_left([1, 2, 3], 2), bisect.bisect_right([1, 2, 3], 2, hi=1))
try:
    bisect.bisect([], 1, key=len, lo=-1)
except ValueError as e:
    print(e)
