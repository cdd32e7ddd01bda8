# typing's Supports* protocols answer isinstance for the built-in numbers
# through their special methods, which the VM's int, float and bool have.
from typing import SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, SupportsRound

for v in (3, 2.5, True, "x", b"x", None):
    print(repr(v), [p.__name__ for p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs,
                                          SupportsRound) if isinstance(v, p)])
for v in (3, 2.5, True):
    print(type(v).__name__, v.__int__(), v.__float__(), v.__abs__(), v.__round__(),
          v.__trunc__(), v.__floor__(), v.__ceil__(), type(v.__round__()).__name__)
print((-2.5).__round__(), (2.675).__round__(2), (7).__round__(-1), (-7.5).__floor__(), (-7.5).__ceil__())
