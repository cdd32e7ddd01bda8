# UnboundLocalError and free-variable NameError in python3's words.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def read_before_assign():
    print(x)
    x = 1
attempt("local", read_before_assign)

def after_del():
    y = 2
    del y
    return y
attempt("deleted local", after_del)

def aug_before_assign():
    total += 1
    total = 0
attempt("augmented", aug_before_assign)

def free_too_early():
    def inner():
        return v
    r = inner()
    v = 1
    return r
attempt("free variable", free_too_early)

def cell_too_early():
    def inner():
        return w
    print(w)
    w = 1
    return inner
attempt("cell read", cell_too_early)

def free_deleted():
    z = 3
    def inner():
        return z
    del z
    return inner()
attempt("free deleted", free_deleted)

count = 0
def shadows_global():
    count = count + 1
attempt("shadowed global", shadows_global)

try:
    read_before_assign()
except UnboundLocalError as e:
    print("is NameError:", isinstance(e, NameError), e.args)
def delfast():
    del x
    x = 1
attempt("del fast", delfast)
def delderef():
    def inner():
        return y
    del y
    y = 1
attempt("del deref", delderef)
def delglobal():
    global nosuch
    del nosuch
attempt("del global", delglobal)
def loadglobal():
    return nosuch2
attempt("load global", loadglobal)
def classderef():
    class K:
        print(z)
    z = 1
attempt("class deref", classderef)
def classname():
    class K:
        del q
attempt("class del", classname)
def nonloc():
    a = 1
    def inner():
        nonlocal a
        del a
        return a
    return inner()
attempt("nonlocal del", nonloc)
def store_deref_del():
    b = 1
    def inner():
        return b
    del b
    del b
attempt("double del cell", store_deref_del)
