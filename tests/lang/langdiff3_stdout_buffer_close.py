# Closing sys.stdout.buffer closes the text layer over it too.
import os
import sys

sys.stdout.write("before\n")
sys.stdout.buffer.close()
out = [repr(sys.stdout.closed)]
for name in ("write", "flush"):
    try:
        getattr(sys.stdout, name)(*(["y"] if name == "write" else []))
        out.append(name + ": ok")
    except ValueError as e:
        out.append(name + ": " + str(e))
os.write(1, ("\n".join(out) + "\n").encode())
sys.stdout = sys.stderr
