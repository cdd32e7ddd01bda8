"""html.parser for gilvm: HTMLParser, a tolerant HTML tokenizer that calls
a handle_* method for each tag, text run, comment, declaration and
processing instruction, as python3's does.

Input may arrive in pieces (feed); a construct cut off at the end of a
piece waits for the next one, and close() flushes what is left.  With
convert_charrefs (the default) character references in text are replaced
(html.unescape) and text is handed on whole; without it they go to
handle_entityref/handle_charref.  The contents of <script> and <style>
are text up to their end tag.  A marked section (<![CDATA[...]]>) goes
to unknown_decl whole, up to ']]>', where python3 raises AssertionError
for some malformed ones."""

import re

from html import unescape

__all__ = ['HTMLParser']

_WHITESPACE = ' \t\n\r\f'
# Characters that end a start tag's name (HTML 5's tag name state).
_NAME_END = '\t\n\r\f />\x00'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

_ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHARREF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_PARTIAL_REF = re.compile(r'&[a-zA-Z#]')
_REF_ENDED = re.compile(r'[\s;]')
_COMMENT_END = re.compile(r'--\s*>')
_ENDTAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_TEXT_SPECIAL = re.compile('[&<]')
# A text run's last '&' this close to the end may start a reference that
# the next piece completes (the longest names are 32 characters).
_REF_REACH = 34


class _Incomplete(Exception):
    """A start tag runs past the end of the input seen so far."""


