"""textwrap for gilvm: CPython's text filling and wrapping.

Text is cut into chunks (runs of whitespace, words, the pieces of a
hyphenated word, em-dashes) and the chunks are laid greedily onto lines
of at most `width` characters.  A word longer than a line is broken
where it must be, unless break_long_words is off."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap folds: not str.isspace()'s wider set.
_WS = '\t\n\x0b\x0c\r '
_WS_CLASS = '[\\t\\n\\x0b\\x0c\\r ]'
_NOT_WS = '[^\\t\\n\\x0b\\x0c\\r ]'
_LETTER = '[^\\d\\W]'
_PUNCT = '[\\w!"\'&.,?]'   # what may stand before an em-dash

# A word ends at whitespace or the end of text; it may also end after a
# hyphen that has two letters (or letter-hyphen-letter) before it and a
# letter (and another, maybe across one more hyphen) after it; or just
# before an em-dash ("--" or longer, between word characters).
_WORD_END = '(?:' + '|'.join([
    '-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))'
    '(?=' + _LETTER + '-?' + _LETTER + ')',
    '(?=' + _WS_CLASS + '|\\Z)',
    '(?<=' + _PUNCT + ')(?=-{2,}\\w)',
]) + ')'
_CHUNK_HYPHENS = re.compile('(' + '|'.join([
    _WS_CLASS + '+',
    '(?<=' + _PUNCT + ')-{2,}(?=\\w)',
    _NOT_WS + '+?' + _WORD_END,
]) + ')')
_CHUNK_SIMPLE = re.compile('(' + _WS_CLASS + '+)')
_SENTENCE_END = re.compile('[a-z][.!?]["\']?\\Z')


_WS_TO_SPACE = {ord(c): ' ' for c in _WS}


class TextWrapper:
    """Wraps and fills paragraphs; the keyword arguments are attributes."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- cutting text into chunks

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_WS_TO_SPACE)
        return text

    def _split(self, text):
        pattern = _CHUNK_HYPHENS if self.break_on_hyphens else _CHUNK_SIMPLE
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end (a lower-case letter, then
        . ! or ?, maybe a closing quote)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- laying chunks onto lines

    def _handle_long_word(self, chunks, line, line_len, width):
        """chunks is reversed; its last item does not fit on any line."""
        space_left = 1 if width < 1 else width - line_len
        if self.break_long_words:
            word = chunks[-1]
            line.append(word[:space_left])
            chunks[-1] = word[space_left:]
        elif not line:
            line.append(chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]
        while chunks:
            line = []
            line_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            while chunks:
                n = len(chunks[-1])
                if line_len + n > width:
                    break
                line.append(chunks.pop())
                line_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._line_fits_limit(lines, chunks, line_len, width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, line_len, width, indent)
            break
        return lines

    def _line_fits_limit(self, lines, chunks, line_len, width):
        """True while max_lines does not cut the text at this line."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                    and not chunks[0].strip())
        return rest_blank and line_len <= width

    def _end_with_placeholder(self, lines, line, line_len, width, indent):
        """The last line allowed: as much of it as fits before the placeholder."""
        while line:
            if line[-1].strip() and line_len + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + ''.join(line))
                return
            line_len -= len(line[-1])
            line.pop()
        if lines:
            last = lines[-1].rstrip()
            if len(last) + len(self.placeholder) <= self.width:
                lines[-1] = last + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -- the public face

    def wrap(self, text):
        """The lines of text, each at most width long, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap()'s lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Whitespace collapsed, then cut to one line ending in the placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _margin(line):
    """The leading spaces and tabs of line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Removes the leading whitespace every non-blank line shares; blank
    lines become empty."""
    lines = text.split('\n')
    lines = ['' if not line.strip(' \t') else line for line in lines]
    common = None
    for line in lines:
        if not line:
            continue
        margin = _margin(line)
        if common is None:
            common = margin
            continue
        i = 0
        while i < len(common) and i < len(margin) and common[i] == margin[i]:
            i += 1
        common = common[:i]
    if common:
        lines = [line[len(common):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """prefix put before each line predicate accepts (by default, the
    lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
