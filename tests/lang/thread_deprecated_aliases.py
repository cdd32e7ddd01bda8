# Old threading code calls the camelCase aliases (t.setDaemon(True),
# threading.currentThread(), ev.isSet(), ...): they still work, and warn
# DeprecationWarning at the caller's line as python3 (3.10+) does.
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = threading.Thread(target=lambda: None, name="old")
    t.setDaemon(True)
    print(t.isDaemon(), t.getName())
    t.setName("renamed")
    print(t.name)
    ev = threading.Event()
    ev.set()
    print(ev.isSet())
    print(threading.currentThread() is threading.current_thread(),
          threading.activeCount() == threading.active_count())
    cond = threading.Condition()
    with cond:
        cond.notifyAll()
for w in caught:
    print(w.category.__name__, w.lineno, w.filename == __file__, w.message)

# A program that makes DeprecationWarning an error gets an exception.
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        threading.activeCount()
    except DeprecationWarning as e:
        print("raised:", e)
t = ev = cond = caught = None
