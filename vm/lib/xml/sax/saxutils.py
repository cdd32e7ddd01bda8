"""Escaping for XML text and attributes, and XMLGenerator, a
ContentHandler that writes the document it is given."""

import io
import sys

from xml.sax import handler


def _replace_all(data, entities):
    for key, value in entities.items():
        data = data.replace(key, value)
    return data


def escape(data, entities={}):
    """&, < and > as entity references (and the keys of entities as their values)."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities) if entities else data


def unescape(data, entities={}):
    """The reverse of escape: &lt;, &gt; (entities' keys) and &amp; back to characters."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped and quoted as an attribute value, in the quotes that need no escaping."""
    entities = {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


def _is_binary(out):
    """Whether out takes bytes: a BytesIO, or a file opened in a binary mode."""
    return isinstance(out, io.BytesIO) or "b" in getattr(out, "mode", "")


class XMLGenerator(handler.ContentHandler):
    """Writes the events it receives as XML to out (sys.stdout by default):
    text to a text stream, bytes in encoding to a binary one."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        if out is None:
            out = sys.stdout
        if _is_binary(out):
            self._write = lambda text: out.write(text.encode(encoding, "xmlcharrefreplace"))
        else:
            self._write = out.write
        self._flush = getattr(out, "flush", lambda: None)
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._open_tag = False    # a start tag written without its '>' yet

    def _close_tag(self):
        # Anything after a start tag other than its end closes it with '>'.
        if self._open_tag:
            self._open_tag = False
            self._write(">")

    def _text(self, content, escaped):
        if not content:
            return
        self._close_tag()
        text = content if isinstance(content, str) else str(content, self._encoding)
        self._write(escape(text) if escaped else text)

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startElement(self, name, attrs):
        self._close_tag()
        parts = ["<", name]
        for key, value in attrs.items():
            parts.append(" %s=%s" % (key, quoteattr(value)))
        self._write("".join(parts))
        self._open_tag = True
        if not self._short_empty_elements:
            self._close_tag()

    def endElement(self, name):
        if self._open_tag:         # nothing came between: <name/>
            self._open_tag = False
            self._write("/>")
        else:
            self._write("</%s>" % name)

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._close_tag()
        self._write("<?%s %s?>" % (target, data))

    def startElementNS(self, name, qname, attrs):
        raise NotImplementedError("xml.sax: XMLGenerator's namespace events are not supported")
