/* vm/compiler/lexer.c — the tokenizer.
 *
 * Indentation follows CPython's tokenizer: a line's indent is measured
 * twice, with tabs to the next multiple of 8 (col) and with tabs as one
 * column (altcol).  Both measures must order the indentation stack the
 * same way; otherwise the file depends on the tab size and is rejected
 * with TabError.  Blank and comment-only lines, and lines inside
 * brackets or after a backslash, never affect indentation.
 */
#include "vm/compiler/lexer.h"
#include "vm/objects/codec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


const char *const lexer_op_text[TK__COUNT] = {
#define LEXER_OP_TEXT(name, s) s,
    LEXER_OPS(LEXER_OP_TEXT)
#undef LEXER_OP_TEXT
};

void lexer_init(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->atbol = 1;
    lx->last_newline = 1;
}

static int lex_error(Lexer *lx, Token *t, LexErrKind kind, const char *msg, int line, int offset)
{
    lx->err = kind;
    lx->errmsg = msg;
    lx->err_line = line;
    lx->err_col = offset;
    t->kind = TOK_ERROR;
    return -1;
}

/* Offset CPython 3.8 reports for errors found while scanning a line: the
 * line's length, so the caret sits under its last character. */
static int eol_offset(const Lexer *lx, const char *from)
{
    const char *p = from;
    while (p < lx->end && *p != '\n' && *p != '\r')
        p++;
    return (int)(p - lx->line_start);
}

static void new_line(Lexer *lx, const char *next_start)
{
    lx->line++;
    lx->line_start = next_start;
}

/* Consume a line ending at lx->cur (\n, \r\n or \r). */
static void eat_newline(Lexer *lx)
{
    if (*lx->cur == '\r' && lx->cur + 1 < lx->end && lx->cur[1] == '\n')
        lx->cur++;
    lx->cur++;
    new_line(lx, lx->cur);
}

/* Code points that are never part of an identifier, checked so that the
 * usual copy-paste accidents (smart quotes, dashes, NBSP, currency and math
 * symbols, fullwidth punctuation, emoji) get 3.8's error; the full
 * XID_Start/XID_Continue tables are not carried. */
