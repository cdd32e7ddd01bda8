# The built-in exception classes and their bases.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (LookupError, Exception), (TypeError, Exception), (ValueError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception), (AttributeError, Exception),
    (RecursionError, RuntimeError), (RuntimeError, Exception), (StopIteration, Exception),
    (AssertionError, Exception), (OSError, Exception), (MemoryError, Exception),
    (KeyboardInterrupt, BaseException), (Exception, BaseException),
]
for sub, base in checks:
    try:
        raise sub("m")
    except base as e:
        print(sub.__name__, "is caught by", base.__name__, isinstance(e, base))
try:
    raise KeyboardInterrupt()
except Exception:
    print("wrong: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("KeyboardInterrupt is only a BaseException", isinstance(e, Exception))
try:
    raise ZeroDivisionError
except LookupError:
    print("wrong")
except ArithmeticError as e:
    print("class raised, instance caught:", type(e).__name__, repr(e))
