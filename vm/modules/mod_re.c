/* vm/modules/mod_re.c — the `re` module over PCRE2 (8-bit code units): str
 * patterns in UTF mode (Unicode \w \d \s \b unless re.ASCII), bytes patterns
 * byte by byte.
 *
 * Python's syntax is translated to PCRE2's where they differ, and checked as
 * CPython's sre_parse checks it (its messages and positions): `\Z` is PCRE2's
 * `\z`, `\v` a vertical tab, `\uXXXX`/`\UXXXXXXXX` code points, `{,n}` is
 * `{0,n}`, `[` inside a class a literal, global inline flags (?aiLmsux)
 * become compile flags, and in MULTILINE mode `^` also matches after a
 * newline that ends the string (PCRE2_ALT_CIRCUMFLEX); unknown escapes,
 * unknown extensions, `(?<name>...)`,
 * bad group names and references, and unbalanced brackets are refused with
 * CPython's words.  What PCRE2 refuses after that keeps PCRE2's message, at
 * the position in the Python pattern.  `\N{...}` (named characters) is
 * refused: PCRE2 has no names.
 *
 * Positions.  PCRE2 reports byte offsets into the UTF-8 subject; Match
 * objects convert them to code-point indices (a str is ASCII in the common
 * case, then they are the same).  Iteration (findall, finditer, sub, split)
 * follows Python 3.7's rule for empty matches: after an empty match at p the
 * next match may not be empty at p (PCRE2_NOTEMPTY_ATSTART).
 *
 * Matching keeps the GIL, as CPython's re does: the subject and the pattern
 * are objects the matcher reads throughout.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "vm/runtime/module.h"

enum {
    F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
    F_UNICODE = 32, F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256,
};

static const struct { const char *name; int v; char letter; } flag_rows[] = {
    { "TEMPLATE", F_TEMPLATE, 0 },     { "IGNORECASE", F_IGNORECASE, 'i' },
    { "LOCALE", F_LOCALE, 'L' },       { "MULTILINE", F_MULTILINE, 'm' },
    { "DOTALL", F_DOTALL, 's' },       { "UNICODE", F_UNICODE, 'u' },
    { "VERBOSE", F_VERBOSE, 'x' },     { "DEBUG", F_DEBUG, 0 },
    { "ASCII", F_ASCII, 'a' },
};
enum { N_FLAGS = sizeof flag_rows / sizeof flag_rows[0] };

typedef struct PatternObject {
    Object ob;
    pcre2_code *code;
    Object *pattern;      /* str or bytes, as given */
    Object *err;          /* re.error */
    Object *groupindex;   /* dict: name -> group number */
    Object *names;        /* tuple: group number -> name or None */
    int *parent;          /* innermost enclosing group of each group (0: none) */
    int64_t flags;
    size_t groups;
    bool bytes;
} PatternObject;

typedef struct MatchObject {
    Object ob;
    PatternObject *re;
    Object *string;
    int64_t pos, endpos;  /* code points, as given to the matcher */
    int lastindex;        /* 0: none */
    size_t ov[];          /* 2 * (groups + 1) byte offsets; PCRE2_UNSET when unset */
} MatchObject;

static Type PatternType, MatchType, ScannerType;

/* ---- subjects: str (UTF-8, code-point indices) or bytes */

typedef struct Subj { const char *p; size_t n; bool bytes, ascii; Object *o; } Subj;

