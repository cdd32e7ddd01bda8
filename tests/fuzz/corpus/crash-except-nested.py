# expect: 0
# `except e:` with e a tuple 335,000 deep recursed in C without bound (a C
# stack overflow), and accepted a nested tuple, which CPython refuses.
# Each statement nests 50 levels (tests/fuzz/expand.h).
e = ValueError
@{6700*e = ((((((((((((((((((((((((((((((((((((((((((((((((((e,),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),)
}@try:
    try:
        raise ValueError
    except e:
        pass
except TypeError:
    pass
