# __format__ and __str__ reached through the builtin types: a subclass that
# formats itself by asking its base, object's refusal of a non-empty spec,
# and object.__str__ being the repr.
class Money(float):
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + super().__format__(spec[:-1] or ".2f")
        return super().__format__(spec)

class Hexy(int):
    def __format__(self, spec):
        return "0x" + int.__format__(self, spec or "x")

class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"

class Plain:
    def __repr__(self):
        return "Plain()"

print(f"{Money(3.14159):$}", f"{Money(2):.1f$}", f"{Money(1.5):>8.2f}", format(Money(7), ""))
print(f"{Hexy(255)}", f"{Hexy(255):04X}", format(Hexy(10), ""))
print(f"{Tag('ab'):>5}", f"{Tag('x')}")
print(format(Plain()), f"{Plain()!s}", object.__str__(Plain()), object.__format__(Plain(), ""))
for spec in (">10", "d"):
    try:
        format(Plain(), spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__format__(Plain(), 5)
except TypeError as e:
    print("TypeError:", e)
print(int.__format__(42, "b"), float.__format__(0.5, "%"), str.__format__("hi", "^6") + "|")
print(int.__str__ is object.__str__, str.__str__ is object.__str__, hasattr(int, "__format__"))
