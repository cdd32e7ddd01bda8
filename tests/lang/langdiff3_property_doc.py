# property's __doc__ comes from doc=, else the getter's docstring, else a subclass's
# class docstring; a missing getter, setter or deleter is named in the AttributeError.
def f(self):
    "doc of f"
    return 1
p = property(f); print(p.__doc__)
p = property(f, doc="hi"); print(p.__doc__)
p = property(lambda s: 1); print(p.__doc__)
p = property(); print(p.__doc__)
class C:
    @property
    def x(self):
        "x doc"
        return 1
    @x.setter
    def x(self, v):
        "setter doc"
    y = property(doc="only doc")
print(C.x.__doc__, C.y.__doc__, C.x.fget.__name__)
class P(property):
    "subclass doc"
print(P(f).__doc__, P().__doc__)
import types
print(type(C.__dict__['x']).__name__)
try: C().y
except AttributeError as e: print(e)
try: C().x = 5; print('set ok')
except AttributeError as e: print(e)
class D:
    z = property(f)
try: D().z = 1
except AttributeError as e: print(e)
try: del D().z
except AttributeError as e: print(e)
print(C.x.getter(f).__doc__)
class P2(property): pass
print(P2().__doc__, P2(f).__doc__, getattr(C(), "y", "default"))
