"""heapq for gilvm: a binary min-heap kept in a list, as CPython's.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k that has
children; heap[0] is the smallest item.  Only < is used to compare."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

# The functions CPython writes in C (_heapq) run as one step to other threads,
# as there: a list shared without a lock is never seen half-updated.
from _thread import _atomic


@_atomic
def _sift_up(heap, start, pos):
    """The item at pos moves towards start while it is smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


@_atomic
def _sift_down(heap, pos):
    """The item at pos moves down while a child is smaller."""
    end = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


@_atomic
def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


@_atomic
def heappop(heap):
    """Pop the smallest item off the heap."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


@_atomic
def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


@_atomic
def heappushpop(heap, item):
    """Push item, then pop the smallest: faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


@_atomic
def heapify(x):
    """Make list x a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _keyed(iterable, key):
    if key is None:
        return [(v, i, v) for i, v in enumerate(iterable)]
    return [(key(v), i, v) for i, v in enumerate(iterable)]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (ties in their original order)."""
    if n <= 0:
        return []
    decorated = _keyed(iterable, key)
    heapify(decorated)
    out = []
    while decorated and len(out) < n:
        out.append(heappop(decorated)[2])
    return out


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (ties in their original order)."""
    if n <= 0:
        return []
    items = list(iterable)
    keys = items if key is None else [key(v) for v in items]
    order = sorted(range(len(items)), key=lambda i: keys[i], reverse=True)
    return [items[i] for i in order[:n]]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted stream (a generator)."""
    heap = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append(_MergeEntry(value if key is None else key(value), order, value, it, sign))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        for value in entry.it:
            entry.key = value if key is None else key(value)
            entry.value = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _MergeEntry:
    """One input of merge(): ordered by key (reversed if asked), then input order."""

    def __init__(self, key, order, value, it, sign):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.sign = sign

    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        if self.sign > 0:
            return self.key < other.key
        return other.key < self.key
