"""unittest._diff for gilvm: the part of difflib unittest's messages need.

gilvm has no difflib, and assertEqual's messages for strings, lists and
dicts end with an ndiff of the two values, so this is difflib's
SequenceMatcher (matching blocks and opcodes, ratio and its quick bounds,
the "popular element" heuristic for sequences of 200 or more) and ndiff()
with its '?' guide lines, computing the same matches CPython's difflib
does so the messages come out character for character alike.  Nothing
else of difflib (unified_diff, HtmlDiff, get_close_matches) is here."""


def _is_character_junk(ch):
    # ndiff's default: blanks and tabs never anchor an intraline match
    return ch in ' \t'


class SequenceMatcher:
    """Matches two sequences of hashable items, as difflib's does."""

    def __init__(self, isjunk=None, a='', b=''):
        self.isjunk = isjunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._blocks = self._opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._blocks = self._opcodes = None
        self._bcount = None
        self._index_b()

    def _index_b(self):
        """Where each item of b occurs, leaving out junk and (for a long b)
        the items so common that matching on them is noise."""
        b2j = {}
        for j, item in enumerate(self.b):
            b2j.setdefault(item, []).append(j)
        junk = set()
        if self.isjunk is not None:
            for item in list(b2j):
                if self.isjunk(item):
                    junk.add(item)
                    del b2j[item]
        n = len(self.b)
        if n >= 200:
            limit = n // 100 + 1
            for item in [k for k, js in b2j.items() if len(js) > limit]:
                del b2j[item]
        self._b2j = b2j
        self._bjunk = junk

    def find_longest_match(self, alo, ahi, blo, bhi):
        """(i, j, k): the longest a[i:i+k] == b[j:j+k] in the ranges, the
        earliest in a, then in b, on ties; extended over junk at both ends."""
        a, b, b2j, junk = self.a, self.b, self._b2j, self._bjunk
        besti, bestj, bestsize = alo, blo, 0
        runs = {}    # j -> length of the match ending at a[i-1], b[j]
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        # grow the match over equal non-junk items, then over equal junk
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return (besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Sorted (i, j, n) triples, adjacent ones merged, ending (len(a), len(b), 0)."""
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
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
                    blocks.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            blocks.append((i1, j1, k1))
        blocks.append((la, lb, 0))
        self._blocks = blocks
        return blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'equal', 'replace',
        'delete' or 'insert'."""
        if self._opcodes is not None:
            return self._opcodes
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
        self._opcodes = ops
        return ops

    def ratio(self):
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): items in common, ignoring order."""
        if self._bcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self._bcount = counts
        left = {}
        matches = 0
        for item in self.a:
            n = left[item] if item in left else self._bcount.get(item, 0)
            left[item] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cruder upper bound on ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


def ndiff(a, b):
    """The lines of a (list of str) compared with those of b: '  ' common,
    '- ' only in a, '+ ' only in b, and '? ' lines pointing at the changed
    characters of a line that was edited rather than replaced."""
    out = []
    for tag, alo, ahi, blo, bhi in SequenceMatcher(None, a, b).get_opcodes():
        if tag == 'replace':
            _fancy_replace(out, a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            _dump(out, '-', a, alo, ahi)
        elif tag == 'insert':
            _dump(out, '+', b, blo, bhi)
        else:
            _dump(out, ' ', a, alo, ahi)
    return out


def _dump(out, tag, lines, lo, hi):
    for i in range(lo, hi):
        out.append('%s %s' % (tag, lines[i]))


def _plain_replace(out, a, alo, ahi, b, blo, bhi):
    # the shorter block first, as difflib does
    if bhi - blo < ahi - alo:
        _dump(out, '+', b, blo, bhi)
        _dump(out, '-', a, alo, ahi)
    else:
        _dump(out, '-', a, alo, ahi)
        _dump(out, '+', b, blo, bhi)


def _fancy_replace(out, a, alo, ahi, b, blo, bhi):
    """A replaced block: pair the most similar lines (ratio over 0.75) and
    mark their differences; what is left around the pair recurses."""
    best_ratio, cutoff = 0.74, 0.75
    cruncher = SequenceMatcher(_is_character_junk)
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
            if (cruncher.real_quick_ratio() > best_ratio
                    and cruncher.quick_ratio() > best_ratio
                    and cruncher.ratio() > best_ratio):
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            _plain_replace(out, a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j = eqi, eqj
    else:
        eqi = None
    _fancy_helper(out, a, alo, best_i, b, blo, best_j)
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
        _qformat(out, aline, bline, atags, btags)
    else:
        out.append('  ' + aline)
    _fancy_helper(out, a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(out, a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            _fancy_replace(out, a, alo, ahi, b, blo, bhi)
        else:
            _dump(out, '-', a, alo, ahi)
    elif blo < bhi:
        _dump(out, '+', b, blo, bhi)


def _keep_whitespace(line, tags):
    # a tab under an unchanged tab keeps the guide's columns lined up
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))


def _qformat(out, aline, bline, atags, btags):
    atags = _keep_whitespace(aline, atags).rstrip()
    btags = _keep_whitespace(bline, btags).rstrip()
    out.append('- ' + aline)
    if atags:
        out.append('? %s\n' % atags)
    out.append('+ ' + bline)
    if btags:
        out.append('? %s\n' % btags)
