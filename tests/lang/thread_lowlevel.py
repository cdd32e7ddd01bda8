# _thread, the module threading is built on: start_new_thread (args, kwargs,
# returned ident), allocate_lock/LockType (acquire(blocking, timeout), locked,
# release errors, context manager), RLock, get_ident/get_native_id, _count,
# TIMEOUT_MAX, error; argument errors in CPython's words.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
seen = []
def job(a, b=0):
    seen.append((a, b, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(job, (1,), {"b": 2})
done.acquire()
print(seen, type(ident) is int)
deadline = time.monotonic() + 10
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.001)
print("count after:", _thread._count())

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.locked(), lk.acquire(), lk.locked())
print(lk.acquire(False), lk.acquire(True, 0.01), lk.acquire(timeout=0))
lk.release()
with lk:
    print("in with:", lk.locked())
print("after with:", lk.locked())
for bad in [lambda: lk.release(), lambda: lk.acquire(False, 1),
            lambda: lk.acquire(True, -2), lambda: lk.acquire(timeout=_thread.TIMEOUT_MAX * 2),
            lambda: _thread.start_new_thread(job, [1]),
            lambda: _thread.start_new_thread(job, (1,), [])]:
    try:
        bad()
    except (RuntimeError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
print(type(_thread.get_native_id()) is int)
