/* vm/modules/mod__sqlite3.c — `_sqlite3`, the C half of the `sqlite3`
 * module over Debian's libsqlite3: a database handle (Db) and its prepared
 * statements (Stmt), the type mapping between SQLite values and Python
 * objects, SQLite's error codes mapped onto the DB-API exceptions, and
 * user functions and aggregates.  Connection, Cursor, Row and the
 * transaction rules are Python (vm/lib/sqlite3/__init__.py).
 *
 * Invariants (who touches what, when):
 *   - sqlite3_open_v2, sqlite3_prepare_v2, sqlite3_step, sqlite3_exec and
 *     sqlite3_close_v2 run with the GIL released: they read and write the
 *     database file, can wait on its locks (the busy timeout sleeps) and do
 *     the query's real work.  Without the GIL they read only C memory: the
 *     UTF-8 of a str argument (immutable, kept alive by the caller's
 *     reference) and SQLite's own state.  Bound values are copied into
 *     SQLite (SQLITE_TRANSIENT) before the GIL is dropped.
 *   - Every other sqlite3_* call (bind, column, errmsg, changes, finalize)
 *     runs with the GIL held; none of them waits on the file.  So does the
 *     close in a Db's dealloc, and a dealloc never waits for the
 *     connection's lock either (see stmt_dealloc): its caller may hold
 *     borrowed references another thread could invalidate meanwhile.
 *   - Every sqlite3_* call on a connection or its statements is made with
 *     the Db's `lock` held (but while it is being opened, and in its
 *     dealloc, when no other reference exists), so a connection is used by one thread at a time
 *     (what SQLite's multi-thread mode asks).  The database is therefore
 *     opened SQLITE_OPEN_NOMUTEX: SQLite's own per-connection mutex would
 *     only repeat that lock.  The lock is taken with the GIL released when
 *     it is contended, and it is recursive: a user function runs inside
 *     sqlite3_step with the lock held and may use its own connection.
 *     Lock order: Db lock, then GIL (never wait for the lock holding the GIL).
 *   - User functions and aggregates are called by SQLite from inside
 *     sqlite3_step/sqlite3_exec, i.e. without the GIL: the callback takes it
 *     back, runs Python, and drops it again before returning to SQLite.
 *     (An aggregate left half done is ended from sqlite3_reset/finalize,
 *     which run with the GIL held: the thread-local `released` tells the
 *     callback which case it is in.)  Their Python objects belong to the Db (`funcs`), which
 *     outlives every statement that can call them; SQLite holds borrowed
 *     pointers and never frees them.
 *   - sqlite3_close_v2 leaves a connection with live statements a zombie
 *     until the last is finalized; a Stmt keeps its Db alive and refuses to
 *     run once the Db is closed.
 */
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

typedef struct DbObject {
    Object ob;
    sqlite3 *db;              /* NULL once closed */
    pthread_mutex_t lock;     /* recursive: see the invariants */
    Object *funcs;            /* list: the callables SQLite points at */
    /* Statements whose object died while another thread held `lock`: a
     * dealloc must not wait for it (nor drop the GIL), so the next holder
     * finalizes them.  Guarded by orphan_lock, which is never held while
     * waiting for anything else. */
    pthread_mutex_t orphan_lock;
    sqlite3_stmt **orphans;
    size_t norphans, orphan_cap;
} DbObject;

typedef struct StmtObject {
    Object ob;
    DbObject *db;             /* owned */
    sqlite3_stmt *st;         /* NULL once finalized */
} StmtObject;

static Type DbType, StmtType;

/* ---- errors: the classes live in the sqlite3 module (Python); a C
 * function finds them through sys.modules, as mod_socket.c does. */

