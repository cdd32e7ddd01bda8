# Evaluation order: left to right, each operand once.
log = []
def t(label, value=None):
    log.append(label)
    return label if value is None else value
def show(what):
    global log
    print(what, log)
    log = []
t("a", 1) + t("b", 2) * t("c", 3)
show("binary ops:")
t("f", print)(t("x"), t("y"), sep=t("sep", " "), end=t("end", "\n"))
show("call:")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
[t("l1"), t("l2")], (t("t1"), t("t2"))
show("list then tuple:")
d = {"n": 0}
t("d", d)[t("key", "n")] += t("inc", 5)
show("augmented subscript:")
print(d)
class O:
    pass
o = O()
o.v = 1
t("obj", o).v += t("rhs", 2)
show("augmented attribute:")
t("lhs", 1) < t("mid", 2) < t("rhs", 3)
show("chained compare:")
t("c", 0) if t("cond", False) else t("alt", 0)
show("conditional:")
lst = [0, 0]
i = 0
i, lst[i] = 1, 9
print("targets assigned left to right:", i, lst)
x = [t("comp" + str(n)) for n in range(2) if t("if" + str(n), True)]
show("comprehension:")
t("obj", o).v = t("value", 7)
show("store: value before target object:")
