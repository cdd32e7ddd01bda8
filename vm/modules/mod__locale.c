/* vm/modules/mod__locale.c — `_locale`, the C library's locale calls under
 * vm/lib/locale.py: setlocale, localeconv, nl_langinfo, strcoll, strxfrm.
 *
 * The VM formats and parses floats with snprintf/strtod and classifies
 * bytes with <ctype.h>, which follow the process's LC_NUMERIC and
 * LC_CTYPE.  So the process keeps those two at "C": the program's choice
 * for them is remembered here (shadow names) and applied only to a
 * thread-local locale object while its own questions are answered
 * (localeconv, nl_langinfo), as python's answers come from its own
 * formatting code, never the C library's.
 */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "vm/objects/utf8.h"
#include "vm/runtime/module.h"

typedef struct Shadow {
    int category;
    char name[256];
} Shadow;

/* CPython sets LC_CTYPE from the environment at startup: mod__locale_init
 * puts that name here. */
static Shadow shadows[] = { { LC_CTYPE, "C" }, { LC_NUMERIC, "C" } };
#define NSHADOWS (sizeof shadows / sizeof *shadows)

static Shadow *shadow_of(int category)
{
    for (size_t i = 0; i < NSHADOWS; i++)
        if (shadows[i].category == category)
            return &shadows[i];
    return NULL;
}

/* After a setlocale that changed the process's categories: remember the
 * shadowed ones and put the process back to "C" for them. */
static void shadows_take(int category)
{
    for (size_t i = 0; i < NSHADOWS; i++) {
        if (category != LC_ALL && category != shadows[i].category)
            continue;
        const char *now = setlocale(shadows[i].category, NULL);
        snprintf(shadows[i].name, sizeof shadows[i].name, "%s", now ? now : "C");
        setlocale(shadows[i].category, "C");
    }
}

/* The process's locale with the program's shadowed categories: for the
 * calling thread only (uselocale), so the VM's own formatting elsewhere
 * keeps "C".  Kept until the next setlocale, as making one loads locale
 * files (and glibc keeps a little of each load). */
static locale_t program_cached;

static locale_t program_build(void)
{
    locale_t loc = duplocale(LC_GLOBAL_LOCALE);
    for (size_t i = 0; loc && i < NSHADOWS; i++) {
        int mask = shadows[i].category == LC_CTYPE ? LC_CTYPE_MASK : LC_NUMERIC_MASK;
        locale_t next = newlocale(mask, shadows[i].name, loc);
        if (!next)
            freelocale(loc);
        loc = next;
    }
    return loc;
}

/* Borrowed: 0 with MemoryError set when the C library cannot make it. */
static locale_t program_locale(void)
{
    if (!program_cached && !(program_cached = program_build()))
        exc_set(ExcMemoryError, "cannot make the program's locale");
    return program_cached;
}

static void program_locale_drop(void)
{
    if (program_cached)
        freelocale(program_cached);
    program_cached = 0;
}

/* setlocale(LC_ALL) as the program sees it: its shadowed categories put
 * back for the moment of the question (the GIL is held, so no other
 * Python code runs meanwhile). */
static Object *query_all(void)
{
    for (size_t i = 0; i < NSHADOWS; i++)
        setlocale(shadows[i].category, shadows[i].name);
    const char *all = setlocale(LC_ALL, NULL);
    Object *r = str_from_cstr(all ? all : "C");
    for (size_t i = 0; i < NSHADOWS; i++)
        setlocale(shadows[i].category, "C");
    return r;
}

/* setlocale(category, locale=None): the new name, or with None the
 * current one; Error "unsupported locale setting" when the C library
 * refuses the name. */
static Object *loc_setlocale(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "category", "locale", NULL };
    Object *a[2];
    int64_t category;
    if (args_parse("setlocale", args, nargs, kw, 1, names, a) < 0 || int_as_i64(a[0], &category) < 0)
        return NULL;
    int cat = category < INT_MIN || category > INT_MAX ? -1 : (int)category;
    if (!a[1] || a[1] == None) {
        Shadow *s = shadow_of(cat);
        if (s)
            return str_from_cstr(s->name);
        if (cat == LC_ALL)
            return query_all();
        const char *now = setlocale(cat, NULL);
        if (!now)
            exc_set((Type *)builtin_self(f), "locale query failed");
        return now ? str_from_cstr(now) : NULL;
    }
    if (!obj_isinstance_type(a[1], &StrType)) {
        exc_set(ExcTypeError, "setlocale() argument 2 must be str or None, not %s", a[1]->type->name);
        return NULL;
    }
    const char *set = setlocale(cat, str_utf8(a[1]));
    if (!set) {
        exc_set((Type *)builtin_self(f), "unsupported locale setting");
        return NULL;
    }
    Object *r = str_from_cstr(set);   /* before shadows_take reuses setlocale's buffer */
    shadows_take(cat);
    program_locale_drop();
    return r;
}