static void set_error(const char *cls, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_error(const char *cls, const char *fmt, ...)
{
    char *msg;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&msg, fmt, ap);
    va_end(ap);
    if (n < 0) {
        exc_nomemory();
        return;
    }
    Object *m = module_imported("sqlite3");
    Object *t = m && obj_is(m, &ModuleType) ? dict_get_str(module_dict(m), cls) : NULL;
    if (!t || !obj_isinstance_type(t, &TypeType)) {
        exc_set(ExcRuntimeError, "gilvm: sqlite3.%s missing (the sqlite3 module was not imported): %s", cls, msg);
    } else {
        Object *arg = str_from_cstr(msg);
        Object *e = arg ? exc_new((Type *)t, &arg, 1) : NULL;
        XDECREF(arg);
        if (e)
            exc_set_obj(e);
    }
    free(msg);
}

/* CPython's _pysqlite_seterror: the class for an SQLite result code. */
static const char *error_class(int code)
{
    switch (code & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND:
        return "InternalError";
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
        return "OperationalError";
    case SQLITE_TOOBIG:
        return "DataError";
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        return "IntegrityError";
    case SQLITE_MISUSE:
        return "ProgrammingError";
    default:
        return "DatabaseError";
    }
}

/* The error `code` on db (lock held), as the DB-API exception; -1. */
static int db_error(sqlite3 *db, int code)
{
    if ((code & 0xff) == SQLITE_NOMEM) {
        exc_nomemory();
        return -1;
    }
    set_error(error_class(code), "%s", db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    return -1;
}

/* ---- the GIL around SQLite's work.  `released` says whether this thread
 * dropped the GIL for a call into SQLite: a user function or aggregate
 * (which SQLite may also call from reset or finalize, GIL held, to end an
 * abandoned aggregate) takes it back only then. */

static _Thread_local bool released;

static void sq_release(void)
{
    vm_block_begin("sqlite3");
    released = true;
}

static void sq_acquire(void)
{
    released = false;
    vm_block_end();
}

/* Around a callback: the GIL held, and Python free to run.  Called with
 * the GIL held (a dealloc's finalize), an exception on its way out is
 * set aside and put back. */
typedef struct Callback { bool was_released; Object *pending; } Callback;

static Callback callback_enter(void)
{
    Callback c = { released, NULL };
    if (c.was_released)
        sq_acquire();
    else
        c.pending = exc_fetch();
    return c;
}

static void callback_leave(Callback c)
{
    if (c.was_released)
        sq_release();
    else if (c.pending)
        exc_set_obj(c.pending);
}

/* ---- the connection lock */

/* Finalizes the orphaned statements, lock held. */
static void db_reap(DbObject *d)
{
    pthread_mutex_lock(&d->orphan_lock);
    sqlite3_stmt **o = d->orphans;
    size_t n = d->norphans;
    d->orphans = NULL;
    d->norphans = d->orphan_cap = 0;
    pthread_mutex_unlock(&d->orphan_lock);
    for (size_t i = 0; i < n; i++)
        sqlite3_finalize(o[i]);
    free(o);
}

static void db_lock(DbObject *d)
{
    if (pthread_mutex_trylock(&d->lock) != 0) {
        vm_block_begin("sqlite3");
        pthread_mutex_lock(&d->lock);
        vm_block_end();
    }
    if (d->norphans)
        db_reap(d);
}

static void db_unlock(DbObject *d) { pthread_mutex_unlock(&d->lock); }

static DbObject *self_db(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_is(args[0], &DbType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_sqlite3.Db' object", meth);
        return NULL;
    }
    DbObject *d = (DbObject *)args[0];
    if (!d->db) {
        set_error("ProgrammingError", "Cannot operate on a closed database.");
        return NULL;
    }
    return d;
}

static StmtObject *self_stmt(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_is(args[0], &StmtType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_sqlite3.Stmt' object", meth);
        return NULL;
    }
    StmtObject *s = (StmtObject *)args[0];
    if (!s->db->db) {
        set_error("ProgrammingError", "Cannot operate on a closed database.");
        return NULL;
    }
    if (!s->st) {
        set_error("ProgrammingError", "Cannot operate on a closed cursor.");
        return NULL;
    }
    return s;
}

static int no_args(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (nargs == want && !kw)
        return 0;
    exc_set(ExcTypeError, "%s() takes %zu argument(s) (%zu given)", name, want - 1, nargs - 1);
    return -1;
}

/* ---- values: Python -> SQLite */

static int set_int(Object *v, int64_t *out)
{
    if (int_as_i64(v, out) == 0)
        return 0;
    if (exc_matches(exc_occurred(), (Object *)ExcOverflowError)) {
        exc_clear();
        exc_set(ExcOverflowError, "Python int too large to convert to SQLite INTEGER");
    }
    return -1;
}

/* Binds v to parameter i (1-based); 1 when v's type has no SQLite
 * counterpart, -1 with an exception. */
static int bind_value(sqlite3_stmt *st, int i, Object *v)
{
    int rc;
    if (v == None) {
        rc = sqlite3_bind_null(st, i);
    } else if (obj_isinstance_type(v, &IntType)) {
        int64_t n;
        if (set_int(v, &n) < 0)
            return -1;
        rc = sqlite3_bind_int64(st, i, n);
    } else if (obj_isinstance_type(v, &FloatType)) {
        rc = sqlite3_bind_double(st, i, float_value(v));
    } else if (obj_isinstance_type(v, &StrType)) {
        rc = sqlite3_bind_text64(st, i, str_utf8(v), str_nbytes(v), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (buffer_check(v)) {
        Buffer b BUFFER_SCOPED = { 0 };
        if (buffer_get(v, &b) < 0)
            return -1;
        rc = sqlite3_bind_blob64(st, i, b.n ? (const void *)b.p : "", b.n, SQLITE_TRANSIENT);
    } else {
        return 1;
    }
    if (rc != SQLITE_OK) {
        set_error(error_class(rc), "%s", sqlite3_errstr(rc));
        return -1;
    }
    return 0;
}

/* Binds v to parameter i; `name` (for :name, NULL for ?) names it in the
 * error, as CPython 3.8 does. */
static int bind_one(sqlite3_stmt *st, int i, const char *name, Object *v)
{
    int r = bind_value(st, i, v);
    if (r == 1) {
        if (name)
            set_error("InterfaceError", "Error binding parameter :%s - probably unsupported type.", name);
        else
            set_error("InterfaceError", "Error binding parameter %d - probably unsupported type.", i - 1);
    }
    return r ? -1 : 0;
}

/* qmark parameters from a tuple or list (CPython's messages). */
static int bind_seq(sqlite3_stmt *st, Object *seq)
{
    int want = sqlite3_bind_parameter_count(st);
    size_t n = obj_is(seq, &TupleType) ? tuple_len(seq) : list_len(seq);
    if ((size_t)want != n) {
        set_error("ProgrammingError", "Incorrect number of bindings supplied. The current statement uses %d, and there are %zu supplied.", want, n);
        return -1;
    }
    for (int i = 0; i < want; i++) {
        Object *v = obj_is(seq, &TupleType) ? tuple_get(seq, i) : list_get(seq, i);
        if (bind_one(st, i + 1, NULL, v) < 0)
            return -1;
    }
    return 0;
}

/* :name parameters from a mapping. */
static int bind_map(sqlite3_stmt *st, Object *map)
{
    int want = sqlite3_bind_parameter_count(st);
    for (int i = 1; i <= want; i++) {
        const char *name = sqlite3_bind_parameter_name(st, i);
        if (!name) {
            set_error("ProgrammingError", "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
            return -1;
        }
        Object *key = str_from_cstr(name + 1);
        Object *v = key ? obj_getitem(map, key) : NULL;
        XDECREF(key);
        if (!v) {
            if (!exc_matches(exc_occurred(), (Object *)ExcKeyError))
                return -1;
            exc_clear();
            set_error("ProgrammingError", "You did not supply a value for binding %d.", i);
            return -1;
        }
        int r = bind_one(st, i, name + 1, v);
        DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ---- values: SQLite -> Python */

/* A tuple of n items made by item(ctx, i); NULL when one fails. */
static Object *tuple_of(int n, Object *(*item)(void *ctx, int i), void *ctx)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        Object *v = item(ctx, i);
        if (!v) {
            for (int j = i; j < n; j++)
                tuple_set(t, j, (INCREF(None), None));
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, v);
    }
    return t;
}

/* Text as text_factory makes it: str decodes the UTF-8, bytes keeps it,
 * any other callable gets the bytes. */
static Object *text_value(const unsigned char *p, size_t n, Object *factory, const char *col)
{
    if (factory == (Object *)&StrType) {
        Object *r = str_from_utf8((const char *)p, n);
        if (!r && exc_matches(exc_occurred(), (Object *)ExcValueError)) {
            exc_clear();
            set_error("OperationalError", "Could not decode to UTF-8 column '%s' with text '%.*s'", col, (int)n, p);
        }
        return r;
    }
    Object *b = bytes_from(n ? (const void *)p : "", n);
    if (!b || factory == (Object *)&BytesType)
        return b;
    Object *r = obj_call(factory, &b, 1, NULL);
    DECREF(b);
    return r;
}

static Object *value_from(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return int_from_i64(sqlite3_value_int64(v));
    case SQLITE_FLOAT:
        return float_from_double(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return str_from_utf8((const char *)sqlite3_value_text(v), sqlite3_value_bytes(v));
    case SQLITE_BLOB: {
        const void *p = sqlite3_value_blob(v);
        return bytes_from(p ? p : "", sqlite3_value_bytes(v));
    }
    default:
        INCREF(None);
        return None;
    }
}

static Object *column_value(sqlite3_stmt *st, int i, Object *factory)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return int_from_i64(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return float_from_double(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_column_text(st, i);
        return text_value(p, sqlite3_column_bytes(st, i), factory, sqlite3_column_name(st, i));
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(st, i);
        return bytes_from(p ? p : "", sqlite3_column_bytes(st, i));
    }
    default:
        INCREF(None);
        return None;
    }
}

/* ---- Db */

static Object *db_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "database", "timeout_ms", "uri", NULL };
    Object *a[3];
    int64_t timeout;
    if (args_parse("Db", args, nargs, kw, 3, names, a) < 0 || int_as_i64(a[1], &timeout) < 0)
        return NULL;
    if (!obj_isinstance_type(a[0], &StrType)) {
        exc_set(ExcTypeError, "database must be a str, not %s", a[0]->type->name);
        return NULL;
    }
    if (strlen(str_utf8(a[0])) != str_nbytes(a[0])) {
        exc_set(ExcValueError, "embedded null byte");
        return NULL;
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (obj_truth(a[2]) > 0)
        flags |= SQLITE_OPEN_URI;
    sqlite3 *db = NULL;
    sq_release();
    int rc = sqlite3_open_v2(str_utf8(a[0]), &db, flags, NULL);
    sq_acquire();
    if (rc != SQLITE_OK) {
        db_error(db, rc);
        sqlite3_close_v2(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, timeout > INT32_MAX ? INT32_MAX : timeout < 0 ? 0 : (int)timeout);
    DbObject *d = (DbObject *)obj_alloc(&DbType, sizeof *d);
    if (!d) {
        sqlite3_close_v2(db);
        return NULL;
    }
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&d->lock, &at);
    pthread_mutexattr_destroy(&at);
    pthread_mutex_init(&d->orphan_lock, NULL);
    d->db = db;
    if (!(d->funcs = list_new(0))) {
        DECREF(d);
        return NULL;
    }
    return (Object *)d;
}

/* A dealloc keeps the GIL: its caller may hold borrowed references that
 * another thread could invalidate meanwhile.  No statement is left then
 * (each keeps its Db alive), so the close has only the file to let go. */
static void db_dealloc(Object *o)
{
    DbObject *d = (DbObject *)o;
    db_reap(d);
    if (d->db)
        sqlite3_close_v2(d->db);
    pthread_mutex_destroy(&d->lock);
    pthread_mutex_destroy(&d->orphan_lock);
    XDECREF(d->funcs);
    obj_free(o);
}

static Object *db_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || !obj_is(args[0], &DbType)) {
        exc_set(ExcTypeError, "descriptor 'close' requires a '_sqlite3.Db' object");
        return NULL;
    }
    if (no_args("close", nargs, kw, 1) < 0)
        return NULL;
    DbObject *d = (DbObject *)args[0];
    if (d->db) {
        db_lock(d);
        sqlite3 *db = d->db;
        d->db = NULL;
        sq_release();
        sqlite3_close_v2(db);
        sq_acquire();
        db_unlock(d);
    }
    INCREF(None);
    return None;
}