static int subj_get(PatternObject *re, Object *o, Subj *s)
{
    bool is_bytes = obj_isinstance_type(o, &BytesType), is_str = obj_isinstance_type(o, &StrType);
    if (!is_bytes && !is_str) {
        exc_set(ExcTypeError, "expected string or bytes-like object, got '%s'", o->type->name);
        return -1;
    }
    if (re && re->bytes != is_bytes) {
        exc_set(ExcTypeError, re->bytes ? "cannot use a bytes pattern on a string-like object"
                                        : "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    s->o = o;
    s->bytes = is_bytes;
    if (is_bytes) {
        s->p = (const char *)((BytesObject *)o)->data;
        s->n = ((BytesObject *)o)->n;
        s->ascii = true;
    } else {
        s->p = str_utf8(o);
        s->n = str_nbytes(o);
        s->ascii = str_is_ascii(o);
    }
    return 0;
}

static size_t subj_len(const Subj *s) { return s->bytes || s->ascii ? s->n : ((StrObject *)s->o)->ncp; }

static size_t cp_to_byte(const Subj *s, size_t cp)
{
    return s->bytes || s->ascii ? cp : str_cp_offset(s->o, cp);
}

static size_t byte_to_cp(const Subj *s, size_t b)
{
    return s->bytes || s->ascii ? b : str_cp_index(s->o, b);
}

static Object *subj_slice(const Subj *s, size_t b0, size_t b1)
{
    return s->bytes ? bytes_from(s->p + b0, b1 - b0) : str_from_utf8(s->p + b0, b1 - b0);
}

/* ---- re.error */

static void raise_error(Object *errcls, const char *msg, Object *pattern, ssize_t pos)
{
    Object *text = pos >= 0 ? str_from_fmt("%s at position %zd", msg, pos) : str_from_cstr(msg);
    Object *exc = text ? exc_new((Type *)errcls, &text, 1) : NULL;
    XDECREF(text);
    if (!exc)
        return;
    Object *m = str_from_cstr(msg), *p = pos >= 0 ? int_from_i64(pos) : none_new();
    if (!m || !p || obj_setattr(exc, str_intern("msg"), m) < 0 ||
        obj_setattr(exc, str_intern("pattern"), pattern) < 0 ||
        obj_setattr(exc, str_intern("pos"), p) < 0) {
        XDECREF(m);
        XDECREF(p);
        DECREF(exc);
        return;
    }
    DECREF(m);
    DECREF(p);
    exc_set_obj(exc);
}

/* ---- translating Python's syntax (see the header) */

typedef struct Tr {
    const char *p;
    size_t n, i;
    bool bytes, verbose;
    int64_t flags;
    StrBuf out;
    size_t *map, mapcap;   /* map[k]: the source offset of output byte k */
    size_t ngroups;
    int *parent;           /* per group */
    size_t parcap;
    int *open;             /* open parentheses: group number, or 0 */
    size_t *openpos;
    size_t nopen, opencap;
    Object *names;         /* dict name -> group */
    char msg[200];
    ssize_t pos;
} Tr;

static int tr_fail(Tr *t, ssize_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int tr_fail(Tr *t, ssize_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->msg, sizeof t->msg, fmt, ap);
    va_end(ap);
    t->pos = pos;
    return -1;
}

static int tr_emit(Tr *t, const char *s, size_t n, size_t src)
{
    if (t->out.n + n > t->mapcap) {
        size_t cap = (t->out.n + n) * 2 + 16;
        size_t *m = realloc(t->map, cap * sizeof *m);
        if (!m) {
            exc_nomemory();
            return -2;
        }
        t->map = m;
        t->mapcap = cap;
    }
    for (size_t k = 0; k < n; k++)
        t->map[t->out.n + k] = src;
    strbuf_put(&t->out, s, n);
    return 0;
}

static bool is_hex(int c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static bool is_alpha(int c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* A group name as Python accepts it: an identifier (non-ASCII letters pass
 * in str patterns; PCRE2 has the last word on them). */
static bool name_ok(const char *s, size_t n, bool bytes)
{
    if (!n || is_digit(s[0]))
        return false;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (!(is_alpha(c) || is_digit(c) || c == '_' || (c >= 0x80 && !bytes)))
            return false;
    }
    return true;
}

static int tr_push(Tr *t, int group, size_t pos)
{
    if (t->nopen == t->opencap) {
        size_t cap = t->opencap * 2 + 8;
        int *o = realloc(t->open, cap * sizeof *o);
        size_t *op = o ? realloc(t->openpos, cap * sizeof *op) : NULL;
        if (o)
            t->open = o;
        if (!o || !op) {
            exc_nomemory();
            return -2;
        }
        t->openpos = op;
        t->opencap = cap;
    }
    t->open[t->nopen] = group;
    t->openpos[t->nopen++] = pos;
    return 0;
}

/* A new capturing group: its number, parent recorded. */
static int tr_group(Tr *t, size_t pos)
{
    int g = (int)++t->ngroups;
    if (t->ngroups >= t->parcap) {
        size_t cap = t->parcap * 2 + 8;
        int *p = realloc(t->parent, cap * sizeof *p);
        if (!p) {
            exc_nomemory();
            return -2;
        }
        t->parent = p;
        t->parcap = cap;
    }
    int parent = 0;
    for (size_t k = t->nopen; k-- > 0;)
        if (t->open[k]) {
            parent = t->open[k];
            break;
        }
    t->parent[g] = parent;
    int r = tr_push(t, g, pos);
    return r < 0 ? r : g;
}

/* A backslash escape at t->i (in a class or not). */
static int tr_escape(Tr *t, bool in_class)
{
    size_t at = t->i;
    if (at + 1 >= t->n)
        return tr_fail(t, (ssize_t)at, "bad escape (end of pattern)");
    char d = t->p[at + 1];
    char buf[32];
    t->i += 2;
    switch (d) {
    case 'Z':
        if (in_class)
            break;
        return tr_emit(t, "\\z", 2, at);
    case 'v':
        return tr_emit(t, "\\x0b", 4, at);
    case 'x': {
        size_t k = 0;
        while (k < 2 && t->i + k < t->n && is_hex(t->p[t->i + k]))
            k++;
        if (k < 2)
            return tr_fail(t, (ssize_t)at, "incomplete escape \\x%.*s", (int)k, t->p + t->i);
        snprintf(buf, sizeof buf, "\\x{%.2s}", t->p + t->i);
        t->i += 2;
        return tr_emit(t, buf, strlen(buf), at);
    }
    case 'u':
    case 'U': {
        if (t->bytes)
            break;
        size_t want = d == 'u' ? 4 : 8, k = 0;
        while (k < want && t->i + k < t->n && is_hex(t->p[t->i + k]))
            k++;
        if (k < want)
            return tr_fail(t, (ssize_t)at, "incomplete escape \\%c%.*s", d, (int)k, t->p + t->i);
        char hex[9] = { 0 };
        memcpy(hex, t->p + t->i, want);
        unsigned long cp = strtoul(hex, NULL, 16);
        if (cp > 0x10ffff)
            return tr_fail(t, (ssize_t)at, "bad escape \\%c%s", d, hex);
        snprintf(buf, sizeof buf, "\\x{%lx}", cp);
        t->i += want;
        return tr_emit(t, buf, strlen(buf), at);
    }
    case 'N':
        if (t->bytes)
            break;
        return tr_fail(t, (ssize_t)at, "\\N{...} named characters are not supported");
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
        size_t k = 1;
        while (k < 3 && t->i - 1 + k < t->n && is_digit(t->p[t->i - 1 + k]))
            k++;
        const char *ds = t->p + t->i - 1;
        bool octal = d == '0' || in_class ||
                     (k == 3 && ds[0] <= '7' && ds[1] <= '7' && ds[2] <= '7' && ds[1] != '8');
        if (octal) {
            size_t m = 0;
            while (m < 3 && m < k && ds[m] >= '0' && ds[m] <= '7')
                m++;
            if (m == 0)
                break;   /* \8 or \9 in a class */
            unsigned v = (unsigned)strtoul((char[4]){ ds[0], m > 1 ? ds[1] : 0, m > 2 ? ds[2] : 0, 0 }, NULL, 8);
            if (v > 0377)
                return tr_fail(t, (ssize_t)at, "octal escape value \\%.*s outside of range 0-0o377",
                               (int)m, ds);
            snprintf(buf, sizeof buf, "\\x{%x}", v);
            t->i += m - 1;
            return tr_emit(t, buf, strlen(buf), at);
        }
        size_t m = k > 2 ? 2 : k;
        int g = atoi((char[3]){ ds[0], m > 1 ? ds[1] : 0, 0 });
        if ((size_t)g > t->ngroups)
            return tr_fail(t, (ssize_t)at + 1, "invalid group reference %d", g);
        for (size_t o = 0; o < t->nopen; o++)
            if (t->open[o] == g)
                return tr_fail(t, (ssize_t)at, "cannot refer to an open group");
        snprintf(buf, sizeof buf, "\\g{%d}", g);
        t->i += m - 1;
        return tr_emit(t, buf, strlen(buf), at);
    }
    default:
        if (!is_alpha(d)) {   /* an escaped non-letter is that character */
            buf[0] = '\\';
            buf[1] = d;
            return tr_emit(t, buf, 2, at);
        }
        if (strchr(in_class ? "abdDfnrsStwW" : "abBdDfnrsStwWA", d)) {
            buf[0] = '\\';
            buf[1] = d;
            return tr_emit(t, buf, 2, at);
        }
        break;
    }
    return tr_fail(t, (ssize_t)at, "bad escape \\%c", d);
}

static int tr_class(Tr *t)
{
    size_t start = t->i;
    int r = tr_emit(t, "[", 1, t->i++);
    if (r == 0 && t->i < t->n && t->p[t->i] == '^')
        r = tr_emit(t, "^", 1, t->i++);
    if (r == 0 && t->i < t->n && t->p[t->i] == ']')
        r = tr_emit(t, "\\]", 2, t->i++);
    while (r == 0 && t->i < t->n && t->p[t->i] != ']') {
        char c = t->p[t->i];
        if (c == '\\')
            r = tr_escape(t, true);
        else if (c == '[')
            r = tr_emit(t, "\\[", 2, t->i++);
        else
            r = tr_emit(t, &c, 1, t->i++);
    }
    if (r < 0)
        return r;
    if (t->i >= t->n)
        return tr_fail(t, (ssize_t)start, "unterminated character set");
    return tr_emit(t, "]", 1, t->i++);
}

/* (?P<name>...), (?P=name): the name from t->p[at..) up to `end`. */
static int tr_name(Tr *t, size_t at, char end, const char **name, size_t *len)
{
    if (at >= t->n)
        return tr_fail(t, (ssize_t)at, "missing group name");
    const char *q = memchr(t->p + at, end, t->n - at);
    if (!q)
        return tr_fail(t, (ssize_t)at, end == '>' ? "missing >, unterminated name"
                                                   : "missing ), unterminated name");
    *name = t->p + at;
    *len = (size_t)(q - (t->p + at));
    if (!*len)
        return tr_fail(t, (ssize_t)at, "missing group name");
    if (!name_ok(*name, *len, t->bytes))
        return tr_fail(t, (ssize_t)at, "bad character in group name '%.*s'", (int)*len, *name);
    return 0;
}

static int tr_named(Tr *t, size_t open)
{
    const char *nm;
    size_t len;
    size_t at = open + 4;
    int r = tr_name(t, at, '>', &nm, &len);
    if (r < 0)
        return r;
    Object *key = str_from_utf8(nm, len);
    if (!key)
        return -2;
    Object *was = dict_get(t->names, key);
    if (was) {
        DECREF(key);
        return tr_fail(t, (ssize_t)at, "redefinition of group name '%.*s' as group %zu; was group %lld",
                       (int)len, nm, t->ngroups + 1, (long long)int_value(was));
    }
    int g = tr_group(t, open);
    Object *num = g > 0 ? int_from_i64(g) : NULL;
    r = num && dict_set(t->names, key, num) == 0 ? 0 : -2;
    DECREF(key);
    XDECREF(num);
    t->i = at + len + 1;
    return r < 0 ? r : tr_emit(t, t->p + open, at + len + 1 - open, open);
}

static int tr_backref(Tr *t, size_t open)
{
    const char *nm;
    size_t len;
    size_t at = open + 4;
    int r = tr_name(t, at, ')', &nm, &len);
    if (r < 0)
        return r;
    Object *key = str_from_utf8(nm, len);
    if (!key)
        return -2;
    Object *g = dict_get(t->names, key);
    DECREF(key);
    if (!g)
        return tr_fail(t, (ssize_t)at, "unknown group name '%.*s'", (int)len, nm);
    t->i = at + len + 1;
    return tr_emit(t, t->p + open, at + len + 1 - open, open);
}

/* (?flags) at the start or (?flags-flags:...). */
static int tr_flags(Tr *t, size_t open)
{
    size_t k = open + 2;
    int64_t on = 0;
    bool minus = false;
    char keep[16];
    size_t nkeep = 0;
    for (; k < t->n; k++) {
        char c = t->p[k];
        if (c == '-' && !minus) {
            minus = true;
            keep[nkeep++] = '-';
            continue;
        }
        size_t f = 0;
        while (f < N_FLAGS && (flag_rows[f].letter != c || !c))
            f++;
        if (f == N_FLAGS)
            break;
        if (!minus)
            on |= flag_rows[f].v;
        if (strchr("imsx", c) && nkeep < sizeof keep - 2)
            keep[nkeep++] = c;
    }
    if (k >= t->n || (t->p[k] != ':' && t->p[k] != ')'))
        return tr_fail(t, (ssize_t)k, k < t->n && minus ? "missing :" : "missing -, : or )");
    if (t->p[k] == ')') {
        if (minus)
            return tr_fail(t, (ssize_t)k, "missing :");
        if (t->out.n)
            return tr_fail(t, (ssize_t)open, "global flags not at the start of the expression");
        t->flags |= on;
        t->verbose = t->verbose || (on & F_VERBOSE);
        t->i = k + 1;
        return 0;
    }
    t->i = k + 1;
    int r = tr_push(t, 0, open);
    if (r == 0)
        r = tr_emit(t, "(?", 2, open);
    if (r == 0 && nkeep && !(nkeep == 1 && keep[0] == '-'))
        r = tr_emit(t, keep, nkeep, open);
    return r == 0 ? tr_emit(t, ":", 1, open) : r;
}

static int tr_paren(Tr *t)
{
    size_t open = t->i;
    if (open + 1 >= t->n || t->p[open + 1] != '?') {
        int g = tr_group(t, open);
        t->i++;
        return g < 0 ? g : tr_emit(t, "(", 1, open);
    }
    if (open + 2 >= t->n)
        return tr_fail(t, (ssize_t)open + 2, "unexpected end of pattern");
    char c = t->p[open + 2];
    int r;
    switch (c) {
    case ':': case '=': case '!': case '>': case '(':
        if ((r = tr_push(t, 0, open)) < 0)
            return r;
        t->i = open + 3;
        return tr_emit(t, t->p + open, 3, open);
    case '<':
        if (open + 3 < t->n && (t->p[open + 3] == '=' || t->p[open + 3] == '!')) {
            if ((r = tr_push(t, 0, open)) < 0)
                return r;
            t->i = open + 4;
            return tr_emit(t, t->p + open, 4, open);
        }
        if (open + 3 >= t->n)
            return tr_fail(t, (ssize_t)open + 3, "unexpected end of pattern");
        return tr_fail(t, (ssize_t)open + 1, "unknown extension ?<%c", t->p[open + 3]);
    case '#': {
        const char *q = memchr(t->p + open, ')', t->n - open);
        if (!q)
            return tr_fail(t, (ssize_t)open, "missing ), unterminated comment");
        t->i = (size_t)(q - t->p) + 1;
        return 0;
    }
    case 'P':
        if (open + 3 < t->n && t->p[open + 3] == '<')
            return tr_named(t, open);
        if (open + 3 < t->n && t->p[open + 3] == '=')
            return tr_backref(t, open);
        if (open + 3 >= t->n)
            return tr_fail(t, (ssize_t)open + 3, "unexpected end of pattern");
        return tr_fail(t, (ssize_t)open + 1, "unknown extension ?P%c", t->p[open + 3]);
    default:
        if (c == '-' || strchr("aiLmsux", c))
            return tr_flags(t, open);
        return tr_fail(t, (ssize_t)open + 1, "unknown extension ?%c", c);
    }
}

/* x{,n} is x{0,n} in Python. */
static int tr_brace(Tr *t)
{
    size_t at = t->i, k = at + 1;
    if (k < t->n && t->p[k] == ',') {
        size_t d = k + 1;
        while (d < t->n && is_digit(t->p[d]))
            d++;
        if (d > k + 1 && d < t->n && t->p[d] == '}') {
            t->i = k;
            return tr_emit(t, "{0", 2, at);
        }
    }
    t->i++;
    return tr_emit(t, "{", 1, at);
}

static int translate(Tr *t)
{
    int r = 0;
    while (r == 0 && t->i < t->n) {
        char c = t->p[t->i];
        if (t->verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) {
            t->i++;
        } else if (t->verbose && c == '#') {
            while (t->i < t->n && t->p[t->i] != '\n')
                t->i++;
        } else if (c == '\\') {
            r = tr_escape(t, false);
        } else if (c == '[') {
            r = tr_class(t);
        } else if (c == '(') {
            r = tr_paren(t);
        } else if (c == ')') {
            if (!t->nopen)
                return tr_fail(t, (ssize_t)t->i, "unbalanced parenthesis");
            t->nopen--;
            r = tr_emit(t, ")", 1, t->i++);
        } else if (c == '{') {
            r = tr_brace(t);
        } else {
            r = tr_emit(t, &c, 1, t->i++);
        }
    }
    if (r == 0 && t->nopen)
        return tr_fail(t, (ssize_t)t->openpos[t->nopen - 1], "missing ), unterminated subpattern");
    return r;
}

/* ---- Pattern */

static int check_flags(int64_t flags, bool bytes)
{
    if (bytes && (flags & F_UNICODE)) {
        exc_set(ExcValueError, "cannot use UNICODE flag with a bytes pattern");
        return -1;
    }
    if (!bytes && (flags & F_LOCALE)) {
        exc_set(ExcValueError, "cannot use LOCALE flag with a str pattern");
        return -1;
    }
    if ((flags & F_ASCII) && (flags & (F_UNICODE | F_LOCALE))) {
        exc_set(ExcValueError, (flags & F_UNICODE) ? "ASCII and UNICODE flags are incompatible"
                                                   : "ASCII and LOCALE flags are incompatible");
        return -1;
    }
    if (flags & (F_DEBUG | F_TEMPLATE | F_LOCALE)) {
        exc_set(ExcValueError, "re: the DEBUG, TEMPLATE and LOCALE flags are not supported");
        return -1;
    }
    return 0;
}

/* PCRE2's complaint about the translated pattern, in Python's words where
 * they are known, at the position in the source. */
static void pcre_fail(Tr *t, int code, PCRE2_SIZE off)
{
    size_t src = off < t->out.n ? t->map[off] : t->n;
    const char *q = t->p;
    if (code == PCRE2_ERROR_QUANTIFIER_INVALID) {
        bool repeat = src > 0 && strchr("*+?}", q[src - 1]);
        snprintf(t->msg, sizeof t->msg, repeat ? "multiple repeat" : "nothing to repeat");
        t->pos = (ssize_t)src;
    } else if (code == PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER) {
        snprintf(t->msg, sizeof t->msg, "min repeat greater than max repeat");
        const char *b = memrchr(q, '{', src);
        t->pos = b ? (ssize_t)(b - q) + 1 : (ssize_t)src;
    } else if (code == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
        snprintf(t->msg, sizeof t->msg, "look-behind requires fixed-width pattern");
        t->pos = -1;
    } else {
        PCRE2_UCHAR m[160];
        pcre2_get_error_message(code, m, sizeof m);
        snprintf(t->msg, sizeof t->msg, "%s", (char *)m);
        t->pos = (ssize_t)src;
    }
}

static Object *names_tuple(Object *groupindex, size_t groups)
{
    Object *t = tuple_new(groups + 1);
    for (size_t k = 0; t && k <= groups; k++)
        tuple_set(t, k, none_new());
    Object *key, *val;
    for (size_t pos = 0; t && dict_next(groupindex, &pos, &key, &val);) {
        INCREF(key);
        SETREF(((TupleObject *)t)->items[int_value(val)], key);
    }
    return t;
}

static Object *pattern_compile(Object *errcls, Object *pattern, int64_t flags)
{
    Subj s;
    if (subj_get(NULL, pattern, &s) < 0) {
        exc_clear();
        exc_set(ExcTypeError, "first argument must be string or compiled pattern");
        return NULL;
    }
    Tr t = { .p = s.p, .n = s.n, .bytes = s.bytes, .flags = flags, .verbose = flags & F_VERBOSE };
    t.names = dict_new();
    if (!t.names)
        return NULL;
    int r = translate(&t);
    if (r == 0 && !t.bytes && !(t.flags & F_ASCII))
        t.flags |= F_UNICODE;
    PatternObject *re = NULL;
    if (r == 0 && check_flags(t.flags, t.bytes) < 0)
        r = -2;
    if (r == 0 && t.out.oom) {
        exc_nomemory();
        r = -2;
    }
    pcre2_code *code = NULL;
    if (r == 0) {
        uint32_t opts = (t.flags & F_IGNORECASE ? PCRE2_CASELESS : 0) |
                        (t.flags & F_MULTILINE ? PCRE2_MULTILINE : 0) |
                        (t.flags & F_DOTALL ? PCRE2_DOTALL : 0) |
                        (t.verbose ? PCRE2_EXTENDED : 0) | PCRE2_ALT_CIRCUMFLEX |
                        (t.bytes ? 0 : PCRE2_UTF | PCRE2_NO_UTF_CHECK) |
                        (t.flags & F_UNICODE ? PCRE2_UCP : 0);
        int code_err;
        PCRE2_SIZE off;
        code = pcre2_compile((PCRE2_SPTR)(t.out.p ? t.out.p : ""), t.out.n, opts, &code_err, &off, NULL);
        if (!code) {
            pcre_fail(&t, code_err, off);
            r = -1;
        }
    }
    if (r == -1)
        raise_error(errcls, t.msg, pattern, t.pos);
    if (r == 0 && (re = (PatternObject *)obj_alloc(&PatternType, sizeof *re))) {
        re->code = code;
        code = NULL;
        INCREF(pattern);
        re->pattern = pattern;
        INCREF(errcls);
        re->err = errcls;
        re->groupindex = t.names;
        t.names = NULL;
        re->groups = t.ngroups;
        re->parent = t.parent;
        t.parent = NULL;
        re->flags = t.flags;
        re->bytes = t.bytes;
        re->names = names_tuple(re->groupindex, re->groups);
        if (!re->names)
            SETREF(re, NULL);
    }
    pcre2_code_free(code);
    strbuf_free(&t.out);
    free(t.map);
    free(t.parent);
    free(t.open);
    free(t.openpos);
    XDECREF(t.names);
    return (Object *)re;
}

static void pattern_dealloc(Object *o)
{
    PatternObject *re = (PatternObject *)o;
    pcre2_code_free(re->code);
    XDECREF(re->pattern);
    XDECREF(re->err);
    XDECREF(re->groupindex);
    XDECREF(re->names);
    free(re->parent);
    obj_free(o);
}

/* ---- matching */

enum { M_SEARCH, M_MATCH, M_FULL };

/* 1 with ov filled (2 * (groups + 1) entries), 0 no match, -1 error. */
static int run_match(PatternObject *re, const Subj *s, size_t start, size_t end, uint32_t opts,
                     size_t *ov)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re->code, NULL);
    if (!md) {
        exc_nomemory();
        return -1;
    }
    int rc = pcre2_match(re->code, (PCRE2_SPTR)s->p, end, start,
                         opts | (s->bytes ? 0 : PCRE2_NO_UTF_CHECK), md, NULL);
    if (rc >= 0) {
        PCRE2_SIZE *v = pcre2_get_ovector_pointer(md);
        uint32_t nv = pcre2_get_ovector_count(md);
        for (size_t k = 0; k <= re->groups; k++) {
            bool set = k < nv && (k < (size_t)rc || rc == 0) && v[2 * k] != PCRE2_UNSET;
            ov[2 * k] = set ? v[2 * k] : PCRE2_UNSET;
            ov[2 * k + 1] = set ? v[2 * k + 1] : PCRE2_UNSET;
        }
    }
    pcre2_match_data_free(md);
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    PCRE2_UCHAR m[160];
    pcre2_get_error_message(rc, m, sizeof m);
    exc_set(ExcRuntimeError, "re: PCRE2 gave up matching: %s", (char *)m);
    return -1;
}

