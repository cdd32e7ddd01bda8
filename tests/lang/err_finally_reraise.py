def work():
    try:
        print("trying")
        return [][0]
    finally:
        print("cleanup runs before the traceback")

work()
