# sys.exit(3): the exit status is 3; finally blocks run on the way out.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
