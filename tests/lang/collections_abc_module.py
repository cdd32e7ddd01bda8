# _collections_abc names the classes collections.abc exports (code that
# imports them from CPython's private module finds the same ones).
import _collections_abc as c
import collections.abc as a

print(c.Mapping is a.Mapping, c.Sequence is a.Sequence, c.Iterable is a.Iterable)
print(sorted(set(a.__all__) - set(c.__all__)))


class M(c.Mapping):
    def __getitem__(self, k):
        return k.upper()

    def __iter__(self):
        return iter('ab')

    def __len__(self):
        return 2


print(dict(M()), isinstance({}, c.MutableMapping), issubclass(list, c.Sequence))
