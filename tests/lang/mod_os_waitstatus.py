# os.waitstatus_to_exitcode turns a raw os.wait/os.waitpid status into a
# returncode (exit status, or minus the killing signal), as subprocess
# reports it; a stopped child's status is a ValueError.
import os
import signal


def reap(pid):
    got, status = os.waitpid(pid, 0)
    return got == pid, os.waitstatus_to_exitcode(status)


pid = os.fork()
if pid == 0:
    os._exit(7)
print("exit 7:", reap(pid))

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGKILL)
    os._exit(0)
print("killed:", reap(pid), -signal.SIGKILL)

pid = os.fork()
if pid == 0:
    os._exit(0)
_, status = os.wait()
print("wait():", os.waitstatus_to_exitcode(status=status))

# Raw statuses as Linux encodes them: exit code in the high byte, signal in
# the low 7 bits, 0x7f for stopped.
for raw in [0, 3 << 8, 255 << 8, 15, (signal.SIGSTOP << 8) | 0x7f, 0xffff]:
    try:
        print(raw, os.waitstatus_to_exitcode(raw))
    except ValueError as e:
        print(raw, "ValueError:", e)
for bad in ["1", 2.0, 1 << 40]:
    try:
        os.waitstatus_to_exitcode(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
