# html.unescape and html.entities: named (HTML 4 and the HTML 5 forms of
# them, with and without ';'), decimal and hex references, the numbers
# HTML 5 replaces or drops, and the tables' sizes and agreement
import html
import html.entities as ent

cases = [
    '&amp;&lt;&gt;&quot;&apos;&#39;&#x27;',
    '&ampx &amp &ltfoo &notit; &notin; &copy2024',
    '&#0;&#1;&#9;&#13;&#x80;&#129;&#150;&#xD800;&#x110000;&#99999999999;',
    '&#65&#x41&#X41;x',
    '&unknown; &zz &#; &#x; & ;',
    '&AMP;&COPY&lang;&rang;&hellip;&euro;&Omega;&hearts;',
    '&nbsp;&nbsp&Aacute;&aacute&yuml;',
    '&#xfffe;&#xfdd0;&#127;&#128;&#159;&#x10FFFF;&#x1F600;',
    'a & b && c &;',
    '&amp;' * 3 + '&' + 'x' * 40 + ';',
    'no references at all',
    '',
]
for c in cases:
    print(repr(html.unescape(c)))
for cp in range(0x7e, 0xa1):
    print(cp, repr(html.unescape('&#%d;' % cp)), repr(html.unescape('&#x%x' % cp)))

print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['eacute'], ent.codepoint2name[8364], ent.entitydefs['lt'])
print(ent.html5['amp;'], ent.html5['amp'], ent.html5['lang;'], ent.html5['apos;'], ent.html5['QUOT'])
print(all(ent.html5[n + ';'] == chr(c) for n, c in ent.name2codepoint.items() if n not in ('lang', 'rang')))
print(all(html.unescape('&%s;' % n) == chr(c) for n, c in ent.name2codepoint.items() if n not in ('lang', 'rang')))
print(all(ent.codepoint2name[c] == n for n, c in ent.name2codepoint.items()))
print(html.escape('<a href="x">\'&\'</a>'), html.escape('"\'', quote=False))
print(html.unescape(html.escape('<a href="x">\'&\'</a>')))
