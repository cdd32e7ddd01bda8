# Leaving a finally body (return, break, continue) and the paths into it.
def a():
    try:
        return 1
    finally:
        return 2
def b(x):
    try:
        return x
    finally:
        return x + 1
def c(x):
    while x:
        try:
            break
        finally:
            continue
def d(x):
    try:
        pass
    finally:
        for i in x:
            break
def e(x):
    try:
        pass
    finally:
        def inner():
            return 1
def f(x):
    try:
        try:
            return x
        finally:
            print(1)
    finally:
        return 3
def g(x):
    try:
        return x
    finally:
        try:
            return 5
        finally:
            pass
def h(x):
    try:
        return x
    except E as e:
        return e
    finally:
        return 0