/* Python's lastindex: the matched group that closed last (the latest end;
 * of groups ending together, an enclosing one, else the later one). */
static int last_index(PatternObject *re, const size_t *ov)
{
    int best = 0;
    for (size_t g = 1; g <= re->groups; g++) {
        if (ov[2 * g] == PCRE2_UNSET)
            continue;
        if (!best || ov[2 * g + 1] > ov[2 * best + 1]) {
            best = (int)g;
            continue;
        }
        if (ov[2 * g + 1] < ov[2 * best + 1])
            continue;
        bool inside_best = false;
        for (int a = re->parent[g]; a; a = re->parent[a])
            inside_best = inside_best || a == best;
        if (!inside_best)
            best = (int)g;
    }
    return best;
}

static Object *match_new(PatternObject *re, const Subj *s, int64_t pos, int64_t endpos, const size_t *ov)
{
    size_t n = 2 * (re->groups + 1);
    MatchObject *m = (MatchObject *)obj_alloc(&MatchType, sizeof *m + n * sizeof(size_t));
    if (!m)
        return NULL;
    INCREF(re);
    m->re = re;
    INCREF(s->o);
    m->string = s->o;
    m->pos = pos;
    m->endpos = endpos;
    memcpy(m->ov, ov, n * sizeof(size_t));
    m->lastindex = last_index(re, ov);
    return (Object *)m;
}