static int is_bad_id_codepoint(uint32_t cp)
{
    static const uint32_t ranges[][2] = {
        { 0xa0, 0xa9 }, { 0xab, 0xb4 }, { 0xb6, 0xb6 }, { 0xb8, 0xb9 }, { 0xbb, 0xbf }, { 0xd7, 0xd7 },
        { 0xf7, 0xf7 }, { 0x2000, 0x203e }, { 0x2041, 0x2053 }, { 0x2055, 0x206f }, { 0x20a0, 0x20cf },
        { 0x2190, 0x23ff }, { 0x2500, 0x27bf }, { 0x3000, 0x3004 }, { 0x3008, 0x3020 }, { 0xfeff, 0xfeff },
        { 0xff01, 0xff0f }, { 0xff1a, 0xff20 }, { 0xff3b, 0xff3e }, { 0xff40, 0xff40 }, { 0xff5b, 0xff65 },
        { 0x1f000, 0x1faff },
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (cp >= ranges[i][0] && cp <= ranges[i][1]) return 1;
    return 0;
}

/* The code point of the UTF-8 sequence at p (source already validated). */
static uint32_t utf8_at(const unsigned char *p)
{
    if (p[0] < 0xe0) return (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
    if (p[0] < 0xf0) return (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 | (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
}

static int is_id_start(unsigned char c) { return c == '_' || (unsigned)((c | 0x20) - 'a') < 26u || c >= 0x80; }
static int is_id_char(unsigned char c) { return is_id_start(c) || (unsigned)(c - '0') < 10u; }

static void fill(Lexer *lx, Token *t, TokKind kind, const char *start, int line, int col)
{
    t->kind = kind;
    t->start = start;
    t->len = (size_t)(lx->cur - start);
    t->line = line;
    t->col = col;
    t->end_line = lx->line;
    t->end_col = (int)(lx->cur - lx->line_start);
    t->op = -1;
}

/* Measure the indentation of the line at lx->cur; handles INDENT/DEDENT
 * bookkeeping.  Returns 1 when the line is blank (skip it), 0 otherwise,
 * -1 on error. */
static int do_indent(Lexer *lx, Token *t)
{
    int col = 0, altcol = 0;
    const char *p = lx->cur;
    for (; p < lx->end; p++) {
        if (*p == ' ') col++, altcol++;
        else if (*p == '\t') col = (col / 8 + 1) * 8, altcol++;
        else if (*p == '\f') col = altcol = 0;
        else break;
    }
    lx->cur = p;
    if (p < lx->end && (*p == '#' || *p == '\n' || *p == '\r'))
        return 1;
    if (p >= lx->end)
        col = altcol = 0;     /* EOF: close every block */
    if (lx->paren)
        return 0;
    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altstack[top])
            goto tab_error;
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= LEXER_MAXINDENT)
            return lex_error(lx, t, LEXERR_INDENT, "too many levels of indentation", lx->line, eol_offset(lx, p));
        if (altcol <= lx->altstack[top])
            goto tab_error;
        lx->indent = ++top;
        lx->indstack[top] = col;
        lx->altstack[top] = altcol;
        lx->pending++;
    } else {
        while (top > 0 && col < lx->indstack[top]) {
            top--;
            lx->pending--;
        }
        lx->indent = top;
        if (col != lx->indstack[top])
            return lex_error(lx, t, LEXERR_INDENT, "unindent does not match any outer indentation level",
                             lx->line, eol_offset(lx, p));
        if (altcol != lx->altstack[top])
            goto tab_error;
    }
    return 0;
tab_error:
    return lex_error(lx, t, LEXERR_TAB, "inconsistent use of tabs and spaces in indentation",
                     lx->line, eol_offset(lx, p));
}

static int scan_string(Lexer *lx, Token *t, const char *start, int line, int col)
{
    char q = *lx->cur;
    int triple = lx->cur + 2 < lx->end && lx->cur[1] == q && lx->cur[2] == q;
    lx->cur += triple ? 3 : 1;
    for (;;) {
        if (lx->cur >= lx->end) {
            if (triple)
                return lex_error(lx, t, LEXERR_SYNTAX, "EOF while scanning triple-quoted string literal",
                                 line, col + 1);
            return lex_error(lx, t, LEXERR_SYNTAX, "EOL while scanning string literal", lx->line,
                             (int)(lx->cur - lx->line_start));
        }
        char c = *lx->cur;
        if (c == q) {
            if (!triple) { lx->cur++; break; }
            if (lx->cur + 2 < lx->end && lx->cur[1] == q && lx->cur[2] == q) { lx->cur += 3; break; }
            lx->cur++;
        } else if (c == '\\') {
            lx->cur++;
            if (lx->cur < lx->end) {
                if (*lx->cur == '\n' || *lx->cur == '\r') eat_newline(lx);
                else lx->cur++;
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple)
                return lex_error(lx, t, LEXERR_SYNTAX, "EOL while scanning string literal", lx->line,
                                 (int)(lx->cur - lx->line_start));
            eat_newline(lx);
        } else {
            lx->cur++;
        }
    }
    fill(lx, t, TOK_STRING, start, line, col);
    return 0;
}

static int digits(Lexer *lx, int (*ok)(int))
{
    /* digit ('_'? digit)* ; returns -1 on a misplaced underscore */
    if (lx->cur >= lx->end || !ok((unsigned char)*lx->cur))
        return -1;
    while (lx->cur < lx->end) {
        if (ok((unsigned char)*lx->cur)) lx->cur++;
        else if (*lx->cur == '_') {
            if (lx->cur + 1 >= lx->end || !ok((unsigned char)lx->cur[1])) return -1;
            lx->cur++;
        } else break;
    }
    return 0;
}
static int is_dec(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_dec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int is_oct(int c) { return c >= '0' && c <= '7'; }
static int is_bin(int c) { return c == '0' || c == '1'; }

static int scan_exponent_and_imag(Lexer *lx)
{
    if (lx->cur < lx->end && (*lx->cur | 0x20) == 'e') {
        lx->cur++;
        if (lx->cur < lx->end && (*lx->cur == '+' || *lx->cur == '-'))
            lx->cur++;
        if (digits(lx, is_dec) < 0)
            return -1;
    }
    if (lx->cur < lx->end && (*lx->cur | 0x20) == 'j')
        lx->cur++;
    return 0;
}

static int scan_number(Lexer *lx, Token *t, const char *start, int line, int col)
{
    int bad = 0;
    if (*lx->cur == '0' && lx->cur + 1 < lx->end && strchr("xXoObB", lx->cur[1]) && lx->cur[1]) {
        char k = lx->cur[1] | 0x20;
        lx->cur += 2;
        if (lx->cur < lx->end && *lx->cur == '_') lx->cur++;
        bad = digits(lx, k == 'x' ? is_hex : k == 'o' ? is_oct : is_bin) < 0;
    } else if (*lx->cur == '.') {
        lx->cur++;
        bad = digits(lx, is_dec) < 0 || scan_exponent_and_imag(lx) < 0;
    } else {
        const char *ds = lx->cur;
        bad = digits(lx, is_dec) < 0;
        int leading_zero = !bad && *ds == '0';
        int is_float = 0;
        if (!bad && lx->cur < lx->end && *lx->cur == '.') {
            is_float = 1;
            lx->cur++;
            if (lx->cur < lx->end && is_dec((unsigned char)*lx->cur))
                bad = digits(lx, is_dec) < 0;
        }
        if (!bad && lx->cur < lx->end && strchr("eEjJ", *lx->cur) && *lx->cur) {
            is_float = 1;
            bad = scan_exponent_and_imag(lx) < 0;
        }
        if (!bad && leading_zero && !is_float) {
            for (const char *p = ds; p < lx->cur; p++)
                if (*p != '0' && *p != '_')
                    return lex_error(lx, t, LEXERR_SYNTAX,
                                     "leading zeros in decimal integer literals are not permitted; "
                                     "use an 0o prefix for octal integers", line, col + 1);
        }
    }
    if (bad)
        return lex_error(lx, t, LEXERR_SYNTAX, "invalid token", lx->line, (int)(lx->cur - lx->line_start) + 1);
    fill(lx, t, TOK_NUMBER, start, line, col);
    return 0;
}

static int scan_op(Lexer *lx, Token *t, const char *start, int line, int col)
{
    int best = -1;
    size_t best_len = 0, avail = (size_t)(lx->end - lx->cur);
    for (int i = 0; i < TK__COUNT; i++) {
        size_t n = strlen(lexer_op_text[i]);
        if (n > best_len && n <= avail && memcmp(lx->cur, lexer_op_text[i], n) == 0)
            best = i, best_len = n;
    }
    if (best < 0)
        return lex_error(lx, t, LEXERR_SYNTAX, "invalid syntax", line, col + 1);
    if (best == TK_LPAR || best == TK_LSQB || best == TK_LBRACE) {
        if (lx->paren >= LEXER_MAXPAREN)
            return lex_error(lx, t, LEXERR_SYNTAX, "too many nested parentheses", line, col + 1);
        lx->paren_lines[lx->paren] = line;
        lx->parens[lx->paren++] = *lx->cur;
    } else if (best == TK_RPAR || best == TK_RSQB || best == TK_RBRACE) {
        char c = *lx->cur;
        if (lx->paren == 0) {
            snprintf(lx->errbuf, sizeof lx->errbuf, "unmatched '%c'", c);
            return lex_error(lx, t, LEXERR_SYNTAX, lx->errbuf, line, col + 1);
        }
        char open = lx->parens[--lx->paren];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (lx->paren_lines[lx->paren] != line)
                snprintf(lx->errbuf, sizeof lx->errbuf,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                         lx->paren_lines[lx->paren]);
            else
                snprintf(lx->errbuf, sizeof lx->errbuf, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, open);
            return lex_error(lx, t, LEXERR_SYNTAX, lx->errbuf, line, col + 1);
        }
    }
    lx->cur += best_len;
    fill(lx, t, TOK_OP, start, line, col);
    t->op = best;
    return 0;
}

static int is_string_prefix(const char *s, size_t n)
{
    if (n == 0 || n > 2) return 0;
    int r = 0, b = 0, u = 0, f = 0;
    for (size_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': r++; break;
        case 'b': b++; break;
        case 'u': u++; break;
        case 'f': f++; break;
        default: return 0;
        }
    }
    if (r > 1 || b > 1 || u > 1 || f > 1) return 0;
    if (u && n > 1) return 0;
    if (b && f) return 0;
    return 1;
}

