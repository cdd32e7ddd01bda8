"""A lexer for shell-like syntax: split, quote, join and the shlex class.

The shlex class reads one character at a time and keeps its place in
'state': ' ' between tokens, 'a' inside a word, 'c' inside a run of
punctuation, a quote character inside that quote, an escape character just
after it (the state to return to is 'escapedstate'), None past the end.
In posix mode quotes and escapes are removed from the token and a token
may be empty if it was quoted; otherwise quotes stay and end the token.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS
        if posix:
            self.wordchars += _LATIN1_WORDCHARS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past the end of a punctuation run, read again.
            self._pushback_chars = deque()
            # Shell words may hold these once they are not punctuation.
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?='
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        # Every test of nextchar against a set of characters comes after the
        # end-of-input test: '' is in every string.
        self._quoted = False
        self._escapedstate = ' '
        while True:
            nextchar = self._next_char()
            if nextchar == '\n':
                self.lineno += 1
            if self.state is None:
                self.token = ''
                break
            if self.state == ' ':
                done = self._between_tokens(nextchar)
            elif self.state in self.quotes:
                done = self._in_quotes(nextchar)
            elif self.state in self.escape:
                done = self._after_escape(nextchar)
            else:
                done = self._in_word(nextchar)
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        return result

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, nextchar):
        """Handle nextchar in state ' '; true when a token is complete."""
        if not nextchar:
            self.state = None
            return True
        if nextchar in self.whitespace:
            return self._have_token()
        if nextchar in self.commenters:
            self._skip_comment()
        elif self.posix and nextchar in self.escape:
            self._escapedstate = 'a'
            self.state = nextchar
        elif nextchar in self.wordchars:
            self.token = nextchar
            self.state = 'a'
        elif nextchar in self._punctuation_chars:
            self.token = nextchar
            self.state = 'c'
        elif nextchar in self.quotes:
            if not self.posix:
                self.token = nextchar
            self.state = nextchar
        elif self.whitespace_split:
            self.token = nextchar
            self.state = 'a'
        else:
            # Any other character is a token by itself.
            self.token = nextchar
            return self._have_token()
        return False

    def _in_quotes(self, nextchar):
        self._quoted = True
        if not nextchar:
            raise ValueError("No closing quotation")
        if nextchar == self.state:
            if not self.posix:
                self.token += nextchar
                self.state = ' '
                return True
            self.state = 'a'
        elif (self.posix and nextchar in self.escape
              and self.state in self.escapedquotes):
            self._escapedstate = self.state
            self.state = nextchar
        else:
            self.token += nextchar
        return False

    def _after_escape(self, nextchar):
        if not nextchar:
            raise ValueError("No escaped character")
        # Inside quotes a posix shell escapes only the quote and the escape
        # character; before anything else the backslash stays.
        if (self._escapedstate in self.quotes and nextchar != self.state
                and nextchar != self._escapedstate):
            self.token += self.state
        self.token += nextchar
        self.state = self._escapedstate
        return False

    def _in_word(self, nextchar):
        """Handle nextchar in state 'a' (a word) or 'c' (punctuation)."""
        if not nextchar:
            self.state = None
            return True
        if nextchar in self.whitespace:
            self.state = ' '
            return self._have_token()
        if nextchar in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._have_token()
        elif self.state == 'c':
            if nextchar in self._punctuation_chars:
                self.token += nextchar
            else:
                if nextchar not in self.whitespace:
                    self._pushback_chars.append(nextchar)
                self.state = ' '
                return True
        elif self.posix and nextchar in self.quotes:
            self.state = nextchar
        elif self.posix and nextchar in self.escape:
            self._escapedstate = 'a'
            self.state = nextchar
        elif (nextchar in self.wordchars or nextchar in self.quotes
              or (self.whitespace_split
                  and nextchar not in self._punctuation_chars)):
            self.token += nextchar
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(nextchar)
            else:
                self.pushback.appendleft(nextchar)
            self.state = ' '
            return self._have_token()
        return False

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    # Single quotes keep everything literal; a single quote itself is
    # closed, written inside double quotes, and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"
