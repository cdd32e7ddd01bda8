/* tests/unit/test_lexer.c — the tokenizer: token kinds and positions,
 * indentation, literals, line joining, and errors with line and offset. */
#include "vm/compiler/lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/check.h"

/* Token stream as a compact string: N=name, 1=number, S=string, L=newline,
 * >=indent, <=dedent, E=end, operators as their text, separated by spaces. */
static void render(const char *src, char *out, size_t cap)
{
    Lexer lx;
    Token t;
    lexer_init(&lx, src, strlen(src));
    out[0] = 0;
    size_t k = 0;
    for (int guard = 0; guard < 1000; guard++) {
        if (lexer_next(&lx, &t) < 0) {
            k += (size_t)snprintf(out + k, cap - k, "%sERR(%s@%d:%d)", k ? " " : "", lx.errmsg, lx.err_line, lx.err_col);
            return;
        }
        const char *s = "?";
        switch (t.kind) {
        case TOK_NAME: s = "N"; break;
        case TOK_NUMBER: s = "1"; break;
        case TOK_STRING: s = "S"; break;
        case TOK_NEWLINE: s = "L"; break;
        case TOK_INDENT: s = ">"; break;
        case TOK_DEDENT: s = "<"; break;
        case TOK_ENDMARKER: s = "E"; break;
        case TOK_OP: s = lexer_op_text[t.op]; break;
        case TOK_ERROR: s = "!"; break;
        }
        k += (size_t)snprintf(out + k, cap - k, "%s%s", k ? " " : "", s);
        if (t.kind == TOK_ENDMARKER) return;
    }
}

static void expect_tokens(const char *src, const char *want)
{
    char got[2048];
    render(src, got, sizeof got);
    CHECK(strcmp(got, want) == 0, "tokens of %s\n  want: %s\n  got:  %s", src, want, got);
}

static void test_positions(void)
{
    const char *src = "x = 10\nif x:\n    y = 'a'\n";
    Lexer lx;
    Token t = { 0 };
    lexer_init(&lx, src, strlen(src));
    int want[][3] = { { TOK_NAME, 1, 0 }, { TOK_OP, 1, 2 }, { TOK_NUMBER, 1, 4 }, { TOK_NEWLINE, 1, 6 },
                      { TOK_NAME, 2, 0 }, { TOK_NAME, 2, 3 }, { TOK_OP, 2, 4 }, { TOK_NEWLINE, 2, 5 },
                      { TOK_INDENT, 3, 4 }, { TOK_NAME, 3, 4 }, { TOK_OP, 3, 6 }, { TOK_STRING, 3, 8 } };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        CHECK(lexer_next(&lx, &t) == 0, "lex error at token %zu", i);
        CHECK((int)t.kind == want[i][0] && t.line == want[i][1] && t.col == want[i][2],
              "token %zu: kind %d line %d col %d, want %d %d %d", i, t.kind, t.line, t.col, want[i][0],
              want[i][1], want[i][2]);
    }
    CHECK(t.len == 3 && memcmp(t.start, "'a'", 3) == 0, "string token text");
}

static void test_literals(void)
{
    LexStr s;
    const char *err = NULL;
    CHECK(lexer_decode_string("'a\\tb\\x41\\u00e9\\n'", 18, &s, &err) == 0, "decode");
    CHECK(s.n == 7 && memcmp(s.data, "a\tbA\xc3\xa9\n", 7) == 0, "escapes decoded (%zu bytes)", s.n);
    free(s.data);
    CHECK(lexer_decode_string("r'a\\n'", 6, &s, &err) == 0 && s.n == 3 && memcmp(s.data, "a\\n", 3) == 0,
          "raw string keeps backslashes");
    free(s.data);
    CHECK(lexer_decode_string("b'\\xff\\u0041'", 13, &s, &err) == 0 && s.is_bytes && s.n == 7 &&
          (unsigned char)s.data[0] == 0xff && memcmp(s.data + 1, "\\u0041", 6) == 0,
          "bytes: \\x decoded, \\u kept");
    free(s.data);
    CHECK(lexer_decode_string("'''x\ny'''", 9, &s, &err) == 0 && s.n == 3 && memcmp(s.data, "x\ny", 3) == 0,
          "triple-quoted body");
    free(s.data);
    CHECK(lexer_decode_string("'\\x4'", 5, &s, &err) < 0 && strstr(err, "truncated \\xXX"), "bad \\x rejected");
    CHECK(lexer_decode_string("f'{x}'", 6, &s, &err) == 0 && s.is_fmt && s.body_len == 3, "f-string body");
    CHECK(lexer_decode_string("'\\ud800'", 8, &s, &err) < 0 && strstr(err, "surrogate"), "lone surrogate rejected");
    CHECK(lexer_decode_string("'\\U0001F600'", 12, &s, &err) == 0 && s.n == 4, "astral escape is 4 UTF-8 bytes");
    free(s.data);
}