int lexer_next(Lexer *lx, Token *t)
{
    memset(t, 0, sizeof *t);
    if (lx->err) { t->kind = TOK_ERROR; return -1; }
again:
    if (lx->pending > 0) {
        lx->pending--;
        fill(lx, t, TOK_INDENT, lx->cur, lx->line, (int)(lx->cur - lx->line_start));
        return 0;
    }
    if (lx->pending < 0) {
        lx->pending++;
        fill(lx, t, TOK_DEDENT, lx->cur, lx->line, (int)(lx->cur - lx->line_start));
        return 0;
    }
    if (lx->atbol) {
        lx->atbol = 0;
        int r = do_indent(lx, t);
        if (r < 0) return -1;
        if (r == 0 && lx->pending) goto again;
    }
    while (lx->cur < lx->end && (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f'))
        lx->cur++;
    if (lx->cur < lx->end && *lx->cur == '#')
        while (lx->cur < lx->end && *lx->cur != '\n' && *lx->cur != '\r')
            lx->cur++;

    const char *start = lx->cur;
    int line = lx->line, col = (int)(lx->cur - lx->line_start);

    if (lx->cur >= lx->end) {
        if (!lx->last_newline && lx->paren == 0) {
            lx->last_newline = 1;
            fill(lx, t, TOK_NEWLINE, start, line, col);
            t->len = 0;
            return 0;
        }
        if (lx->indent > 0 && lx->paren == 0) {
            lx->indent--;
            fill(lx, t, TOK_DEDENT, start, line, col);
            return 0;
        }
        lx->done = 1;
        fill(lx, t, TOK_ENDMARKER, start, line, col);
        return 0;
    }
    unsigned char c = (unsigned char)*lx->cur;
    if (c == '\n' || c == '\r') {
        int blank = lx->last_newline || lx->paren > 0;
        eat_newline(lx);
        if (lx->paren == 0)
            lx->atbol = 1;
        if (blank)
            goto again;
        lx->last_newline = 1;
        fill(lx, t, TOK_NEWLINE, start, line, col);
        t->end_line = line;
        t->end_col = col + 1;
        return 0;
    }
    if (c == '\\') {
        lx->cur++;
        if (lx->cur >= lx->end)
            return lex_error(lx, t, LEXERR_SYNTAX, "unexpected EOF while parsing", line, col + 2);
        if (*lx->cur != '\n' && *lx->cur != '\r')
            return lex_error(lx, t, LEXERR_SYNTAX, "unexpected character after line continuation character",
                             line, col + 2);
        eat_newline(lx);
        if (lx->cur >= lx->end)
            return lex_error(lx, t, LEXERR_SYNTAX, "unexpected EOF while parsing", lx->line, 1);
        goto again;
    }
    lx->last_newline = 0;
    if (is_id_start(c)) {
        while (lx->cur < lx->end && is_id_char((unsigned char)*lx->cur))
            lx->cur++;
        if (lx->cur < lx->end && (*lx->cur == '\'' || *lx->cur == '"') &&
            is_string_prefix(start, (size_t)(lx->cur - start)))
            return scan_string(lx, t, start, line, col);
        for (const char *q = start; q < lx->cur; q++) {
            unsigned char b = (unsigned char)*q;
            if (b < 0xc0) continue;
            int need = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            if (lx->cur - q < need || is_bad_id_codepoint(utf8_at((const unsigned char *)q)))
                return lex_error(lx, t, LEXERR_SYNTAX, "invalid character in identifier", line, col + 1);
        }
        fill(lx, t, TOK_NAME, start, line, col);
        return 0;
    }
    if ((unsigned)(c - '0') < 10u || (c == '.' && lx->cur + 1 < lx->end && (unsigned)(lx->cur[1] - '0') < 10u))
        return scan_number(lx, t, start, line, col);
    if (c == '\'' || c == '"')
        return scan_string(lx, t, start, line, col);
    return scan_op(lx, t, start, line, col);
}

const char *lexer_line_text(const char *src, size_t len, int line, size_t *n)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; p++) {
        if (*p == '\r' && p + 1 < end && p[1] == '\n') p++;
        if (*p == '\n' || *p == '\r') l++;
    }
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    *n = (size_t)(e - p);
    return p;
}

