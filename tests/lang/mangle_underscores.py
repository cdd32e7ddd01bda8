class E:
    __ = 1
    ___ = 2
    __x = 3
    __y__ = 4
    def f(self):
        return self.__, self.___, self.__x, self.__y__
print(sorted(k for k in vars(E) if not k.startswith('__') or k in ('__', '___')), E().f())
