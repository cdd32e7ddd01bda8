x: int = 5
y: str
def f(a: int, b: "s" = 1, *args: tuple, c: float, **kw: dict) -> bool:
    z: int = a
    w: list
    return z
class C:
    attr: int = 0
    obj.field: int = 3