/* SQL text SQLite can take whole: no NUL inside (SQLite would stop
 * there), a length that fits its int. */
static int sql_check(Object *sql, const char *nul_message)
{
    if (strlen(str_utf8(sql)) != str_nbytes(sql)) {
        exc_set(ExcValueError, "%s", nul_message);
        return -1;
    }
    if (str_nbytes(sql) >= INT_MAX) {
        set_error("DataError", "query string is too large");
        return -1;
    }
    return 0;
}

static Object *db_prepare(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    DbObject *d = self_db(args, nargs, "prepare");
    if (!d || no_args("prepare", nargs, kw, 2) < 0)
        return NULL;
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcValueError, "operation parameter must be str");
        return NULL;
    }
    const char *sql = str_utf8(args[1]), *tail = NULL;
    if (sql_check(args[1], "the query contains a null character") < 0)
        return NULL;
    StmtObject *s = (StmtObject *)obj_alloc(&StmtType, sizeof *s);
    if (!s)
        return NULL;
    INCREF(d);
    s->db = d;
    db_lock(d);
    sq_release();
    int rc = sqlite3_prepare_v2(d->db, sql, (int)str_nbytes(args[1]) + 1, &s->st, &tail);
    sq_acquire();
    if (rc != SQLITE_OK)
        db_error(d->db, rc);
    db_unlock(d);
    /* Only blanks or comments: no statement, as CPython runs nothing. */
    Object *stmt = rc == SQLITE_OK && s->st ? (Object *)s : None;
    /* The text after the first statement, for the "one statement" check. */
    Object *rest = rc == SQLITE_OK ? str_from_cstr(tail ? tail : "") : NULL;
    Object *r = rest ? tuple_pack(2, stmt, rest) : NULL;
    XDECREF(rest);
    DECREF(s);
    return r;
}

