# Namespaces: '{uri}local' names when parsing, prefixes when writing
# (registered, well-known, or ns0, ns1, ...), and prefix maps in find.
import xml.etree.ElementTree as ET

doc = """<root xmlns="http://example.com/default" xmlns:h="http://www.w3.org/TR/html4/"
      xmlns:f="http://example.com/furniture">
  <h:table h:border="1"><h:tr><h:td>Apples</h:td></h:tr></h:table>
  <f:table f:legs="4"><f:name>Coffee</f:name></f:table>
  <plain a="1"/>
</root>"""
root = ET.fromstring(doc)
print(root.tag)
for e in root.iter():
    print(e.tag, e.attrib)

ns = {"h": "http://www.w3.org/TR/html4/", "f": "http://example.com/furniture",
      "": "http://example.com/default"}
print(root.find("h:table/h:tr/h:td", ns).text)
print(root.find("f:table", ns).get("{http://example.com/furniture}legs"))
print(root.find("{http://example.com/furniture}table/{http://example.com/furniture}name").text)
print([e.tag for e in root.findall("plain", ns)], root.findall("plain"))
print(len(root.findall("{*}table")), [e.tag for e in root.findall("{http://example.com/furniture}*")])
try:
    root.find("x:table", ns)
except SyntaxError as e:
    print("SyntaxError", e)

# Writing: ns0, ns1 in order of first use, declared on the root.
print(ET.tostring(root, encoding="unicode"))

e = ET.Element("{urn:a}top", {"{urn:b}attr": "v", "plain": "p"})
ET.SubElement(e, "{urn:a}kid").text = "k"
ET.SubElement(e, "{http://www.w3.org/XML/1998/namespace}lang-holder",
              {"{http://www.w3.org/XML/1998/namespace}lang": "en"})
print(ET.tostring(e, encoding="unicode"))

ET.register_namespace("aa", "urn:a")
print(ET.tostring(e, encoding="unicode"))
d = ET.Element("{urn:a}top")
ET.SubElement(d, "{urn:a}kid", {"{urn:b}k": "1"})
print(ET.tostring(d, encoding="unicode", default_namespace="urn:a"))
try:
    ET.tostring(ET.Element("bare"), default_namespace="urn:a")
except ValueError as exc:
    print("ValueError", exc)
try:
    ET.register_namespace("ns7", "urn:x")
except ValueError as exc:
    print("ValueError", exc)

q = ET.QName("urn:q", "name")
print(q.text, str(q), q == "{urn:q}name")
print(ET.tostring(ET.Element(q), encoding="unicode"))

# Well-known namespaces get their usual prefixes.
x = ET.Element("{http://www.w3.org/2001/XMLSchema}schema")
x.set("{http://www.w3.org/2001/XMLSchema-instance}type", "t")
print(ET.tostring(x, encoding="unicode"))
