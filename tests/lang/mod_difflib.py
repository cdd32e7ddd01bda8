# difflib: SequenceMatcher, get_close_matches, Differ/ndiff/restore,
# unified_diff/context_diff (headers, n, lineterm), diff_bytes, the junk
# predicates, plus a seeded random sweep pinned by a digest.
import difflib
import random


def show_sm(label, sm):
    print(label, sm.get_matching_blocks())
    print('  ops', sm.get_opcodes())
    print('  ratios', round(sm.ratio(), 6), round(sm.quick_ratio(), 6),
          round(sm.real_quick_ratio(), 6))


# --- SequenceMatcher basics
sm = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
show_sm('abxcd/abcd', sm)
m = sm.find_longest_match(0, 5, 0, 4)
print(m, m.a, m.b, m.size, type(m).__name__)
print('defaults', sm.find_longest_match())
print('partial', sm.find_longest_match(2, 5), sm.find_longest_match(ahi=2, bhi=2))
print('empty range', sm.find_longest_match(3, 3, 0, 4))
show_sm('empty/empty', difflib.SequenceMatcher(None, '', ''))
show_sm('empty/abc', difflib.SequenceMatcher(None, '', 'abc'))
show_sm('abc/empty', difflib.SequenceMatcher(None, 'abc', ''))
show_sm('lists', difflib.SequenceMatcher(None, [1, 2, 3, 4, 5], [1, 3, 4, 6, 5]))
show_sm('qabxcd', difflib.SequenceMatcher(None, 'qabxcd', 'abycdf'))
show_sm('tuples', difflib.SequenceMatcher(a=(1, 2, 3), b=(3, 2, 1)))

# set_seq1 / set_seq2 / set_seqs, cached results
sm = difflib.SequenceMatcher()
print('blank', sm.a, sm.b, sm.isjunk, sm.autojunk, sm.get_opcodes())
sm.set_seq2('abcd')
sm.set_seq1('bcde')
print('set_seq', sm.get_opcodes(), round(sm.ratio(), 6))
sm.set_seqs('wxyz', 'wxz')
print('set_seqs', sm.get_opcodes(), sm.get_matching_blocks() is sm.get_matching_blocks())
sm.set_seq1('abc')
print('after set_seq1', sm.get_opcodes())

# junk: a junk item never starts a match, but joins one
junky = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                                'private volatile Thread currentThread;')
show_sm('junk', junky)
print('bjunk', sorted(junky.bjunk), 'bpopular', sorted(junky.bpopular))
print('b2j has blank:', ' ' in junky.b2j, 'b2j t:', junky.b2j['t'])
print(difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(lambda x: x in 'x', 'axxb', 'xxaxxbxx').get_opcodes())

# autojunk on a b of 200+ items: common items are "popular"
b = 'a' * 150 + 'bcd' * 20 + 'z' * 5
a = 'a' * 10 + 'bcd' + 'zz'
for auto in (True, False):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=auto)
    print('autojunk', auto, len(b), sorted(sm.bpopular), sorted(sm.b2j))
    print('  blocks', sm.get_matching_blocks())
    print('  ratio', round(sm.ratio(), 6))
sm = difflib.SequenceMatcher(None, 'x' * 199, 'x' * 199)
print('199 items', sorted(sm.bpopular), round(sm.ratio(), 6))
sm = difflib.SequenceMatcher(None, 'x' * 200, 'x' * 200)
print('200 items', sorted(sm.bpopular), round(sm.ratio(), 6), sm.get_opcodes())
lines_b = ['line %d\n' % (i % 7) for i in range(250)]
lines_a = lines_b[:40] + ['new\n'] + lines_b[40:]
sm = difflib.SequenceMatcher(None, lines_a, lines_b)
print('popular lines', len(sm.bpopular), round(sm.ratio(), 6), sm.get_opcodes()[:3])

# get_grouped_opcodes
a = [str(i) for i in range(1, 40)]
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
sm = difflib.SequenceMatcher(None, a, b)
for n in (3, 1, 0, 10):    # each call trims the shared opcodes more (see below)
    print('grouped n=%d' % n)
    for group in sm.get_grouped_opcodes(n):
        print('  ', group)
print('grouped equal', list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print('grouped empty', list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
# grouping trims the cached opcodes' equal ends in place, as python3 does
sm = difflib.SequenceMatcher(None, 'abcdefgh', 'abcdXfgh')
print('before', sm.get_opcodes())
print('grouped', list(sm.get_grouped_opcodes(1)))
print('after', sm.get_opcodes())
print('grouped one', list(difflib.SequenceMatcher(None, 'a', 'b').get_grouped_opcodes()))

# --- get_close_matches
words = ['ape', 'apple', 'peach', 'puppy', 'appel', 'applet', 'ale']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('appel', words, n=10, cutoff=0.0))
print(difflib.get_close_matches('wheel', ['while', 'for', 'if', 'with', 'whale']))
print(difflib.get_close_matches('xyz', words))
print(difflib.get_close_matches('', ['', 'a']))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'ab'], n=2, cutoff=1.0))
for n, cutoff in ((0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)

# --- junk predicates
for line in ['', '\n', '  #  \n', '#', ' # x', 'hello\n', '\t\n']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in [' ', '\t', '\n', 'x', '#']:
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))

