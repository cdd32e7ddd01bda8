# An uncaught ModuleNotFoundError: traceback and exit status 1.
import sys
print("before")
import impfix_nothere_at_all
print("not reached")
