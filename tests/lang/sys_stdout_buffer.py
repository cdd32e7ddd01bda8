# sys.stdout and sys.stderr have the TextIOWrapper face programs use:
# .buffer for bytes, fileno(), isatty(), encoding, writelines ...
import os
import sys

def seekable_fd(fd):
    try:
        os.lseek(fd, 0, os.SEEK_CUR)
        return True
    except OSError:
        return False

print("text", flush=True)
n = sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.flush()
print(n, sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.buffer.mode, sys.stdout.closed)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.buffer.fileno(), sys.stdout.writable(),
      sys.stdout.readable(), sys.stdout.seekable() == seekable_fd(1), sys.stdout.isatty() == os.isatty(1))
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
sys.stdout.buffer.writelines([b"c", b"d\n"])
print(sys.stdout.buffer.write(bytearray(b"ba\n")), sys.stdout.buffer.write(memoryview(b"mv\n")), flush=True)
print(sys.stdout.newlines, sys.stderr.buffer.name, sys.stdout.buffer.writable())
for f in (lambda: sys.stdout.buffer.write("str"), lambda: sys.stdout.write(b"x"),
          lambda: sys.stdout.fileno(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", type(e).__name__)
sys.stdout.flush()
os.write(sys.stdout.fileno(), b"raw\n")
