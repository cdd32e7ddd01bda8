# expect: 0
# isinstance/issubclass over a classinfo tuple 335,000 deep recursed in C
# without bound (a C stack overflow).  Found once the fuzz inputs could
# grow (tests/fuzz/expand.h): each statement nests 50 levels.
c = int
@{6700*c = ((((((((((((((((((((((((((((((((((((((((((((((((((c,),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),)
}@for fn, arg in ((isinstance, 1), (issubclass, bool)):
    try:
        fn(arg, c)
    except RecursionError:
        pass
