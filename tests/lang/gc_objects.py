# gc.get_objects: the tracked objects of a generation or of all, without the
# result list itself; an object moves to the oldest generation on collect().
import gc


def contains(seq, obj):
    for x in seq:
        if x is obj:
            return True
    return False


l = gc.get_objects()
print("result in itself:", contains(l, l))
del l


class A:
    pass


gc.collect()   # generation 0 starts empty: a stays there until the next collect
a = A()
a.x = 1
print("instance:", contains(gc.get_objects(), a), contains(gc.get_objects(0), a))
gc.collect()
print("after collect, oldest:", contains(gc.get_objects(2), a), contains(gc.get_objects(0), a))
for g in (-2, 3, "a", 1.5):
    try:
        gc.get_objects(g)
    except Exception as e:
        print(type(e).__name__, e)
print(len(gc.get_objects(generation=None)) > 0)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print("TypeError", e)
