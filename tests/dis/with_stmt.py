with open("a") as f:
    data = f.read()
with lock:
    pass
with open("x") as a, open("y") as b:
    a.write(b.read())

def reader(path):
    with open(path) as fh:
        return fh.read()
