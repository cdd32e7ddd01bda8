# sqlite3 over libsqlite3: create/insert/select, both parameter styles, fetch*, description, rowcount, lastrowid, Row, text_factory, transactions (implicit BEGIN, with-connection commit/rollback, autocommit), and the common errors with CPython's messages.
import sqlite3

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sqlite3.paramstyle, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.sqlite_version_info[0],
      sqlite3.sqlite_version == '.'.join(map(str, sqlite3.sqlite_version_info)))
print([c.__name__ for c in sqlite3.IntegrityError.__mro__[:4]], issubclass(sqlite3.InterfaceError, sqlite3.Error),
      issubclass(sqlite3.Warning, sqlite3.Error))

conn = sqlite3.connect(':memory:')
cur = conn.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize, conn.isolation_level == '')
cur.execute('create table t (id integer primary key, name text unique, score real, data blob)')
print(cur.description, cur.rowcount, conn.in_transaction)

# qmark and named parameters, every type both ways.
cur.execute('insert into t (name, score, data) values (?, ?, ?)', ('ann', 1.5, b'\x00\xff'))
print('qmark', cur.rowcount, cur.lastrowid, conn.in_transaction, conn.total_changes)
cur.execute('insert into t (name, score, data) values (:n, :s, :d)', {'n': 'bob', 's': 2, 'd': None})
print('named', cur.rowcount, cur.lastrowid)
cur.executemany('insert into t (name, score) values (?, ?)', [('cy', -3.25), ['dee', 10 ** 12], ('é€', 0)])
print('many', cur.rowcount, conn.total_changes)
cur.execute('insert into t (name, data) values (?, ?)', ('blobs', bytearray(b'ab')))
cur.execute('insert into t (name, data) values (?, ?)', ('view', memoryview(b'cd')))
conn.commit()
print('committed', conn.in_transaction)

cur.execute('select id, name, score, data from t order by id')
print([d[0] for d in cur.description], len(cur.description[0]), set(cur.description[0][1:]))
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))
print([r for r in conn.execute('select name from t where score > ?', (0,))])
print(conn.execute('select typeof(score), typeof(data), ? is null from t where id = 2', (None,)).fetchone())
print(conn.execute('select 9223372036854775807, -9223372036854775808, 1e300, ?', (True,)).fetchone())
cur.execute('update t set score = score * 2 where score >= ?', (1,))
print('update', cur.rowcount)
cur.execute('delete from t where name = ?', ('nobody',))
print('delete', cur.rowcount)
conn.commit()

# Row: by position, by name in any case, keys, len, equality.
conn.row_factory = sqlite3.Row
r = conn.execute('select id, name as Who from t where id = 1').fetchone()
print(type(r).__name__, r[0], r['WHO'], r['who'], r[-1], r.keys(), len(r), list(r), tuple(r))
r2 = conn.execute('select id, name as Who from t where id = 1').fetchone()
print(r == r2, r != r2, r == conn.execute('select id, name as Who from t where id = 2').fetchone(), hash(r) == hash(r2))
attempt('row key', lambda: r['nope'])
attempt('row index', lambda: r[5])
conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(conn.execute('select id, name from t where id = 2').fetchone())
conn.row_factory = None

# text_factory: str, bytes, any callable over the bytes.
conn.text_factory = bytes
print(conn.execute("select name from t where id = 5").fetchone())
conn.text_factory = lambda b: b.decode('utf-8').upper()
print(conn.execute("select name from t where id = 5").fetchone())
conn.text_factory = str

# Transactions: implicit BEGIN before DML, with-connection, rollback, autocommit.
with conn:
    conn.execute("insert into t (name) values ('kept')")
    print('in with', conn.in_transaction)
print('after with', conn.in_transaction)
try:
    with conn:
        conn.execute("insert into t (name) values ('lost')")
        raise KeyError('boom')
except KeyError as e:
    print('with raised', repr(e))
print([n for (n,) in conn.execute("select name from t where name in ('kept', 'lost')")])
conn.execute("insert into t (name) values ('undone')")
conn.rollback()
print('rolled back', conn.execute("select count(*) from t where name = 'undone'").fetchone())
conn.isolation_level = None
conn.execute("insert into t (name) values ('auto')")
print('autocommit', conn.isolation_level, conn.in_transaction)
conn.isolation_level = 'DEFERRED'
conn.execute("insert into t (name) values ('deferred')")
print('deferred', conn.in_transaction)
conn.isolation_level = None
print('set None commits', conn.in_transaction)
conn.executescript('''
    create table u (a, b);
    insert into u values (1, 'x');
    insert into u values (2, 'y');
''')
print(conn.execute('select * from u order by a').fetchall())

# Errors in CPython's words.
attempt('no table', lambda: conn.execute('select * from missing'))
attempt('syntax', lambda: conn.execute('selec 1'))
attempt('unique', lambda: conn.execute("insert into t (id, name) values (1, 'dup')"))
attempt('unique name', lambda: conn.execute("insert into t (name) values ('ann')"))
attempt('notnull', lambda: conn.execute('create table nn (x not null)') and conn.execute('insert into nn values (null)'))
attempt('too few', lambda: conn.execute('select ?, ?', (1,)))
attempt('too many', lambda: conn.execute('select ?', (1, 2)))
attempt('no name', lambda: conn.execute('select ?', {'a': 1}))
attempt('overflow', lambda: conn.execute('select ?', (2 ** 63,)))
attempt('underflow', lambda: conn.execute('select ?', (-2 ** 63 - 1,)))
c2 = conn.cursor()
c2.close()
attempt('closed cursor', lambda: c2.execute('select 1'))
conn.close()
conn.close()
attempt('closed db', lambda: conn.execute('select 1'))
attempt('closed cursor db', lambda: cur.execute('select 1'))
attempt('closed commit', lambda: conn.commit())
attempt('bad path', lambda: sqlite3.connect('/nonexistent-dir/x.db'))
