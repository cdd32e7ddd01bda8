class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, et, ev, tb):
        print("release, saw", et.__name__)
        return False

with Resource():
    print("working")
    {}["k"]
