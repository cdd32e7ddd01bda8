# xml.parsers.expat: the handlers are called in document order with
# CPython's arguments; buffer_text, ordered_attributes, namespaces.
import io
import pyexpat
import xml.parsers.expat as expat

print(expat.ParserCreate is pyexpat.ParserCreate, expat.error is expat.ExpatError)
print(type(expat.version_info).__name__, len(expat.version_info),
      expat.EXPAT_VERSION == "expat_%d.%d.%d" % expat.version_info)
print(expat.ErrorString(2), "|", expat.ErrorString(4), "|", expat.ErrorString(7))

DOC = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!-- top -->
<doc a="1" b="two">
  text &amp; more<![CDATA[ raw <cdata> ]]>
  <?target some data?>
  <item id="x">caf\u00e9</item>
  <empty/>
</doc>"""


def recorder(p, log, names):
    def make(name):
        return lambda *args: log.append((name,) + args)
    for name in names:
        setattr(p, name, make(name))


ALL = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler",
       "ProcessingInstructionHandler", "XmlDeclHandler", "StartCdataSectionHandler",
       "EndCdataSectionHandler"]

for buffer_text in (False, True):
    log = []
    p = expat.ParserCreate()
    p.buffer_text = buffer_text
    recorder(p, log, ALL)
    print("buffer_text", p.buffer_text, p.Parse(DOC, True))
    for entry in log:
        print("  ", entry)

# Handlers can be read back, replaced and removed.
p = expat.ParserCreate()
print(p.StartElementHandler, p.buffer_text, p.ordered_attributes)
f = lambda name, attrs: None
p.StartElementHandler = f
print(p.StartElementHandler is f)
p.StartElementHandler = None
print(p.StartElementHandler)

# ordered_attributes: a flat list; bytes fed in pieces; positions.
log = []
p = expat.ParserCreate()
p.ordered_attributes = True


def start(name, attrs):
    log.append((name, attrs, p.CurrentLineNumber, p.CurrentColumnNumber))


p.StartElementHandler = start
for piece in [b"<r z='1' a='2'>\n", b"  <s q='x'", b"/>\n</r>"]:
    p.Parse(piece)
p.Parse(b"", True)
print(log)

# Namespaces with a separator, and the declaration handlers.
log = []
p = expat.ParserCreate(namespace_separator=" ")
recorder(p, log, ["StartElementHandler", "EndElementHandler", "StartNamespaceDeclHandler",
                  "EndNamespaceDeclHandler"])
p.Parse('<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:at="v"/></r>', True)
for entry in log:
    print("  ", entry)

# ParseFile reads a file object; DefaultHandler sees what no other handler takes.
log = []
p = expat.ParserCreate()
p.DefaultHandler = lambda data: log.append(data)
p.StartElementHandler = lambda n, a: log.append(("start", n))
print(p.ParseFile(io.BytesIO(b"<a>x<!--c--><b/></a>")), log)

# Declared encodings in bytes documents.
p = expat.ParserCreate()
out = []
p.CharacterDataHandler = out.append
p.Parse("<?xml version='1.0' encoding='iso-8859-1'?><t>\u00e9\u00e8</t>".encode("latin-1"), True)
p = expat.ParserCreate(encoding="utf-16")
p.CharacterDataHandler = out.append
p.Parse("<t>\u20ac</t>".encode("utf-16-le"), True)
print(out)

# A parser whose handler is a bound method of its owner is a cycle the
# collector frees.
import gc
import weakref


class Holder:
    def __init__(self):
        self.p = expat.ParserCreate()
        self.p.StartElementHandler = self.start
        self.seen = []

    def start(self, name, attrs):
        self.seen.append(name)


h = Holder()
h.p.Parse("<a><b/></a>", True)
print(h.seen)
ref = weakref.ref(h)
del h
gc.collect()
print("collected", ref() is None)

# DefaultHandlerExpand: internal entities still expand; markup no other
# handler takes, and an entity expat cannot resolve, reach it.
log = []
p = expat.ParserCreate()
p.DefaultHandlerExpand = log.append
p.CharacterDataHandler = lambda d: log.append(("data", d))
p.Parse('<!DOCTYPE r SYSTEM "r.dtd" [<!ENTITY e "E">]><r>&e;&ext;</r>', True)
print(log, p.ErrorLineNumber, p.ErrorColumnNumber)
