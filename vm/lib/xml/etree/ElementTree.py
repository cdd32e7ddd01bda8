"""xml.etree.ElementTree for gilvm: the Element tree, its serializer, the
ElementPath subset of find/findall, and parsing through pyexpat (libexpat).

Behaviour follows CPython 3.8 (the bytecode gilvm runs): attributes are
written in insertion order, '{uri}local' names get ns0, ns1, ... prefixes
(or the registered ones) when written.  Element.indent (3.9+), the 'html'
and 'c14n' output methods and XInclude are not provided; asking for them
raises one clear error."""

import io
import re
import sys
import warnings
from collections import deque

from xml.parsers import expat
from xml.sax.saxutils import escape

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction",
           "QName", "SubElement", "indent", "tostring", "tostringlist", "TreeBuilder", "VERSION",
           "XML", "XMLID", "XMLParser", "XMLPullParser", "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed: .code is expat's error number,
    .position its (line, column)."""


def iselement(element):
    return hasattr(element, "tag")


def _type_name(obj):
    return type(obj).__name__


def _check_element(obj, what):
    if not isinstance(obj, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (what, _type_name(obj)))


def _expect_element(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % _type_name(obj))


class Element:
    """An XML element: tag, attrib (a dict), text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % _type_name(attrib))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _expect_element(e)
        else:
            _expect_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        _check_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            _expect_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        _check_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return next(self.iterfind(path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _path_select(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        return self._iter(tag)

    def _iter(self, tag):
        # A stack instead of nested generators: a deep tree costs no
        # generator chain per level.
        stack = [self]
        while stack:
            elem = stack.pop()
            if tag is None or elem.tag == tag:
                yield elem
            stack.extend(reversed(elem._children))

    def itertext(self):
        if not isinstance(self.tag, str) and self.tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    _check_element(parent, "SubElement() argument 1")
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name ('{uri}local', or uri and local apart) as a tag,
    an attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)

    def __lt__(self, other):
        return self.text < (other.text if isinstance(other, QName) else other)


# ---- ElementPath: the subset of XPath find() and findall() take.

_STEP_RE = re.compile(r"\.\.|\.|\*|(?:\{[^}]*\})?[^/\[\]{}\s]+")


class _Step:
    __slots__ = ("descendant", "test", "predicates")

    def __init__(self, descendant, test):
        self.descendant = descendant
        self.test = test
        self.predicates = []


def _qualify(name, namespaces):
    """'prefix:local' through the prefix map, and an unprefixed name into
    its default namespace (''), as ElementPath does when a map is given."""
    if namespaces is None or name in (".", "..", "*") or name[:1] == "{":
        return name
    if ":" in name:
        prefix, local = name.split(":", 1)
        try:
            return "{%s}%s" % (namespaces[prefix], local)
        except KeyError:
            raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
    default = namespaces.get("")
    if default and name != "*":
        return "{%s}%s" % (default, name)
    return name


def _parse_predicate(text, namespaces):
    """One [...] as a (kind, a, b) triple; SyntaxError for what is not in the subset."""
    text = text.strip()
    m = re.fullmatch(r"@([^=!\s]+)\s*(?:(!?=)\s*('[^']*'|\"[^\"]*\"))?", text)
    if m:
        if m.group(2) is None:
            return ("attr", m.group(1), None)
        return ("attr" + m.group(2), m.group(1), m.group(3)[1:-1])
    m = re.fullmatch(r"(\d+)|last\(\)(?:\s*-\s*(\d+))?", text)
    if m:
        if m.group(1) is not None:
            index = int(m.group(1))
            if index < 1:
                raise SyntaxError("XPath position >= 1 expected")
            return ("index", index - 1, None)
        return ("index", -1 - int(m.group(2) or 0), None)
    m = re.fullmatch(r"([^=!\s\[\]'\"()]+)\s*(?:(!?=)\s*('[^']*'|\"[^\"]*\"))?", text)
    if m:
        tag = m.group(1)
        if m.group(2) is None:
            if tag == ".":
                raise SyntaxError("invalid predicate")
            return ("child", _qualify(tag, namespaces), None)
        kind = "text" + m.group(2) if tag == "." else "childtext" + m.group(2)
        return (kind, _qualify(tag, namespaces), m.group(3)[1:-1])
    if "(" in text:
        raise SyntaxError("unsupported function")
    raise SyntaxError("invalid predicate")


def _parse_path(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    pos, descendant = 0, False
    while pos < len(path):
        m = _STEP_RE.match(path, pos)
        if not m:
            raise SyntaxError("invalid path")
        step = _Step(descendant, _qualify(m.group(), namespaces))
        pos = m.end()
        while pos < len(path) and path[pos] == "[":
            end = _predicate_end(path, pos)
            step.predicates.append(_parse_predicate(path[pos + 1:end], namespaces))
            pos = end + 1
        steps.append(step)
        if pos == len(path):
            break
        if path.startswith("//", pos):
            descendant, pos = True, pos + 2
        elif path[pos] == "/":
            descendant, pos = False, pos + 1
        else:
            raise SyntaxError("invalid path")
        if pos == len(path):
            raise SyntaxError("invalid path")
    return steps


def _predicate_end(path, start):
    quote = None
    for i in range(start + 1, len(path)):
        c = path[i]
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "]":
            return i
    raise SyntaxError("invalid predicate")


def _tag_matcher(test):
    """A function telling whether a tag passes a step's name test ('*',
    a name, '{*}local', '{uri}*', '{}*')."""
    if test == "*":
        return lambda tag: True
    if test == "{*}*":
        return lambda tag: isinstance(tag, str)
    if test == "{}*":
        return lambda tag: isinstance(tag, str) and tag[:1] != "{"
    if test[:3] == "{*}":
        local = test[3:]
        return lambda tag: isinstance(tag, str) and (tag == local or tag.endswith("}" + local))
    if test[-2:] == "}*":
        uri = test[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(uri)
    return lambda tag: tag == test


class _Context:
    """The element find() was called on, and (on demand) every element's parent under it."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent(self, elem):
        if self._parents is None:
            self._parents = {}
            for p in self.root.iter():
                for child in p:
                    self._parents[child] = p
        return self._parents.get(elem)


def _unique(elems):
    seen = set()
    for e in elems:
        if id(e) not in seen:
            seen.add(id(e))
            yield e


def _select_step(context, elems, step):
    test = step.test
    if test == ".":
        result = elems if not step.descendant else (d for e in elems for d in e.iter() if d is not e)
    elif test == "..":
        if step.descendant:
            raise SyntaxError("invalid descendant")
        result = _unique(p for p in (context.parent(e) for e in elems) if p is not None)
    else:
        match = _tag_matcher(test)
        if step.descendant:
            result = (d for e in elems for d in e.iter() if d is not e and match(d.tag))
        else:
            result = (c for e in elems for c in e if match(c.tag))
    for pred in step.predicates:
        result = _filter(context, result, pred)
    return result


def _text_of(elem):
    return "".join(elem.itertext())


def _filter(context, elems, pred):
    kind, a, b = pred
    if kind == "attr":
        return (e for e in elems if e.get(a) is not None)
    if kind == "attr=":
        return (e for e in elems if e.get(a) == b)
    if kind == "attr!=":
        return (e for e in elems if e.get(a) != b)
    if kind == "child":
        return (e for e in elems if e.find(a) is not None)
    if kind == "text=":
        return (e for e in elems if _text_of(e) == b)
    if kind == "text!=":
        return (e for e in elems if _text_of(e) != b)
    if kind == "childtext=":
        return (e for e in elems if any(_text_of(c) == b for c in e.iterfind(a)))
    if kind == "childtext!=":
        return (e for e in elems if any(_text_of(c) != b for c in e.iterfind(a)))
    return _filter_index(context, elems, a)


def _filter_index(context, elems, index):
    for e in elems:
        parent = context.parent(e)
        if parent is None:
            continue
        same = [c for c in parent if c.tag == e.tag]
        try:
            if same[index] is e:
                yield e
        except IndexError:
            pass


_path_cache = {}


def _path_select(elem, path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _path_cache.get(key)
    if steps is None:
        steps = _parse_path(path, namespaces)
        if len(_path_cache) > 100:
            _path_cache.clear()
        _path_cache[key] = steps
    context = _Context(elem)
    result = iter([elem])
    for step in steps:
        result = _select_step(context, result, step)
    return result


# ---- ElementTree


def _open_source(source):
    """(a binary file to read, whether this code opened it)."""
    if hasattr(source, "read"):
        return source, False
    return open(source, "rb"), True


class ElementTree:
    """A whole document: its root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        file, close = _open_source(source)
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = file.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close:
                file.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed "
                          "in a future version.  If you rely on the current behaviour, "
                          "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        pieces = []
        encoding = _serialize(pieces.append, self._root, encoding, xml_declaration,
                              default_namespace, method, short_empty_elements)
        text = "".join(pieces)
        if encoding == "unicode":
            if hasattr(file_or_filename, "write"):
                file_or_filename.write(text)
            else:
                with open(file_or_filename, "w", errors="xmlcharrefreplace") as f:
                    f.write(text)
            return
        data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("xml.etree: canonical XML (c14n) output is not supported")


# ---- serializing

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Write names in namespace uri with this prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


_escape_cdata = escape
# An attribute's line ends become one newline, then a character reference.
_ATTRIB_ENTITIES = {'"': "&quot;", "\r\n": "\n", "\r": "\n", "\n": "&#10;", "\t": "&#09;"}


def _escape_attrib(text):
    return escape(text, _ATTRIB_ENTITIES)


def _cannot_serialize(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, _type_name(text)))


def _checked_text(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    return text


class _Names:
    """Every qualified name in a tree, as it will be written
    ('prefix:local'), and the prefixes to declare on the root."""

    def __init__(self, root, default_namespace):
        self.qnames = {None: None}
        self.namespaces = {}
        if default_namespace:
            self.namespaces[default_namespace] = ""
        self.default = default_namespace
        for elem in root.iter():
            tag = elem.tag
            if isinstance(tag, QName):
                self.add(tag.text)
            elif isinstance(tag, str):
                self.add(tag)
            elif tag is not None and tag is not Comment and tag is not PI:
                _cannot_serialize(tag)
            for key, value in elem.items():
                self.add(key.text if isinstance(key, QName) else key)
                if isinstance(value, QName):
                    self.add(value.text)
            if isinstance(elem.text, QName):
                self.add(elem.text.text)

    def add(self, qname):
        if qname in self.qnames:
            return
        if not isinstance(qname, str):
            _cannot_serialize(qname)
        if qname[:1] == "{":
            uri, local = qname[1:].rsplit("}", 1)
            prefix = self.namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(self.namespaces)
                if prefix != "xml":
                    self.namespaces[uri] = prefix
            self.qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if self.default:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            self.qnames[qname] = qname

    def of(self, name):
        return self.qnames[name.text if isinstance(name, QName) else name]


def _serialize_xml(write, elem, names, short_empty, namespaces=None):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _checked_text(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _checked_text(text))
    elif tag is None:
        if text:
            write(_escape_cdata(_checked_text(text)))
        for child in elem:
            _serialize_xml(write, child, names, short_empty)
    else:
        _serialize_element(write, elem, names, short_empty, namespaces)
    if elem.tail:
        write(_escape_cdata(_checked_text(elem.tail)))


def _serialize_element(write, elem, names, short_empty, namespaces):
    tag = names.of(elem.tag)
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for key, value in elem.items():
        value = names.of(value) if isinstance(value, QName) else _escape_attrib(_checked_text(value))
        write(' %s="%s"' % (names.of(key), value))
    text = elem.text
    if text or len(elem) or not short_empty:
        write(">")
        if text:
            write(_escape_cdata(names.of(text) if isinstance(text, QName) else _checked_text(text)))
        for child in elem:
            _serialize_xml(write, child, names, short_empty)
        write("</" + tag + ">")
    else:
        write(" />")


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def _serialize(write, root, encoding, xml_declaration, default_namespace, method, short_empty):
    """Writes root as text through write; returns the encoding to apply."""
    method = method or "xml"
    if method in ("html", "c14n"):
        raise NotImplementedError("xml.etree: the %r output method is not supported" % method)
    if method not in ("xml", "text"):
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    lower = encoding.lower()
    if method == "xml" and (xml_declaration or
                            (xml_declaration is None and lower not in ("utf-8", "us-ascii", "unicode"))):
        declared = encoding
        if lower == "unicode":
            import locale
            declared = locale.getpreferredencoding()
        write("<?xml version='1.0' encoding='%s'?>\n" % declared)
    if method == "text":
        _serialize_text(write, root)
    else:
        names = _Names(root, default_namespace)
        _serialize_xml(write, root, names, short_empty, names.namespaces)
    return "unicode" if lower == "unicode" else encoding


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    pieces = []
    encoding = _serialize(pieces.append, element, encoding, xml_declaration,
                          default_namespace, method, short_empty_elements)
    if encoding == "unicode":
        return pieces
    return [p.encode(encoding, "xmlcharrefreplace") for p in pieces]


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    pieces = tostringlist(element, encoding, method, xml_declaration=xml_declaration,
                          default_namespace=default_namespace,
                          short_empty_elements=short_empty_elements)
    return "".join(pieces) if encoding == "unicode" else b"".join(pieces)


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Pretty-prints tree in place: each child on its own line, space
    repeated once per depth; text and tails that hold more than whitespace
    are left alone."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % level)
    if len(tree):
        _indent_children(tree, space, level)


def _blank(text):
    return not text or not text.strip()


def _indent_children(elem, space, level):
    inner = "\n" + space * (level + 1)
    if _blank(elem.text):
        elem.text = inner
    for child in elem:
        if len(child):
            _indent_children(child, space, level + 1)
        if _blank(child.tail):
            child.tail = inner
    if _blank(child.tail):   # the last child closes back at elem's depth
        child.tail = "\n" + space * level


# ---- parsing


class TreeBuilder:
    """The default parser target: builds Elements from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        if self._elem:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root

    def _flush(self):
        if not self._data:
            return
        if self._last is not None:
            text = "".join(self._data)
            if self._tail:
                self._last.tail = text
            else:
                self._last.text = text
        self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = False
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = True
        return elem


class XMLParser:
    """Feeds a document to expat and hands its events to a target
    (a TreeBuilder unless one is given)."""

    def __init__(self, *, target=None, encoding=None):
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            parser.CommentHandler = target.comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = target.pi
        parser.DefaultHandlerExpand = self._default
        self.version = "Expat %d.%d.%d" % expat.version_info

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, attr_list):
        fix = self._fixname
        attrib = {}
        for i in range(0, len(attr_list), 2):
            attrib[fix(attr_list[i])] = attr_list[i + 1]
        return self.target.start(fix(tag), attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or "")

    def _default(self, text):
        """What expat leaves undone: an entity a DTD outside the document
        would define comes from self.entity, or is an error."""
        if text[:1] != "&":
            return
        data = getattr(self.target, "data", None)
        if data is None:
            return
        value = self.entity.get(text[1:-1])
        if value is not None:
            data(value)
            return
        p = self.parser
        err = expat.error("undefined entity %s: line %d, column %d"
                          % (text, p.ErrorLineNumber, p.ErrorColumnNumber))
        err.code = 11
        err.lineno = p.ErrorLineNumber
        err.offset = p.ErrorColumnNumber
        raise err

    def _raiseerror(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def feed(self, data):
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        try:
            self.parser.Parse(b"", True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        return close_handler()


def XML(text, parser=None):
    """The root Element of the document in text (str or bytes)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """(root, {id attribute: element})."""
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id_ = elem.get("id")
        if id_:
            ids[id_] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventTarget:
    """A TreeBuilder's calls, each also queued as an (event, value) pair
    when that event was asked for."""

    def __init__(self, builder, queue, events):
        self._builder = builder
        self._queue = queue
        self._events = events
        for name in ("comment", "pi"):
            if name in events:
                setattr(self, name, getattr(self, "_" + name))

    def _emit(self, event, value):
        if event in self._events:
            self._queue.append((event, value))
        return value

    def start(self, tag, attrib):
        return self._emit("start", self._builder.start(tag, attrib))

    def end(self, tag):
        return self._emit("end", self._builder.end(tag))

    def data(self, data):
        self._builder.data(data)

    def start_ns(self, prefix, uri):
        self._emit("start-ns", (prefix, uri))

    def end_ns(self, prefix):
        self._emit("end-ns", None)

    def _comment(self, text):
        return self._emit("comment", self._builder.comment(text))

    def _pi(self, target, text=None):
        return self._emit("pi", self._builder.pi(target, text))

    def close(self):
        return self._builder.close()


_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """Parses what feed() is given and queues the events asked for;
    read_events() hands them out."""

    def __init__(self, events=None, *, _parser=None):
        if _parser is not None:
            raise NotImplementedError("xml.etree: XMLPullParser with a custom parser is not supported")
        events = ("end",) if events is None else tuple(events)
        for event in events:
            if event not in _EVENTS:
                raise ValueError("unknown event %r" % event)
        self._pending = deque()
        target = _EventTarget(TreeBuilder(), self._pending, events)
        self._parser = XMLParser(target=target)

    def feed(self, data):
        # A parse error is queued as an event of its own: read_events raises
        # it after the events that came before it.
        parser = self._parser
        if parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            parser.feed(data)
        except SyntaxError as error:
            self._pending.append(error)

    def _finish(self):
        """Ends the stream; the root element."""
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        self._finish()

    def read_events(self):
        pending = self._pending
        while pending:
            item = pending.popleft()
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._file, self._close_file = _open_source(source)
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._events = iter(())
        self._done = False
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        try:
            while True:
                for event in self._events:
                    return event
                if self._done:
                    raise StopIteration
                data = self._file.read(16 * 1024)
                if data:
                    self._pull.feed(data)
                else:
                    self.root = self._pull._finish()
                    self._done = True
                self._events = self._pull.read_events()
        except BaseException:
            self._finish()
            raise

    def _finish(self):
        if self._close_file:
            self._close_file = False
            self._file.close()


def iterparse(source, events=None, parser=None):
    """(event, value) pairs as the document in source (a file name or a
    binary file) is read; .root is the root element once it is done."""
    return _IterParseIterator(source, events, parser)
