# __del__: inherited, sees globals, and an exception inside it does not stop the program.
log = []
class Base:
    def __del__(self):
        log.append("Base.__del__ for " + type(self).__name__)
        print("del", type(self).__name__)
class Child(Base):
    pass
c = Child()
del c
print(log)
class Raiser:
    def __del__(self):
        raise ValueError("ignored in __del__")
r = Raiser()
del r
print("program continues after an exception in __del__")
class Resurrect:
    count = 0
    def __del__(self):
        Resurrect.count += 1
for i in range(5):
    Resurrect()
print("each temporary was freed:", Resurrect.count)
