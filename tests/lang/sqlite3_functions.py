# sqlite3 user functions and aggregates: Python called back from inside sqlite3_step (the GIL taken back), every result type, varargs, replacing and removing a function, errors raised in a callback, and callbacks on several threads at once.
import sqlite3
import threading

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

conn = sqlite3.connect(':memory:')
conn.create_function('double', 1, lambda x: x * 2)
conn.create_function('kind', 1, lambda x: type(x).__name__)
conn.create_function('join_all', -1, lambda *a: '|'.join(map(str, a)))
conn.create_function('none_fn', 0, lambda: None)
conn.create_function('blob', 1, lambda n: bytes(range(n)))
conn.create_function('half', 1, lambda x: x / 2)
conn.create_function('fails', 1, lambda x: 1 // x)
conn.create_function('weird', 0, lambda: [1])
print(conn.execute("select double(21), double(1.25), double('ab'), double(x'01')").fetchone())
print(conn.execute("select kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())
print(conn.execute("select join_all(), join_all(1), join_all(1, 'a', 2.5, null)").fetchone())
print(conn.execute("select none_fn(), blob(3), half(5), typeof(blob(0))").fetchone())
conn.execute('create table t (x)')
conn.executemany('insert into t values (?)', [(i,) for i in range(1, 6)])
print(conn.execute('select double(x) from t where double(x) > 4 order by x').fetchall())
print(conn.execute('select fails(x) from t where x = 1').fetchall())
attempt('raises', lambda: conn.execute('select fails(0)').fetchall())
attempt('bad type', lambda: conn.execute('select weird()').fetchall())
attempt('wrong arity', lambda: conn.execute('select double(1, 2)'))
attempt('unknown', lambda: conn.execute('select nosuch(1)'))
conn.create_function('plain', 1, lambda x: -x)
conn.create_function('det', 1, lambda x: -x, deterministic=True)
attempt('index plain', lambda: conn.execute('create index i1 on t (plain(x))'))
attempt('index det', lambda: conn.execute('create index i2 on t (det(x))').fetchall())
attempt('too many args', lambda: conn.create_function('many', 1000, len))
conn.create_function('double', 1, lambda x: x * 3)
print('replaced', conn.execute('select double(2)').fetchone())
conn.create_function('double', 1, None)
attempt('removed', lambda: conn.execute('select double(2)'))

# A callback that uses its own connection's state, and one that is a bound method.
class Counter:
    def __init__(self):
        self.calls = 0
    def bump(self, x):
        self.calls += 1
        return x + self.calls
c = Counter()
conn.create_function('bump', 1, c.bump)
print(conn.execute('select bump(x) from t order by x').fetchall(), c.calls)
conn.create_function('twice', 1, lambda x: conn.execute('select ? * 2', (x,)).fetchone()[0])
print('nested', conn.execute('select twice(4), twice(x) from t where x = 5').fetchone())

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def finalize(self):
        return self.total

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, *vs):
        self.parts.append('-'.join(map(str, vs)))
    def finalize(self):
        return ','.join(self.parts)

class BadStep(Sum):
    def step(self, v):
        raise ValueError('no')

class BadFinal(Sum):
    def finalize(self):
        raise ValueError('no')

conn.create_aggregate('mysum', 1, Sum)
conn.create_aggregate('concat', -1, Concat)
conn.create_aggregate('badstep', 1, BadStep)
conn.create_aggregate('badfinal', 1, BadFinal)
print(conn.execute('select mysum(x), concat(x, x * 10) from t').fetchone())
print(conn.execute('select x % 2, mysum(x) from t group by x % 2 order by 1').fetchall())
print(conn.execute('select mysum(x) from t where x > 100').fetchone())
attempt('bad step', lambda: conn.execute('select badstep(x) from t').fetchall())
attempt('bad final', lambda: conn.execute('select badfinal(x) from t').fetchall())

# Threads, each with its own connection and function, calling back at once.
results = {}
def worker(w):
    db = sqlite3.connect(':memory:')
    db.create_function('tag', 1, lambda x: w * 1000 + x)
    rows = db.execute('with recursive c(i) as (select 1 union all select i + 1 from c where i < 300) '
                      'select sum(tag(i)) from c').fetchone()
    results[w] = rows[0]
    db.close()
threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
conn.close()
