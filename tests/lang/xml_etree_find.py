# The ElementPath subset of find, findall, findtext and iterfind.
import xml.etree.ElementTree as ET

root = ET.fromstring("""<lib>
 <shelf n="1">
  <book id="a" year="1965"><title>Dune</title><author>Herbert</author></book>
  <book id="b"><title>Emma</title></book>
  <magazine id="m"><title>Wired</title></magazine>
 </shelf>
 <shelf n="2">
  <book id="c" year="1851"><title>Moby-Dick</title></book>
  <box><book id="d"><title>Hidden</title></book></box>
 </shelf>
 <note/>
</lib>""")


def ids(elems):
    return [e.get("id") or e.get("n") or e.tag for e in elems]


for path in ["shelf", "shelf/book", "*/book", "*", "shelf/*", ".//book", "shelf//title",
             ".//title/..", "shelf/book/..", ".", "./shelf/./book", "shelf[@n='2']/book",
             "shelf[@n=\"1\"]/*", ".//book[@year]", ".//book[title]", ".//book[author]",
             "shelf/book[1]", "shelf/book[2]", "shelf/book[last()]", "shelf/book[last()-1]",
             ".//book[title='Emma']", ".//*[@id='m']", "shelf[2]/box/book", ".//shelf[@n='1']/book[2]",
             "nothing", "shelf/nothing", ".//title[.='Dune']/..", "shelf/book[@id='a'][@year]",
             ".//book[3]"]:
    print(repr(path), ids(root.findall(path)))

print(root.find("shelf/book").get("id"), root.find("nothing"))
print(root.findtext("shelf/book/title"), repr(root.findtext("note")), root.findtext("zz"),
      root.findtext("zz", "dflt"))
it = root.iterfind(".//title")
print(type(it).__name__ != "list", [t.text for t in it])
shelf = root.find("shelf")
print(ids(shelf.findall("book")), ids(shelf.findall("..")), ids(shelf.findall("./book/title/..")))

for bad in ["/lib", "shelf[0]", "shelf[foo()]"]:
    try:
        root.findall(bad)
    except SyntaxError as e:
        print(repr(bad), type(e).__name__, e)
