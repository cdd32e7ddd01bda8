"""sqlite3 — the DB-API 2.0 interface over libsqlite3, as CPython 3.8's.

The C half (_sqlite3: vm/modules/mod__sqlite3.c) owns the database handle
and prepared statements and drops the GIL while SQLite works; this half
keeps the DB-API objects, the thread check and the transaction rule: with
an isolation_level other than None a BEGIN goes before an INSERT, UPDATE,
DELETE or REPLACE when no transaction is open.
"""
import _sqlite3
import _thread
import os

from _sqlite3 import sqlite_version

version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))
apilevel = '2.0'
paramstyle = 'qmark'
threadsafety = 1
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
Binary = memoryview


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


adapters = {}
converters = {}


def register_adapter(type, adapter):
    adapters[type] = adapter


def register_converter(typename, converter):
    converters[typename.upper()] = converter


def _register_datetime():
    """date and datetime go in as ISO text and come back through the
    "date" and "timestamp" converters, as CPython registers them."""
    import datetime

    def timestamp(b):
        day, clock = b.split(b' ')
        y, m, d = (int(x) for x in day.split(b'-'))
        hms, _, frac = clock.partition(b'.')
        hh, mm, ss = (int(x) for x in hms.split(b':'))
        micro = int(frac.decode()[:6].ljust(6, '0')) if frac else 0
        return datetime.datetime(y, m, d, hh, mm, ss, micro)

    register_adapter(datetime.date, lambda v: v.isoformat())
    register_adapter(datetime.datetime, lambda v: v.isoformat(' '))
    register_converter('date', lambda b: datetime.date(*(int(x) for x in b.split(b'-'))))
    register_converter('timestamp', timestamp)


def _adapt(value):
    adapter = adapters.get(type(value))
    return value if adapter is None else adapter(value)


def _is_dml(sql):
    head = sql.lstrip(' \t\r\n')[:7].lower()
    return head.startswith(('insert', 'update', 'delete', 'replace'))


def _only_space_or_comment(tail):
    """True when the text after a statement holds no other statement."""
    i, n = 0, len(tail)
    while i < n:
        if tail[i] in ' \t\r\n\f;':
            i += 1
        elif tail.startswith('--', i):
            j = tail.find('\n', i)
            i = n if j < 0 else j + 1
        elif tail.startswith('/*', i):
            j = tail.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            return False
    return True


_LEVELS = ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE')


class Row:
    """A result row: indexed by position or by column name (any case)."""

    def __init__(self, cursor, values):
        if not isinstance(cursor, Cursor):
            raise TypeError("argument 1 must be sqlite3.Cursor, not %s" % type(cursor).__name__)
        if not isinstance(values, tuple):
            raise TypeError("argument 2 must be tuple, not %s" % type(values).__name__)
        self._desc = cursor.description
        self._values = values

    def __getitem__(self, key):
        if isinstance(key, str):
            low = key.lower()
            for i, d in enumerate(self._desc):
                if d[0].lower() == low:
                    return self._values[i]
            raise IndexError("No item with that key")
        return self._values[key]

    def keys(self):
        return [d[0] for d in self._desc]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._values == other._values

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._desc) ^ hash(self._values)

    def __repr__(self):
        return '<sqlite3.Row object>'


def _not_supported(name):
    """A Connection method gilvm does not have: one line saying so."""
    def refuse(self, *args, **kwargs):
        raise NotSupportedError("gilvm: Connection.%s is not supported" % name)
    refuse.__name__ = name
    return refuse


class Connection:
    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=100, uri=False):
        self._db = None
        self._thread = _thread.get_ident()
        self._check_same_thread = check_same_thread
        self._detect_types = detect_types
        if not isinstance(database, str):
            database = os.fsdecode(os.fspath(database))
        self._db = _sqlite3.Db(database, int(timeout * 1000), uri)
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str

    # The DB-API's optional extension: the exceptions as attributes.
    Warning, Error, InterfaceError, DatabaseError = Warning, Error, InterfaceError, DatabaseError
    DataError, OperationalError, IntegrityError = DataError, OperationalError, IntegrityError
    InternalError, ProgrammingError, NotSupportedError = InternalError, ProgrammingError, NotSupportedError

    def _check_thread(self):
        if self._check_same_thread:
            me = _thread.get_ident()
            if me != self._thread:
                raise ProgrammingError(
                    "SQLite objects created in a thread can only be used in that same thread. "
                    "The object was created in thread id %d and this is thread id %d."
                    % (self._thread, me))

    def _check(self):
        self._check_thread()
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        return self._db

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self._db is not None and not self._db.autocommit():
                self._db.exec('COMMIT')
        elif not isinstance(level, str):
            raise TypeError("isolation_level must be a string or None, not %s" % type(level).__name__)
        elif level.upper() not in _LEVELS:
            raise ValueError("invalid value for isolation_level")
        self._isolation_level = level

    def _begin_if_needed(self, sql):
        if self._isolation_level is not None and _is_dml(sql) and self._db.autocommit():
            self._db.exec('BEGIN ' + self._isolation_level)

    @property
    def in_transaction(self):
        return not self._check().autocommit()

    @property
    def total_changes(self):
        return self._check().total_changes()

    def cursor(self, factory=None):
        self._check()
        cur = (factory or Cursor)(self)
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, script):
        return self.cursor().executescript(script)

    def commit(self):
        db = self._check()
        if not db.autocommit():
            db.exec('COMMIT')

    def rollback(self):
        db = self._check()
        if not db.autocommit():
            db.exec('ROLLBACK')

    def close(self):
        self._check_thread()
        if self._db is not None:
            self._db.close()
            self._db = None

    def create_function(self, name, num_params, func, *, deterministic=False):
        self._check().create_function(name, num_params, func, deterministic)

    def create_aggregate(self, name, num_params, aggregate_class):
        self._check().create_aggregate(name, num_params, aggregate_class)

    iterdump = _not_supported('iterdump')
    backup = _not_supported('backup')
    set_authorizer = _not_supported('set_authorizer')
    set_progress_handler = _not_supported('set_progress_handler')
    set_trace_callback = _not_supported('set_trace_callback')
    interrupt = _not_supported('interrupt')
    enable_load_extension = _not_supported('enable_load_extension')
    load_extension = _not_supported('load_extension')

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        if typ is None:
            self.commit()
        else:
            self.rollback()
        return False


