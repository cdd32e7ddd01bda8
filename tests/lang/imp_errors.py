# Import failures in CPython's words: missing modules and names, a module
# whose body raises (it leaves sys.modules and runs again on the next
# import), relative imports that go nowhere, None in sys.modules.
import sys
DIR = sys.path[0]


def show(e):
    print(type(e).__name__ + ":", str(e).replace(DIR, "DIR"))


try:
    import impfix_nothere
except ModuleNotFoundError as e:
    show(e)
    print("name:", e.name, isinstance(e, ImportError))
try:
    import impfix.nothere
except ModuleNotFoundError as e:
    show(e)
    print("name:", e.name)
try:
    import impfix.notpkg.sub
except ModuleNotFoundError as e:
    show(e)
try:
    from impfix import nothere
except ImportError as e:
    show(e)
    print("name:", e.name, "path:", e.path.replace(DIR, "DIR"))
try:
    from sys import nothere
except ImportError as e:
    show(e)
try:
    import impfix.imports_missing
except ModuleNotFoundError as e:
    show(e)
print("impfix.imports_missing" in sys.modules)
for attempt in range(2):
    try:
        import impfix.raises
    except ValueError as e:
        show(e)
    print("in sys.modules:", "impfix.raises" in sys.modules)
try:
    from . import anything
except ImportError as e:
    show(e)
try:
    __import__("x", {"__package__": "impfix"}, None, [], 3)
except ImportError as e:
    show(e)
try:
    __import__("")
except ValueError as e:
    show(e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    show(e)
try:
    __import__(5)
except TypeError as e:
    show(e)
try:
    __import__("impfix", fromlist=[5])
except TypeError as e:
    show(e)
sys.modules["impfix_blocked"] = None
try:
    import impfix_blocked
except ModuleNotFoundError as e:
    show(e)
