# assert statements.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("AssertionError:", e)
def check(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
calls = []
def side():
    calls.append(1)
    return "msg"
assert True, side()
print("message not evaluated when the assertion holds:", calls)
