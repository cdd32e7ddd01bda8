# AttributeError carries name and obj, NameError name: given as keywords
# or set where the VM raises them (a missing attribute, slot or global).
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, 'EXC', type(e).__name__, e)
t('ae', lambda: (AttributeError('x', name='n', obj=1).name, AttributeError('x', obj=[1]).obj, AttributeError('m').name, AttributeError().obj, AttributeError('m', name='z').args))
t('ne', lambda: (NameError('x', name='q').name, NameError().name, UnboundLocalError(name='u').name))
t('ae bad', lambda: AttributeError(foo=1))
t('ne bad', lambda: NameError(obj=1))
t('ie bad', lambda: ImportError(foo=1))
t('ve bad', lambda: ValueError(x=1))
class Sub(AttributeError): pass
t('sub', lambda: (Sub('s', name='w').name, Sub().obj))
try:
    object().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(e.name)
import math
try:
    math.nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    int.nope
except AttributeError as e:
    print(e.name, e.obj)
class K:
    __slots__ = ('s',)
try:
    K().s
except AttributeError as e:
    print(e, e.name)
def f():
    return not_defined_anywhere
try:
    f()
except NameError as e:
    print(e.name, e.args)
e = AttributeError('x')
e.name = 'set'
print(e.name, e.obj)
