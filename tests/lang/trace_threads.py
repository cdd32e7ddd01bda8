# Trace and profile hooks are per thread: a hook set in one thread sees
# only that thread's frames; threading.settrace / setprofile give a hook to
# every thread started afterwards (not to the one that called them).
import sys
import threading


def work(n):
    total = 0
    for i in range(n):
        total += square(i)
    return total


def square(x):
    return x * x


def make_tracer(log):
    def tracer(frame, event, arg):
        if event in ('call', 'return'):
            log.append((event, frame.f_code.co_name))
        return tracer
    return tracer


logs = {'a': [], 'b': []}


def traced_thread(name, n):
    sys.settrace(make_tracer(logs[name]))
    work(n)
    sys.settrace(None)


threads = [threading.Thread(target=traced_thread, args=('a', 2)),
           threading.Thread(target=traced_thread, args=('b', 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ('a', 'b'):
    print(name, logs[name])
print('main thread hook:', sys.gettrace())

# threading.settrace: threads started after it get the hook.
seen = []
lock = threading.Lock()


def global_tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name in ('work', 'square'):
        with lock:
            seen.append((threading.current_thread().name, frame.f_code.co_name))
    return None


threading.settrace(global_tracer)
t = threading.Thread(target=work, args=(2,), name='T1')
t.start()
t.join()
work(1)   # the main thread has no hook
threading.settrace(None)
t = threading.Thread(target=work, args=(1,), name='T2')
t.start()
t.join()
print(seen)

# threading.setprofile the same way.
calls = []


def prof(frame, event, arg):
    if event == 'c_call' and arg.__name__ in ('len', 'sorted', 'repr'):
        calls.append(arg.__name__)


threading.setprofile(prof)
t = threading.Thread(target=lambda: len(repr(sorted([2, 1]))))
t.start()
t.join()
threading.setprofile(None)
print(calls)