class HTMLParser:
    """Subclass it and override the handle_* methods; feed() it text."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all input and state."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._cdata_end = None
        self._starttag_text = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Parse as much of data (and what was held back) as is complete."""
        self.rawdata = self.rawdata + data
        self._parse(False)

    def close(self):
        """Parse everything left, complete or not."""
        self._parse(True)

    def getpos(self):
        """(line, column) of the start of what is being handled."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._cdata_end = None

    # The handlers: subclasses override them.
    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def handle_entityref(self, name):
        pass

    def handle_charref(self, name):
        pass

    def unknown_decl(self, data):
        pass

    # ---- the tokenizer

    def _advance(self, i, j):
        """Move the position from i to j, counting lines; returns j."""
        if i >= j:
            return j
        lines = self.rawdata.count('\n', i, j)
        if lines:
            self.lineno += lines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        """Hand text on, references replaced when so configured."""
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _text_end(self, i, end):
        """Where the text starting at i ends, or -1 to wait for more."""
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find('<', i)
            if j >= 0:
                return j
            amp = raw.rfind('&', max(i, len(raw) - _REF_REACH))
            if amp >= 0 and not _REF_ENDED.search(raw, amp) and not end:
                return -1
            return len(raw)
        found = (self._cdata_end or _TEXT_SPECIAL).search(raw, i)
        if found:
            return found.start()
        return -1 if self.cdata_elem else len(raw)

    def _parse(self, end):
        raw = self.rawdata
        i, n = 0, len(raw)
        while i < n:
            j = self._text_end(i, end)
            if j < 0:
                break
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._unfinished_markup_end(i)
                    self._text(raw[i:k])
                i = self._advance(i, k)
            else:
                k = self._reference(i, n, end)
                if k is None:
                    break
                i = self._advance(i, k)
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    def _unfinished_markup_end(self, i):
        """At close: how much of a markup construct that never ended is
        handed on as text."""
        raw = self.rawdata
        k = raw.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = raw.find('<', i + 1)
        return k if k >= 0 else i + 1

    def _markup(self, i, n):
        """Handle the construct at raw[i] == '<': its end, -1 when it is
        cut off, None when a lone '<' ends the input."""
        raw = self.rawdata
        nxt = raw[i + 1:i + 2]
        if nxt and nxt in _LETTERS:
            return self._starttag(i)
        if nxt == '/':
            return self._endtag(i)
        if raw.startswith('<!--', i):
            return self._comment(i)
        if nxt == '?':
            return self._pi(i)
        if nxt == '!':
            return self._declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def _reference(self, i, n, end):
        """Handle the '&' at i (references not converted): the position
        after it, or None to wait for more input."""
        raw = self.rawdata
        if raw.startswith('&#', i):
            m = _CHARREF.match(raw, i)
            if m:
                self.handle_charref(m.group()[2:-1])
                return m.end() if raw[m.end() - 1] == ';' else m.end() - 1
            if ';' in raw[i:]:
                self.handle_data(raw[i:i + 2])
                return i + 2
            return None
        m = _ENTITYREF.match(raw, i)
        if m:
            self.handle_entityref(m.group(1))
            return m.end() if raw[m.end() - 1] == ';' else m.end() - 1
        m = _PARTIAL_REF.match(raw, i)
        if m:
            # At close, a cut-off reference is text: step past its '&'.
            return i + 1 if end and m.group() == raw[i:] else None
        if i + 1 < n:
            self.handle_data('&')
            return i + 1
        return None

    # ---- start tags

    def _starttag(self, i):
        raw = self.rawdata
        self._starttag_text = None
        try:
            tag_end, name_end, attrs, closed = self._scan_starttag(i)
        except _Incomplete:
            return -1
        self._starttag_text = raw[i:tag_end]
        tag = raw[i + 1:name_end].lower()
        self.lasttag = tag
        if closed is None:
            self.handle_data(raw[i:tag_end])
        elif closed:
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return tag_end

    def _scan_starttag(self, i):
        """(end, name's end, attributes, closed) of the start tag at i;
        closed is True for '/>', False for '>', None for junk that ends
        it early.  _Incomplete when the input ends inside it."""
        raw = self.rawdata
        n = len(raw)
        j = i + 1
        while j < n and raw[j] not in _NAME_END:
            j += 1
        name_end = j
        attrs = []
        while True:
            j = self._skip_separators(j)
            c = raw[j]
            if c == '>':
                return j + 1, name_end, attrs, False
            if c == '/':
                if raw[j + 1:j + 2] != '>':
                    raise _Incomplete
                return j + 2, name_end, attrs, True
            if raw[j - 1] not in _WHITESPACE + '/"\'':
                return j, name_end, attrs, None
            j = self._attribute(j, attrs)

    def _skip_separators(self, j):
        """Past whitespace and '/' not followed by '>'; _Incomplete at the end."""
        raw = self.rawdata
        n = len(raw)
        while j < n and (raw[j] in _WHITESPACE or (raw[j] == '/' and raw[j + 1:j + 2] not in ('>', ''))):
            j += 1
        if j >= n:
            raise _Incomplete
        return j

    def _attribute(self, j, attrs):
        """Read the attribute at j into attrs; returns its end."""
        raw = self.rawdata
        n = len(raw)
        start = j
        j += 1
        while j < n and raw[j] not in _WHITESPACE + '/=>':
            j += 1
        name = raw[start:j].lower()
        k = j
        while k < n and raw[k] in _WHITESPACE:
            k += 1
        if k >= n:
            raise _Incomplete
        if raw[k] != '=':
            attrs.append((name, None))
            return j
        while k < n and raw[k] == '=':
            k += 1
        while k < n and raw[k] in _WHITESPACE:
            k += 1
        if k >= n:
            raise _Incomplete
        if raw[k] in '"\'':
            close = raw.find(raw[k], k + 1)
            if close < 0:
                raise _Incomplete
            value, j = raw[k + 1:close], close + 1
        else:
            j = k
            while j < n and raw[j] not in _WHITESPACE + '>':
                j += 1
            value = raw[k:j]
        attrs.append((name, unescape(value) if value else value))
        return j

    # ---- the other constructs

    def _endtag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        m = _ENDTAG.match(raw, i)
        if m:
            tag = m.group(1).lower()
            if self.cdata_elem is not None and tag != self.cdata_elem:
                self.handle_data(raw[i:gt + 1])
                return gt + 1
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return m.end()
        if self.cdata_elem is not None:
            self.handle_data(raw[i:gt + 1])
            return gt + 1
        if raw[i + 2:i + 3] in ('', '>') or raw[i + 2] not in _LETTERS:
            return i + 3 if raw.startswith('</>', i) else self._bogus_comment(i)
        j = i + 3
        while raw[j] not in _NAME_END:
            j += 1
        self.handle_endtag(raw[i + 2:j].lower())
        return raw.find('>', j) + 1

    def _bogus_comment(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def _comment(self, i):
        m = _COMMENT_END.search(self.rawdata, i + 4)
        if not m:
            return -1
        self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def _pi(self, i):
        gt = self.rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:gt])
        return gt + 1

    def _declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<![', i):
            end = raw.find(']]>', i + 3)
            if end < 0:
                return -1
            self.unknown_decl(raw[i + 3:end])
            return end + 3
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self._bogus_comment(i)
