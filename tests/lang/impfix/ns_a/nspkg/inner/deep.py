from . import __name__ as _pkg
VALUE = "deep in " + _pkg
