# SystemExit can be caught like any exception; sys.exit() and sys.exit(None) mean 0.
import sys
for arg in [0, 5, "text", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    sys.exit(2)
except Exception:
    print("not an Exception subclass, so not caught here")
except BaseException:
    print("caught as BaseException")
sys.exit(0)
print("not reached")
