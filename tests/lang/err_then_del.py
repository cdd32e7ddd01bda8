class Resource:
    def __del__(self):
        print("resource released at exit")

r = Resource()
print("working")
raise RuntimeError("fatal")
