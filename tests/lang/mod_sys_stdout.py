# sys.stdout.write: no newline added, returns the number of characters.
import sys
n = sys.stdout.write("written")
sys.stdout.write(" and more\n")
print(n)
print(sys.stdout.write("héllo\n"))
sys.stdout.write("")
print("interleaves with print:", end=" ")
sys.stdout.write("ok\n")
w = sys.stdout.write
w("via bound method\n")
