"""difflib for gilvm: CPython's helpers for comparing sequences.

SequenceMatcher finds the longest contiguous matching run of two
sequences of hashable items, then recurses on what lies left and right of
it (Ratcliff/Obershelp "gestalt pattern matching"), skipping junk items
and, for a second sequence of 200 or more, items so common they are
noise.  On top of it: ndiff() and Differ (line diffs with '?' guide lines
under edited lines), unified_diff() and context_diff() (patch formats),
diff_bytes(), restore() and get_close_matches().  The matches, opcodes,
ratios and diff lines are CPython 3.11's, item for item.

What differs from CPython:
  - no HtmlDiff (nor difflib's _mdiff helper behind it)
  - diff_bytes() passes the bytes through str as latin-1, not as ascii
    with 'surrogateescape' (gilvm's str holds no lone surrogates); the
    lines come out the same, but a dfunc of one's own that adds characters
    from U+0080 to U+00FF gets them encoded rather than UnicodeEncodeError
  - SequenceMatcher[...] (the 3.9 generic alias) is not supported"""

import re
from collections import namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    # two empty sequences are alike
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items.

    Attributes as CPython's: a, b, isjunk, autojunk; b2j (item of b ->
    its indices, junk and popular items left out), bjunk, bpopular."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        # b is the one indexed, so comparing many a's to one b is cheap;
        # the same object again keeps the cached results
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._chain_b()

    def _chain_b(self):
        """Index b: where each item occurs, minus junk (isjunk(item) true)
        and, with autojunk and len(b) >= 200, the popular items: those
        occurring more than 1% of the time (plus one)."""
        b2j = {}
        for j, item in enumerate(self.b):
            b2j.setdefault(item, []).append(j)
        self.bjunk = junk = set()
        if self.isjunk is not None:
            for item in list(b2j):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del b2j[item]
        self.bpopular = popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for item, where in list(b2j.items()):
                if len(where) > limit:
                    popular.add(item)
            for item in popular:
                del b2j[item]
        self.b2j = b2j

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Match(i, j, k): the longest a[i:i+k] == b[j:j+k] within
        a[alo:ahi] and b[blo:bhi] that starts with no junk, earliest in a,
        then in b, on ties; then grown over equal items at both ends
        (non-junk first, then junk), so junk joins a match but never
        starts one.  k == 0 when nothing matches."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        runs = {}    # j -> length of the match ending at a[i-1], b[j]
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break     # the indices are ascending
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        # popular items are not in b2j: the first pass takes them in;
        # the second lets junk on either side join the match
        for want_junk in (False, True):
            while (besti > alo and bestj > blo
                   and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Match triples (i, j, n), a[i:i+n] == b[j:j+n], ascending in i
        and j, adjacent ones merged, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]    # a stack: the order found is sorted away
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        blocks = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    blocks.append(Match(i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            blocks.append(Match(i1, j1, k1))
        blocks.append(Match(la, lb, 0))
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b, tag 'equal',
        'replace', 'delete' or 'insert'.  The list is cached and shared,
        as CPython's is."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yields lists of opcodes: the changes with up to n items of
        context around them, a long equal run splitting two groups."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # trim the context at both ends to n items; this writes into the
        # cached opcodes list, as CPython's does, so get_opcodes() after it
        # shows the trimmed ends there too
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # n items close this group, the last n open the next
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2*M/T: M items matched, T the two lengths together; in [0, 1]."""
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): items in common, ignoring order."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for item in self.a:
            n = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cruder upper bound on ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The up to n possibilities whose ratio() against word is at least
    cutoff, best first (ties: the greater string first)."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)     # indexed once, for all the possibilities
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    scored.sort(reverse=True)
    return [x for score, x in scored[:n]]


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    """True for a blank line or one holding only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a blank or a tab (ndiff's default character junk)."""
    return ch in ws


class Differ:
    """Compares sequences of lines: compare() yields '  ' common lines,
    '- ' lines only in a, '+ ' lines only in b, and '? ' guides marking
    the changed characters of a line edited rather than replaced.
    linejunk and charjunk are the isjunk functions for lines and for the
    characters of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, lines, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, lines[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: pair the most similar lines (ratio over 0.75,
        else the first identical pair found) and mark their differences;
        what is left on either side of the pair recurses."""
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            cruncher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(a[i])
                # the cheap bounds first: most pairs fail them
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = eqi, eqj
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            cruncher.set_seqs(aline, bline)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                else:
                    atags += ' ' * la
                    btags += ' ' * lb
            yield from self._qformat(aline, bline, atags, btags)
        else:
            yield '  ' + aline
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def _keep_whitespace(line, tags):
    # a tab under an unchanged tab keeps the guide's columns lined up
    return ''.join(c if t == ' ' and c.isspace() else t
                   for c, t in zip(line, tags))


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): a generator of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff() delta was made from: which is 1
    for a, 2 for b.  A generator, so a bad which raises at the first next()."""
    marks = {1: '- ', 2: '+ '}
    try:
        keep = ('  ', marks[int(which)])    # int(): '2' and 2.0 do too
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % (which,)) from None
    for line in delta:
        if line[:2] in keep:
            yield line[2:]


def _check_types(a, b, names):
    # the diffs glue str pieces together: say early what is not a str
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(b[0]).__name__, b[0]))
    for arg in names:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _unified_range(start, stop):
    # "line,count", 1-based; one line is just "line"; an empty range names
    # the line before it
    first, length = start + 1, stop - start
    if length == 1:
        return str(first)
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    # "first,last", 1-based; one line (or none: the line before) alone
    first, length = start + 1, stop - start
    if not length:
        first -= 1
    if length <= 1:
        return str(first)
    return '%d,%d' % (first, first + length - 1)


def _headed_groups(a, b, n, headers):
    """The grouped opcodes of a and b with n lines of context, the two file
    header lines (str) before the first group; nothing when a == b."""
    for k, group in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if k == 0:
            yield from headers
        yield group


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The changes from a to b (lists of str) in unified format, with n
    lines of context; nothing at all when they are equal."""
    _check_types(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    headers = (_file_header('---', fromfile, fromfiledate, lineterm),
               _file_header('+++', tofile, tofiledate, lineterm))
    for group in _headed_groups(a, b, n, headers):
        if isinstance(group, str):
            yield group
            continue
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                    _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The changes from a to b (lists of str) in context format, with n
    lines of context; nothing at all when they are equal."""
    _check_types(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    headers = (_file_header('***', fromfile, fromfiledate, lineterm),
               _file_header('---', tofile, tofiledate, lineterm))
    for group in _headed_groups(a, b, n, headers):
        if isinstance(group, str):
            yield group
            continue
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        # a side's lines are listed only if something changed on that side
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, j1, j2 in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, i1, i2, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def _decode(s):
    # bytes -> str one character per byte.  CPython uses ascii with
    # 'surrogateescape' (bytes over 127 become U+DC80..U+DCFF); gilvm's str
    # holds no lone surrogates, so latin-1 stands in: equal bytes give
    # equal characters either way, and the diffs only glue input together
    try:
        return s.decode('latin-1')
    except AttributeError as err:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(s).__name__, s)) from err


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) on lines of bytes: everything
    goes through str and the lines come back as bytes."""
    a = [_decode(line) for line in a]
    b = [_decode(line) for line in b]
    fromfile, tofile = _decode(fromfile), _decode(tofile)
    fromfiledate, tofiledate = _decode(fromfiledate), _decode(tofiledate)
    lineterm = _decode(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
        yield line.encode('latin-1')
