# try/except/else/finally: which blocks run, in which order.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
        print("  try end")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no error:")
run(False)
print("error:")
run(True)
def uncaught():
    try:
        raise KeyError("k")
    except ValueError:
        print("not this handler")
    finally:
        print("  finally before propagating")
try:
    uncaught()
except KeyError as e:
    print("caught outside:", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise RuntimeError("from handler")
    finally:
        print("inner finally")
except RuntimeError as e:
    print("outer got", e)
for exc in [IndexError, KeyError, TypeError]:
    try:
        raise exc("x")
    except (IndexError, KeyError):
        print(exc.__name__, "caught by tuple")
    except Exception:
        print(exc.__name__, "caught by Exception")
try:
    raise ValueError
except:
    print("bare except")
