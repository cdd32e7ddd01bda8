# Which bases CPython refuses, and its words for it.
import sys


def attempt(label, src):
    try:
        exec(src, {})
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("bool", "class X(bool): pass")
attempt("range", "class X(range): pass")
attempt("slice", "class X(slice): pass")
attempt("NoneType", "class X(type(None)): pass")
attempt("builtin", "class X(type(len)): pass")
attempt("function", "class X(type(lambda: 0)): pass")
attempt("list+dict", "class X(list, dict): pass")
attempt("int+str", "class X(int, str): pass")
attempt("exc+list", "class X(Exception, list): pass")
attempt("sub-list+sub-dict", "class A(list): pass\nclass B(dict): pass\nclass C(A, B): pass")
attempt("duplicate", "class A: pass\nclass C(A, A): pass")
attempt("mro", "class A: pass\nclass B(A): pass\nclass C(A, B): pass")
attempt("mro2", "class A: pass\nclass B(A): pass\nclass C(A): pass\n"
        "class D(B, C): pass\nclass E(C, B): pass\nclass F(D, E): pass")
attempt("object first", "class C(object, int): pass")
attempt("two exceptions", "class E(ValueError, KeyError): pass")
attempt("mixin+list", "class M: pass\nclass C(M, list): pass")
attempt("slots on int", "class X(int): __slots__ = ('a',)")
attempt("empty slots on int", "class X(int): __slots__ = ()")
attempt("init_subclass kw", "class X(flag=1): pass")
attempt("object.__new__", "class L(list): pass\nobject.__new__(L)")
attempt("object args", "class P: pass\nP(1)")
attempt("object.__init__ args", "class P:\n def __init__(self, a):\n  super().__init__(a)\nP(1)")
attempt("new not subtype", "int.__new__(str)")
attempt("list args", "class L(list): pass\nL(1, 2)")
attempt("init returns", "class P:\n def __init__(self):\n  return 1\nP()")
try:
    exec("class S:\n __slots__ = ('x',)\n x = 1", {})
except ValueError as e:
    print("slot conflict ValueError:", e)
sys.stdout.flush()