class Cursor:
    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("argument 1 must be sqlite3.Connection, not %s" % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._stmt = None
        self._has_row = False
        self._converters = None
        self._closed = False

    def _check(self):
        db = self.connection._check()
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        return db

    def _drop_statement(self):
        if self._stmt is not None:
            self._stmt.finalize()
            self._stmt = None
        self._has_row = False

    def _prepare(self, db, sql):
        stmt, tail = db.prepare(sql)
        if stmt is not None and not _only_space_or_comment(tail):
            stmt.finalize()
            raise Warning("You can only execute one statement at a time.")
        return stmt

    def _bind(self, stmt, params):
        if isinstance(params, dict):
            if adapters:
                params = {k: _adapt(v) for k, v in params.items()}
        elif isinstance(params, (tuple, list)) or hasattr(params, '__getitem__') and hasattr(params, '__len__'):
            params = tuple(_adapt(v) for v in params) if adapters else tuple(params)
        else:
            raise ValueError("parameters are of unsupported type")
        stmt.bind(params)

    def _run(self, sql, param_sets, many):
        db = self._check()
        self._drop_statement()
        self.description = None
        self.rowcount = -1
        self._converters = None
        stmt = self._prepare(db, sql)
        if stmt is None:
            return self
        try:
            dml = _is_dml(sql)
            if many and not dml:
                raise ProgrammingError("executemany() can only execute DML statements.")
            self.connection._begin_if_needed(sql)
            has_row = False
            for params in param_sets:
                self._bind(stmt, params)
                has_row = stmt.step()
                if dml:
                    self.rowcount = max(self.rowcount, 0) + db.changes()
                if many and has_row:
                    raise ProgrammingError("executemany() can only execute DML statements.")
            if not many:
                self.lastrowid = db.lastrowid()
            names = stmt.columns()
        except BaseException:
            stmt.finalize()
            raise
        if names:
            self.description = tuple((self._column_name(n), None, None, None, None, None, None)
                                     for n in names)
            self._converters = self._find_converters(stmt, names)
        self._stmt = stmt
        self._has_row = has_row
        return self

    def _column_name(self, name):
        if self.connection._detect_types & PARSE_COLNAMES:
            i = name.find('[')
            if i >= 0:
                return name[:i].rstrip()
        return name

    def execute(self, sql, parameters=()):
        return self._run(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters):
        return self._run(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script):
        db = self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        self.connection.commit()
        db.exec(sql_script)
        return self

    def _find_converters(self, stmt, names):
        """The converter of each column (None for none), or None when no
        column has one: a "[name]" in the column's name (PARSE_COLNAMES) first,
        then the first word of its declared type (PARSE_DECLTYPES)."""
        detect = self.connection._detect_types
        if not detect or not converters:
            return None
        found = [None] * len(names)
        if detect & PARSE_COLNAMES:
            for i, name in enumerate(names):
                a, b = name.find('['), name.find(']')
                if 0 <= a < b:
                    found[i] = converters.get(name[a + 1:b].upper())
        if detect & PARSE_DECLTYPES:
            for i, decl in enumerate(stmt.decltypes()):
                if found[i] is None and decl:
                    found[i] = converters.get(decl.split('(')[0].split()[0].upper())
        return found if any(found) else None

    def _convert(self, values):
        out = list(values)
        for i, conv in enumerate(self._converters):
            v = out[i]
            if conv is not None and v is not None:
                out[i] = conv(v if isinstance(v, bytes) else str(v).encode())
        return tuple(out)

    def fetchone(self):
        self._check()
        if not self._has_row:
            return None
        values = self._stmt.row(self.connection.text_factory)
        if self._converters is not None:
            values = self._convert(values)
        self._has_row = self._stmt.step()
        if self.row_factory is not None:
            return self.row_factory(self, values)
        return values

    def fetchmany(self, size=None):
        n = self.arraysize if size is None else size
        rows = []
        while n > 0:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            n -= 1
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self.connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=Connection, cached_statements=100, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


_register_datetime()
