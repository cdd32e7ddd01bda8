import time
time.sleep(0.1)
import impfix.cycle_a
B = "b"