static void match_dealloc(Object *o)
{
    MatchObject *m = (MatchObject *)o;
    XDECREF(m->re);
    XDECREF(m->string);
    obj_free(o);
}

/* A subject with pos/endpos (code points, clamped as CPython clamps). */
typedef struct Range { Subj s; int64_t pos, endpos; size_t b0, b1; } Range;

static int range_get(PatternObject *re, Object *string, Object *pos, Object *endpos, Range *r)
{
    if (subj_get(re, string, &r->s) < 0)
        return -1;
    int64_t len = (int64_t)subj_len(&r->s);
    r->pos = 0;
    r->endpos = len;
    if ((pos && int_as_i64(pos, &r->pos) < 0) || (endpos && int_as_i64(endpos, &r->endpos) < 0))
        return -1;
    r->pos = r->pos < 0 ? 0 : r->pos > len ? len : r->pos;
    r->endpos = r->endpos < 0 ? 0 : r->endpos > len ? len : r->endpos;
    r->b0 = cp_to_byte(&r->s, (size_t)r->pos);
    r->b1 = cp_to_byte(&r->s, (size_t)r->endpos);
    return 0;
}

static size_t *ov_new(PatternObject *re)
{
    size_t *ov = malloc(2 * (re->groups + 1) * sizeof *ov);
    if (!ov)
        exc_nomemory();
    return ov;
}

static Object *match_at(PatternObject *re, Range *r, int kind)
{
    if (r->endpos < r->pos)
        return none_new();
    size_t *ov = ov_new(re);
    if (!ov)
        return NULL;
    uint32_t opts = kind == M_MATCH ? PCRE2_ANCHORED
                  : kind == M_FULL ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    int rc = run_match(re, &r->s, r->b0, r->b1, opts, ov);
    Object *res = rc < 0 ? NULL : rc == 0 ? none_new() : match_new(re, &r->s, r->pos, r->endpos, ov);
    free(ov);
    return res;
}

/* ---- iteration over successive matches */

typedef struct Iter {
    PatternObject *re;
    Range r;
    size_t at;        /* byte offset where the next search starts */
    bool after_empty; /* the last match was empty and ended at `at` */
    bool done;
    size_t *ov;
} Iter;

static int iter_init(Iter *it, PatternObject *re, Object *string, Object *pos, Object *endpos)
{
    memset(it, 0, sizeof *it);
    it->re = re;
    if (range_get(re, string, pos, endpos, &it->r) < 0 || !(it->ov = ov_new(re)))
        return -1;
    it->at = it->r.b0;
    it->done = it->r.endpos < it->r.pos;
    return 0;
}

/* 1: it->ov holds the next match; 0: no more; -1: error. */
static int iter_next(Iter *it)
{
    if (it->done)
        return 0;
    int rc = run_match(it->re, &it->r.s, it->at, it->r.b1,
                       it->after_empty ? PCRE2_NOTEMPTY_ATSTART : 0, it->ov);
    if (rc <= 0) {
        it->done = true;
        return rc;
    }
    it->after_empty = it->ov[0] == it->ov[1];
    it->at = it->ov[1];
    return 1;
}

/* ---- arguments */

static PatternObject *self_pat(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &PatternType)) {
        exc_set(ExcTypeError, "descriptor '%s' for 're.Pattern' objects doesn't apply to this object", meth);
        return NULL;
    }
    return (PatternObject *)args[0];
}

