"""fnmatch for gilvm: shell wildcards (* ? [seq] [!seq]) matched through re.

A pattern becomes a regular expression once (translate) and is cached
compiled.  translate's text is python3.11's: each star but the last matches
lazily inside an atomic group, up to the fixed text after it, so a pattern
with many stars cannot make the matcher backtrack exponentially.
"""

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}
_CACHE_MAX = 32768


def _compile(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            # each byte as the character of that number (Latin-1), and back
            text = bytes(map(ord, translate(''.join(map(chr, pat)))))
        else:
            text = translate(pat)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        match = re.compile(text).match
        _cache[(type(pat), pat)] = match
    return match


def fnmatch(name, pat):
    """Does name match the wildcard pattern pat?  Case counts: POSIX's
    os.path.normcase changes nothing, so it is not called (gilvm's os.path
    takes no bytes)."""
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Does name match pat, case counting?"""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names that match pat, in their order."""
    match = _compile(pat)
    return [name for name in names if match(name)]


def _bracket(pat, i):
    """The character class opening at pat[i - 1] == '[': (regex, next index),
    or (None, i) when no ']' closes it, so the '[' is a plain character."""
    j = i
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1   # a ']' first in the set is a member, not its end
    j = pat.find(']', j)
    if j < 0:
        return None, i
    body = pat[i:j]
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    body = _class_ranges(body)
    body = re.sub(r'([&~|])', r'\\\1', body)   # re may one day read these as set operators
    if not body:
        return ('.' if negate else '(?!)'), j + 1   # [!] is any character; [] nothing
    if negate:
        body = '^' + body
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']', j + 1


def _class_ranges(body):
    """The class body with backslashes and stray hyphens escaped and empty
    ranges such as z-a dropped."""
    if '-' not in body:
        return body.replace('\\', r'\\')
    # Split at the hyphens that make ranges.  A hyphen first in the body, or
    # right after a range, is a member, so each search starts two past the
    # last range's hyphen.
    parts = []
    start, k = 0, 1
    while True:
        k = body.find('-', k)
        if k < 0:
            break
        parts.append(body[start:k])
        start, k = k + 1, k + 3
    if start < len(body):
        parts.append(body[start:])
    else:
        parts[-1] += '-'   # a hyphen last is a member
    for p in range(len(parts) - 1, 0, -1):
        if parts[p - 1][-1] > parts[p][0]:   # an empty range: drop it
            parts[p - 1] = parts[p - 1][:-1] + parts[p][1:]
            del parts[p]
    return '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in parts)


def _pieces(pat):
    """pat as a list of regex pieces, None standing for each run of stars."""
    pieces = []
    i = 0
    while i < len(pat):
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not None:
                pieces.append(None)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            cls, i = _bracket(pat, i)
            pieces.append('\\[' if cls is None else cls)
        else:
            pieces.append(re.escape(c))
    return pieces


def translate(pat):
    """The regular expression (text) that matches what pat matches."""
    pieces = _pieces(pat)
    out = []
    i = 0
    while i < len(pieces) and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < len(pieces):
        i += 1   # the star
        fixed = []
        while i < len(pieces) and pieces[i] is not None:
            fixed.append(pieces[i])
            i += 1
        if i < len(pieces):
            out.append('(?>.*?' + ''.join(fixed) + ')')
        else:
            out.append('.*' + ''.join(fixed))
    return '(?s:' + ''.join(out) + ')\\Z'
