# faulthandler: tracebacks written straight to a file descriptor — on
# demand, after a timeout (a hung threaded program), and when the process
# dies of a fatal signal — in CPython's format.
import faulthandler
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.basename(__file__)


def tidy(text):
    """Thread ids vary and library frames differ between interpreters: keep
    the headers and this file's frames."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]{16}", "0xID", line)
        if line.startswith("  File "):
            if HERE not in line:
                continue
            line = "  File %s" % line[line.index(HERE):]
        out.append(line)
    return out


def dumped(fn):
    with tempfile.TemporaryFile("w+") as f:
        fn(f)
        f.seek(0)
        return tidy(f.read())


go = threading.Event()
ready = threading.Event()


def worker():
    ready.set()
    go.wait()


t = threading.Thread(target=worker)
t.start()
ready.wait()
time.sleep(0.05)


def here(f, all_threads):
    faulthandler.dump_traceback(file=f, all_threads=all_threads)


for line in dumped(lambda f: here(f, True)):
    print(line)
print("--")
for line in dumped(lambda f: here(f, False)):
    print(line)
print("--")


def later(f):
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
    faulthandler.cancel_dump_traceback_later()


for line in dumped(later):
    print(line)
print("--")
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.cancel_dump_traceback_later()     # before it fires: nothing
    time.sleep(0.4)
    f.seek(0)
    print(repr(f.read()))
go.set()
t.join()

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
for bad in (0, -1):
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print("ValueError", e)

# The process ends: by exit(1) after the timeout's dump, by the signal after a crash's.
code = "import faulthandler, time\nfaulthandler.dump_traceback_later(0.05, exit=True)\ntime.sleep(10)\nprint('not here')\n"
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr.splitlines()[:1], tidy(r.stderr)[1:2])
code = "import faulthandler\nfaulthandler.enable()\ndef f():\n    faulthandler._sigsegv()\nf()\n"
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode, tidy(r.stderr.replace('"<string>"', HERE)))
