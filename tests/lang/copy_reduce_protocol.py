# copy.copy and copy.deepcopy follow a class's own __reduce_ex__ / __reduce__
# (and copyreg's table) as python3 does, after __copy__ / __deepcopy__.
import copy
import copyreg


class AsList:
    def __reduce__(self):
        return (list, ([7],))


print('callable+args', copy.copy(AsList()), copy.deepcopy(AsList()))


def make_point(x, y):
    p = Point.__new__(Point)
    p.x, p.y = x, y
    p.log = ['made']
    return p


class Point:
    def __init__(self, x, y):
        self.x, self.y, self.log = x, y, []

    def __reduce__(self):
        return (make_point, (self.x, self.y), {'tag': self.log})

    def __setstate__(self, state):
        self.log.append(('setstate', state))


p = Point(1, [2])
p.log.append('orig')
c = copy.copy(p)
print('setstate', c.x, c.y, c.log, c.y is p.y)
d = copy.deepcopy(p)
print('setstate deep', d.x, d.y, d.log, d.y is p.y, d.log[1][1]['tag'] is p.log)


class Plain:
    def __reduce__(self):
        return (Plain, (), {'a': [1], 'b': 2})


c = copy.copy(Plain())
print('dict state', sorted(vars(c).items()))


class Slotted:
    __slots__ = ('s', '__dict__')

    def __reduce__(self):
        return (Slotted, (), ({'d': 1}, {'s': [3]}))


c = copy.deepcopy(Slotted())
print('slots state', c.s, vars(c))


class OnlySlots:
    __slots__ = ('s',)

    def __reduce__(self):
        return (OnlySlots, (), (None, {'s': 4}))


print('slots only', copy.copy(OnlySlots()).s)


class MyList(list):
    def __reduce__(self):
        return (MyList, (), {'note': 'n'}, iter([item * 10 for item in self]))


ml = MyList([1, 2, [3]])
c = copy.copy(ml)
print('listitems', type(c).__name__, c, c.note)


class Items(list):
    def __reduce__(self):
        return (Items, (), None, iter(self))


it = Items([[1], [2]])
d = copy.deepcopy(it)
s = copy.copy(it)
print('listitems deep', type(d).__name__, d, d[0] is it[0], s[0] is it[0])


class MyDict(dict):
    def __reduce__(self):
        return (MyDict, (), None, None, iter([(k, [v]) for k, v in self.items()]))


md = MyDict(a=1, b=2)
c = copy.copy(md)
print('dictitems', type(c).__name__, sorted(c.items()))
print('dictitems deep', sorted(copy.deepcopy(md).items()))


class Ex:
    seen = []

    def __reduce_ex__(self, protocol):
        Ex.seen.append(protocol)
        return (dict, (), None, None, iter([('proto', protocol)]))

    def __reduce__(self):
        return (list, ())


print('reduce_ex', copy.copy(Ex()), copy.deepcopy(Ex()), Ex.seen)


class ExChild(Ex):
    def __reduce__(self):  # the inherited __reduce_ex__ still wins
        return (list, ())


print('reduce_ex inherited', copy.copy(ExChild()))


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.kids = []

    def __reduce__(self):
        return (Node.__new__, (Node,), self.__dict__)


n = Node('root')
n.kids.append(n)
d = copy.deepcopy(n)
print('self-ref', d is not n, d.me is d, d.kids[0] is d, d.name)
pair = copy.deepcopy([n, n])
print('shared', pair[0] is pair[1], pair[0].me is pair[0])


class Global:
    def __reduce__(self):
        return 'GLOBAL_G'


GLOBAL_G = Global()
print('string', copy.copy(GLOBAL_G) is GLOBAL_G, copy.deepcopy([GLOBAL_G])[0] is GLOBAL_G)


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    return (Registered, (obj.v * 2,))


copyreg.pickle(Registered, reduce_registered)
print('copyreg', copy.copy(Registered(1)).v, copy.deepcopy(Registered(5)).v)


class Both:
    def __copy__(self):
        return 'copied'

    def __deepcopy__(self, memo):
        return 'deepcopied'

    def __reduce__(self):
        return (list, ())


print('precedence', copy.copy(Both()), copy.deepcopy(Both()))


class Bad:
    def __reduce__(self):
        raise ValueError('no reduce for you')


for f in (copy.copy, copy.deepcopy):
    try:
        f(Bad())
    except ValueError as e:
        print('error', f.__name__, e)


class Bad2:
    def __reduce_ex__(self, proto):
        raise KeyError(proto)


try:
    copy.deepcopy({'k': Bad2()})
except KeyError as e:
    print('error reduce_ex', repr(e))


class NoReduce:
    def __init__(self):
        self.a = [1]


x = NoReduce()
y = copy.deepcopy(x)
print('plain', y.a, y.a is x.a, copy.copy(x).a is x.a)
