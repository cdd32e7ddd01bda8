# sqlite3 adapters and converters: register_adapter on the way in, register_converter by declared type (PARSE_DECLTYPES) and by "[name]" in a column alias (PARSE_COLNAMES), which also trims the alias in description.
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

sqlite3.register_adapter(Point, lambda p: '%s;%s' % (p.x, p.y))
sqlite3.register_converter('point', lambda b: Point(*[int(v) for v in b.decode().split(';')]))
sqlite3.register_converter('Words', lambda b: b.decode().split())

conn = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
conn.execute('create table t (p point, w words, n integer, z point)')
conn.execute('insert into t values (?, ?, ?, ?)', (Point(1, 2), 'a b c', 7, None))
conn.execute('insert into t values (:p, :w, :n, :z)', {'p': Point(-3, 4), 'w': 'one', 'n': 8, 'z': None})
for row in conn.execute('select p, w, n, z from t order by n'):
    print(row)
cur = conn.execute('select n as "n [words]", p as "raw" from t order by n')
print([d[0] for d in cur.description], cur.fetchall())
plain = sqlite3.connect(':memory:')
plain.execute('create table t (p point)')
plain.execute('insert into t values (?)', (Point(5, 6),))
print(plain.execute('select p from t').fetchall())

# date and datetime: ISO text in, the "date" and "timestamp" converters out.
import datetime
import sqlite3.dbapi2
stamps = sqlite3.dbapi2.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
stamps.execute('create table d (day date, at timestamp)')
stamps.execute('insert into d values (?, ?)', (datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 13, 5, 9, 120000)))
stamps.execute('insert into d values (?, ?)', (datetime.date(1999, 12, 31), datetime.datetime(2000, 1, 1)))
print(stamps.execute('select day, at from d').fetchall())
print(stamps.execute('select day as "d [text]", at, typeof(at) from d').fetchall())
print(sqlite3.dbapi2.Row is sqlite3.Row, sqlite3.dbapi2.PARSE_DECLTYPES)