/* ---- literal decoding ------------------------------------------------ */

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xc0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xe0 | cp >> 12); o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | cp >> 18); o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); o[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* A \\N{name} escape whose N is at s[*i - 1]: its character, by Unicode
 * name or alias (any case, as ICU matches), into out; its length, or -1
 * with *err in CPython's words.  *i moves past the closing brace. */
static int named_escape(const char *s, size_t n, size_t *i, char *out, const char **err)
{
    static _Thread_local char msg[160];
    size_t start = *i - 2;
    const char *close = *i < n && s[*i] == '{' ? memchr(s + *i, '}', n - *i) : NULL;
    size_t len = close ? (size_t)(close - s) - *i - 1 : 0;
    char name[256];
    int32_t c = -1;
    if (close && len > 0 && len < sizeof name) {
        memcpy(name, s + *i + 1, len);
        name[len] = 0;
        c = codec_char_named(name);
    }
    if (c >= 0) {
        *i = (size_t)(close - s) + 1;
        return (int)put_utf8(out, (uint32_t)c);
    }
    snprintf(msg, sizeof msg,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
             close && len ? (size_t)(close - s) : close ? *i : *i < n && s[*i] == '{' ? n - 1 : start + 1,
             close && len ? "unknown Unicode character name" : "malformed \\N character escape");
    *err = msg;
    return -1;
}

char *lexer_unescape(const char *s, size_t n, int is_bytes, int is_raw, size_t *outn, const char **err)
{
    char *out = malloc(n + 1);
    if (!out) { *err = "out of memory"; return NULL; }
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (is_bytes && c >= 0x80) {
            free(out);
            *err = "bytes can only contain ASCII literal characters.";
            return NULL;
        }
        if (c == '\r') {  /* normalise line endings inside literals */
            out[o++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || is_raw || i + 1 >= n) { out[o++] = (char)c; i++; continue; }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r': if (i < n && s[i] == '\n') i++; break;
        case '\\': out[o++] = '\\'; break;
        case '\'': out[o++] = '\''; break;
        case '"': out[o++] = '"'; break;
        case 'a': out[o++] = '\a'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (is_bytes) out[o++] = (char)(v & 0xff);
            else o += put_utf8(out + o, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int need = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (is_bytes && e != 'x') { out[o++] = '\\'; out[o++] = e; break; }
            uint32_t v = 0;
            for (int k = 0; k < need; k++) {
                int h = i < n ? hexval(s[i]) : -1;
                if (h < 0) {
                    free(out);
                    *err = e == 'x' ? (is_bytes ? "invalid \\x escape" :
                                       "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape")
                                    : e == 'u' ? "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\uXXXX escape"
                                               : "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\UXXXXXXXX escape";
                    return NULL;
                }
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (v > 0x10ffff) {
                free(out);
                *err = "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character";
                return NULL;
            }
            if (!is_bytes && v >= 0xd800 && v <= 0xdfff) {   /* str is UTF-8 inside gilvm */
                free(out);
                *err = "(unicode error) lone surrogates are not supported by gilvm";
                return NULL;
            }
            if (is_bytes) out[o++] = (char)v;
            else o += put_utf8(out + o, v);
            break;
        }
        case 'N':
            if (!is_bytes) {
                int k = named_escape(s, n, &i, out + o, err);
                if (k < 0) {
                    free(out);
                    return NULL;
                }
                o += (size_t)k;
                break;
            }
            /* fall through */
        default:
            out[o++] = '\\';
            out[o++] = e;
            break;
        }
    }
    out[o] = 0;
    *outn = o;
    return out;
}

int lexer_decode_string(const char *tok, size_t len, LexStr *out, const char **err)
{
    memset(out, 0, sizeof *out);
    size_t i = 0;
    for (; i < len && tok[i] != '\'' && tok[i] != '"'; i++) {
        char c = tok[i] | 0x20;
        if (c == 'b') out->is_bytes = 1;
        else if (c == 'r') out->is_raw = 1;
        else if (c == 'f') out->is_fmt = 1;
    }
    char q = tok[i];
    size_t qn = (i + 2 < len && tok[i + 1] == q && tok[i + 2] == q && len - i >= 6) ? 3 : 1;
    out->body = tok + i + qn;
    out->body_len = len - i - 2 * qn;
    if (out->is_fmt)
        return 0;   /* the parser splits f-strings before unescaping pieces */
    out->data = lexer_unescape(out->body, out->body_len, out->is_bytes, out->is_raw, &out->n, err);
    return out->data ? 0 : -1;
}
