# convoy.py SECONDS CPU_THREADS [SWITCH_INTERVAL_S] -- the convoy effect.
# A server thread echoes 1-byte requests on a socketpair to a client thread
# for SECONDS (then one more request tells it to stop) while CPU_THREADS
# threads spin.  Timed, not counted: a policy that answers in microseconds
# and one that answers in switch intervals both get a sample large enough
# to read in the same run time.  Every recv releases the GIL; getting it
# back means waiting for a spinning holder to let go, so each round trip can
# cost a whole switch interval.  Prints throughput, latency percentiles and
# how much work the spinners got done (the other side of the trade-off).
import socket
import sys
import threading
import time

# CPython 2.6 and 3.2 (the peers) have no perf_counter; time.time is their best clock.
clock = getattr(time, "perf_counter", time.time)

stop = [False]
spun = []
latencies = []


def serve(sock):
    while True:
        b = sock.recv(1)
        sock.sendall(b)
        if b != b"x":
            return


def spin(slot):
    n = 0
    while not stop[0]:
        n += 1
    spun[slot] = n


def ask(sock, seconds):
    end = clock() + seconds
    t0 = clock()
    while t0 < end or not latencies:
        sock.sendall(b"x")
        sock.recv(1)
        t1 = clock()
        latencies.append(t1 - t0)
        t0 = t1
    sock.sendall(b"q")
    sock.recv(1)


def percentile_us(sorted_s, p):
    # nearest-rank: the smallest sample with at least p% of samples at or below it
    rank = (p * len(sorted_s) + 99) // 100
    if rank < 1:
        rank = 1
    return sorted_s[rank - 1] * 1e6


def main():
    if len(sys.argv) < 3:
        print("usage: convoy.py SECONDS CPU_THREADS [SWITCH_INTERVAL_S]")
        sys.exit(2)
    seconds = float(sys.argv[1])
    ncpu = int(sys.argv[2])
    if len(sys.argv) > 3:
        if not hasattr(sys, "setswitchinterval"):
            print("convoy.py: this interpreter's GIL has no switch interval to set")
            sys.exit(2)
        sys.setswitchinterval(float(sys.argv[3]))
    server_end, client_end = socket.socketpair()
    server = threading.Thread(target=serve, args=(server_end,))
    spinners = []
    for i in range(ncpu):
        spun.append(0)
        spinners.append(threading.Thread(target=spin, args=(i,)))
    client = threading.Thread(target=ask, args=(client_end, seconds))
    server.start()
    for t in spinners:
        t.start()
    t0 = clock()
    client.start()
    client.join()
    elapsed = clock() - t0
    stop[0] = True
    for t in spinners:
        t.join()
    server.join()
    server_end.close()
    client_end.close()
    lat = sorted(latencies)
    print("metric cpu_threads %d" % ncpu)
    if hasattr(sys, "getswitchinterval"):   # the old GIL counts ticks instead
        print("metric interval_s %g" % sys.getswitchinterval())
    print("metric requests %d" % len(lat))
    print("metric req_per_s %.1f" % (len(lat) / elapsed))
    print("metric p50_us %.1f" % percentile_us(lat, 50))
    print("metric p99_us %.1f" % percentile_us(lat, 99))
    print("metric spin_iter_per_s %.0f" % (sum(spun) / elapsed))


main()
