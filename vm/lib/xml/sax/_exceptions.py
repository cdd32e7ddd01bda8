"""The SAX exceptions."""


class SAXException(Exception):
    """A SAX error or warning: a message, and the exception it wraps (or None)."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A malformed document: the message with where it was found."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        # "file:line:column: message", with what the locator did not know
        # shown as <unknown> and ?.
        where = [self.getSystemId(), self.getLineNumber(), self.getColumnNumber()]
        shown = ["<unknown>" if where[0] is None else where[0]] + \
            ["?" if n is None else n for n in where[1:]]
        return "%s:%s:%s: %s" % (shown[0], shown[1], shown[2], self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property value the reader does not support."""