static Object *pat_match_kind(Object *const *args, size_t nargs, Object *kw, const char *fn, int kind)
{
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    PatternObject *re = self_pat(args, nargs, fn);
    Object *a[3];
    Range r;
    if (!re || args_parse(fn, args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        range_get(re, a[0], a[1], a[2], &r) < 0)
        return NULL;
    return match_at(re, &r, kind);
}

static Object *pat_match(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return pat_match_kind(args, nargs, kw, "match", M_MATCH);
}

static Object *pat_fullmatch(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return pat_match_kind(args, nargs, kw, "fullmatch", M_FULL);
}

static Object *pat_search(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return pat_match_kind(args, nargs, kw, "search", M_SEARCH);
}

/* Group g of the current match, or dflt (borrowed) when it did not take part. */
static Object *group_of(const Subj *s, const size_t *ov, size_t g, Object *dflt)
{
    if (ov[2 * g] == PCRE2_UNSET) {
        INCREF(dflt);
        return dflt;
    }
    return subj_slice(s, ov[2 * g], ov[2 * g + 1]);
}

static Object *empty_of(const Subj *s) { return s->bytes ? bytes_from("", 0) : str_from_cstr(""); }

static Object *findall_item(Iter *it)
{
    PatternObject *re = it->re;
    if (re->groups == 0)
        return group_of(&it->r.s, it->ov, 0, None);
    Object *empty = empty_of(&it->r.s);
    if (!empty)
        return NULL;
    Object *res;
    if (re->groups == 1) {
        res = group_of(&it->r.s, it->ov, 1, empty);
    } else {
        res = tuple_new(re->groups);
        for (size_t g = 1; res && g <= re->groups; g++) {
            Object *v = group_of(&it->r.s, it->ov, g, empty);
            if (!v)
                SETREF(res, NULL);
            else
                tuple_set(res, g - 1, v);
        }
    }
    DECREF(empty);
    return res;
}

static Object *pat_findall(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    PatternObject *re = self_pat(args, nargs, "findall");
    Object *a[3];
    Iter it;
    if (!re || args_parse("findall", args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    Object *list = iter_init(&it, re, a[0], a[1], a[2]) < 0 ? NULL : list_new(0);
    int rc;
    while (list && (rc = iter_next(&it)) != 0) {
        Object *item = rc > 0 ? findall_item(&it) : NULL;
        if (!item || list_append(list, item) < 0)
            SETREF(list, NULL);
        XDECREF(item);
    }
    free(it.ov);
    return list;
}

/* finditer: a lazy iterator over Match objects. */
typedef struct ScannerObject { Object ob; Iter it; } ScannerObject;

static Object *pat_finditer(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    PatternObject *re = self_pat(args, nargs, "finditer");
    Object *a[3];
    if (!re || args_parse("finditer", args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    ScannerObject *sc = (ScannerObject *)obj_alloc(&ScannerType, sizeof *sc);
    if (!sc)
        return NULL;
    if (iter_init(&sc->it, re, a[0], a[1], a[2]) < 0) {
        sc->it.re = NULL;
        DECREF(sc);
        return NULL;
    }
    INCREF(re);
    INCREF(sc->it.r.s.o);
    return (Object *)sc;
}

static void scanner_dealloc(Object *o)
{
    ScannerObject *sc = (ScannerObject *)o;
    if (sc->it.re) {
        DECREF(sc->it.re);
        DECREF(sc->it.r.s.o);
    }
    free(sc->it.ov);
    obj_free(o);
}

static Object *scanner_iter(Object *o) { INCREF(o); return o; }

static Object *scanner_next(Object *o)
{
    Iter *it = &((ScannerObject *)o)->it;
    int rc = iter_next(it);
    return rc <= 0 ? NULL : match_new(it->re, &it->r.s, it->r.pos, it->r.endpos, it->ov);
}

/* ---- templates (sub, subn, expand) */

/* Parsed into a list of literals (str/bytes) and group numbers (int). */
static int tpl_lit(Object *list, const Subj *s, StrBuf *lit)
{
    if (!lit->n)
        return 0;
    Object *o = subj_slice(&(Subj){ .p = lit->p, .n = lit->n, .bytes = s->bytes }, 0, lit->n);
    lit->n = 0;
    int r = o ? list_append(list, o) : -1;
    XDECREF(o);
    return r;
}

static int tpl_group(PatternObject *re, Object *tpl, Object *list, const char *name, size_t len,
                     size_t pos)
{
    int64_t g = -1;
    bool digits = len > 0;
    for (size_t k = 0; k < len; k++)
        digits = digits && is_digit(name[k]);
    if (digits) {
        char num[24] = { 0 };
        memcpy(num, name, len < 23 ? len : 23);
        g = strtoll(num, NULL, 10);
        if (g > (int64_t)re->groups) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid group reference %lld", (long long)g);
            raise_error(re->err, msg, tpl, (ssize_t)pos);
            return -1;
        }
    } else {
        if (!name_ok(name, len, re->bytes)) {
            char msg[120];
            snprintf(msg, sizeof msg, "bad character in group name '%.*s'", (int)(len > 60 ? 60 : len), name);
            raise_error(re->err, msg, tpl, (ssize_t)pos);
            return -1;
        }
        Object *key = str_from_utf8(name, len);
        Object *v = key ? dict_get(re->groupindex, key) : NULL;
        XDECREF(key);
        if (!v) {
            if (key)
                exc_set(ExcIndexError, "unknown group name '%.*s'", (int)len, name);
            return -1;
        }
        g = int_value(v);
    }
    Object *o = int_from_i64(g);
    int r = o ? list_append(list, o) : -1;
    XDECREF(o);
    return r;
}

static Object *tpl_parse(PatternObject *re, const Subj *t)
{
    Object *list = list_new(0);
    StrBuf lit = { 0 };
    const char *p = t->p;
    size_t n = t->n, i = 0;
    int r = list ? 0 : -1;
    while (r == 0 && i < n) {
        if (p[i] != '\\') {
            strbuf_put(&lit, p + i++, 1);
            continue;
        }
        size_t at = i;
        if (i + 1 >= n) {
            raise_error(re->err, "bad escape (end of pattern)", t->o, (ssize_t)at);
            r = -1;
            break;
        }
        char d = p[i + 1];
        i += 2;
        static const char esc_from[] = "abfnrtv\\", esc_to[] = "\a\b\f\n\r\t\v\\";
        const char *esc = d ? strchr(esc_from, d) : NULL;
        if (esc) {
            strbuf_put(&lit, &esc_to[esc - esc_from], 1);
        } else if (d == 'g') {
            if (i >= n || p[i] != '<') {
                raise_error(re->err, "missing <", t->o, (ssize_t)i);
                r = -1;
                break;
            }
            const char *q = memchr(p + i + 1, '>', n - i - 1);
            if (!q || q == p + i + 1) {
                raise_error(re->err, q ? "missing group name" : (i + 1 >= n ? "missing group name"
                                                                 : "missing >, unterminated name"),
                            t->o, (ssize_t)i + 1);
                r = -1;
                break;
            }
            r = tpl_lit(list, t, &lit);
            if (r == 0)
                r = tpl_group(re, t->o, list, p + i + 1, (size_t)(q - (p + i + 1)), i + 1);
            i = (size_t)(q - p) + 1;
        } else if (d == '0' || (is_digit(d) && i + 1 < n && is_digit(p[i]) && d <= '7' && p[i] <= '7' &&
                                 p[i + 1] >= '0' && p[i + 1] <= '7')) {
            size_t k = i - 1, e = k;   /* an octal escape: \0, \0o, \0oo, \ooo */
            while (e < n && e < k + 3 && p[e] >= '0' && p[e] <= '7')
                e++;
            unsigned v = (unsigned)strtoul((char[4]){ p[k], e > k + 1 ? p[k + 1] : 0, e > k + 2 ? p[k + 2] : 0, 0 }, NULL, 8);
            if (v > 0377) {
                char msg[64];
                snprintf(msg, sizeof msg, "octal escape value \\%.*s outside of range 0-0o377", (int)(e - k), p + k);
                raise_error(re->err, msg, t->o, (ssize_t)at);
                r = -1;
                break;
            }
            if (t->bytes || v < 0x80) {
                char c = (char)v;
                strbuf_put(&lit, &c, 1);
            } else {
                char u[2] = { (char)(0xc0 | (v >> 6)), (char)(0x80 | (v & 0x3f)) };
                strbuf_put(&lit, u, 2);
            }
            i = e;
        } else if (is_digit(d)) {
            size_t e = i - 1;
            while (e < n && e < i + 1 && is_digit(p[e]))
                e++;
            r = tpl_lit(list, t, &lit);
            if (r == 0)
                r = tpl_group(re, t->o, list, p + i - 1, e - (i - 1), at + 1);
            i = e;
        } else if (is_alpha(d)) {
            char msg[32];
            snprintf(msg, sizeof msg, "bad escape \\%c", d);
            raise_error(re->err, msg, t->o, (ssize_t)at);
            r = -1;
        } else {
            strbuf_put(&lit, p + at, 2);
        }
    }
    if (r == 0 && lit.oom) {
        exc_nomemory();
        r = -1;
    }
    if (r == 0)
        r = tpl_lit(list, t, &lit);
    strbuf_free(&lit);
    if (r < 0)
        XDECREF(list), list = NULL;
    return list;
}

/* Appends the template's expansion for one match. */
static int tpl_expand(Object *tpl, const Subj *s, const size_t *ov, StrBuf *out)
{
    for (size_t k = 0; k < list_len(tpl); k++) {
        Object *it = list_get(tpl, k);
        if (obj_is(it, &IntType)) {
            size_t g = (size_t)int_value(it);
            if (ov[2 * g] != PCRE2_UNSET)
                strbuf_put(out, s->p + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
        } else if (obj_is(it, &BytesType)) {
            strbuf_put(out, (const char *)((BytesObject *)it)->data, ((BytesObject *)it)->n);
        } else {
            strbuf_put(out, str_utf8(it), str_nbytes(it));
        }
    }
    return 0;
}

static Object *buf_result(StrBuf *b, bool bytes)
{
    if (b->oom) {
        strbuf_free(b);
        exc_nomemory();
        return NULL;
    }
    if (!bytes)
        return strbuf_finish(b);
    Object *r = bytes_from(b->p ? b->p : "", b->n);
    strbuf_free(b);
    return r;
}

static bool is_callable(Object *o)
{
    Type *t = o->type;
    if (t->flags & TYPE_HEAP)
        return type_lookup(t, str_intern("__call__")) != NULL;
    return t->call != NULL;
}

/* The replacement for one match from a callable repl: put into out. */
static int call_repl(Object *repl, Iter *it, StrBuf *out)
{
    Object *m = match_new(it->re, &it->r.s, it->r.pos, it->r.endpos, it->ov);
    Object *v = m ? obj_call(repl, &m, 1, NULL) : NULL;
    XDECREF(m);
    if (!v)
        return -1;
    int r = 0;
    if (v == None) {
    } else if (!it->re->bytes && obj_isinstance_type(v, &StrType)) {
        strbuf_put(out, str_utf8(v), str_nbytes(v));
    } else if (it->re->bytes && obj_isinstance_type(v, &BytesType)) {
        strbuf_put(out, (const char *)((BytesObject *)v)->data, ((BytesObject *)v)->n);
    } else {
        exc_set(ExcTypeError, it->re->bytes ? "expected a bytes-like object, %s found"
                                           : "expected str instance, %s found", v->type->name);
        r = -1;
    }
    DECREF(v);
    return r;
}

static Object *subn_impl(PatternObject *re, Object *repl, Object *string, int64_t count, bool want_n)
{
    Object *tpl = NULL;
    bool call = false;
    if (obj_isinstance_type(repl, &StrType) || obj_isinstance_type(repl, &BytesType)) {
        Subj t;
        if (obj_isinstance_type(repl, &BytesType) != re->bytes) {
            if (re->bytes)
                exc_set(ExcTypeError, "expected a bytes-like object, %s found", repl->type->name);
            else
                exc_set(ExcTypeError, "expected str instance, %s found", repl->type->name);
            return NULL;
        }
        if (subj_get(NULL, repl, &t) < 0 || !(tpl = tpl_parse(re, &t)))
            return NULL;
    } else if (is_callable(repl)) {
        call = true;
    } else {
        if (re->bytes)
            exc_set(ExcTypeError, "expected a bytes-like object, %s found", repl->type->name);
        else
            exc_set(ExcTypeError, "decoding to str: need a bytes-like object, %s found", repl->type->name);
        return NULL;
    }
    Iter it;
    if (iter_init(&it, re, string, NULL, NULL) < 0) {
        XDECREF(tpl);
        free(it.ov);
        return NULL;
    }
    StrBuf out = { 0 };
    size_t last = 0;
    int64_t n = 0;
    int rc = 0;
    while ((count <= 0 || n < count) && (rc = iter_next(&it)) > 0) {
        strbuf_put(&out, it.r.s.p + last, it.ov[0] - last);
        rc = call ? call_repl(repl, &it, &out) : tpl_expand(tpl, &it.r.s, it.ov, &out);
        if (rc < 0)
            break;
        last = it.ov[1];
        n++;
    }
    XDECREF(tpl);
    free(it.ov);
    if (rc < 0) {
        strbuf_free(&out);
        return NULL;
    }
    strbuf_put(&out, it.r.s.p + last, it.r.s.n - last);
    Object *res = buf_result(&out, re->bytes);
    if (!res || !want_n)
        return res;
    Object *num = int_from_i64(n);
    Object *t = num ? tuple_pack(2, res, num) : NULL;
    XDECREF(num);
    DECREF(res);
    return t;
}

static Object *pat_sub_impl(Object *const *args, size_t nargs, Object *kw, const char *fn, bool want_n)
{
    static const char *const names[] = { "repl", "string", "count", NULL };
    PatternObject *re = self_pat(args, nargs, fn);
    Object *a[3];
    int64_t count = 0;
    if (!re || args_parse(fn, args + 1, nargs - 1, kw, 2, names, a) < 0 ||
        (a[2] && int_as_i64(a[2], &count) < 0))
        return NULL;
    return subn_impl(re, a[0], a[1], count, want_n);
}

static Object *pat_sub(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return pat_sub_impl(args, nargs, kw, "sub", false);
}

static Object *pat_subn(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return pat_sub_impl(args, nargs, kw, "subn", true);
}

static Object *split_impl(PatternObject *re, Object *string, int64_t maxsplit)
{
    Iter it;
    Object *list = iter_init(&it, re, string, NULL, NULL) < 0 ? NULL : list_new(0);
    size_t last = 0;
    int64_t n = 0;
    int rc = 0;
    while (list && (maxsplit <= 0 || n < maxsplit) && (rc = iter_next(&it)) > 0) {
        Object *piece = subj_slice(&it.r.s, last, it.ov[0]);
        rc = piece && list_append(list, piece) == 0 ? 0 : -1;
        XDECREF(piece);
        for (size_t g = 1; rc == 0 && g <= re->groups; g++) {
            Object *v = group_of(&it.r.s, it.ov, g, None);
            rc = v && list_append(list, v) == 0 ? 0 : -1;
            XDECREF(v);
        }
        last = it.ov[1];
        n++;
    }
    if (list && rc >= 0) {
        Object *piece = subj_slice(&it.r.s, last, it.r.s.n);
        if (!piece || list_append(list, piece) < 0)
            SETREF(list, NULL);
        XDECREF(piece);
    } else {
        SETREF(list, NULL);
    }
    free(it.ov);
    return list;
}

static Object *pat_split(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "string", "maxsplit", NULL };
    PatternObject *re = self_pat(args, nargs, "split");
    Object *a[2];
    int64_t maxsplit = 0;
    if (!re || args_parse("split", args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        (a[1] && int_as_i64(a[1], &maxsplit) < 0))
        return NULL;
    return split_impl(re, a[0], maxsplit);
}

static Object *pat_get_pattern(Object *o) { INCREF(((PatternObject *)o)->pattern); return ((PatternObject *)o)->pattern; }
static Object *pat_get_flags(Object *o) { return int_from_i64(((PatternObject *)o)->flags); }
static Object *pat_get_groups(Object *o) { return int_from_i64((int64_t)((PatternObject *)o)->groups); }
static Object *pat_get_groupindex(Object *o) { return dict_copy(((PatternObject *)o)->groupindex); }

static Object *pat_repr(Object *o)
{
    PatternObject *re = (PatternObject *)o;
    StrBuf b = { 0 };
    strbuf_puts(&b, "re.compile(");
    Object *r = obj_repr(re->pattern);
    if (!r) {
        strbuf_free(&b);
        return NULL;
    }
    strbuf_put(&b, str_utf8(r), str_nbytes(r) > 200 ? 200 : str_nbytes(r));
    DECREF(r);
    int64_t shown = re->flags & ~(re->bytes ? 0 : F_UNICODE);
    const char *sep = ", ";
    for (size_t k = 0; k < N_FLAGS; k++)
        if (shown & flag_rows[k].v) {
            strbuf_printf(&b, "%sre.%s", sep, flag_rows[k].name);
            sep = "|";
        }
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

static const MethodDef pattern_methods[] = {
    { "match", pat_match, NULL },       { "fullmatch", pat_fullmatch, NULL },
    { "search", pat_search, NULL },     { "findall", pat_findall, NULL },
    { "finditer", pat_finditer, NULL }, { "sub", pat_sub, NULL },
    { "subn", pat_subn, NULL },         { "split", pat_split, NULL },
    { "pattern", NULL, pat_get_pattern }, { "flags", NULL, pat_get_flags },
    { "groups", NULL, pat_get_groups }, { "groupindex", NULL, pat_get_groupindex },
    { NULL, NULL, NULL },
};

/* ---- Match */

static MatchObject *self_match(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &MatchType)) {
        exc_set(ExcTypeError, "descriptor '%s' for 're.Match' objects doesn't apply to this object", meth);
        return NULL;
    }
    return (MatchObject *)args[0];
}

/* A group named by number or name; -1 with IndexError. */
static ssize_t group_index(MatchObject *m, Object *g)
{
    int64_t k = -1;
    if (obj_isinstance_type(g, &IntType)) {
        if (int_as_i64(g, &k) < 0)
            exc_clear(), k = -1;
    } else if (obj_isinstance_type(g, &StrType) || obj_isinstance_type(g, &BytesType)) {
        Object *v = obj_isinstance_type(g, &StrType) ? dict_get(m->re->groupindex, g) : NULL;
        k = v ? int_value(v) : -1;
    }
    if (k < 0 || k > (int64_t)m->re->groups) {
        exc_set(ExcIndexError, "no such group");
        return -1;
    }
    return (ssize_t)k;
}

static Subj match_subj(MatchObject *m)
{
    Subj s;
    subj_get(NULL, m->string, &s);
    return s;
}

static Object *match_group1(MatchObject *m, Object *g)
{
    ssize_t k = g ? group_index(m, g) : 0;
    if (k < 0)
        return NULL;
    Subj s = match_subj(m);
    return group_of(&s, m->ov, (size_t)k, None);
}

static Object *match_group(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MatchObject *m = self_match(args, nargs, "group");
    if (!m)
        return NULL;
    if (kw) {
        exc_set(ExcTypeError, "group() takes no keyword arguments");
        return NULL;
    }
    if (nargs <= 2)
        return match_group1(m, nargs == 2 ? args[1] : NULL);
    Object *t = tuple_new(nargs - 1);
    for (size_t k = 1; t && k < nargs; k++) {
        Object *v = match_group1(m, args[k]);
        if (!v)
            SETREF(t, NULL);
        else
            tuple_set(t, k - 1, v);
    }
    return t;
}

static Object *match_getitem(Object *o, Object *key) { return match_group1((MatchObject *)o, key); }

static Object *match_groups(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "default", NULL };
    MatchObject *m = self_match(args, nargs, "groups");
    Object *a[1];
    if (!m || args_parse("groups", args + 1, nargs - 1, kw, 0, names, a) < 0)
        return NULL;
    Subj s = match_subj(m);
    Object *t = tuple_new(m->re->groups);
    for (size_t g = 1; t && g <= m->re->groups; g++) {
        Object *v = group_of(&s, m->ov, g, a[0] ? a[0] : None);
        if (!v)
            SETREF(t, NULL);
        else
            tuple_set(t, g - 1, v);
    }
    return t;
}

static Object *match_groupdict(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "default", NULL };
    MatchObject *m = self_match(args, nargs, "groupdict");
    Object *a[1];
    if (!m || args_parse("groupdict", args + 1, nargs - 1, kw, 0, names, a) < 0)
        return NULL;
    Subj s = match_subj(m);
    Object *d = dict_new(), *key, *num;
    for (size_t pos = 0; d && dict_next(m->re->groupindex, &pos, &key, &num);) {
        Object *v = group_of(&s, m->ov, (size_t)int_value(num), a[0] ? a[0] : None);
        if (!v || dict_set(d, key, v) < 0)
            SETREF(d, NULL);
        XDECREF(v);
    }
    return d;
}

/* start/end/span of group g: code points, -1 when it did not take part. */
static int match_bounds(Object *const *args, size_t nargs, Object *kw, const char *meth,
                        int64_t *b, int64_t *e)
{
    MatchObject *m = self_match(args, nargs, meth);
    if (!m)
        return -1;
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, "%s expected at most 1 argument, got %zu", meth, nargs - 1);
        return -1;
    }
    ssize_t k = nargs == 2 ? group_index(m, args[1]) : 0;
    if (k < 0)
        return -1;
    Subj s = match_subj(m);
    size_t b0 = m->ov[2 * k], b1 = m->ov[2 * k + 1];
    *b = b0 == PCRE2_UNSET ? -1 : (int64_t)byte_to_cp(&s, b0);
    *e = b1 == PCRE2_UNSET ? -1 : (int64_t)byte_to_cp(&s, b1);
    return 0;
}