int main(void)
{
    expect_tokens("x = 1\n", "N = 1 L E");
    expect_tokens("x = 1", "N = 1 L E");
    expect_tokens("if x:\n    y\n    z\nw\n", "N N : L > N L N L < N L E");
    expect_tokens("if x:\n  if y:\n    z\n", "N N : L > N N : L > N L < < E");
    expect_tokens("# only a comment\n\n   \nx\n", "N L E");
    expect_tokens("if x:\n    y\n\n    # c\n    z\n", "N N : L > N L N L < E");
    expect_tokens("f(a,\n  b)\n", "N ( N , N ) L E");
    expect_tokens("x = 1 + \\\n    2\n", "N = 1 + 1 L E");
    expect_tokens("a **= b // c >> d != e\n", "N **= N // N >> N != N L E");
    expect_tokens("x[1:2, ...] -> y\n", "N [ 1 : 1 , ... ] -> N L E");
    expect_tokens("1_000 0x_ff 0o17 0b101 1e3 .5 1_000.5 3.\n", "1 1 1 1 1 1 1 1 L E");
    expect_tokens("b'x' rb'y' BR\"z\" f'{a}' u'w' \"\"\"t\nu\"\"\"\n", "S S S S S S L E");
    expect_tokens("x = 'abc\n", "N = ERR(EOL while scanning string literal@1:8)");
    expect_tokens("x = '''abc\n", "N = ERR(EOF while scanning triple-quoted string literal@1:5)");
    expect_tokens("if x:\n    a\n  b\n", "N N : L > N L ERR(unindent does not match any outer indentation level@3:3)");
    expect_tokens("if x:\n\tpass\n        pass\n", "N N : L > N L ERR(inconsistent use of tabs and spaces in indentation@3:12)");
    expect_tokens("x = 1 \\ 2\n", "N = 1 ERR(unexpected character after line continuation character@1:8)");
    expect_tokens("x = 012\n", "N = ERR(leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers@1:5)");
    expect_tokens("x = 1__0\n", "N = ERR(invalid token@1:6)");
    expect_tokens("caf\xc3\xa9 = \xce\xbb\n", "N = N L E");
    expect_tokens("x = \xe2\x80\x9chi\xe2\x80\x9d\n", "N = ERR(invalid character in identifier@1:5)");
    expect_tokens("a\xc2\xa0= 1\n", "ERR(invalid character in identifier@1:1)");
    expect_tokens("x = )\n", "N = ERR(unmatched ')'@1:5)");
    expect_tokens("f(a]\n", "N ( N ERR(closing parenthesis ']' does not match opening parenthesis '('@1:4)");
    expect_tokens("f(a,\n b}\n", "N ( N , N ERR(closing parenthesis '}' does not match opening parenthesis '(' on line 1@2:3)");
    char deep[300];
    memset(deep, '(', 250);
    deep[250] = 0;
    expect_tokens(deep, "( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( "
                        "( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( "
                        "( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( "
                        "( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( "
                        "( ( ( ( ( ( ( ( ERR(too many nested parentheses@1:201)");
    test_positions();
    test_literals();
    /* arbitrary bytes never crash or loop */
    unsigned seed = 12345;
    for (int round = 0; round < 2000; round++) {
        char buf[64];
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            static const char alphabet[] = "x1 (\n\t'\"\\#:=.e_{}f\xc3";
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        Lexer lx;
        Token t;
        lexer_init(&lx, buf, sizeof buf);
        int n = 0;
        while (lexer_next(&lx, &t) == 0 && t.kind != TOK_ENDMARKER && n < 1000) n++;
        CHECK(n < 1000, "lexer did not terminate on random input");
    }
    return check_done("test_lexer");
}
