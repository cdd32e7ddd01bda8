# tracemalloc: gilvm imports it but cannot trace (python3 can, so this test
# has no oracle: see tracemalloc_refused.nopy).  Everything but start()
# answers as python3 does while not tracing.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback([1]), tracemalloc.get_tracemalloc_memory())
tracemalloc.stop()
tracemalloc.clear_traces()
tracemalloc.reset_peak()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
f = tracemalloc.Filter(False, '<frozen importlib._bootstrap>')
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(True, 3)
print(d.inclusive, d.domain)
try:
    tracemalloc.start(5)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(tracemalloc.is_tracing())
