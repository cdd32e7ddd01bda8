# Never ends but for fuzz_vm's instruction budget, which must also get out
# of handlers that catch its RuntimeError and of __del__ methods that loop.
class Forever:
    def __del__(self):
        while True:
            pass
keep = Forever()
def spin(n):
    try:
        while True:
            pass
    except BaseException:
        spin(n + 1)
while True:
    try:
        spin(0)
    except:
        pass
    finally:
        continue
