# The scheduler's knobs a GIL experiment turns: yielding, nice values,
# policies and their priorities, the load average.
import os

print(os.sched_yield())
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
print(os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE, os.SCHED_RESET_ON_FORK)
before = os.getpriority(os.PRIO_PROCESS, 0)
print(os.nice(0) == before)
os.setpriority(os.PRIO_PROCESS, 0, before + 1)
print(os.getpriority(os.PRIO_PROCESS, 0) == min(before + 1, 19))   # 19: the kernel's ceiling
print(os.nice(1) == min(before + 2, 19))
print(os.sched_get_priority_min(os.SCHED_FIFO), os.sched_get_priority_max(os.SCHED_FIFO),
      os.sched_get_priority_min(os.SCHED_OTHER), os.sched_get_priority_max(os.SCHED_RR))
print(os.sched_getscheduler(0) in (os.SCHED_OTHER, os.SCHED_BATCH, os.SCHED_IDLE))
print(os.sched_getparam(0), repr(os.sched_param(0)), os.sched_param(sched_priority=7).sched_priority)
os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
print(os.sched_getscheduler(0) == os.SCHED_BATCH)
os.sched_setparam(0, os.sched_param(0))
print(os.sched_rr_get_interval(0) >= 0)
load = os.getloadavg()
print(len(load), all(isinstance(x, float) and x >= 0 for x in load))
for call in (lambda: os.sched_setscheduler(0, os.SCHED_OTHER, 0),
             lambda: os.sched_get_priority_min(12345),
             lambda: os.getpriority(12345, 0),
             lambda: os.setpriority(os.PRIO_PROCESS, 0, "x"),
             lambda: os.sched_getscheduler(-1)):
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
# Lowering a nice value again needs privilege: as root this undoes the test.
try:
    os.setpriority(os.PRIO_PROCESS, 0, before)
except PermissionError:
    pass