static Object *db_exec(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    DbObject *d = self_db(args, nargs, "exec");
    if (!d || no_args("exec", nargs, kw, 2) < 0)
        return NULL;
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcValueError, "script argument must be unicode.");
        return NULL;
    }
    if (sql_check(args[1], "embedded null character") < 0)
        return NULL;
    db_lock(d);
    sq_release();
    int rc = sqlite3_exec(d->db, str_utf8(args[1]), NULL, NULL, NULL);
    sq_acquire();
    if (rc != SQLITE_OK)
        db_error(d->db, rc);
    db_unlock(d);
    if (rc != SQLITE_OK)
        return NULL;
    INCREF(None);
    return None;
}

/* An integer fact of the connection, read with the lock held. */
static Object *db_int_fact(Object *const *args, size_t nargs, Object *kw, const char *name,
                           int64_t (*get)(sqlite3 *))
{
    DbObject *d = self_db(args, nargs, name);
    if (!d || no_args(name, nargs, kw, 1) < 0)
        return NULL;
    db_lock(d);
    int64_t v = get(d->db);
    db_unlock(d);
    return int_from_i64(v);
}

static int64_t get_changes(sqlite3 *db) { return sqlite3_changes(db); }
static int64_t get_total(sqlite3 *db) { return sqlite3_total_changes(db); }
static int64_t get_rowid(sqlite3 *db) { return sqlite3_last_insert_rowid(db); }
static int64_t get_autocommit(sqlite3 *db) { return sqlite3_get_autocommit(db); }

