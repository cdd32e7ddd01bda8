# re over PCRE2: Python's syntax with CPython's error messages and positions, flags, named/optional/nested groups, MULTILINE anchors, \Z, look-behind, sub templates and callables, split/findall around empty matches, non-ASCII positions.
import re
for p in ['(', 'a)', '[a', '(?P<n>a)(?P<n>b)', 'a**', '*a', '\\', '(?<=a+)b', '\\1(a)', 'a{2,1}', '(?P<1>a)', '(?z)',
          '(?<n>a)', '(?P<n>a)(?P=m)', '(?P>n)', 'a(?i)b', '(?P<a-b>x)', '(?P<>x)', '(?P<n', '\\q', '[\\B]', '\\u12', '(?P=', '(?i', '(?i:a', '(?-i)a']:
    try:
        r = re.compile(p); print(repr(p), 'OK', r.flags)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos)
for p in ['x{,2}', '(?x:a)', '(?u)a', '(?a)x', '(?i)a', '(?im)a', '(?s).', '\\Z', '\\u00e9', '[]a]']:
    r = re.compile(p); print(repr(p), r.flags, r)
print(re.compile('a', re.I|re.M))
print(re.compile(b'a'), re.compile('a(?P<x>b)').groupindex)
m = re.search('(a)(?P<n>b)?', 'xab'); print(m, m.groups(), m.lastindex, m.lastgroup, m.span(2), m.start(), m.end(1))
print(re.split('(,)', 'a,b,c'), re.split(',', 'a,b,c', 1), re.split('x*', 'axbc'), re.sub('x*', '-', 'abxd'), re.findall('x*', 'axb'))
print(re.escape('a.b-c d_e'), re.escape(b'a.b'))
print(re.search(r'\d+', 'ab 123 cd').group(), re.match('a', 'ba'), re.fullmatch('a+', 'aaa'), re.fullmatch('a', 'aa'))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'(?P<w>\w+)', 'hi there'))
text = "line one\nline two\nthird line\n"
print(re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M), re.findall(r'\w+$', text), re.search(r'line\Z', 'a line'), re.search(r'line\Z', 'a line\n'))
print(re.findall(r'(?<=line )\w+', text), re.findall(r'(?<!line )\b\w+', text))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<a>\w+)@(?P<b>\w+)', r'\g<b> at \g<a> \g<0>', 'me@host'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.subn('a', 'b', 'aaa', count=2))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m['first'], m[2], m.group(1, 'last'), m.groupdict(), m.expand(r'\2, \1'), m.string, m.re.pattern, m.pos, m.endpos)
print(re.search('é(.)', 'café€x').span(), re.search('é(.)', 'café€x').group(1), re.findall('.', 'aé€'))
print(re.search(r'\bfoo\b', 'a foo b'), re.search('FOO', 'xfoo', re.I).span())
print(re.compile(r'''
   \d+   # digits
   \s*   # space
''', re.X).findall('12 34'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd ef')])
print(re.search(b'(\\d+)', b'ab12').group(1), re.sub(b'a', b'b', b'aa'))
print(re.match('(a)|(b)', 'b').groups('x'), re.match('((a)b)', 'ab').lastindex, re.match('(a)(b?)', 'a').lastindex)
pat = re.compile('o')
print(pat.search('foo', 2), pat.search('foo', 0, 1), pat.findall('ooo', 1, 2))
for bad in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 1), lambda: re.compile('a', re.A|re.U), lambda: re.search('(a)','a').group(2), lambda: re.search('(a)','a').group('x'), lambda: re.compile(1), lambda: re.sub('a', 1, 'a'), lambda: re.search('a','a').start(3)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
for t in ['\\3', '\\g<x>', '\\g<', '\\g<1', '\\q', '\\g<-1>', '\\g', '\\', '\\g<a b>']:
    try: print(repr(t), re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e: print(repr(t), '|', type(e).__name__, e)
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', r'\n\-\0', 'a').encode(), re.sub('a', lambda m: None, 'xa'))