static Object *match_start(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t b, e;
    return match_bounds(args, nargs, kw, "start", &b, &e) < 0 ? NULL : int_from_i64(b);
}

static Object *match_end(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t b, e;
    return match_bounds(args, nargs, kw, "end", &b, &e) < 0 ? NULL : int_from_i64(e);
}

static Object *pair(int64_t a, int64_t b)
{
    Object *x = int_from_i64(a), *y = int_from_i64(b);
    Object *t = x && y ? tuple_pack(2, x, y) : NULL;
    XDECREF(x);
    XDECREF(y);
    return t;
}

static Object *match_span(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t b, e;
    return match_bounds(args, nargs, kw, "span", &b, &e) < 0 ? NULL : pair(b, e);
}

static Object *match_expand(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MatchObject *m = self_match(args, nargs, "expand");
    if (!m)
        return NULL;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "expand() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    Subj t, s = match_subj(m);
    if (subj_get(m->re, args[1], &t) < 0)
        return NULL;
    Object *tpl = tpl_parse(m->re, &t);
    if (!tpl)
        return NULL;
    StrBuf out = { 0 };
    tpl_expand(tpl, &s, m->ov, &out);
    DECREF(tpl);
    return buf_result(&out, m->re->bytes);
}

static Object *match_get_string(Object *o) { INCREF(((MatchObject *)o)->string); return ((MatchObject *)o)->string; }
static Object *match_get_re(Object *o) { INCREF(((MatchObject *)o)->re); return (Object *)((MatchObject *)o)->re; }
static Object *match_get_pos(Object *o) { return int_from_i64(((MatchObject *)o)->pos); }
static Object *match_get_endpos(Object *o) { return int_from_i64(((MatchObject *)o)->endpos); }

