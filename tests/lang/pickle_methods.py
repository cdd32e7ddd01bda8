# Bound methods pickle as getattr(obj, name), as CPython reduces them: the
# method is looked up again on the rebuilt object, which the pickle shares
# with any other reference to it.  Builtins bound to an object (l.append,
# d.get) go the same way; plain builtins (len, math.sqrt) are globals.
# copy.copy binds the same function to the same object again; deepcopy binds
# it to the copy of the object.  multiprocessing pickles a Process's
# target: q.put must go across.
import binascii
import copy
import math
import multiprocessing as mp
import pickle


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls, v):
        return cls(v)


def main():
    a = A(5)
    m = pickle.loads(pickle.dumps(a.get))
    print(m(), type(m).__name__, m.__self__.v)
    print(pickle.loads(pickle.dumps(A.make))(7).v)
    l = [1, 2]
    app = pickle.loads(pickle.dumps(l.append))
    app(3)
    print(app.__self__, l)
    print(pickle.loads(pickle.dumps(len))([1, 2, 3]), pickle.loads(pickle.dumps(math.sqrt))(16.0))
    # a C function that carries state (its error class) is still a global
    print(pickle.loads(pickle.dumps(binascii.unhexlify)) is binascii.unhexlify, pickle.loads(pickle.dumps([5].pop))())
    t = pickle.loads(pickle.dumps((a.get, a)))
    print(t[0].__self__ is t[1])
    print(a.get.__reduce__()[0] is getattr, a.get.__reduce__()[1][1])
    print(l.append.__reduce__()[1][1], len.__reduce__())
    print(pickle.loads(pickle.dumps({'k': 1}.get))('k'))
    c = copy.copy(a.get)
    print(c == a.get, c.__self__ is a)
    box = copy.deepcopy([a, a.get])
    print(box[1].__self__ is box[0], box[1].__self__ is a, box[1]())
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.loads(pickle.dumps(a.get, proto))())
    q = mp.Queue()
    p = mp.Process(target=q.put, args=(42,))   # the target is a bound method
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)


if __name__ == "__main__":
    main()
