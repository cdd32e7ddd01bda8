# expect: 0
# An __eq__ that clears the list being searched or compared: list.index,
# list.count and list == list read the freed item array (ASan
# heap-use-after-free, a segfault in release), list.remove compared an item
# the list no longer owned.  Like CPython's, they now re-read the list at
# every step and hold the items they compare (python3 prints the same).
class E:
    def __eq__(self, other):
        L.clear()
        return False
for op in ("index", "count", "remove", "eq", "lt"):
    L = [E(), E(), E()]
    try:
        if op == "index":
            L.index(E())
        elif op == "count":
            print(L.count(E()))
        elif op == "remove":
            L.remove(E())
        elif op == "eq":
            print(L == [E(), E(), E()])
        else:
            print(L < [E(), E(), E()])
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
    print(op, len(L))
