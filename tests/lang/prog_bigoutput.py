# Lots of output, mixing print and sys.stdout.write: nothing lost or reordered.
import sys
total = 0
for i in range(3000):
    if i % 2:
        print(i, i * i, sep=":")
    else:
        sys.stdout.write(str(i) + "\n")
    total += i
print("total", total)
