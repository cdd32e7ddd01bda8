# iterparse and XMLPullParser: events in document order, namespaces as
# start-ns/end-ns, and errors after the events before them.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

doc = b"""<?xml version="1.0"?>
<log xmlns:x="urn:x">
  <entry n="1">one</entry>
  <x:entry n="2">two<!-- c --></x:entry>
  <?proc data?>
  <entry n="3"/>
</log>"""


def show(event, value):
    if isinstance(value, ET.Element):
        tag = value.tag if isinstance(value.tag, str) else value.tag.__name__
        return (event, tag, value.attrib, value.text)
    return (event, value)


for events in [None, ("start", "end"), ("start", "end", "start-ns", "end-ns"),
               ("end", "comment", "pi")]:
    print("events", events)
    it = ET.iterparse(io.BytesIO(doc), events)
    for event, value in it:
        print("  ", show(event, value))
    print("   root", it.root.tag, len(it.root))

# Clearing elements as they end keeps memory flat; the tree is still consistent.
big = b"<rows>" + b"".join(b"<row i='%d'>v%d</row>" % (i, i) for i in range(200)) + b"</rows>"
total = 0
it = ET.iterparse(io.BytesIO(big))
for event, elem in it:
    if elem.tag == "row":
        total += int(elem.get("i"))
        elem.clear()
print(total, len(it.root))

# From a file name.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.xml")
    with open(path, "wb") as f:
        f.write(doc)
    print([(ev, el.tag) for ev, el in ET.iterparse(path, ("start",))])

# A malformed document: the events before the error, then ParseError.
seen = []
try:
    for event, elem in ET.iterparse(io.BytesIO(b"<a><b>x</b><c></a>")):
        seen.append(elem.tag)
except ET.ParseError as e:
    print(seen, "ParseError", e, e.position)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), events=("bogus",))
except ValueError as e:
    print("ValueError", e)

# XMLPullParser fed in pieces.
pp = ET.XMLPullParser(events=("start", "end"))
for piece in ["<r><a>1</", "a><b", " k='v'/>", "</r>"]:
    pp.feed(piece)
    print(repr(piece), [(ev, el.tag) for ev, el in pp.read_events()])
pp.close()
print(list(pp.read_events()))
