# Single inheritance, overriding, explicit Base.method(self).
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " the " + self.kind + " says " + self.speak()
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + "!"
a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
for x in [a, d, p]:
    print(x.describe())
print(p.age, p.kind, Puppy.kind)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal))
print(isinstance(d, Puppy), isinstance(a, Dog))
print(type(p).__name__)
class Base:
    def who(self):
        return "Base.who"
    def call_who(self):
        return self.who()
class Derived(Base):
    def who(self):
        return "Derived.who"
print(Derived().call_who(), Base().call_who())
class Exc(ValueError):
    pass
print(isinstance(Exc(), ValueError), isinstance(Exc(), Exception))
