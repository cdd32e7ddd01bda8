# dir() of an enum and of its member, as 3.8 shows them: the member's
# class's public names without the other members, the class's members.
import enum


class C(enum.Enum):
    R = 1
    G = 2

    def hue(self):
        return self.value


class Plain:
    def method(self):
        pass


print(dir(C.R))
print(dir(C))
print([n for n in dir(Plain) if not n.startswith("__")], "method" in dir(Plain()))
