# C methods show CPython's four type names: method_descriptor and
# wrapper_descriptor read from the class, builtin_function_or_method and
# method-wrapper bound; they still call, bind and compare as before.
import inspect
import types

objs = [len, str.join, object.__init__, [].append, object().__str__, list.__len__,
        dict.__getitem__, object.__format__, (1).__add__, "x".upper]
for o in objs:
    print(type(o).__name__, inspect.isbuiltin(o), inspect.ismethoddescriptor(o),
          inspect.isroutine(o))
print(repr(str.join), repr(object.__init__), repr(list.__len__), repr(len))
print(repr(object().__str__).split(" at ")[0], repr([].append).split(" at ")[0])
print(str.join.__name__, str.join.__qualname__, object.__init__.__qualname__,
      [].append.__qualname__, object().__str__.__name__)
print(isinstance(str.join, types.MethodDescriptorType),
      isinstance(object.__init__, types.WrapperDescriptorType),
      isinstance([].append, types.BuiltinMethodType),
      isinstance(object().__str__, types.MethodWrapperType),
      types.BuiltinFunctionType is type(len))
print(str.join(",", "ab"), list.__len__([1, 2]), (1).__add__(2), "x".upper())
a = [1]
print(a.append == a.append, a.__len__ == a.__len__, str.join == str.join, a.append == [].append)
try:
    str.join(1, "ab")
except TypeError as e:
    print(e)