static Object *match_get_lastindex(Object *o)
{
    MatchObject *m = (MatchObject *)o;
    return m->lastindex ? int_from_i64(m->lastindex) : none_new();
}

static Object *match_get_lastgroup(Object *o)
{
    MatchObject *m = (MatchObject *)o;
    Object *name = m->lastindex ? tuple_get(m->re->names, (size_t)m->lastindex) : None;
    INCREF(name);
    return name;
}

static Object *match_repr(Object *o)
{
    MatchObject *m = (MatchObject *)o;
    Subj s = match_subj(m);
    Object *g = group_of(&s, m->ov, 0, None);
    Object *r = g ? obj_repr(g) : NULL;
    XDECREF(g);
    if (!r)
        return NULL;
    /* CPython shows at most 50 characters of the match's repr. */
    Subj rs;
    subj_get(NULL, r, &rs);
    size_t cut = cp_to_byte(&rs, subj_len(&rs) > 50 ? 50 : subj_len(&rs));
    Object *res = str_from_fmt("<re.Match object; span=(%lld, %lld), match=%.*s>",
                               (long long)byte_to_cp(&s, m->ov[0]), (long long)byte_to_cp(&s, m->ov[1]),
                               (int)cut, str_utf8(r));
    DECREF(r);
    return res;
}

