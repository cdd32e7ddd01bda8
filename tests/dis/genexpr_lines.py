import dis

def f():
    return list(q+"" for q in [""])==list(

        q+"" for q in [5])