# --- Differ / ndiff / restore
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print('---')
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
print(list(difflib.restore(['  x', '- y', '+ z', '? ^'], '2')))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print('ValueError:', e)
print(type(difflib.ndiff([], [])).__name__, list(difflib.ndiff([], [])))
print(list(difflib.ndiff(['a\n'], [])), list(difflib.ndiff([], ['b\n'])))
print(list(difflib.ndiff(['same\n'], ['same\n'])))
# tabs keep their place in the guide lines
print(list(difflib.ndiff(['\tabc\tdef\n'], ['\tabX\tdef\n'])))
# linejunk and charjunk
print(list(difflib.ndiff(['a\n', '\n', 'b\n'], ['a\n', 'b\n', '\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(['a b c\n'], ['a  b c\n'], charjunk=None)))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['abcdefg\n', 'xyz\n'], ['abcdefX\n', 'xyz\n'])))
# identical line inside a replaced block of dissimilar lines
print(list(difflib.ndiff(['aaaa', 'same', 'bbbb'], ['cccc', 'same', 'dddd'])))
# shorter block first in a plain replace
print(list(difflib.ndiff(['aaa', 'bbb', 'ccc'], ['xyz'])))
print(list(difflib.ndiff(['xyz'], ['aaa', 'bbb'])))

# --- unified_diff / context_diff
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(s1, s2, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52', n=1, lineterm='')))
print(list(difflib.context_diff(s1, s2, 'a', 'b', '2005-01-26', '2010-04-02', n=0, lineterm='')))
print(list(difflib.unified_diff(s1, s1)), list(difflib.context_diff(s1, s1)))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.context_diff([], ['x\n'])))
print(list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff([], [])), list(difflib.context_diff([], [])))
big_a = ['%d\n' % i for i in range(30)]
big_b = big_a[:5] + ['five\n'] + big_a[6:20] + big_a[21:] + ['30\n']
print(''.join(difflib.unified_diff(big_a, big_b, 'A', 'B', n=2)), end='')
print(''.join(difflib.context_diff(big_a, big_b, 'A', 'B', n=2)), end='')
print(list(difflib.unified_diff(['a', 'b', 'c'], ['a', 'B', 'c'], lineterm='', n=5)))
try:
    list(difflib.unified_diff([1], ['a']))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.context_diff(['a'], [b'a']))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print('TypeError:', e)

# --- diff_bytes
ba = [b'one\n', b'tw\xffo\n', b'three\n']
bb = [b'one\n', b'two\n', b'thr\xe9e\n']
for line in difflib.diff_bytes(difflib.unified_diff, ba, bb, b'a.txt', b'b\xfe.txt', b'd1', b'd2'):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, ba, bb, lineterm=b'', n=0)))
print(list(difflib.diff_bytes(difflib.unified_diff, [], [])))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a\n'], [b'b\n']))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], fromfile='x'))
except TypeError as e:
    print('TypeError:', e)

# --- seeded random sweep
rng = random.Random(20240521)
total = 0
quick_ok = 0
samples = []
for k in range(300):
    a = [rng.choice('abcde') for i in range(rng.randint(0, 12))]
    b = [rng.choice('abcde') for i in range(rng.randint(0, 12))]
    junk = None
    if k % 3 == 0:
        junk = lambda x: x == 'e'
    sm = difflib.SequenceMatcher(junk, a, b)
    r = sm.ratio()
    total += round(r * 1000)
    if sm.real_quick_ratio() >= sm.quick_ratio() >= r:
        quick_ok += 1
    ops = sm.get_opcodes()
    # the opcodes rebuild b from a
    rebuilt = []
    for tag, i1, i2, j1, j2 in ops:
        rebuilt.extend(a[i1:i2] if tag == 'equal' else b[j1:j2])
    if rebuilt != b:
        print('bad opcodes', a, b, ops)
    delta = list(difflib.ndiff(a, b))
    if list(difflib.restore(delta, 1)) != a or list(difflib.restore(delta, 2)) != b:
        print('bad restore', a, b)
    if k % 50 == 0:
        samples.append(''.join(a) + '/' + ''.join(b) + ' ' +
                       ' '.join('%s%d%d%d%d' % (t[0], i1, i2, j1, j2)
                                for t, i1, i2, j1, j2 in ops))
print('sweep total', total, 'bounds hold', quick_ok)
for s in samples:
    print(s)
lines = []
for k in range(40):
    x = [rng.choice(['red\n', 'green\n', 'blue\n', 'cyan\n']) for i in range(rng.randint(0, 10))]
    y = [rng.choice(['red\n', 'green\n', 'blue\n', 'cyan\n']) for i in range(rng.randint(0, 10))]
    lines.extend(difflib.unified_diff(x, y, n=1))
    lines.extend(difflib.context_diff(x, y, n=1))
print('diff lines', len(lines), sum(len(l) for l in lines))
strs = [''.join(rng.choice('abcdef') for i in range(rng.randint(1, 8))) for k in range(60)]
print(difflib.get_close_matches('abcd', strs, n=5, cutoff=0.5))
