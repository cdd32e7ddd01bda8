"""html for gilvm: escape() for text put into an HTML page, and unescape()
for text read from one (named references: only those html.entities.html5
holds, see there; numeric ones: all, as HTML 5 reads them)."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, if quote, both quote marks) replaced by
    character references, safe inside HTML text and attribute values."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# What HTML 5 makes of the numeric references to C1 controls: the
# windows-1252 character of that byte (five bytes it leaves undefined stay).
_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
       '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')

_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _dropped(cp):
    """Code points HTML 5 drops from a numeric reference: controls other
    than whitespace, and the noncharacters."""
    return (0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f
            or 0xfdd0 <= cp <= 0xfdef or (cp & 0xfffe) == 0xfffe)


def _numeric(digits):
    cp = int(digits[1:], 16) if digits[:1] in 'xX' else int(digits)
    if cp == 0 or 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
        return '\ufffd'
    if 0x80 <= cp <= 0x9f:
        return _C1[cp - 0x80]
    if cp == 0xd:
        return '\r'
    return '' if _dropped(cp) else chr(cp)


def _named(name):
    from html.entities import html5
    if name in html5:
        return html5[name]
    # The longest known name the text starts with (HTML 5 accepts some
    # names without their ';', followed by anything).
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in html5:
            return html5[name[:end]] + name[end:]
    return '&' + name


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref[1:].rstrip(';'))
    return _named(ref)


def unescape(s):
    """s with its named and numeric character references (&gt;, &#62;,
    &#x3e;) replaced by the characters they stand for, as HTML 5 reads
    them."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
