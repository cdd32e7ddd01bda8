# ProcessPoolExecutor is refused with one clear line: gilvm has no multiprocessing.
import concurrent.futures as cf

try:
    cf.ProcessPoolExecutor(2)
except NotImplementedError as e:
    print('NotImplementedError:', e)
