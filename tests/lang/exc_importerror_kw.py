# ImportError (and its subclasses) take name= and path= keywords, as
# importlib raises them; other exceptions take no keywords.
e = ImportError('no luck', name='mod', path='/x/mod.py')
print(e, e.msg, e.name, e.path, e.args)
print(ModuleNotFoundError('m', name='pkg.sub').name)


class Custom(ImportError):
    pass


class WithInit(ImportError):
    def __init__(self, msg, **kw):
        super().__init__(msg, **kw)
        self.extra = True


print(Custom('c', path='p').path, Custom('c').name)
w = WithInit('w', name='n')
print(w.name, w.path, w.extra)
for make in (lambda: ImportError('m', nam='x'), lambda: ValueError('m', name='x'),
             lambda: Custom('m', other=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
try:
    raise ModuleNotFoundError("No module named 'q'", name='q')
except ImportError as e:
    print(type(e).__name__, e.name)
