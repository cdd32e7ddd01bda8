"""ProcessPoolExecutor for gilvm: refused, since gilvm has no multiprocessing
(no fork-and-pickle machinery to run a call in another interpreter)."""

from concurrent.futures._base import Executor


class ProcessPoolExecutor(Executor):
    """Refused when made: use ThreadPoolExecutor."""

    def __init__(self, max_workers=None, *args, **kwargs):
        raise NotImplementedError(
            "gilvm: ProcessPoolExecutor needs multiprocessing, which gilvm does not have; "
            "use ThreadPoolExecutor")
