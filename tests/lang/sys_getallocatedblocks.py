# sys.getallocatedblocks: grows while objects are kept, falls back when
# they go (how leak hunters read it).
import sys

before = sys.getallocatedblocks()
keep = [object() for _ in range(5000)]
during = sys.getallocatedblocks()
del keep
after = sys.getallocatedblocks()
print(during - before >= 5000, during - after >= 5000, isinstance(before, int))
try:
    sys.getallocatedblocks(1)
except TypeError as e:
    print('TypeError', e)
