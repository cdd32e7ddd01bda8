# A finally body that returns, breaks or continues: the try's own return
# value, a pending exception and the loop all give way to it.
def ret_over_ret(x):
    try:
        return x
    finally:
        return x + 1

def ret_over_raise():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def break_over_return(items):
    out = []
    for i in items:
        try:
            out.append(i)
            return out
        finally:
            if i < 2:
                continue
            break
    out.append("after")
    return out

def nested(x):
    try:
        try:
            return [x]
        finally:
            x += 10
    finally:
        if x > 15:
            return x

def handler(x):
    try:
        return 1 // x
    except ZeroDivisionError as e:
        return type(e).__name__
    finally:
        if x == 5:
            return "five"

def deep(n):
    total = 0
    while n:
        n -= 1
        try:
            try:
                total += n
                if n == 3:
                    break
            finally:
                if n % 2:
                    continue
        finally:
            total += 100
    return total

print(ret_over_ret(1), ret_over_raise())
print(break_over_return([0, 1, 2, 3]), break_over_return([0]))
print(nested(1), nested(9))
print(handler(0), handler(2), handler(5))
print(deep(8))
