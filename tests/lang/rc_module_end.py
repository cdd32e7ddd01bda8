# At exit the module's globals are cleared, so a pending __del__ still runs.
class T:
    def __del__(self):
        print("__del__ at interpreter exit")
keep = T()
print("last statement")
