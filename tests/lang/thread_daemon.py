# A daemon thread spinning in `while True: pass` neither delays nor crashes
# the exit, and never runs Python again once shutdown begins.
import threading
import time

started = threading.Lock()
started.acquire()

def spin():
    started.release()
    while True:
        pass

def sleeper():
    time.sleep(30)

threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=sleeper, daemon=True).start()
started.acquire()
total = 0
for i in range(20000):
    total += i
print("main computed", total)
print("daemon threads alive:", threading.active_count() - 1)
