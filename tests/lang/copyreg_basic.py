# copyreg: pickle() registering reducers (and its TypeErrors), the
# extension registry and its ValueErrors, the NEWOBJ helpers, and pickle
# honouring a registered reducer in a round trip.
import copyreg
import pickle

print(copyreg.__all__)
print(sorted(t.__name__ for t in copyreg.dispatch_table if t.__name__ in ('Temp', 'Slot')))


class Temp:
    def __init__(self, degrees):
        self.degrees = degrees

    def __eq__(self, other):
        return type(other) is Temp and other.degrees == self.degrees


calls = []


def make_temp(degrees):
    calls.append(('make', degrees))
    return Temp(degrees)


def reduce_temp(t):
    calls.append(('reduce', t.degrees))
    return (make_temp, (t.degrees,))


for args in [(Temp, 5), (Temp, reduce_temp, 7), (Temp, None)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print('TypeError', e)
print(Temp in copyreg.dispatch_table)
copyreg.pickle(Temp, reduce_temp, make_temp)
print(copyreg.dispatch_table[Temp] is reduce_temp)
try:
    copyreg.constructor(3)
except TypeError as e:
    print('TypeError', e)
print(copyreg.constructor(len))

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    calls.clear()
    data = pickle.dumps([Temp(21), Temp(21)], proto)
    back = pickle.loads(data)
    print(proto, back == [Temp(21), Temp(21)], back[0] is not back[1], calls)
print(pickle.dumps(Temp(21), 2))
print(pickle.dumps(Temp(21), 4))
shared = Temp(3)
back = pickle.loads(pickle.dumps([shared, shared]))
print(back[0] is back[1], back[0].degrees)


class Private(pickle.Pickler):
    dispatch_table = {Temp: lambda t: (Temp, (t.degrees * 10,))}


import io
buf = io.BytesIO()
Private(buf, 4).dump(Temp(4))
print(pickle.loads(buf.getvalue()).degrees)
del copyreg.dispatch_table[Temp]
calls.clear()
print(pickle.loads(pickle.dumps(Temp(8))).degrees, calls)


class Pair:
    def __new__(cls, a, b=0, *, c=0):
        obj = object.__new__(cls)
        obj.total = a + b + c
        return obj


print(copyreg.__newobj__(Pair, 1, 2).total, copyreg.__newobj_ex__(Pair, (1,), {'c': 5}).total)


class Loud(int):
    pass


obj = copyreg._reconstructor(Loud, int, 42)
print(type(obj).__name__, obj, type(copyreg._reconstructor(Temp, object, None)).__name__)

print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in [('mod', 'name', 241), ('other', 'x', 240), ('a', 'b', 0), ('a', 'b', 2 ** 31),
             ('a', 'b', '12x')]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
copyreg.add_extension('a', 'b', '12')
print(copyreg._inverted_registry[12])
copyreg._extension_cache[240] = 'cached'
for args in [('mod', 'name', 241), ('mod', 'other', 240), ('mod', 'name', 240), ('mod', 'name', 240)]:
    try:
        copyreg.remove_extension(*args)
        print('removed', args)
    except ValueError as e:
        print('ValueError', e)
copyreg._extension_cache[12] = 'x'
copyreg.clear_extension_cache()
copyreg.remove_extension('a', 'b', 12)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
