def f(items):
    for x in items:
        try:
            if x:
                break
            continue
        finally:
            print("cleanup")
    try:
        return g()
    finally:
        return 0

def h():
    try:
        pass
    except:
        return 1
