"""xml.sax for gilvm: SAX2 parsing over pyexpat (xml.sax.expatreader),
the handler base classes, and xml.sax.saxutils.

Only the expat reader exists; the namespaces feature and external
entities are refused by it with one clear error."""

from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXParseException)
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax.xmlreader import InputSource

__all__ = ["ContentHandler", "ErrorHandler", "InputSource", "SAXException",
           "SAXNotRecognizedException", "SAXNotSupportedException", "SAXParseException",
           "make_parser", "parse", "parseString"]


def make_parser(parser_list=()):
    """A SAX2 XMLReader (there is one: expat's)."""
    from xml.sax.expatreader import ExpatParser
    return ExpatParser()


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses source (a file name, a file object or an InputSource) into handler's calls."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parse(inpsrc, handler, errorHandler)
