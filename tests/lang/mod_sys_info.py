# sys's facts about floats, threads and encodings.
import sys
print(sys.float_info)
fi = sys.float_info
print(fi.epsilon == 2.0 ** -52, fi.max > 1e308, fi.mant_dig, fi[6], len(fi))
print(sys.thread_info.name, sys.thread_info.lock in ('mutex+cond', 'semaphore'), len(sys.thread_info))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), type(sys.warnoptions).__name__)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print("TypeError")
