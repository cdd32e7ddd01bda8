# Building Element trees and writing them out (tostring, ElementTree.write).
import io
import os
import tempfile
import xml.etree.ElementTree as ET

root = ET.Element("root", {"b": "2", "a": "1"}, c="3")
print(root.tag, root.attrib, root.text, root.tail, len(root))
child = ET.SubElement(root, "child", name="x")
child.text = "hello"
child.tail = "\n"
other = ET.Element("other")
root.append(other)
root.insert(0, ET.Element("first"))
print([c.tag for c in root], len(root))
print(root[0].tag, root[-1].tag, [c.tag for c in root[1:]])
root.remove(other)
print([c.tag for c in root])
root.extend([ET.Element("e1"), ET.Element("e2")])
del root[-1]
root[0] = ET.Element("zeroth")
print([c.tag for c in root])
print(root.get("a"), root.get("zz"), root.get("zz", "dflt"))
root.set("d", "4")
print(list(root.keys()), list(root.items()))
print(ET.iselement(root), ET.iselement("x"))

# Attribute order is insertion order; text and attributes are escaped.
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
e = ET.Element("t", q='say "hi" & <go>\nnow')
e.text = "1 < 2 & 3 > 2"
print(ET.tostring(e, encoding="unicode"))
print(ET.tostring(ET.Element("empty"), encoding="unicode"))
print(ET.tostring(ET.Element("empty"), encoding="unicode", short_empty_elements=False))

# Non-ASCII: character references in us-ascii, raw in utf-8 and unicode.
u = ET.Element("u")
u.text = "caf\u00e9 \u20ac"
print(ET.tostring(u))
print(ET.tostring(u, encoding="utf-8"))
print(ET.tostring(u, encoding="unicode"))
print(ET.tostring(u, encoding="iso-8859-1"))
print(ET.tostring(u, encoding="us-ascii", xml_declaration=True))
print(b"".join(ET.tostringlist(u)))

# Comments and processing instructions.
doc = ET.Element("doc")
doc.append(ET.Comment(" a comment "))
doc.append(ET.ProcessingInstruction("target", "data here"))
doc.append(ET.PI("bare"))
print(ET.tostring(doc, encoding="unicode"))
print(doc[0].tag is ET.Comment, doc[1].text)

# method="text", itertext, iter.
t = ET.fromstring("<a>x<b>y<c>z</c>w</b>v<!--no--></a>")
print(ET.tostring(t, method="text", encoding="unicode"))
print(list(t.itertext()))
print([el.tag for el in t.iter()], [el.tag for el in t.iter("c")], [el.tag for el in t.iter("*")])

# ElementTree.write to a binary file object, a text file object and a path.
tree = ET.ElementTree(root)
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
sio = io.StringIO()
tree.write(sio, encoding="unicode")
print(sio.getvalue())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.xml")
    tree.write(path, encoding="utf-8")
    with open(path, "rb") as f:
        print(f.read())
    print(ET.parse(path).getroot()[1].text)

# clear, copy, deepcopy.
import copy
c = copy.copy(root)
dc = copy.deepcopy(root)
root.clear()
print(root.attrib, len(root), len(c), len(dc), dc[1].text)

# Errors.
for bad in (lambda: root.append("s"), lambda: root.insert(0, 3), lambda: root.extend([1]),
            lambda: ET.Element("a", attrib=3), lambda: root[7], lambda: root.remove(ET.Element("n")),
            lambda: ET.tostring(ET.Element(3)), lambda: ET.tostring(root, method="nope"),
            lambda: ET.SubElement("x", "y")):
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

# dump writes to stdout.
ET.dump(ET.fromstring("<d k='v'>text</d>"))
