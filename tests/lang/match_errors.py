class C:
    __match_args__ = ('a',)
    def __init__(s): s.a = 1; s.b = 2
class D:
    __match_args__ = ['a']
class E:
    __match_args__ = (1,)
class F: pass
import types
ns = types.SimpleNamespace(k='a', notcls=3)

def t(code):
    try: exec(code)
    except Exception as e: print(type(e).__name__, e)
t("match C():\n case C(1, 2): pass")
t("match D():\n case D(1): pass")
t("match E():\n case E(1): pass")
t("match F():\n case F(1): pass")
t("match C():\n case C(x, a=1): pass")
t("match 3:\n case ns.notcls(): pass")
t("match {'a': 1}:\n case {ns.k: 1, 'a': 2}: pass")
t("match 5:\n case int(x): print(x)")
t("match True:\n case int(x): print(x)")
t("match 'ab':\n case str(x): print(x)")
t("match 'ab':\n case [a, b]: print(a)\n case _: print('no')")
t("match 1:\n case x:pass\n case 2: pass")
t("match 1:\n case _:pass\n case 2: pass")
t("match 1:\n case x | 1:pass")
t("match 1:\n case [x, x]:pass")
t("match 1:\n case x | y:pass")
