# calendar: leap years, month/year text calendars (byte-identical), iterators, errors
import calendar

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2025), calendar.leapdays(2024, 2025), calendar.leapdays(2025, 2024), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10400, 3, 1), calendar.weekday(0, 1, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2021, 8), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 2))
print(calendar.month_name[1], calendar.month_abbr[12], list(calendar.day_name), calendar.day_abbr[6], len(calendar.month_name), repr(calendar.month_name[0]))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.month(2024, 2), end='')
print(calendar.month(2021, 2, 3, 2), end='')
print(calendar.month(2023, 10, w=9), end='')
print(calendar.weekheader(2), '|', calendar.weekheader(1), '|', calendar.weekheader(10))
calendar.prmonth(1999, 12)
print(calendar.calendar(2024), end='')
calendar.prcal(2023, 3, 1, 2, 4)
print(calendar.calendar(2020, m=2, c=3, w=2, l=1), end='')

calendar.setfirstweekday(6)
print(calendar.firstweekday())
print(calendar.month(2024, 3), end='')
print(calendar.monthcalendar(2015, 2))
calendar.setfirstweekday(calendar.MONDAY)

c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
print([str(d) for d in c.itermonthdates(2024, 2)][:3], len(list(c.itermonthdates(2024, 2))))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2023, 4))[:9])
print(list(c.itermonthdays3(2024, 1))[:2], list(c.itermonthdays3(2023, 12))[-3:])
print(list(c.itermonthdays4(2024, 12))[-2:])
print([[str(d) for d in w] for w in c.monthdatescalendar(2026, 2)])
print(c.monthdayscalendar(2026, 2))
print(c.monthdays2calendar(2026, 3)[0])
yc = c.yeardayscalendar(2024, 4)
print(len(yc), [len(row) for row in yc], yc[0][1])
print(len(calendar.Calendar().yeardatescalendar(2024)), calendar.Calendar().yeardays2calendar(2024, 6)[1][5][-1])
c.setfirstweekday(9)
print(c.firstweekday, list(c.iterweekdays())[:2])

t = calendar.TextCalendar(calendar.SUNDAY)
print(t.formatmonth(2024, 9), end='')
print(repr(t.formatweek([(1, 0), (0, 1), (31, 6)], 3)), repr(t.formatday(5, 0, 4)), repr(t.formatweekday(2, 9)))
print(repr(t.formatmonthname(2024, 7, 20)), repr(t.formatmonthname(2024, 7, 12, False)))
t.prmonth(2026, 1, 4, 1)
print(t.formatyear(2026, 2, 1, 2, 6), end='')
t.prweek([(1, 0), (2, 1)], 2)
print()
calendar.format(['a', 'bb'], 5, 2)
print(repr(calendar.formatstring(['x', 'y', 'z'], 3, 1)))

h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2), end='')
print(h.formatyear(2023, 4)[:400])
print(h.formatyearpage(2023, css=None)[:300])
print(h.formatweekday(0), h.formatday(0, 3), h.formatmonthname(2024, 5, withyear=False))

for bad in [0, 13, -1]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError:', e, isinstance(e, ValueError), e.month)
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print('IllegalWeekdayError:', e, isinstance(e, ValueError), e.weekday)
try:
    calendar.month(2024, 13)
except IndexError as e:
    print('IndexError:', e)
print('monthcalendar 13:', end=' ')
try:
    calendar.monthcalendar(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print('ValueError:', e)
try:
    calendar.timegm((2024, 2))
except ValueError as e:
    print('ValueError:', type(e).__name__)
print(calendar.error is ValueError, calendar.firstweekday())
