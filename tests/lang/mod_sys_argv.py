# sys.argv: the script name then the extra arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], type(sys.argv).__name__)
for a in sys.argv[1:]:
    print("arg:", a, len(a))
print(int(sys.argv[2]) * 2)
