"""graphlib for gilvm: TopologicalSorter, which orders the nodes of a
dependency graph (each after its predecessors), all at once
(static_order) or in batches as work on them finishes (prepare,
get_ready, done), and CycleError for a graph that cannot be ordered.

Nodes are handed out in the order they became ready, each batch in the
order nodes were first added; a cycle is reported as python3 reports it,
found by a depth-first walk along successors in the order they were
added.  TopologicalSorter[...] (a generic alias) is not supported."""

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors, or one of these once it has
# been handed out by get_ready or marked finished by done.
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, its first node repeated at
    the end."""


class _Node:
    __slots__ = ('node', 'waiting_on', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class TopologicalSorter:
    """Orders hashable nodes given as node -> predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None       # None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, to come after each of predecessors (added too)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph: the nodes without predecessors become ready.
        CycleError when the graph has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes ready now and not yet handed out."""
        self._prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting_on = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        self._prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes finished; their successors may become ready."""
        self._prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_on >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.waiting_on == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _FINISHED
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.waiting_on -= 1
                if succ_info.waiting_on == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (the first repeated last), or None."""
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]              # the walk from start
            on_path = {start: 0}        # node -> its index in path
            pending = [iter(self._nodes[start].successors)]
            visited.add(start)
            while pending:
                succ = next(pending[-1], _END)
                if succ is _END:
                    del on_path[path.pop()]
                    pending.pop()
                elif succ in on_path:
                    return path[on_path[succ]:] + [succ]
                elif succ not in visited:
                    visited.add(succ)
                    on_path[succ] = len(path)
                    path.append(succ)
                    pending.append(iter(self._nodes[succ].successors))
        return None

    def static_order(self):
        """Every node, each after its predecessors (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)


_END = object()