static Object *db_changes(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_int_fact(args, nargs, kw, "changes", get_changes);
}

static Object *db_total_changes(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_int_fact(args, nargs, kw, "total_changes", get_total);
}

static Object *db_lastrowid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_int_fact(args, nargs, kw, "lastrowid", get_rowid);
}

static Object *db_autocommit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_int_fact(args, nargs, kw, "autocommit", get_autocommit);
}

/* ---- user functions and aggregates: called by SQLite without the GIL */

static void result_set(sqlite3_context *ctx, Object *v)
{
    int64_t n;
    if (v == None) {
        sqlite3_result_null(ctx);
    } else if (obj_isinstance_type(v, &IntType)) {
        if (set_int(v, &n) < 0) {
            exc_clear();
            sqlite3_result_error(ctx, "user-defined function raised exception", -1);
        } else {
            sqlite3_result_int64(ctx, n);
        }
    } else if (obj_isinstance_type(v, &FloatType)) {
        sqlite3_result_double(ctx, float_value(v));
    } else if (obj_isinstance_type(v, &StrType)) {
        sqlite3_result_text64(ctx, str_utf8(v), str_nbytes(v), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (buffer_check(v)) {
        Buffer b BUFFER_SCOPED = { 0 };
        if (buffer_get(v, &b) < 0) {
            exc_clear();
            sqlite3_result_error(ctx, "user-defined function raised exception", -1);
        } else {
            sqlite3_result_blob64(ctx, b.n ? (const void *)b.p : "", b.n, SQLITE_TRANSIENT);
        }
    } else {
        sqlite3_result_error(ctx, "user-defined function raised exception", -1);
    }
}

/* The arguments as a tuple, GIL held. */
static Object *arg_item(void *ctx, int i) { return value_from(((sqlite3_value **)ctx)[i]); }

static Object *args_tuple(int argc, sqlite3_value **argv) { return tuple_of(argc, arg_item, argv); }

/* fn(*args) for SQLite; NULL with no exception left behind when it raised
 * (SQLite reports the error, in CPython's words). */
static Object *call_user(Object *fn, int argc, sqlite3_value **argv)
{
    Object *t = args_tuple(argc, argv);
    Object *r = t ? obj_call(fn, ((TupleObject *)t)->items, tuple_len(t), NULL) : NULL;
    XDECREF(t);
    if (!r)
        exc_clear();
    return r;
}

static void func_call(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Callback cb = callback_enter();
    Object *r = call_user(sqlite3_user_data(ctx), argc, argv);
    if (r)
        result_set(ctx, r);
    else
        sqlite3_result_error(ctx, "user-defined function raised exception", -1);
    XDECREF(r);
    callback_leave(cb);
}

/* An aggregate's instance lives in SQLite's per-group context. */
static void agg_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Callback cb = callback_enter();
    Object **slot = sqlite3_aggregate_context(ctx, sizeof(Object *));
    Object *r = NULL;
    if (slot && !*slot)
        *slot = obj_call(sqlite3_user_data(ctx), NULL, 0, NULL);
    if (!slot || !*slot) {
        exc_clear();
        sqlite3_result_error(ctx, "user-defined aggregate's '__init__' method raised error", -1);
    } else {
        Object *step = obj_getattr_str(*slot, "step");
        r = step ? call_user(step, argc, argv) : NULL;
        XDECREF(step);
        if (!r) {
            exc_clear();
            sqlite3_result_error(ctx, "user-defined aggregate's 'step' method raised error", -1);
        }
    }
    XDECREF(r);
    callback_leave(cb);
}

static void agg_final(sqlite3_context *ctx)
{
    Callback cb = callback_enter();
    Object **slot = sqlite3_aggregate_context(ctx, 0);
    if (slot && *slot) {
        Object *r = obj_call_method(*slot, "finalize", NULL, 0);
        if (r)
            result_set(ctx, r);
        else {
            exc_clear();
            sqlite3_result_error(ctx, "user-defined aggregate's 'finalize' method raised error", -1);
        }
        XDECREF(r);
        DECREF(*slot);
        *slot = NULL;
    }
    callback_leave(cb);
}

static Object *db_create(Object *const *args, size_t nargs, Object *kw, bool aggregate)
{
    static const char *const names[] = { "name", "num_params", "func", "deterministic", NULL };
    const char *meth = aggregate ? "create_aggregate" : "create_function";
    DbObject *d = self_db(args, nargs, meth);
    Object *a[4];
    int64_t n;
    int deterministic = 0;
    if (!d || args_parse(meth, args + 1, nargs - 1, kw, 3, names, a) < 0 || int_as_i64(a[1], &n) < 0 ||
        (a[3] && (deterministic = obj_truth(a[3])) < 0))
        return NULL;
    if (!obj_isinstance_type(a[0], &StrType)) {
        exc_set(ExcTypeError, "%s() argument 1 must be str, not %s", meth, a[0]->type->name);
        return NULL;
    }
    /* As CPython, any object is registered, None too (calling it fails). */
    if (list_append(d->funcs, a[2]) < 0)
        return NULL;
    db_lock(d);
    int rc = sqlite3_create_function_v2(d->db, str_utf8(a[0]), (int)n,
                                        SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0), a[2],
                                        aggregate ? NULL : func_call, aggregate ? agg_step : NULL,
                                        aggregate ? agg_final : NULL, NULL);
    db_unlock(d);
    if (rc != SQLITE_OK) {
        set_error("OperationalError", aggregate ? "Error creating aggregate" : "Error creating function");
        return NULL;
    }
    INCREF(None);
    return None;
}

