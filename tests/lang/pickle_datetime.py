# datetime values survive pickle.dumps/loads (protocols 2-5) and copy:
# class, value, tzinfo and fold all come back.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

plus2 = timezone(timedelta(hours=2), 'EET')
values = [
    date(2020, 1, 2), date(1, 1, 1),
    datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2021, 11, 7, 1, 30, fold=1),
    datetime(2020, 1, 2, tzinfo=plus2), datetime(1999, 12, 31, 23, 59, tzinfo=timezone.utc),
    time(1, 2, 3), time(23, 59, 59, 999999, tzinfo=timezone(timedelta(minutes=-90))),
    time(1, 30, fold=1), timedelta(1, 2, 3), timedelta(-5, microseconds=7),
    timezone.utc, plus2, timezone(timedelta(hours=-3)),
]


class Stamp(date):
    pass


values.append(Stamp(2000, 2, 29))
for v in values:
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        w = pickle.loads(pickle.dumps(v, proto))
        assert type(w) is type(v) and w == v, (v, proto)
        assert proto < 4 or getattr(w, 'fold', 0) == getattr(v, 'fold', 0)
        assert proto < 4 or repr(w) == repr(v), (w, v)
    c = copy.deepcopy(v)
    print(type(c).__name__, repr(c), getattr(c, 'fold', '-'), c == v)
print(pickle.loads(pickle.dumps({'when': date(2024, 5, 6), 'list': [time(4)]})))
