import weakref
class Plain: pass
class WithDict(Plain):
    __slots__ = ("a",)
for base, slots in [(Plain, ("__dict__",)), (Plain, ("__weakref__",)), (object, ("__dict__", "__dict__")),
                    (object, ("__weakref__", "__weakref__")), (int, ("__weakref__",)), (tuple, ("__weakref__",)),
                    (WithDict, ("__dict__", "b"))]:
    try:
        type("T", (base,), {"__slots__": slots}); print(base.__name__, slots, "ok")
    except TypeError as e: print(base.__name__, slots, "TypeError:", e)
class S:
    __slots__ = ("x",)
class SD(S):
    __slots__ = ("__dict__", "__weakref__")
o = SD(); o.x = 1; o.y = 2; r = weakref.ref(o); print(o.x, o.y, r() is o)
class SD2(SD):
    __slots__ = ("z",)
o2 = SD2(); o2.z = 3; o2.w = 4; print(vars(o2), weakref.ref(o2)() is o2)
try:
    class I(int):
        __slots__ = ("__dict__",)
except TypeError as e: print("TypeError:", e)
class Meta(type):
    __slots__ = ()
print(Meta("M", (), {}).__name__)