static Object *db_create_function(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_create(args, nargs, kw, false);
}

static Object *db_create_aggregate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return db_create(args, nargs, kw, true);
}

/* ---- Stmt */

/* Finalized now if the connection is free, else left to the thread that
 * holds it (db_reap): a dealloc neither waits nor drops the GIL. */
static void stmt_dealloc(Object *o)
{
    StmtObject *s = (StmtObject *)o;
    DbObject *d = s->db;
    if (s->st && pthread_mutex_trylock(&d->lock) == 0) {
        sqlite3_finalize(s->st);
        pthread_mutex_unlock(&d->lock);
    } else if (s->st) {
        pthread_mutex_lock(&d->orphan_lock);
        if (d->norphans == d->orphan_cap) {
            size_t cap = d->orphan_cap ? 2 * d->orphan_cap : 8;
            sqlite3_stmt **p = realloc(d->orphans, cap * sizeof *p);
            if (!p)
                abort();   /* nowhere to report it, and the handle must not leak */
            d->orphans = p;
            d->orphan_cap = cap;
        }
        d->orphans[d->norphans++] = s->st;
        pthread_mutex_unlock(&d->orphan_lock);
    }
    DECREF(d);
    obj_free(o);
}

static Object *stmt_finalize(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || !obj_is(args[0], &StmtType)) {
        exc_set(ExcTypeError, "descriptor 'finalize' requires a '_sqlite3.Stmt' object");
        return NULL;
    }
    StmtObject *s = (StmtObject *)args[0];
    if (s->st) {
        db_lock(s->db);
        sqlite3_finalize(s->st);
        db_unlock(s->db);
        s->st = NULL;
    }
    INCREF(None);
    return None;
}

