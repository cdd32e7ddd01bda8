# Exceptions raised in finally, and return in finally.
def replaced():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    replaced()
except TypeError as e:
    print("got", type(e).__name__, e, "| context:", repr(e.__context__))
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def side_effects():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(side_effects())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_finally())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
