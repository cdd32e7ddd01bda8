# sqlite3 across threads: writers on their own connections to one file, a connection shared with check_same_thread=False, a writer waiting on another connection's lock (inside sqlite3_step, GIL released) while the holder commits, and the check_same_thread error with the thread ids masked.
import os
import re
import sqlite3
import tempfile
import threading
import time

tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, 'db.sqlite')
setup = sqlite3.connect(path)
setup.execute('create table t (worker integer, n integer)')
setup.commit()
setup.close()

N_THREADS, N_ROWS = 4, 20
errors = []

def writer(w):
    try:
        conn = sqlite3.connect(path, timeout=30)
        conn.execute('pragma synchronous = off')   # no fsync per commit: the test is about locks
        for i in range(N_ROWS):
            with conn:
                conn.execute('insert into t values (?, ?)', (w, i))
        conn.close()
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=writer, args=(w,)) for w in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
check = sqlite3.connect(path)
print('errors', errors)
print('count', check.execute('select count(*) from t').fetchone())
print('per worker', check.execute('select worker, count(*), sum(n) from t group by worker order by worker').fetchall())

# One connection, many threads: the connection's lock keeps SQLite's calls one at a time.
shared = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
shared.execute('pragma synchronous = off')
shared.execute('create table s (k integer)')

def shared_writer(w):
    cur = shared.cursor()
    for i in range(N_ROWS):
        cur.execute('insert into s values (?)', (w * 1000 + i,))
        cur.execute('select count(*) from s').fetchone()

threads = [threading.Thread(target=shared_writer, args=(w,)) for w in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('shared', shared.execute('select count(*), count(distinct k) from s').fetchone())

# A cursor dropped while another thread runs a long query on the shared
# connection: gilvm finalizes its statement later, by the connection's next
# user, as a dealloc must not wait for the connection (CPython waits).
started, got = threading.Event(), []
def long_query():
    started.set()
    got.append(shared.execute('with recursive c(i) as (select 1 union all select i + 1 from c '
                              'where i < 300000) select count(*), sum(i) from c').fetchone())
idle = shared.execute('select k from s order by k')
print('idle', idle.fetchone())
t = threading.Thread(target=long_query)
t.start()
started.wait()
time.sleep(0.01)
del idle
t.join()
print('long query', got, shared.execute('select count(*) from s').fetchone())

# A writer blocked on the file lock waits without the GIL: the holder (this
# thread) keeps running Python and commits, then the writer goes through.
holder = sqlite3.connect(path)
holder.execute('begin immediate')
holder.execute('insert into t values (99, 0)')
started = threading.Event()
result = []

def blocked_writer():
    conn = sqlite3.connect(path, timeout=30)
    started.set()
    try:
        conn.execute('insert into t values (98, 0)')
        conn.commit()
        result.append('inserted')
    except sqlite3.OperationalError as e:
        result.append(str(e))
    conn.close()

t = threading.Thread(target=blocked_writer)
t.start()
started.wait()
time.sleep(0.2)
holder.commit()
t.join()
print('blocked writer', result, check.execute('select count(*) from t where worker >= 98').fetchone())

# check_same_thread: another thread may not use the connection.
def misuse(out):
    for f in (lambda: check.execute('select 1'), lambda: check.cursor(), check.commit, check.close):
        try:
            f()
            out.append('no error')
        except sqlite3.ProgrammingError as e:
            out.append(re.sub(r'\d+', 'N', str(e)))

out = []
t = threading.Thread(target=misuse, args=(out,))
t.start()
t.join()
for line in out:
    print(line)
print(check.execute('select count(*) from t').fetchone())
for c in (check, shared, holder):
    c.close()
tmp.cleanup()
