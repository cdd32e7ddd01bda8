# xml.dom.minidom: parsing into a DOM, navigating, editing, and writing
# it back with toxml and toprettyxml.
import io
import xml.dom
from xml.dom import minidom
from xml.dom.minidom import parseString

doc = parseString(b"<?xml version='1.0'?>\n<config version='2' name=\"main\">\n  <!-- settings -->\n"
                  b"  <item key='a'>alpha &amp; beta</item>\n  <item key='b'/>\n  <?app run?>\n"
                  b"  <group><item key='c'>gamma</item></group>\n</config>")
root = doc.documentElement
print(doc.nodeType == xml.dom.Node.DOCUMENT_NODE, root.tagName, root.nodeName, root.nodeType)
print(root.getAttribute("version"), repr(root.getAttribute("missing")), root.hasAttribute("name"),
      root.hasAttribute("missing"), root.hasAttributes())
items = doc.getElementsByTagName("item")
print(len(items), [i.getAttribute("key") for i in items], len(root.getElementsByTagName("*")))
first = items[0]
print(first.firstChild.nodeType == first.TEXT_NODE, first.firstChild.data, first.firstChild.nodeValue,
      first.childNodes[0].nodeName, first.hasChildNodes(), items[1].hasChildNodes())
print(first.parentNode is root, first.nextSibling.nodeType, repr(first.nextSibling.data),
      first.previousSibling.previousSibling.nodeType == first.COMMENT_NODE)
kinds = [n.nodeType for n in root.childNodes]
print(kinds)
pi = [n for n in root.childNodes if n.nodeType == n.PROCESSING_INSTRUCTION_NODE][0]
print(pi.target, pi.data, pi.nodeName, pi.nodeValue)
comment = root.childNodes[1]
print(comment.data, comment.nodeName)
print(root.toxml())
print(doc.toxml())

# Editing.
new = doc.createElement("item")
new.setAttribute("key", "d")
new.setAttribute("q", 'say "hi" <now> & then')
new.appendChild(doc.createTextNode("delta < epsilon"))
root.appendChild(new)
root.insertBefore(doc.createComment("before group"), items[2].parentNode)
root.removeChild(items[1])
items[2].setAttribute("key", "C")
items[2].removeAttribute("key")
print(new.toxml())
print(root.lastChild is new, len(doc.getElementsByTagName("item")))
print(doc.toxml())

# A document built from nothing, pretty printed.
d = minidom.Document()
top = d.appendChild(d.createElement("top"))
for i in range(2):
    row = d.createElement("row")
    row.setAttribute("n", str(i))
    row.appendChild(d.createTextNode("v%d" % i))
    top.appendChild(row)
top.appendChild(d.createElement("empty"))
nested = top.appendChild(d.createElement("nested"))
nested.appendChild(d.createElement("leaf"))
print(d.toprettyxml())
print(d.toprettyxml(indent="  ", encoding="utf-8"))
print(top.toprettyxml(indent=" ", newl="|"))
print(d.toxml(encoding="us-ascii"))
print(d.toxml(standalone=True))
clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone.parentNode, len(top.cloneNode(False).childNodes))

# parse() from a file object; errors are expat's.
print(minidom.parse(io.BytesIO("<t>caf\u00e9</t>".encode())).documentElement.firstChild.data)
try:
    parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)
try:
    d.appendChild(d.createElement("second"))
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", e)
try:
    top.removeChild(d.createElement("stranger"))
except xml.dom.NotFoundErr as e:
    print("NotFoundErr")

# CDATA sections stay CDATASection nodes between text nodes.
c = parseString("<a>x<![CDATA[<y>]]>z<b>&lt;</b></a>")
print([(n.nodeType, n.data) for n in c.documentElement.childNodes if n.nodeType != n.ELEMENT_NODE])
print(c.toxml())
print(repr(c.createTextNode("a")), repr(c.createComment("0123456789abc")))

# Attributes as nodes: NamedNodeMap and Attr.
e = parseString('<a x="1" y="2"/>').documentElement
attrs = e.attributes
print(attrs["x"].value, attrs["x"].name, attrs["x"].nodeValue, attrs.length, len(attrs), attrs.item(0).name,
      list(attrs.keys()), attrs.items(), [v.value for v in attrs.values()], "x" in attrs, attrs.get("z"),
      attrs.getNamedItem("y").value, type(attrs).__name__, attrs.item(5))
print(e.getAttributeNode("x").value, e.getAttributeNode("q"), e.getAttributeNode("x").nodeType)
attrs["x"].value = "changed"
print(e.getAttribute("x"), e.toxml())
