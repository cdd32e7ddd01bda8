# re against python3 over a matrix: 30 patterns (anchors, look-around, possessive and atomic groups, classes, escapes, inline flags) x 3 flag sets x 13 subjects, each through findall, finditer spans, sub, split and search's groups.
import re
pats = [r'a|b', r'(a)(b)?', r'\w+', r'^\s*(\w+)\s*=\s*(.*?)\s*$', r'(?i)straße', r'É', r'(\d+)-(\d+)', r'(?s).+', r'.+', r'x*', r'\b', r'(?m)^', r'$', r'(?m)$', r'a(?=b)', r'(?<!a)b', r'(?P<q>["\']).*?(?P=q)', r'[^\W\d]+', r'\d{2,}?', r'(?:ab)+', r'(a|ab)(c|bcd)(d*)', r'[a-c\]]+', r'\\', r'(?x) a  b # c', r'\x41\101\u00e9', r'[\s\S]', r'a{,2}', r'(?>a+)b', r'a*+a', r'\A\w|\w\Z']
subjects = ['ab abb', 'key = value  \nother=2\n', 'STRASSE straße', 'éÉe', '12-34 5-6', 'line1\nline2\n', 'xaxbx', 'say "hi" and \'yo\'', 'abcd ac', 'a]b\\c', 'AAé', 'aaab', '']
for p in pats:
    for fl in (0, re.I, re.M | re.S):
        try:
            r = re.compile(p, fl)
        except re.error as e:
            print(p, int(fl), 'error', e); continue
        for s in subjects:
            out = [r.findall(s), [m.span() for m in r.finditer(s)], r.sub('<\\g<0>>', s), r.split(s)]
            m = r.search(s)
            if m:
                out += [m.groups(), m.lastindex, m.span(), m.groupdict()]
            print(repr(p), int(fl), repr(s), out)
