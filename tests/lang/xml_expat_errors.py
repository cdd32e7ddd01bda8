# xml.parsers.expat errors: ExpatError's message, code, lineno and offset;
# a handler that raises stops the parse and its exception comes out.
import io
import xml.parsers.expat as expat

for doc in ["<a><b></a>", "<a>", "<a", "<a x=1/>", "<a>&bad;</a>", "<a/><b/>",
            "<?xml version='1.0'?>\n<r>\n\n   <x>&</x></r>", "<a>\x01</a>", "<a><a/>\n<b>\n</a>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
        print("parsed", repr(doc))
    except expat.ExpatError as e:
        print(repr(doc), "->", e, "| code", e.code, expat.ErrorString(e.code), "| at", e.lineno, e.offset,
              "| parser", p.ErrorCode == e.code)

# The error can come from a later piece of the document.
p = expat.ParserCreate()
p.Parse(b"<doc>\n<ok/>\n", False)
try:
    p.Parse(b"<bad attr='1' attr='2'/>", False)
except expat.error as e:
    print("second piece:", e, e.lineno, e.offset)

# Parsing a finished document again.
p = expat.ParserCreate()
p.Parse("<a/>", True)
try:
    p.Parse("<b/>", True)
except expat.ExpatError as e:
    print(e, e.code)

# A handler that raises: the exception propagates and no handler runs after it.
log = []
p = expat.ParserCreate()


def start(name, attrs):
    log.append(name)
    if name == "boom":
        raise ValueError("handler failed at " + name)


p.StartElementHandler = start
p.EndElementHandler = lambda name: log.append("/" + name)
try:
    p.Parse("<a><b/><boom/><after/></a>", True)
except ValueError as e:
    print("ValueError", e, log)

# The same through buffered character data, and through ParseFile.
log = []
p = expat.ParserCreate()
p.buffer_text = True


def data(text):
    log.append(text)
    raise KeyError(text)


p.CharacterDataHandler = data
p.StartElementHandler = lambda n, a: log.append(n)
try:
    p.ParseFile(io.BytesIO(b"<a>one<b/>two</a>"))
except KeyError as e:
    print("KeyError", e, log)


class Stop(Exception):
    pass


def stop(*args):
    raise Stop(args)


p = expat.ParserCreate()
p.CommentHandler = stop
try:
    p.Parse("<x><!-- hi --></x>", True)
except Stop as e:
    print("Stop", e.args)

# Bad arguments.
for call in [lambda: expat.ParserCreate(namespace_separator="::"),
             lambda: expat.ParserCreate().Parse(42),
             lambda: expat.ParserCreate().ParseFile(42),
             lambda: expat.ParserCreate().ParseFile(io.StringIO("<a>")),
             lambda: expat.ParserCreate().Parse(b"<?xml version='1.0' encoding='no-such-enc'?><a/>", True)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# The errors and model submodules.
from xml.parsers.expat import errors, model
import xml.parsers.expat.errors
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes[errors.XML_ERROR_TAG_MISMATCH],
      errors.messages[7], errors.codes[errors.XML_ERROR_SYNTAX], xml.parsers.expat.errors is errors)
print(errors.__name__, model.__name__, model.XML_CTYPE_EMPTY, model.XML_CTYPE_SEQ, model.XML_CQUANT_PLUS)
try:
    expat.ParserCreate().Parse("<a></b>", True)
except expat.ExpatError as e:
    print(errors.messages[e.code] == errors.XML_ERROR_TAG_MISMATCH)

# After a handler raised, the parser is finished: a further Parse says so.
p = expat.ParserCreate()


def refuse(name, attrs):
    raise ValueError(name)


p.StartElementHandler = refuse
try:
    p.Parse("<a>", False)
except ValueError as e:
    print("ValueError", e)
try:
    p.Parse("<b/></a>", True)
except expat.ExpatError as e:
    print("ExpatError", e, e.code)
