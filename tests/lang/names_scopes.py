# Local, global and builtin scopes; UnboundLocalError.
x = "global"
def read():
    return x
def write():
    x = "local"
    return x
def both():
    try:
        y = x
        x = "assigned later makes x local"
        return y
    except UnboundLocalError:
        return "UnboundLocalError"
print(read(), write(), both(), x)
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def nested():
    z = "enclosing"
    def inner():
        return z + " seen from inner"
    return inner()
print(nested())
try:
    def use_undefined():
        return not_defined_anywhere
    use_undefined()
except NameError as e:
    print("NameError:", e)
class Scope:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError:
            return "class body names are not visible in methods"
print(Scope().method())
for loop_var in range(3):
    pass
print("loop variable survives:", loop_var)
if True:
    block_var = "blocks do not make scopes"
print(block_var)
