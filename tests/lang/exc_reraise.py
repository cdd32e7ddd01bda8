# Bare raise re-raises the exception being handled.
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer got:", e)
def change():
    try:
        inner()
    except ValueError as e:
        raise TypeError("converted: " + str(e))
try:
    change()
except TypeError as e:
    print(type(e).__name__, e)
err = KeyError("kept")      # a global: a local would make a frame/traceback cycle
def reraise_instance():
    try:
        raise err
    except KeyError as e:
        print(e is err)
        raise e
try:
    reraise_instance()
except KeyError as e:
    print("again:", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
