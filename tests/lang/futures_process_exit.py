# A ProcessPoolExecutor left for the exit to end: its pool's own exit hook
# stops the workers first, and the executor's hook that runs after it
# finds nothing left to wake (no traceback at exit, status 0).
import concurrent.futures as cf

if __name__ == '__main__':
    ex = cf.ProcessPoolExecutor(2)
    print(sorted(ex.map(abs, [-3, -1, -2])))
    print(ex.submit(pow, 2, 10).result())
