# classmethod over a descriptor (a property, or a class with __get__) asks
# it for its value with the class as the instance (python 3.9-3.12), and a
# staticmethod object is callable (3.10).
class Desc:
    def __get__(self, obj, typ):
        return ('desc', obj.__name__, typ.__name__)


class CM:
    @classmethod
    @property
    def cp(cls):
        return 'cp of ' + cls.__name__

    d = classmethod(Desc())

    @classmethod
    def plain(cls):
        return cls.__name__

    @staticmethod
    def st(a, b=2):
        return a + b

    table = [st]


class Sub(CM):
    pass


print(CM.cp, Sub.cp, CM().cp, CM.d, Sub().d)
print(CM.plain(), Sub.plain(), CM.__dict__['plain'].__get__(None, Sub)())
print(CM.__dict__['cp'].__get__(None, Sub), CM.__dict__['d'].__get__(Sub()))
print(CM.table[0](1), CM.__dict__['st'](1, b=5), CM.st(3), callable(CM.__dict__['st']))
print(classmethod(type).__get__(None, CM)().__name__)
