# html.parser: the events HTMLParser reports for well-formed and broken
# markup, fed whole and in pieces, with and without convert_charrefs
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data, self.getpos()))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def run(doc, pieces=None, **kw):
    p = Recorder(**kw)
    if pieces is None:
        p.feed(doc)
    else:
        for k in range(0, len(doc), pieces):
            p.feed(doc[k:k + pieces])
    p.close()
    return p.events


PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>A &amp; B</title>
<meta charset=utf-8>
<style>p > a { color: red }</style>
<script type="text/javascript">if (a < b && c) { x = "</p>"; }</script>
</head>
<body class='main wide' data-x = "1 &lt; 2" hidden>
<!-- a comment -- here -->
<p id=first>Caf&eacute; &#233;t&#xE9; &copy 2024 &notanentity; a&b<br/>
<img src="x.png" alt='' /><input disabled checked=checked>
<?xml-stylesheet href="s.css"?>
<![CDATA[raw <stuff>]]>
</P ><a href=/path/to?x=1&amp;y=2>link</a>
</body></html>
"""

for kw in ({}, {'convert_charrefs': False}):
    print('---', kw)
    whole = run(PAGE, **kw)
    for e in whole:
        print(e)
    # Fed in pieces: the same markup events, and (when converted) the same text.
    for size in (1, 3, 7):
        pieces = run(PAGE, size, **kw)
        print(size, [e for e in pieces if e[0] != 'data'] == [e for e in whole if e[0] != 'data'],
              ''.join(e[1] for e in pieces if e[0] == 'data') ==
              ''.join(e[1] for e in whole if e[0] == 'data'))

print('--- broken')
for doc in ['<a', 'x<', '<a\x00b>', 'text & more', '&', '&#', '&#x41', 'a &amp',
            '</>', '</ >', '</3a>', '<!bogus>', '<!>', '</a b c>', '<a b="c', '<p =x y==z>',
            '<div a=1 a=2 B=3>', '<x/y/z>', '<br/', 'a<1', '<!-- open', '<?pi', '<!doctype',
            'line1\nline2\n<b>\nx</b>', '<SCRIPT>a</b>c</ScRiPt >d', '<a>&lt;&gt&#60;&#x3C</a>']:
    print(repr(doc), run(doc))
    print(repr(doc), run(doc, convert_charrefs=False))

p = Recorder()
p.feed('<a href="x">one')
print(p.events)
p.feed(' two</a>')
print(p.events[-1:])
p.reset()
p.feed('<b>')
p.close()
print(p.events[-1], p.getpos())
print(HTMLParser().get_starttag_text(), HTMLParser().getpos(), HTMLParser.CDATA_CONTENT_ELEMENTS)
