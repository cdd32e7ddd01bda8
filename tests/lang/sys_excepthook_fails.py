# A replaced sys.excepthook that fails: its error, then the original report.
import sys


def hook(t, v, tb):
    print("hook called with", t.__name__)
    raise RuntimeError("hook broke")


sys.excepthook = hook
print("start")
raise ValueError("original")
