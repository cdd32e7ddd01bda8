"""InputSource and AttributesImpl."""


class InputSource:
    """Where a document comes from: a system id, a byte or a character stream."""

    def __init__(self, system_id=None):
        self.__system_id = system_id
        self.__public_id = None
        self.__encoding = None
        self.__bytefile = None
        self.__charfile = None

    def setPublicId(self, public_id):
        self.__public_id = public_id

    def getPublicId(self):
        return self.__public_id

    def setSystemId(self, system_id):
        self.__system_id = system_id

    def getSystemId(self):
        return self.__system_id

    def setEncoding(self, encoding):
        self.__encoding = encoding

    def getEncoding(self):
        return self.__encoding

    def setByteStream(self, bytefile):
        self.__bytefile = bytefile

    def getByteStream(self):
        return self.__bytefile

    def setCharacterStream(self, charfile):
        self.__charfile = charfile

    def getCharacterStream(self):
        return self.__charfile


class AttributesImpl:
    """An element's attributes as startElement receives them: a read-only
    view of a dict of names (qualified names are the same names here) to
    values, all of type CDATA."""

    def __init__(self, attrs):
        self._attrs = attrs

    def getType(self, name):
        return "CDATA"

    def getNameByQName(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    getQNameByName = getNameByQName

    def getNames(self):
        return list(self._attrs)

    getQNames = keys = getNames

    def __getitem__(self, name):
        return self._attrs[name]

    getValue = getValueByQName = __getitem__

    def __len__(self):
        return len(self._attrs)

    getLength = __len__

    def __contains__(self, name):
        return name in self._attrs

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def items(self):
        return list(self._attrs.items())

    def values(self):
        return list(self._attrs.values())

    def copy(self):
        return type(self)(self._attrs)
