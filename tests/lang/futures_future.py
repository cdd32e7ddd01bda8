# Future on its own: states, callbacks, cancel, set_result/set_exception.
import concurrent.futures as cf
import threading

f = cf.Future()
print(f.done(), f.running(), f.cancelled(), repr(f).endswith('state=pending>'))
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), repr(f).endswith('state=cancelled>'))
for m in (f.result, f.exception):
    try:
        m()
    except cf.CancelledError:
        print('CancelledError', issubclass(cf.CancelledError, Exception))
print(f.set_running_or_notify_cancel())

f = cf.Future()
seen = []
f.add_done_callback(lambda x: seen.append(('cb1', x.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
f.add_done_callback(lambda x: seen.append(('late', x.result())))
print(seen, f.result(), f.exception(), f.done(), repr(f).endswith('returned int>'))
try:
    f.set_result(1)
except cf.InvalidStateError:
    print('InvalidStateError')
try:
    f.set_running_or_notify_cancel()
except RuntimeError:
    print('RuntimeError')

f = cf.Future()
f.set_exception(KeyError('k'))
print(repr(f.exception()), repr(f).endswith('raised KeyError>'))
try:
    f.result()
except KeyError as e:
    print('KeyError', e)

f = cf.Future()
try:
    f.result(timeout=0.01)
except cf.TimeoutError:
    print('TimeoutError', issubclass(cf.TimeoutError, Exception))
try:
    f.exception(timeout=0)
except cf.TimeoutError:
    print('TimeoutError again')

# A result set by another thread wakes the waiter.
f = cf.Future()
t = threading.Thread(target=lambda: f.set_result('from thread'))
t.start()
print(f.result(timeout=30))
t.join()

# wait and as_completed over futures already done.
a, b = cf.Future(), cf.Future()
a.set_result(1)
b.cancel()
b.set_running_or_notify_cancel()
d, nd = cf.wait([a, b])
print(len(d), len(nd))
print(sorted(x.cancelled() for x in cf.as_completed([a, b])))
print(issubclass(cf.BrokenExecutor, RuntimeError))