/* bind(params): a tuple or list for qmark, a mapping for :name.  Clears
 * earlier bindings and resets the statement first. */
static Object *stmt_bind(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    StmtObject *s = self_stmt(args, nargs, "bind");
    if (!s || no_args("bind", nargs, kw, 2) < 0)
        return NULL;
    Object *p = args[1];
    db_lock(s->db);
    sqlite3_reset(s->st);
    sqlite3_clear_bindings(s->st);
    int r = obj_is(p, &TupleType) || obj_is(p, &ListType) ? bind_seq(s->st, p) : bind_map(s->st, p);
    db_unlock(s->db);
    if (r < 0)
        return NULL;
    INCREF(None);
    return None;
}

/* step(): True with a row ready, False when done (the statement reset, so
 * it holds no lock on the database). */
static Object *stmt_step(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    StmtObject *s = self_stmt(args, nargs, "step");
    if (!s || no_args("step", nargs, kw, 1) < 0)
        return NULL;
    db_lock(s->db);
    sq_release();
    int rc = sqlite3_step(s->st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s->st);   /* keeps an error's code and message */
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sq_acquire();
    if (rc != SQLITE_ROW && rc != SQLITE_OK)
        db_error(s->db->db, rc);
    db_unlock(s->db);
    if (rc != SQLITE_ROW && rc != SQLITE_OK)
        return NULL;
    return bool_from(rc == SQLITE_ROW);
}

