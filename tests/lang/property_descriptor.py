# A property driven through __get__/__set__/__delete__ by hand.
class A:
    @property
    def x(self): return 5
    y = property(None)
a = A()
p = A.__dict__['x']
print(p.__get__(a), p.__get__(None, A) is p, p.__get__(a, A))
for call in (lambda: p.__set__(a, 1), lambda: p.__delete__(a), lambda: A.__dict__['y'].__get__(a)):
    try: call()
    except AttributeError as e: print('AttributeError')
import inspect
print(inspect.isdatadescriptor(p))
