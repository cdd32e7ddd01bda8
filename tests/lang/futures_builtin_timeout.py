import threading
import concurrent.futures as cf
from concurrent.futures import Future, ThreadPoolExecutor
print(issubclass(cf.TimeoutError, TimeoutError), cf.TimeoutError is TimeoutError)
try: Future().result(timeout=0.01)
except TimeoutError as e: print("builtin TimeoutError caught", type(e).__name__)
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    f = ex.submit(ev.wait)
    try: list(cf.as_completed([f], timeout=0.01))
    except TimeoutError as e: print("as_completed", e)
    ev.set()
