# What concurrent.futures cannot raise to anyone -- a done callback that
# fails, a pool worker's initializer that fails -- goes to the
# "concurrent.futures" logger, so a program's own logging handlers see it
# (with the exception attached), as in python3.
import logging
from concurrent.futures import Future, ThreadPoolExecutor, thread

seen = []


class Collect(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        seen.append((record.name, record.levelname, record.msg,
                     type(exc).__name__, str(exc)))


logger = logging.getLogger("concurrent.futures")
handler = Collect()
logger.addHandler(handler)
logger.propagate = False


def bad_callback(fut):
    raise KeyError("cb")


f = Future()
f.add_done_callback(bad_callback)
f.set_result(1)
f.add_done_callback(bad_callback)   # already done: runs at once
print("result still", f.result())


def bad_init():
    raise RuntimeError("no database")


ex = ThreadPoolExecutor(1, initializer=bad_init)
job = ex.submit(pow, 2, 5)
try:
    job.result(timeout=5)
except thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
ex.shutdown()

for entry in seen:
    print(entry)
logger.removeHandler(handler)
logger.propagate = True
f = job = ex = handler = None
