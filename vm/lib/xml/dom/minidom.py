"""xml.dom.minidom for gilvm: a small DOM built with pyexpat.

parse/parseString, Document, Element, Text, Comment and
ProcessingInstruction with the navigation, editing and writing methods
programs commonly use (getElementsByTagName, getAttribute, childNodes,
appendChild, toxml, toprettyxml, writexml).  Attributes are kept as
strings on the element and read as nodes through NamedNodeMap and Attr.
Namespaces and DocumentType are not provided: a document with a DOCTYPE
is refused with NotImplementedError."""

import io

import xml.dom
from xml.dom import Node
from xml.parsers import expat
from xml.sax.saxutils import escape

__all__ = ["Document", "Element", "Text", "Comment", "ProcessingInstruction",
           "CDATASection", "parse", "parseString", "getDOMImplementation", "Node"]


def _write_data(writer, data):
    if data:
        writer.write(escape(data, {'"': "&quot;"}))


class _Node(Node):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    childNodes = ()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        siblings = parent.childNodes
        for i, node in enumerate(siblings):
            if node is self:
                j = i + step
                return siblings[j] if 0 <= j < len(siblings) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        return text if encoding is None else text.encode(encoding, "xmlcharrefreplace")

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()


class _Parent(_Node):
    def __init__(self):
        self.childNodes = []

    def _check_child(self, node):
        if not isinstance(node, _Node) or node.nodeType == Node.DOCUMENT_NODE:
            raise xml.dom.HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def appendChild(self, node):
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        self._check_child(newChild)
        index = self._index(refChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = self._index(refChild)
        self.childNodes.insert(index, newChild)
        newChild.parentNode = self
        return newChild

    def replaceChild(self, newChild, oldChild):
        self._check_child(newChild)
        if newChild is oldChild:
            return oldChild
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        self.childNodes[self._index(oldChild)] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        return oldChild

    def removeChild(self, oldChild):
        del self.childNodes[self._index(oldChild)]
        oldChild.parentNode = None
        return oldChild

    def _index(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        raise xml.dom.NotFoundErr()

    def normalize(self):
        merged = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged

    def getElementsByTagName(self, name):
        found = []
        self._collect(name, found)
        return found

    def _collect(self, name, found):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                if name == "*" or node.tagName == name:
                    found.append(node)
                node._collect(name, found)


class Element(_Parent):
    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName):
        _Parent.__init__(self)
        self.tagName = self.nodeName = tagName
        self._attrs = {}

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttributeNode(self, name):
        return Attr(self, name) if name in self._attrs else None

    def getAttribute(self, name):
        return self._attrs.get(name, "")

    def setAttribute(self, name, value):
        self._attrs[name] = value

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr() from None

    def cloneNode(self, deep):
        clone = Element(self.tagName)
        clone.ownerDocument = self.ownerDocument
        clone._attrs = dict(self._attrs)
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, value in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, value)
            writer.write('"')
        if not self.childNodes:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (Node.TEXT_NODE,
                                                                         Node.CDATA_SECTION_NODE):
            self.childNodes[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for node in self.childNodes:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


class Attr(_Node):
    """An attribute of an element, read and written through to it."""
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, owner, name):
        self.ownerElement = owner
        self.ownerDocument = owner.ownerDocument
        self.name = self.nodeName = name

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)

    @property
    def value(self):
        return self.ownerElement._attrs[self.name]

    @value.setter
    def value(self, value):
        self.ownerElement._attrs[self.name] = value

    nodeValue = value


class NamedNodeMap:
    """An element's attributes by name: Attr nodes, or (name, value) from items()."""

    def __init__(self, owner):
        self._owner = owner

    @property
    def length(self):
        return len(self._owner._attrs)

    def __len__(self):
        return len(self._owner._attrs)

    def item(self, index):
        names = list(self._owner._attrs)
        return Attr(self._owner, names[index]) if 0 <= index < len(names) else None

    def keys(self):
        return self._owner._attrs.keys()

    def items(self):
        return list(self._owner._attrs.items())

    def values(self):
        return [Attr(self._owner, name) for name in self._owner._attrs]

    def __contains__(self, name):
        return name in self._owner._attrs

    def __getitem__(self, name):
        if name not in self._owner._attrs:
            raise KeyError(name)
        return Attr(self._owner, name)

    def get(self, name, value=None):
        return Attr(self._owner, name) if name in self._owner._attrs else value

    getNamedItem = get

    def __setitem__(self, name, value):
        self._owner._attrs[name] = value.value if isinstance(value, Attr) else value

    def removeNamedItem(self, name):
        attr = self[name]
        value = attr.value
        del self._owner._attrs[name]
        return value


class _CharacterData(_Node):
    def __init__(self, data):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def cloneNode(self, deep):
        clone = self.__class__(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def cloneNode(self, deep):
        clone = ProcessingInstruction(self.target, self.data)
        clone.ownerDocument = self.ownerDocument
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Document(_Parent):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None

    def __repr__(self):
        return "<xml.dom.minidom.Document object at %#x>" % id(self)

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return _Parent.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def cloneNode(self, deep):
        clone = Document()
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class _DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None or namespaceURI is not None:
            raise NotImplementedError("xml.dom.minidom: namespaces and document types are not supported")
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElement(qualifiedName))
        return doc


def getDOMImplementation(features=None):
    return _DOMImplementation()


class _Builder:
    """pyexpat's events into a Document."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.in_cdata = False
        p = self.parser = expat.ParserCreate()
        p.buffer_text = True
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.cdata_start
        p.EndCdataSectionHandler = self.cdata_end
        p.StartDoctypeDeclHandler = self.doctype

    def start(self, name, attrs):
        elem = self.document.createElement(name)
        for i in range(0, len(attrs), 2):
            elem.setAttribute(attrs[i], attrs[i + 1])
        _Parent.appendChild(self.current, elem)
        self.current = elem

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, data):
        if self.current is self.document:
            return
        children = self.current.childNodes
        if self.in_cdata:
            if children and children[-1].nodeType == Node.CDATA_SECTION_NODE and self.cdata_open:
                children[-1].data += data
            else:
                self.current.appendChild(self.document.createCDATASection(data))
                self.cdata_open = True
        elif children and children[-1].nodeType == Node.TEXT_NODE:
            children[-1].data += data
        else:
            self.current.appendChild(self.document.createTextNode(data))

    def cdata_start(self):
        self.in_cdata = True
        self.cdata_open = False

    def cdata_end(self):
        self.in_cdata = False

    def comment(self, data):
        self.current.appendChild(self.document.createComment(data))

    def pi(self, target, data):
        self.current.appendChild(self.document.createProcessingInstruction(target, data))

    def doctype(self, name, system_id, public_id, has_internal_subset):
        raise NotImplementedError("xml.dom.minidom: documents with a DOCTYPE are not supported")


def parseString(string, parser=None):
    """The Document for the XML in string (str or bytes)."""
    if parser is not None:
        raise NotImplementedError("xml.dom.minidom: a custom parser is not supported")
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    """The Document for a file name or a binary file object."""
    if parser is not None:
        raise NotImplementedError("xml.dom.minidom: a custom parser is not supported")
    builder = _Builder()
    if hasattr(file, "read"):
        builder.parser.ParseFile(file)
    else:
        with open(file, "rb") as f:
            builder.parser.ParseFile(f)
    return builder.document
