# copy sees a __reduce__ deleted from a class after the class's first copy:
# then count's own __reduce__ rebuilds the copies, with their count.
import copy
import itertools


class Counter(itertools.count):
    def __reduce__(self):
        return (Counter, (100,))


c = Counter(5)
next(c)
copy.copy(c)
copy.deepcopy(c)
del Counter.__reduce__
print(copy.copy(c), copy.deepcopy(c))
print(next(copy.copy(c)), next(c))
