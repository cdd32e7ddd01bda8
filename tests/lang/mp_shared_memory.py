# multiprocessing.shared_memory: a block and a ShareableList made in one
# process are seen and changed by forked and spawned children, by name and
# by pickling; errors and the list's rules are CPython 3.8's.
import multiprocessing as mp
import os
import struct
from multiprocessing import shared_memory as sm
from multiprocessing.managers import SharedMemoryManager


def child_block(name, k):
    shm = sm.SharedMemory(name)
    struct.pack_into('i', shm.buf, 4 * k, 100 + k)
    shm.close()


def child_list(sl, k):
    sl[k] = sl[k] * 10
    sl.shm.close()


def run_children(ctx, target, args_list):
    ps = [ctx.Process(target=target, args=a) for a in args_list]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return [p.exitcode for p in ps]


def main():
    block = sm.SharedMemory(create=True, size=64)
    print('block', block.size, len(block.buf), block.name.startswith('psm_'),
          repr(block) == "SharedMemory(%r, size=64)" % block.name)
    block.buf[:5] = b'hello'
    other = sm.SharedMemory(block.name)
    print('attached', bytes(other.buf[:5]), other.size)
    other.close()
    print('closed buf', other.buf)
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        codes = run_children(ctx, child_block, [(block.name, k) for k in range(2, 5)])
        print(method, codes, struct.unpack_from('3i', block.buf, 8))
        sl = sm.ShareableList([1, 2.5, 3])
        codes = run_children(ctx, child_list, [(sl, k) for k in range(3)])
        print(method, codes, list(sl))
        sl.shm.close()
        sl.shm.unlink()

    sl = sm.ShareableList([1, 2.5, 'ab', b'xyz', None, True, -3, '\u00e9' * 3])
    print(sl.format, len(sl), list(sl))
    print(sl.count(1), sl.index('ab'), sl[-1], repr(sl) == 'ShareableList(%r, name=%r)' % (list(sl), sl.shm.name))
    sl[2] = 'abcdefgh'
    sl[0] = 7.5
    sl[4] = 'now'
    print(list(sl), sl.format)
    for bad in (lambda: sl.__setitem__(2, 'x' * 9), lambda: sl[8], lambda: sl.index(99),
                lambda: sm.ShareableList([[1]]), lambda: sm.SharedMemory(create=True, size=0),
                lambda: sm.SharedMemory('gilkit_no_such_block'),
                lambda: sm.SharedMemory(block.name, create=True, size=4)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, str(e).replace(block.name, 'NAME'))
    again = sm.ShareableList(name=sl.shm.name)
    print('again', list(again))
    again.shm.close()
    sl.shm.close()
    sl.shm.unlink()
    empty = sm.ShareableList([])
    print('empty', list(empty), repr(empty.format), len(empty))
    empty.shm.close()
    empty.shm.unlink()

    with SharedMemoryManager() as smm:
        b = smm.SharedMemory(16)
        l = smm.ShareableList([1, 'two'])
        names = [b.name, l.shm.name]
        print('managed', b.size, list(l))
        b.close()
        l.shm.close()
    print('unlinked at shutdown', [os.path.exists('/dev/shm/' + n) for n in names])
    block.close()
    block.unlink()
    print('unlinked', os.path.exists('/dev/shm/' + block.name))


if __name__ == '__main__':
    main()
