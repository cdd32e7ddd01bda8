# xml.sax over expat: ContentHandler events in order, parse from a file,
# a string and an InputSource, SAXParseException, and saxutils.
import io
import os
import tempfile
import xml.sax
import xml.sax.handler
from xml.sax.saxutils import XMLGenerator, escape, quoteattr, unescape


class Log(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append("startDocument")

    def endDocument(self):
        self.events.append("endDocument")

    def startElement(self, name, attrs):
        self.events.append(("start", name, attrs.getNames(), dict(attrs.items()), len(attrs),
                            "id" in attrs, attrs.get("id"), type(attrs).__name__))

    def endElement(self, name):
        self.events.append(("end", name))

    def characters(self, content):
        self.events.append(("chars", content))

    def processingInstruction(self, target, data):
        self.events.append(("pi", target, data))


DOC = b"<?xml version='1.0'?>\n<list id='L' kind=\"x\"><item id='1'>one &amp; two</item><?go now?><!--c--><item/></list>"

h = Log()
xml.sax.parseString(DOC, h)
for e in h.events:
    print(e)

h = Log()
xml.sax.parseString(DOC.decode(), h)
print(len(h.events), h.events[1])

h = Log()
xml.sax.parse(io.BytesIO(DOC), h)
print(h.events[-2:])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.xml")
    with open(path, "wb") as f:
        f.write(b"<a>\n<b>\n</a>")
    try:
        xml.sax.parse(path, Log())
    except xml.sax.SAXParseException as e:
        print(str(e) == "%s:3:2: mismatched tag" % path, e.getMessage(), e.getLineNumber(),
              e.getColumnNumber(), e.getSystemId() == path, type(e.getException()).__name__)

for bad in [b"<a><b></a>", b"<a x='1' x='2'/>", b"<a>", b"<a>&x;</a>"]:
    try:
        xml.sax.parseString(bad, Log())
    except xml.sax.SAXParseException as e:
        print(e, "|", e.getLineNumber(), e.getColumnNumber(), isinstance(e, xml.sax.SAXException))


# A handler that raises: the exception propagates unchanged.
class Refuse(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        if name == "no":
            raise LookupError("refused " + name)


try:
    xml.sax.parseString(b"<a><no/></a>", Refuse())
except LookupError as e:
    print("LookupError", e)

# An incremental reader.
r = xml.sax.make_parser()
h = Log()
r.setContentHandler(h)
for piece in [b"<r><x>1", b"2</x>", b"</r>"]:
    r.feed(piece)
r.close()
print(h.events)
print(r.getFeature(xml.sax.handler.feature_namespaces))

# saxutils.
print(escape("a < b & c > d"), escape("x\"y'", {'"': "&quot;"}))
print(unescape("&lt;tag&gt; &amp;amp; &quot;", {"&quot;": '"'}))
for value in ['plain', 'has "double"', "has 'single'", "both \" and '", "tab\tnl\ncr\r", "a<b&c"]:
    print(quoteattr(value))

out = io.StringIO()
g = XMLGenerator(out, "utf-8")
xml.sax.parseString(b"<doc a='1 &amp; 2'><p>x &lt; y</p><?pi d?><e/></doc>", g)
print(out.getvalue())
out = io.BytesIO()
g = XMLGenerator(out, "us-ascii", short_empty_elements=True)
xml.sax.parseString("<doc><e/><t>caf\u00e9</t></doc>".encode(), g)
print(out.getvalue())
