# Parsing documents into Element trees: fromstring, parse, XMLParser and
# TreeBuilder targets, and the errors a malformed document raises.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<catalog version="2">
  <book id="b1" lang="en">
    <title>Dune</title>
    <price cur="EUR">9.99</price>
  </book>
  <book id="b2"><title>Caf\u00e9 &amp; cr\u00e8me</title><![CDATA[<raw & text>]]></book>
  <?render fast?>
  <empty/>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text))
for book in root:
    print(book.tag, book.attrib, repr(book.text), repr(book.tail))
    for part in book:
        print("  ", part.tag, part.attrib, repr(part.text), repr(part.tail))
print(ET.tostring(root, encoding="unicode"))
print(ET.XML(doc.encode("utf-8"))[1][0].text)
print(ET.fromstringlist(["<a>", "<b>x</b>", "</a>"])[0].text)

# Other encodings declared in a bytes document.
latin = "<?xml version='1.0' encoding='iso-8859-1'?><w>gr\u00fc\u00df</w>".encode("iso-8859-1")
print(ET.fromstring(latin).text)
print(ET.fromstring("<w>\u00e9</w>".encode("utf-16")).text)
print(ET.fromstring("<e a='&lt;&#65;&#x42;'>&gt;&quot;</e>").attrib, ET.fromstring("<e>&gt;&quot;</e>").text)

# parse() from a file object; ElementTree.find* on the tree.
tree = ET.parse(io.BytesIO(doc.encode("utf-8")))
print(type(tree).__name__, tree.getroot().tag, tree.find("book/title").text, tree.findtext("book/price"))
print([b.get("id") for b in tree.findall("book")], [e.tag for e in tree.iter("title")])

# A TreeBuilder that keeps comments and processing instructions.
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<r><!-- c1 --><?pi x?>")
p.feed("<s>t</s></r>")
r = p.close()
print(ET.tostring(r, encoding="unicode"), r[0].tag is ET.Comment, r[1].tag is ET.PI)
print(p.version.startswith("Expat "))


# A custom target sees the calls in order.
class Echo:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def close(self):
        return self.log


parser = ET.XMLParser(target=Echo())
parser.feed("<a x='1'>hi<b/><!--c-->there</a>")
for entry in parser.close():
    print(entry)

# Errors: ParseError is a SyntaxError with expat's message, code and position.
for bad in ["<a><b></a>", "<a>", "", "<a x='1' x='2'/>", "<a>&nope;</a>", "<a></a><b/>",
            "<?xml version='1.0'?>\n<r>\n  <x y=z/>\n</r>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e, e.code, e.position, isinstance(e, SyntaxError))
try:
    ET.parse(io.BytesIO(b"<a>\n<b>\n</a>"))
except SyntaxError as e:
    print(type(e).__name__, e, e.position)

# An exception raised by the target comes out of feed unchanged.
class Bad(ET.TreeBuilder):
    def start(self, tag, attrs):
        if tag == "stop":
            raise RuntimeError("target refused " + tag)
        return super().start(tag, attrs)


try:
    ET.XML("<a><ok/><stop/><never/></a>", ET.XMLParser(target=Bad()))
except RuntimeError as e:
    print("RuntimeError", e)

# Entities of an external DTD: expat cannot know them; XMLParser.entity
# supplies them, an unknown one is a ParseError.  Internal ones expand.
xhtml = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<p>a&nbsp;b&amp;c</p>')
try:
    ET.fromstring(xhtml)
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)
p = ET.XMLParser()
p.entity["nbsp"] = "\u00a0"
p.feed(xhtml)
print(repr(p.close().text))
print(ET.fromstring('<!DOCTYPE r [<!ENTITY me "Mine">]><r>x&me;y</r>').text)
