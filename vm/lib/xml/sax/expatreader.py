"""The SAX2 reader over pyexpat: elements, character data and processing
instructions reach the ContentHandler; the namespaces feature, validation
and external entities are not supported (setFeature refuses them)."""

from xml.parsers import expat
from xml.sax import handler
from xml.sax._exceptions import SAXNotRecognizedException, SAXNotSupportedException, SAXParseException
from xml.sax.xmlreader import AttributesImpl, InputSource


class ExpatLocator:
    """Where the reader is in the document (the line and column expat reports)."""

    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        p = self._parser._parser
        return None if p is None else p.ErrorColumnNumber

    def getLineNumber(self):
        p = self._parser._parser
        return 1 if p is None else p.ErrorLineNumber

    def getPublicId(self):
        return self._parser._source.getPublicId()

    def getSystemId(self):
        return self._parser._source.getSystemId()


class ExpatParser:
    """A SAX2 XMLReader that parses with expat, all at once (parse) or fed in pieces."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        if namespaceHandling:
            raise NotImplementedError("xml.sax: the namespaces feature is not supported")
        self._cont_handler = handler.ContentHandler()
        self._err_handler = handler.ErrorHandler()
        self._dtd_handler = None
        self._ent_handler = None
        self._bufsize = bufsize
        self._source = InputSource()
        self._parser = None
        self._parsing = False

    def setContentHandler(self, content_handler):
        self._cont_handler = content_handler

    def getContentHandler(self):
        return self._cont_handler

    def setErrorHandler(self, error_handler):
        self._err_handler = error_handler

    def getErrorHandler(self):
        return self._err_handler

    def setDTDHandler(self, dtd_handler):
        self._dtd_handler = dtd_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def getFeature(self, name):
        if name in handler.all_features:
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name not in handler.all_features:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        if state:
            raise NotImplementedError("xml.sax: the feature %r is not supported" % name)

    def parse(self, source):
        source = _input_source(source)
        self._source = source
        self.reset()
        self._cont_handler.setDocumentLocator(ExpatLocator(self))
        file = source.getCharacterStream() or source.getByteStream()
        opened = file is None
        if opened:
            file = open(source.getSystemId(), "rb")
        try:
            while True:
                buffer = file.read(self._bufsize)
                if not buffer:
                    break
                self.feed(buffer)
            self.close()
        finally:
            if opened:
                file.close()

    def reset(self):
        p = expat.ParserCreate(self._source.getEncoding())
        p.StartElementHandler = self._start_element
        p.EndElementHandler = self._end_element
        p.CharacterDataHandler = self._characters
        p.ProcessingInstructionHandler = self._pi
        self._parser = p
        self._parsing = False

    def _start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def _end_element(self, name):
        self._cont_handler.endElement(name)

    def _characters(self, data):
        self._cont_handler.characters(data)

    def _pi(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            exc = SAXParseException(expat.ErrorString(e.code), e, ExpatLocator(self))
            self._err_handler.fatalError(exc)

    def close(self):
        if not self._parsing:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
        finally:
            self._parsing = False
            self._parser = None

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


def _input_source(source):
    """An InputSource for a file name, a file object or an InputSource."""
    if isinstance(source, InputSource):
        return source
    inpsrc = InputSource()
    if hasattr(source, "read"):
        name = getattr(source, "name", None)
        if isinstance(name, str):
            inpsrc.setSystemId(name)
        if isinstance(source.read(0), str):
            inpsrc.setCharacterStream(source)
        else:
            inpsrc.setByteStream(source)
    else:
        import os
        inpsrc.setSystemId(os.fspath(source))
    return inpsrc


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
