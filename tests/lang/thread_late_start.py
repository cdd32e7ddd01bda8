# Daemon threads started just before the program ends: some are still
# starting (not yet holding the GIL for the first time) when shutdown frees
# the GIL, and none may crash the exit, hang it, or run Python after it.
import threading

def work():
    pass

for i in range(8):
    threading.Thread(target=work, daemon=True).start()
print("started 8 daemon threads")