static int put_str(Object *d, const char *key, const char *value)
{
    Object *v = str_from_cstr(value);
    int r = v ? dict_set_str(d, key, v) : -1;
    XDECREF(v);
    return r;
}

static int put_int(Object *d, const char *key, int64_t value)
{
    Object *v = int_from_i64(value);
    int r = v ? dict_set_str(d, key, v) : -1;
    XDECREF(v);
    return r;
}

/* A grouping string as python lists it: each group size up to and with
 * the 0 or CHAR_MAX that ends it; [] for none. */
static int put_grouping(Object *d, const char *key, const char *g)
{
    Object *l = list_new(0);
    for (size_t i = 0; l && g[0]; i++) {
        Object *v = int_from_i64(g[i]);
        if (!v || list_append(l, v) < 0)
            SETREF(l, NULL);
        XDECREF(v);
        if (g[i] == 0 || g[i] == CHAR_MAX)
            break;
    }
    int r = l ? dict_set_str(d, key, l) : -1;
    XDECREF(l);
    return r;
}

/* In python's key order, which a printed dict shows. */
static int fill_lconv(Object *d, const struct lconv *lc)
{
    enum { STR, CHAR, GROUPING };
    const struct { const char *key; int kind; const char *s; char c; } rows[] = {
        { "int_curr_symbol", STR, lc->int_curr_symbol, 0 },
        { "currency_symbol", STR, lc->currency_symbol, 0 },
        { "mon_decimal_point", STR, lc->mon_decimal_point, 0 },
        { "mon_thousands_sep", STR, lc->mon_thousands_sep, 0 },
        { "mon_grouping", GROUPING, lc->mon_grouping, 0 },
        { "positive_sign", STR, lc->positive_sign, 0 },
        { "negative_sign", STR, lc->negative_sign, 0 },
        { "int_frac_digits", CHAR, NULL, lc->int_frac_digits },
        { "frac_digits", CHAR, NULL, lc->frac_digits },
        { "p_cs_precedes", CHAR, NULL, lc->p_cs_precedes },
        { "p_sep_by_space", CHAR, NULL, lc->p_sep_by_space },
        { "n_cs_precedes", CHAR, NULL, lc->n_cs_precedes },
        { "n_sep_by_space", CHAR, NULL, lc->n_sep_by_space },
        { "p_sign_posn", CHAR, NULL, lc->p_sign_posn },
        { "n_sign_posn", CHAR, NULL, lc->n_sign_posn },
        { "decimal_point", STR, lc->decimal_point, 0 },
        { "thousands_sep", STR, lc->thousands_sep, 0 },
        { "grouping", GROUPING, lc->grouping, 0 },
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        int r = rows[i].kind == STR ? put_str(d, rows[i].key, rows[i].s)
              : rows[i].kind == CHAR ? put_int(d, rows[i].key, rows[i].c)
              : put_grouping(d, rows[i].key, rows[i].s);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* localeconv(): the program's numeric and monetary conventions, a dict. */
static Object *loc_localeconv(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "localeconv() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    locale_t loc = program_locale();
    if (!loc)
        return NULL;
    Object *d = dict_new();
    locale_t old = uselocale(loc);
    if (d && fill_lconv(d, localeconv()) < 0)
        SETREF(d, NULL);
    uselocale(old);
    return d;
}

#define LANGINFO_ITEMS(X) \
    X(CODESET) X(D_T_FMT) X(D_FMT) X(T_FMT) X(T_FMT_AMPM) X(AM_STR) X(PM_STR) \
    X(DAY_1) X(DAY_2) X(DAY_3) X(DAY_4) X(DAY_5) X(DAY_6) X(DAY_7) \
    X(ABDAY_1) X(ABDAY_2) X(ABDAY_3) X(ABDAY_4) X(ABDAY_5) X(ABDAY_6) X(ABDAY_7) \
    X(MON_1) X(MON_2) X(MON_3) X(MON_4) X(MON_5) X(MON_6) X(MON_7) X(MON_8) X(MON_9) \
    X(MON_10) X(MON_11) X(MON_12) \
    X(ABMON_1) X(ABMON_2) X(ABMON_3) X(ABMON_4) X(ABMON_5) X(ABMON_6) X(ABMON_7) \
    X(ABMON_8) X(ABMON_9) X(ABMON_10) X(ABMON_11) X(ABMON_12) \
    X(RADIXCHAR) X(THOUSEP) X(YESEXPR) X(NOEXPR) X(CRNCYSTR) \
    X(ERA) X(ERA_D_T_FMT) X(ERA_D_FMT) X(ERA_T_FMT) X(ALT_DIGITS)

typedef struct LangInfo {
    const char *name;
    nl_item item;
} LangInfo;

#define LANGINFO_ROW(n) { #n, n },
static const LangInfo langinfo[] = { LANGINFO_ITEMS(LANGINFO_ROW) };
#undef LANGINFO_ROW

/* nl_langinfo(key): key one of the module's constants, else ValueError. */
static Object *loc_nl_langinfo(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "key", NULL };
    Object *a[1];
    int64_t key;
    if (args_parse("nl_langinfo", args, nargs, kw, 1, names, a) < 0 || int_as_i64(a[0], &key) < 0)
        return NULL;
    size_t i = 0;
    while (i < sizeof langinfo / sizeof *langinfo && langinfo[i].item != key)
        i++;
    if (i == sizeof langinfo / sizeof *langinfo) {
        exc_set(ExcValueError, "unsupported langinfo constant");
        return NULL;
    }
    locale_t loc = program_locale();
    return loc ? str_from_cstr(nl_langinfo_l(langinfo[i].item, loc)) : NULL;
}

/* A str's code points as a NUL-ended wchar_t string (malloc'd), for the
 * wide collation calls; ValueError for an embedded NUL, as python. */
static wchar_t *to_wide(Object *s, const char *fname, int argno)
{
    if (!obj_isinstance_type(s, &StrType)) {
        exc_set(ExcTypeError, "%s() argument %d must be str, not %s", fname, argno, s->type->name);
        return NULL;
    }
    const char *p = str_utf8(s);
    size_t n = str_nbytes(s);
    wchar_t *w = malloc((utf8_count(p, n) + 1) * sizeof *w);
    if (!w) {
        exc_nomemory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        int len;
        w[k] = (wchar_t)utf8_decode_at(p + i, &len);
        i += (size_t)len;
        if (w[k] == 0) {
            free(w);
            exc_set(ExcValueError, "embedded null character");
            return NULL;
        }
    }
    w[k] = 0;
    return w;
}

static Object *from_wide(const wchar_t *w, size_t n)
{
    char *buf = malloc(n * 4 + 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += utf8_encode((uint32_t)w[i], buf + k);
    Object *r = str_from_utf8(buf, k);
    free(buf);
    return r;
}

static Object *loc_strcoll(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "strcoll expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    wchar_t *a = to_wide(args[0], "strcoll", 1), *b = a ? to_wide(args[1], "strcoll", 2) : NULL;
    locale_t loc = b ? program_locale() : 0;
    Object *r = loc ? int_from_i64(wcscoll_l(a, b, loc)) : NULL;
    free(a);
    free(b);
    return r;
}

/* strxfrm(s): a str whose plain comparison orders as strcoll does. */
static Object *loc_strxfrm(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "string", NULL };
    Object *a[1];
    if (args_parse("strxfrm", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    wchar_t *s = to_wide(a[0], "strxfrm", 1);
    locale_t loc = s ? program_locale() : 0;
    if (!loc) {
        free(s);
        return NULL;
    }
    size_t n = wcsxfrm_l(NULL, s, 0, loc);
    wchar_t *out = malloc((n + 1) * sizeof *out);
    Object *r = NULL;
    if (!out)
        exc_nomemory();
    else
        r = from_wide(out, wcsxfrm_l(out, s, n + 1, loc));
    free(out);
    free(s);
    return r;
}

static int add_fn(Object *m, const char *name, CallFn fn, Object *self)   /* borrows self */
{
    Object *b = builtin_new(name, fn, self);
    int r = b ? module_add(m, name, b) : -1;
    XDECREF(b);
    return r;
}

static int add_constants(Object *m)
{
    const struct { const char *name; int value; } ints[] = {
        { "LC_CTYPE", LC_CTYPE }, { "LC_COLLATE", LC_COLLATE }, { "LC_TIME", LC_TIME },
        { "LC_MONETARY", LC_MONETARY }, { "LC_NUMERIC", LC_NUMERIC }, { "LC_ALL", LC_ALL },
        { "LC_MESSAGES", LC_MESSAGES }, { "CHAR_MAX", CHAR_MAX },
    };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (module_add_int(m, ints[i].name, ints[i].value) < 0)
            return -1;
    for (size_t i = 0; i < sizeof langinfo / sizeof *langinfo; i++)
        if (module_add_int(m, langinfo[i].name, langinfo[i].item) < 0)
            return -1;
    return 0;
}

Object *mod__locale_init(void)
{
    /* As CPython at startup: the program sees LC_CTYPE from the environment
     * (once: a module made again must not undo the program's choice). */
    static bool ctype_from_env;
    if (!ctype_from_env && setlocale(LC_CTYPE, ""))
        shadows_take(LC_CTYPE);
    ctype_from_env = true;
    Object *m = module_new("_locale", NULL);
    Object *err = m ? (Object *)type_new_module_class("locale", "Error", ExcException) : NULL;
    int bad = !err || module_add(m, "Error", err) < 0 || add_constants(m) < 0 ||
              add_fn(m, "setlocale", loc_setlocale, err) < 0 ||
              add_fn(m, "localeconv", loc_localeconv, NULL) < 0 ||
              add_fn(m, "nl_langinfo", loc_nl_langinfo, NULL) < 0 ||
              add_fn(m, "strcoll", loc_strcoll, NULL) < 0 ||
              add_fn(m, "strxfrm", loc_strxfrm, NULL) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
