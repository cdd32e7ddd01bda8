# ccbench.py SECONDS throughput|latency TASK NTHREADS -- one measurement of
# CPython's own GIL benchmark, Tools/ccbench (Antoine Pitrou's, shipped by
# Debian in python3.X-examples), run unchanged: this wrapper imports it,
# shortens its durations (ccbench asks 2 s per measurement; SECONDS here) and
# calls its own test functions once, so the numbers are ccbench's, not ours.
#   throughput  TASK in NTHREADS threads at once: iterations/s of all threads
#   latency     a UDP ping from another process every 10 ms while NTHREADS
#               threads run TASK: how late the main thread answers, in ms
# TASK names one of ccbench's tasks by its function, without "task_":
# pidigits (Python), regex, compress_bz2, hashing (C that releases the GIL).
# Prints `metric NAME VALUE` lines for experiments/run.  `ccbench.py --where`
# prints the ccbench.py it would run.
import os
import sys

USAGE = "usage: ccbench.py SECONDS throughput|latency TASK NTHREADS  |  ccbench.py --where"


def candidates():
    """Where ccbench.py may be: $GILKIT_CCBENCH, Debian's examples, the 3.2 peer's source."""
    env = os.environ.get("GILKIT_CCBENCH")
    if env:
        return [env]
    found = []
    doc = "/usr/share/doc"
    if os.path.isdir(doc):
        for d in sorted(os.listdir(doc), reverse=True):
            if d.startswith("python3.") and d[len("python3."):].isdigit():
                found.append(os.path.join(doc, d, "examples", "ccbench", "ccbench.py"))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found.append(os.path.join(root, "build", "peers", "3.2", "src", "Tools", "ccbench", "ccbench.py"))
    return found


def where():
    for path in candidates():
        if os.path.isfile(path):
            return path
    print("ccbench.py: CPython's Tools/ccbench not found (install python3.11-examples or set GILKIT_CCBENCH)")
    sys.exit(2)


def load_ccbench():
    sys.path.insert(0, os.path.dirname(where()))
    return __import__("ccbench")


def find_task(cc, name):
    task = getattr(cc, "task_" + name, None)
    if task is not None:
        return task
    print("ccbench.py: ccbench has no task %r" % name)
    sys.exit(2)


def throughput(cc, seconds, task, nthreads):
    cc.THROUGHPUT_DURATION = seconds
    func, args = task()
    results = cc.run_throughput_test(func, args, nthreads)
    # ccbench's own figure: all iterations over the slowest thread's time.
    speed = sum(r[0] for r in results) / max(r[1] for r in results)
    print("metric iter_per_s %.6g" % speed)


def latency(cc, seconds, task, nthreads):
    cc.LATENCY_DURATION = seconds
    cc.LATENCY_PING_INTERVAL = 0.01
    func, args = task()
    results = cc.run_latency_test(func, args, nthreads)
    lats = sorted(1000 * (t2 - t1) for (t1, t2) in results)
    n = len(lats)
    avg = sum(lats) / n
    dev = (sum((x - avg) ** 2 for x in lats) / n) ** 0.5
    print("metric lat_avg_ms %.6g" % avg)
    print("metric lat_sd_ms %.6g" % dev)
    print("metric lat_max_ms %.6g" % lats[-1])
    print("metric pings %d" % n)


def main():
    if sys.argv[1:] == ["--where"]:
        print(where())
        return
    if len(sys.argv) != 5 or sys.argv[2] not in ("throughput", "latency"):
        print(USAGE)
        sys.exit(2)
    seconds = float(sys.argv[1])
    nthreads = int(sys.argv[4])
    cc = load_ccbench()
    task = find_task(cc, sys.argv[3])
    if sys.argv[2] == "throughput":
        throughput(cc, seconds, task, nthreads)
    else:
        latency(cc, seconds, task, nthreads)


main()
