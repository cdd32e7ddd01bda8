# tokenize: tokens of str and bytes sources, token names, exact types,
# untokenize in both modes, errors (printed by name: 3.8 and 3.11 number
# the tokens after TYPE_COMMENT differently).
import io
import token
import tokenize


def show(source):
    print('--', repr(source))
    for t in tokenize.generate_tokens(io.StringIO(source).readline):
        print('  %-10s %-12s %-18r %s %s %r' % (token.tok_name[t.type], token.tok_name[t.exact_type],
                                                 t.string, t.start, t.end, t.line))


show('x = 1\n')
show('def f(a, *b, **c) -> int:\n    """doc"""\n    return a[0] + b @ c  # note\n\n# comment\n')
show('if x:\n\tif y:\n\t\tpass\nz = (1,\n     2)\n')
show('s = rb"raw" + F"{x!r}" + u\'u\' + """multi\nline""" + \'cont\\\nued\'\n')
show('n = 0xFF + 0o17 + 0b1_0 + 1_000.5e-3 + 3j + .5 + 1. + 1e10\n')
show('a <<= b >>= c **= d //= e; f := g; h -> i; j != k; l ... m\n')
show('no_newline_at_end')
show('x = 1  \\\n  + 2\n')
show('  \n\n')
show('λ = "unicode"  # ü\n')
show('x = $ ? !\n')
show('x = \'unterminated\ny = 2\n')
show('class C:\n    pass\n  # dedented comment\n')

# bytes: an ENCODING token first, decoded by the cookie
source = '# -*- coding: latin-1 -*-\ns = "\xe9"\n'.encode('latin-1')
toks = list(tokenize.tokenize(io.BytesIO(source).readline))
print([(token.tok_name[t.type], t.string) for t in toks])
print(tokenize.untokenize(toks) == source)
print(tokenize.detect_encoding(io.BytesIO(source).readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# vim: set fileencoding=utf_8 :\nx\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'x = 1\n# coding: latin-1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
for bad in [b'# coding: no-such-codec\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe = 1\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)

# untokenize: exact with positions, and the (type, string) mode
text = 'def g(x):\n    return  x*2   # twice\n\nprint( g(3) )\n'
full = list(tokenize.generate_tokens(io.StringIO(text).readline))
print(tokenize.untokenize(full) == text)
pairs = tokenize.untokenize([t[:2] for t in full])
print(repr(pairs))
again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(pairs).readline)]
print([(token.tok_name[k], v) for k, v in again][:8])
print(repr(tokenize.untokenize([(tokenize.NAME, 'a'), (tokenize.OP, '='), (tokenize.STRING, "'x'"),
                                (tokenize.STRING, "'y'"), (tokenize.NEWLINE, '\n')])))
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), ''), (tokenize.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)

# tokenize.open reads a file in the encoding its cookie names
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'mod.py')
    with open(path, 'wb') as f:
        f.write(source)
    with tokenize.open(path) as f:
        print(f.encoding, f.mode, repr(f.read()))

# errors
for src in ['x = (1,\n', 'x = """never\nclosed\n', 'if x:\n    a\n  b\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.msg, e.lineno)

info = next(tokenize.generate_tokens(io.StringIO('(').readline))
print(repr(info).replace(str(info.type), 'N'), info.exact_type == token.LPAR, info._fields)
print(token.tok_name[token.COLONEQUAL], token.ISEOF(token.ENDMARKER), token.ISTERMINAL(token.NAME),
      token.ISNONTERMINAL(256), token.EXACT_TOKEN_TYPES['**='] == token.DOUBLESTAREQUAL)
print(sorted(set(token.EXACT_TOKEN_TYPES) - {'!'}) == sorted(
    t for t in token.EXACT_TOKEN_TYPES if t != '!'), len([t for t in token.EXACT_TOKEN_TYPES if t != '!']))
