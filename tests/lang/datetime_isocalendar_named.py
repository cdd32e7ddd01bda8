import datetime, pickle, copy
ic = datetime.date(2024, 2, 28).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic == (2024, 9, 3), ic[1], tuple(ic), len(ic))
y, w, d = datetime.datetime(2021, 1, 3, 12).isocalendar(); print(y, w, d)
print(datetime.datetime(2020, 12, 31).isocalendar())
p = pickle.loads(pickle.dumps(ic)); print(type(p).__name__, p)
try: ic.year = 1
except AttributeError: print("read-only")
