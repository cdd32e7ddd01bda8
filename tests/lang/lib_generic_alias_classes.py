# Typed concurrent code writes queue.Queue[int], Future[str], deque[float]
# in annotations that run (module and class level, parameters): those
# classes subscript to a types.GenericAlias as in python3 (PEP 585).
import asyncio
import collections
import contextlib
import queue
import subprocess
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.pool import ApplyResult

jobs: queue.Queue[tuple[int, str]] = queue.Queue()
results: collections.deque[float] = collections.deque(maxlen=3)


def worker(q: queue.Queue[tuple[int, str]], out: collections.deque[float]) -> Future[int]:
    n, tag = q.get()
    out.append(n / 2)
    f: Future[int] = Future()
    f.set_result(n)
    return f


jobs.put((5, "five"))
print(worker(jobs, results).result(), list(results))
print(worker.__annotations__["return"], worker.__annotations__["q"])

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, Future,
            asyncio.Queue, asyncio.PriorityQueue, subprocess.Popen,
            subprocess.CompletedProcess, ApplyResult, collections.deque,
            collections.defaultdict, collections.OrderedDict, collections.Counter,
            collections.ChainMap, collections.UserDict, collections.UserList,
            contextlib.AbstractContextManager, contextlib.nullcontext,
            contextlib.AbstractAsyncContextManager):
    alias = cls[int]
    print(alias, alias.__origin__ is cls, alias.__args__, type(alias).__name__)
print(collections.defaultdict[str, list[int]])
print(queue.Queue[int]() .qsize(), type(collections.deque[int]([1, 2])).__name__)


with ThreadPoolExecutor(1) as ex:
    fut: Future[int] = ex.submit(sum, [1, 2, 3])
    print(fut.result())
