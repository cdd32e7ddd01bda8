# ElementTree.indent (3.9+): whitespace-only text and tails become newline +
# indentation by depth; real text, tails and leaf elements stay as they were
import xml.etree.ElementTree as ET

root = ET.fromstring("<r a='1'><c n='x'>t1</c><c n='y'>  <d/><e>keep</e>tail</c>"
                     "<f>  <g><h/></g></f></r>")
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
ET.indent(root, space="\t", level=1)
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<a><b/><b>x</b></a>"))
ET.indent(tree, space="")
print(ET.tostring(tree.getroot(), encoding="unicode"))
leaf = ET.Element("leaf")
ET.indent(leaf)
print(ET.tostring(leaf, encoding="unicode"))
try:
    ET.indent(root, level=-1)
except ValueError as e:
    print("ValueError", e)
print("indent" in ET.__all__)