static const MethodDef match_methods[] = {
    { "group", match_group, NULL },       { "groups", match_groups, NULL },
    { "groupdict", match_groupdict, NULL }, { "start", match_start, NULL },
    { "end", match_end, NULL },           { "span", match_span, NULL },
    { "expand", match_expand, NULL },     { "string", NULL, match_get_string },
    { "re", NULL, match_get_re },         { "pos", NULL, match_get_pos },
    { "endpos", NULL, match_get_endpos }, { "lastindex", NULL, match_get_lastindex },
    { "lastgroup", NULL, match_get_lastgroup },
    { NULL, NULL, NULL },
};

static Type PatternType = {
    OBJ_HEAD_INIT(&TypeType), .name = "re.Pattern", .base = &ObjectType,
    .basicsize = sizeof(PatternObject), .dealloc = pattern_dealloc, .repr = pat_repr,
    .methods = pattern_methods,
    .classmethods = obj_generic_classmethods,
};

static Type MatchType = {
    OBJ_HEAD_INIT(&TypeType), .name = "re.Match", .base = &ObjectType,
    .basicsize = sizeof(MatchObject), .dealloc = match_dealloc, .repr = match_repr,
    .getitem = match_getitem, .methods = match_methods,
    .classmethods = obj_generic_classmethods,
};

static Type ScannerType = {
    OBJ_HEAD_INIT(&TypeType), .name = "callable_iterator", .base = &ObjectType,
    .basicsize = sizeof(ScannerObject), .dealloc = scanner_dealloc, .iter = scanner_iter,
    .iternext = scanner_next,
};

/* ---- module functions: self is (re.error, cache dict) */

enum { CACHE_MAX = 512 };

static Object *compile_cached(Object *state, Object *pattern, Object *flagsobj)
{
    int64_t flags = 0;
    if (flagsobj && int_as_i64(flagsobj, &flags) < 0)
        return NULL;
    if (obj_isinstance_type(pattern, &PatternType)) {
        if (flags) {
            exc_set(ExcValueError, "cannot process flags argument with a compiled pattern");
            return NULL;
        }
        INCREF(pattern);
        return pattern;
    }
    Object *cache = tuple_get(state, 1);
    Object *fl = int_from_i64(flags);
    Object *key = fl ? tuple_pack(3, (Object *)pattern->type, pattern, fl) : NULL;
    XDECREF(fl);
    if (!key)
        return NULL;
    Object *hit = obj_is(pattern, &StrType) || obj_is(pattern, &BytesType) ? dict_get(cache, key) : NULL;
    if (hit) {
        DECREF(key);
        INCREF(hit);
        return hit;
    }
    Object *re = pattern_compile(tuple_get(state, 0), pattern, flags);
    if (re && (obj_is(pattern, &StrType) || obj_is(pattern, &BytesType))) {
        if (dict_len(cache) >= CACHE_MAX)
            dict_clear(cache);
        if (dict_set(cache, key, re) < 0)
            SETREF(re, NULL);
    }
    DECREF(key);
    return re;
}

static Object *re_compile(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "pattern", "flags", NULL };
    Object *a[2];
    if (args_parse("compile", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    return compile_cached(builtin_self(f), a[0], a[1]);
}

/* re.NAME(pattern, string, flags=0) -> Pattern.NAME(string). */
static Object *re_via(Object *f, Object *const *args, size_t nargs, Object *kw, const char *fn,
                      CallFn meth)
{
    static const char *const names[] = { "pattern", "string", "flags", NULL };
    Object *a[3];
    if (args_parse(fn, args, nargs, kw, 2, names, a) < 0)
        return NULL;
    Object *re = compile_cached(builtin_self(f), a[0], a[2]);
    if (!re)
        return NULL;
    Object *argv[2] = { re, a[1] };
    Object *r = meth(NULL, argv, 2, NULL);
    DECREF(re);
    return r;
}

#define RE_VIA(name)                                                                    \
    static Object *re_##name(Object *f, Object *const *args, size_t nargs, Object *kw)  \
    {                                                                                   \
        return re_via(f, args, nargs, kw, #name, pat_##name);                           \
    }
RE_VIA(match)
RE_VIA(fullmatch)
RE_VIA(search)
RE_VIA(findall)
RE_VIA(finditer)
#undef RE_VIA

static Object *re_sub_impl(Object *f, Object *const *args, size_t nargs, Object *kw, const char *fn, bool want_n)
{
    static const char *const names[] = { "pattern", "repl", "string", "count", "flags", NULL };
    Object *a[5];
    int64_t count = 0;
    if (args_parse(fn, args, nargs, kw, 3, names, a) < 0 || (a[3] && int_as_i64(a[3], &count) < 0))
        return NULL;
    Object *re = compile_cached(builtin_self(f), a[0], a[4]);
    Object *r = re ? subn_impl((PatternObject *)re, a[1], a[2], count, want_n) : NULL;
    XDECREF(re);
    return r;
}

static Object *re_sub(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return re_sub_impl(f, args, nargs, kw, "sub", false);
}

static Object *re_subn(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return re_sub_impl(f, args, nargs, kw, "subn", true);
}

static Object *re_split(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "pattern", "string", "maxsplit", "flags", NULL };
    Object *a[4];
    int64_t maxsplit = 0;
    if (args_parse("split", args, nargs, kw, 2, names, a) < 0 || (a[2] && int_as_i64(a[2], &maxsplit) < 0))
        return NULL;
    Object *re = compile_cached(builtin_self(f), a[0], a[3]);
    Object *r = re ? split_impl((PatternObject *)re, a[1], maxsplit) : NULL;
    XDECREF(re);
    return r;
}

static Object *re_purge(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    dict_clear(tuple_get(builtin_self(f), 1));
    return none_new();
}

/* Python 3.7's escape: a backslash before each special character only. */
static Object *re_escape(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "pattern", NULL };
    Object *a[1];
    Subj s;
    if (args_parse("escape", args, nargs, kw, 1, names, a) < 0 || subj_get(NULL, a[0], &s) < 0)
        return NULL;
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    StrBuf b = { 0 };
    for (size_t k = 0; k < s.n; k++) {
        if (memchr(special, s.p[k], sizeof special - 1))
            strbuf_put(&b, "\\", 1);
        strbuf_put(&b, s.p + k, 1);
    }
    return buf_result(&b, s.bytes);
}

static const struct { const char *name; CallFn fn; } re_funcs[] = {
    { "compile", re_compile }, { "match", re_match }, { "fullmatch", re_fullmatch },
    { "search", re_search }, { "findall", re_findall }, { "finditer", re_finditer },
    { "sub", re_sub }, { "subn", re_subn }, { "split", re_split }, { "purge", re_purge },
};

static int add_obj(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

static const struct { const char *alias; int v; } flag_aliases[] = {
    { "I", F_IGNORECASE }, { "M", F_MULTILINE }, { "S", F_DOTALL }, { "X", F_VERBOSE },
    { "A", F_ASCII }, { "U", F_UNICODE }, { "NOFLAG", 0 },
};

Object *mod_re_init(void)
{
    Object *m = module_new("re", NULL);
    Object *err = m ? (Object *)type_new_module_class("re", "error", ExcException) : NULL;
    Object *cache = err ? dict_new() : NULL;
    Object *state = cache ? tuple_pack(2, err, cache) : NULL;
    int bad = !state || module_add(m, "error", err) < 0 ||
              module_add(m, "Pattern", (Object *)&PatternType) < 0 ||
              module_add(m, "Match", (Object *)&MatchType) < 0 ||
              add_obj(m, "escape", builtin_new("escape", re_escape, NULL)) < 0;
    for (size_t k = 0; !bad && k < sizeof re_funcs / sizeof re_funcs[0]; k++)
        bad = add_obj(m, re_funcs[k].name, builtin_new(re_funcs[k].name, re_funcs[k].fn, state)) < 0;
    for (size_t k = 0; !bad && k < N_FLAGS; k++)
        if (flag_rows[k].v != F_TEMPLATE && flag_rows[k].v != F_DEBUG && flag_rows[k].v != F_LOCALE)
            bad = add_obj(m, flag_rows[k].name, int_from_i64(flag_rows[k].v)) < 0;
    for (size_t k = 0; !bad && k < sizeof flag_aliases / sizeof flag_aliases[0]; k++)
        bad = add_obj(m, flag_aliases[k].alias, int_from_i64(flag_aliases[k].v)) < 0;
    XDECREF(err);
    XDECREF(cache);
    XDECREF(state);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
