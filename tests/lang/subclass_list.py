# list subclasses: the base's layout and methods, overrides reached by the
# built-in operations, a __dict__ beside the items.
class Plain(list):
    pass

p = Plain([1, 2])
p.append(3)
p.extend((4, 5))
p.tag = "t"
print(p, len(p), type(p).__name__, type(p) is Plain, isinstance(p, list), p.tag)
print(p == [1, 2, 3, 4, 5], [1, 2, 3, 4, 5] == p, 3 in p, 9 in p, p[0], p[-1], p[1:3])
print(type(p[1:3]).__name__, type(p + [6]).__name__, type(p * 2).__name__, sorted(p, reverse=True))
print(bool(Plain()), bool(p), sum(p), list(reversed(p)), p.index(3), p.count(1))
p[0] = 10
del p[1]
p.sort()
print(p, p.pop(), p, Plain.__name__, Plain.__mro__[1] is list)
p += [7]
print(p, type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print(e)


class Logged(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 10)

    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)

    def __len__(self):
        return 100 + super().__len__()

    def __repr__(self):
        return "Logged(%s, %s)" % (self.name, list.__repr__(self))

    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)

    def __iter__(self):
        for v in list.__iter__(self):
            yield v * 2

    def __eq__(self, other):
        return isinstance(other, Logged) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


g = Logged([1, 2, 3], "g")
print(g[1], len(g), repr(g), str(g), g, [v for v in g], list(g))
g[0] = 5
del g[2]
print(list.__len__(g), list.__getitem__(g, 0), 2 in g, g == Logged([], "g"), g != Logged([], "h"))
print(hash(g) == hash("g"), {g: 1}[Logged([9], "g")], "%s|%r" % (g, g), f"{g}")


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack().push(1).push(2)
print(s.peek(), s, len(s), s.pop(), s)


class NoInit(list):
    def __init__(self):
        pass


print(NoInit(), len(NoInit()))
try:
    Plain(1, 2)
except TypeError as e:
    print(e)
