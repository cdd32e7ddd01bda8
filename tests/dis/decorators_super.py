"""Module docstring."""

class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.items = [
            x,
            x + 1,
        ]

    @property
    def p(self):
        return __class__

    @staticmethod
    @cache(size=2)
    def s(a, /, b):
        assert a, "a must be set"
        raise ValueError(a) from b

r = f(a,
      b)