/* What tuple_of reads a statement's columns with. */
typedef struct Columns {
    sqlite3_stmt *st;
    Object *text_factory;
    const char *(*name)(sqlite3_stmt *, int);
} Columns;

static Object *column_item(void *ctx, int i)
{
    Columns *c = ctx;
    return column_value(c->st, i, c->text_factory);
}

static Object *column_str_item(void *ctx, int i)
{
    Columns *c = ctx;
    const char *v = c->name(c->st, i);
    if (v)
        return str_from_cstr(v);
    INCREF(None);
    return None;
}

/* row(text_factory): the current row as a tuple. */
static Object *stmt_row(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    StmtObject *s = self_stmt(args, nargs, "row");
    if (!s || no_args("row", nargs, kw, 2) < 0)
        return NULL;
    Columns c = { s->st, args[1], NULL };
    db_lock(s->db);
    Object *t = tuple_of(sqlite3_data_count(s->st), column_item, &c);
    db_unlock(s->db);
    return t;
}

/* A tuple of one str (or None) per column, from sqlite3_column_name or
 * sqlite3_column_decltype. */
static Object *stmt_column_strs(Object *const *args, size_t nargs, Object *kw, const char *name,
                                const char *(*get)(sqlite3_stmt *, int))
{
    StmtObject *s = self_stmt(args, nargs, name);
    if (!s || no_args(name, nargs, kw, 1) < 0)
        return NULL;
    Columns c = { s->st, NULL, get };
    db_lock(s->db);
    Object *t = tuple_of(sqlite3_column_count(s->st), column_str_item, &c);
    db_unlock(s->db);
    return t;
}

static Object *stmt_columns(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return stmt_column_strs(args, nargs, kw, "columns", sqlite3_column_name);
}

static Object *stmt_decltypes(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return stmt_column_strs(args, nargs, kw, "decltypes", sqlite3_column_decltype);
}

static const MethodDef db_methods[] = {
    { "close", db_close, NULL },
    { "prepare", db_prepare, NULL },
    { "exec", db_exec, NULL },
    { "changes", db_changes, NULL },
    { "total_changes", db_total_changes, NULL },
    { "lastrowid", db_lastrowid, NULL },
    { "autocommit", db_autocommit, NULL },
    { "create_function", db_create_function, NULL },
    { "create_aggregate", db_create_aggregate, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef stmt_methods[] = {
    { "finalize", stmt_finalize, NULL },
    { "bind", stmt_bind, NULL },
    { "step", stmt_step, NULL },
    { "row", stmt_row, NULL },
    { "columns", stmt_columns, NULL },
    { "decltypes", stmt_decltypes, NULL },
    { NULL, NULL, NULL },
};

static Type DbType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Db", .base = &ObjectType,
    .basicsize = sizeof(DbObject), .dealloc = db_dealloc, .construct = db_construct,
    .methods = db_methods,
};

static Type StmtType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Stmt", .base = &ObjectType,
    .basicsize = sizeof(StmtObject), .dealloc = stmt_dealloc,
    .methods = stmt_methods,
};

Object *mod__sqlite3_init(void)
{
    if (!sqlite3_threadsafe()) {
        exc_set(ExcImportError, "gilvm: sqlite3 needs a libsqlite3 built thread-safe (SQLITE_THREADSAFE != 0)");
        return NULL;
    }
    Object *m = module_new("_sqlite3", NULL);
    Object *v = m ? str_from_cstr(sqlite3_libversion()) : NULL;
    if (!v || module_add(m, "Db", (Object *)&DbType) < 0 || module_add(m, "Stmt", (Object *)&StmtType) < 0 ||
        module_add(m, "sqlite_version", v) < 0) {
        XDECREF(v);
        XDECREF(m);
        return NULL;
    }
    DECREF(v);
    return m;
}
