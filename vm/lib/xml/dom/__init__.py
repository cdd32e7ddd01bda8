"""xml.dom for gilvm: the Node type codes, DOM exceptions, and
xml.dom.minidom (a subset: parsing, navigating, editing and writing
elements, text, comments and processing instructions)."""


class Node:
    """The nodeType codes."""
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class DOMException(Exception):
    """A DOM operation that cannot be done."""


class HierarchyRequestErr(DOMException):
    code = 3


class NotFoundErr(DOMException):
    code = 8


class InvalidCharacterErr(DOMException):
    code = 5
