"""tokenize for gilvm: Python source to tokens as CPython 3.8's tokenize module.

tokenize(readline) reads bytes (an ENCODING token first), generate_tokens
(readline) reads str; both yield TokenInfo tuples, comments and blank
lines (COMMENT, NL) included, and untokenize turns tokens back into text.
The tokenizer works a physical line at a time with one regular expression
for "blanks, then the next token", keeping the state 3.8 keeps between
lines: bracket depth, a pending backslash continuation, an unfinished
string and the indentation stack.
"""
import collections
import itertools
import re
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo']

tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    __slots__ = ()

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % (
            kind, self.string, self.start, self.end, self.line)

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the token patterns ---------------------------------------------------

def _any_of(*alternatives):
    return '(?:' + '|'.join(alternatives) + ')'


def _string_prefixes():
    """'' and every spelling of b, r, u, f, br, fr: any order, any case."""
    found = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(letters):
            for cases in itertools.product(*[(c, c.upper()) for c in order]):
                found.add(''.join(cases))
    return found


_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_FLOAT = _any_of(_any_of(_DIGITS + r'\.(?:' + _DIGITS + r')?', r'\.' + _DIGITS) + '(?:' + _EXPONENT + ')?',
                 _DIGITS + _EXPONENT)
_NUMBER = _any_of(_any_of(_DIGITS + '[jJ]', _FLOAT + '[jJ]'), _FLOAT,
                  r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+', r'0[oO](?:_?[0-7])+',
                  r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
_PREFIXES = _string_prefixes()
_PREFIX = _any_of(*sorted(map(re.escape, _PREFIXES), key=len, reverse=True))
# the rest of a triple-quoted string, from just after its opening quotes
_TRIPLE_REST = {q: r'[^%s\\]*(?:(?:\\.|%s(?!%s))[^%s\\]*)*%s' % (q[0], q[0], q[:2], q[0], q)
                for q in ("'''", '"""')}
# the rest of a one-line string, from just after its opening quote
_SINGLE_REST = {q: r'[^\n%s\\]*(?:\\.[^\n%s\\]*)*%s' % (q, q, q) for q in ("'", '"')}
# a one-line string that is closed, or continued with a backslash at the end of the line
_ONE_LINE = _any_of(*[_PREFIX + q + r'[^\n%s\\]*(?:\\.[^\n%s\\]*)*(?:%s|\\\r?\n)' % (q, q, q) for q in "'\""])
_OPERATOR = _any_of(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
# blanks, then one token (group 1): empty at the end of the line or before a backslash-newline
_NEXT = re.compile(r'[ \f\t]*(' + _any_of(r'\\\r?\n|\Z', r'#[^\r\n]*', _PREFIX + "'''", _PREFIX + '"""',
                                          _NUMBER, _OPERATOR, r'\r?\n', _ONE_LINE, r'\w+') + ')')
_ENDS = {}
for _prefix in _PREFIXES:
    for _quote in ("'''", '"""', "'", '"'):
        _ENDS[_prefix + _quote] = re.compile((_TRIPLE_REST if len(_quote) == 3 else _SINGLE_REST)[_quote])
del _prefix, _quote


def _string_end(text):
    """The pattern for the rest of the string text starts: prefix, then one or three quotes."""
    quotes = text.lstrip('bBrRuUfF')
    prefix = text[:len(text) - len(quotes)]
    return _ENDS[prefix + (quotes[:3] if quotes[:3] in ("'''", '"""') else quotes[0])]


# ---- the tokenizer --------------------------------------------------------

class _Tokenizer:
    def __init__(self, readline):
        self.readline = readline
        self.lnum = 0
        self.depth = 0            # open brackets
        self.continued = False    # the last line ended in a backslash
        self.indents = [0]
        self.string = None        # an unfinished string: [text, start, lines, end pattern, one-line?]

    def next_line(self):
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        self.lnum += 1
        return line

    def tokens(self):
        last = line = ''
        while True:
            last, line = line, self.next_line()
            pos = 0
            if self.string:
                pos = yield from self.finish_string(line)
                if pos is None:
                    continue
            elif self.depth == 0 and not self.continued:
                if not line:
                    break
                pos = yield from self.line_start(line)
                if pos is None:
                    continue
                if pos < 0:     # blanks without a newline: the end, as 3.8 (no NEWLINE for them)
                    break
            else:
                if not line:
                    raise TokenError('EOF in multi-line statement', (self.lnum, 0))
                self.continued = False
            yield from self.line_tokens(line, pos)
        if last and last[-1] not in '\r\n' and not last.strip().startswith('#'):
            yield TokenInfo(NEWLINE, '', (self.lnum - 1, len(last)), (self.lnum - 1, len(last) + 1), '')
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', (self.lnum, 0), (self.lnum, 0), '')
        yield TokenInfo(ENDMARKER, '', (self.lnum, 0), (self.lnum, 0), '')

    def finish_string(self, line):
        """The line's part of an unfinished string; where tokens resume, or None."""
        text, start, lines, end, one_line = self.string
        if not line:
            raise TokenError('EOF in multi-line string', start)
        m = end.match(line)
        if m:
            self.string = None
            yield TokenInfo(STRING, text + line[:m.end()], start, (self.lnum, m.end()), lines + line)
            return m.end()
        if one_line and not line.endswith(('\\\n', '\\\r\n')):
            self.string = None
            yield TokenInfo(ERRORTOKEN, text + line, start, (self.lnum, len(line)), lines)
            return None
        self.string = [text + line, start, lines + line, end, one_line]
        return None

    def line_start(self, line):
        """Indentation at the start of a logical line: where its tokens start, None
        for a comment or blank line, -1 for blanks that end the input."""
        column = pos = 0
        while pos < len(line) and line[pos] in ' \t\f':
            column = {' ': column + 1, '\t': (column // tabsize + 1) * tabsize, '\f': 0}[line[pos]]
            pos += 1
        if pos == len(line):
            return -1
        if line[pos] in '#\r\n':    # a comment or blank line: no indentation
            if line[pos] == '#':
                comment = line[pos:].rstrip('\r\n')
                yield TokenInfo(COMMENT, comment, (self.lnum, pos), (self.lnum, pos + len(comment)), line)
                pos += len(comment)
            yield TokenInfo(NL, line[pos:], (self.lnum, pos), (self.lnum, len(line)), line)
            return None
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (self.lnum, 0), (self.lnum, pos), line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError('unindent does not match any outer indentation level',
                                       ('<tokenize>', self.lnum, pos, line))
            self.indents.pop()
            yield TokenInfo(DEDENT, '', (self.lnum, pos), (self.lnum, pos), line)
        return pos

    def line_tokens(self, line, pos):
        lnum = self.lnum
        while pos < len(line):
            m = _NEXT.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, pos = m.span(1)
            if start == pos:
                continue
            text, first = m.group(1), line[start]
            where = (lnum, start), (lnum, pos)
            if first in '0123456789' or (first == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, *where, line)
            elif first in '\r\n':
                yield TokenInfo(NL if self.depth else NEWLINE, text, *where, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, *where, line)
            elif text.endswith(("'''", '"""')) and text.lstrip('bBrRuUfF') in ("'''", '"""'):
                end = _string_end(text).match(line, pos)
                if not end:
                    self.string = [line[start:], (lnum, start), line, _string_end(text), False]
                    return
                pos = end.end()
                yield TokenInfo(STRING, line[start:pos], (lnum, start), (lnum, pos), line)
            elif text.lstrip('bBrRuUfF')[:1] in ('"', "'"):
                if text.endswith('\n'):     # continued on the next line by a backslash
                    self.string = [line[start:], (lnum, start), line, _string_end(text), True]
                    return
                yield TokenInfo(STRING, text, *where, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, *where, line)
            elif first == '\\':
                self.continued = True
            else:
                if first in '([{':
                    self.depth += 1
                elif first in ')]}':
                    self.depth -= 1
                yield TokenInfo(OP, text, *where, line)


def _tokens(readline, encoding):
    if encoding is not None:
        name = 'utf-8' if encoding == 'utf-8-sig' else encoding   # the BOM is gone already
        yield TokenInfo(ENCODING, name, (0, 0), (0, 0), '')
        raw = readline

        def readline():
            return raw().decode(name)
    yield from _Tokenizer(readline).tokens()


def generate_tokens(readline):
    """The tokens of the str lines readline() returns ('' or StopIteration ends them)."""
    return _tokens(readline, None)


def tokenize(readline):
    """The tokens of the bytes lines readline() returns, after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b''), itertools.repeat(b''))
    return _tokens(lines.__next__, encoding)


# ---- encodings ------------------------------------------------------------

_CODING = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


def _normal_encoding(name):
    """utf-8 and latin-1 under their canonical names, as the C tokenizer does."""
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    latin = ('latin-1', 'iso-8859-1', 'iso-latin-1')
    if short in latin or short.startswith(tuple(n + '-' for n in latin)):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """(encoding, the lines read to find it): a BOM or a coding cookie in
    the first two lines, else utf-8."""
    owner = getattr(readline, '__self__', None)
    filename = getattr(owner, 'name', None)
    where = '' if filename is None else ' for %r' % (filename,)

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line, bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration' + where) from None
        m = _CODING.match(text)
        if not m:
            return None
        encoding = _normal_encoding(m.group(1))
        try:
            lookup(encoding)
        except LookupError:
            raise SyntaxError('unknown encoding%s: %s' % (where, encoding)) from None
        if bom:
            if encoding != 'utf-8':
                raise SyntaxError('encoding problem%s: utf-8' % where)
            encoding += '-sig'
        return encoding

    first = read()
    bom = first.startswith(BOM_UTF8)
    default = 'utf-8-sig' if bom else 'utf-8'
    if bom:
        first = first[3:]
    if not first:
        return default, []
    found = cookie(first, bom)
    if found:
        return found, [first]
    if not _BLANK.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    return cookie(second, bom) or default, [first, second]


def open(filename):
    """filename opened for reading as text in the encoding detect_encoding finds."""
    import builtins
    raw = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        raw.close()
        raise


# ---- back to text ---------------------------------------------------------

class _Untokenizer:
    def __init__(self):
        self.parts = []
        self.row, self.col = 1, 0
        self.encoding = None
        self.indents = []
        self.at_line_start = False

    def space_to(self, start):
        row, col = start
        if row < self.row or (row == self.row and col < self.col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(row, col, self.row, self.col))
        if row > self.row:
            self.parts.append('\\\n' * (row - self.row))
            self.col = 0
        if col > self.col:
            self.parts.append(' ' * (col - self.col))

    def positioned(self, tokens):
        """Full tokens: the text laid out at their positions; a 2-tuple among
        them turns the rest to compat()."""
        tokens = iter(tokens)
        for tok in tokens:
            if len(tok) == 2:
                self.compat(itertools.chain([tok], tokens))
                break
            kind, text, start, end, _ = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                self.indents.append(text)
                continue
            if kind == DEDENT:
                self.indents.pop()
                self.row, self.col = end
                continue
            if kind in (NEWLINE, NL):
                self.at_line_start = True
            elif self.at_line_start and self.indents:
                if start[1] >= len(self.indents[-1]):
                    self.parts.append(self.indents[-1])
                    self.col = len(self.indents[-1])
                self.at_line_start = False
            self.space_to(start)
            self.parts.append(text)
            self.row, self.col = end
            if kind in (NEWLINE, NL):
                self.row += 1
                self.col = 0
        return ''.join(self.parts)

    def compat(self, tokens):
        """(type, string) pairs: text that tokenizes the same, spacing aside."""
        after_string = False
        for tok in tokens:
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                self.indents.append(text)
                continue
            if kind == DEDENT:
                self.indents.pop()
                continue
            if kind in (NEWLINE, NL):
                self.at_line_start = True
            elif self.at_line_start and self.indents:
                self.parts.append(self.indents[-1])
                self.at_line_start = False
            self.parts.append(text)


def untokenize(iterable):
    """Source text from tokens: str, or bytes in its encoding when the
    tokens begin with ENCODING."""
    u = _Untokenizer()
    text = u.positioned(iterable)
    return text.encode(u.encoding) if u.encoding is not None else text


def _fail(message, filename=None, location=None):
    """Report as CPython's `-m tokenize` does and exit 1."""
    import sys
    if location:
        message = '%s:%d:%d: error: %s' % ((filename,) + tuple(location) + (message,))
    elif filename:
        message = '%s: error: %s' % (filename, message)
    else:
        message = 'error: %s' % message
    sys.stderr.write(message + '\n')
    sys.exit(1)


def _print_tokens(tokens, exact):
    for tok in tokens:
        kind = tok.exact_type if exact else tok.type
        where = '%d,%d-%d,%d:' % (tok.start + tok.end)
        print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))


def main():
    """`gilvm -m tokenize [-e] [filename.py]`: one line per token (stdin by default)."""
    import argparse
    import builtins
    import sys
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    filename = args.filename or '<stdin>'
    try:
        if args.filename:
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = generate_tokens(sys.stdin.readline)
        _print_tokens(tokens, args.exact)
    except IndentationError as err:
        _fail(err.args[0], filename, err.args[1][1:3])
    except TokenError as err:
        _fail(err.args[0], filename, err.args[1])
    except SyntaxError as err:
        _fail(err, filename)
    except OSError as err:
        _fail(err)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    main()
