import typing, types
T = typing.TypeVar('T')
print(int | typing.List[int])
print(typing.List[int] | None)
print(typing.Optional[int] | str)
print(T | int, int | T)
print(typing.get_args(int | str), typing.get_origin(int | str))
print(typing.get_args(list[int]), typing.get_origin(list[int]))
print(typing.Union[int | str, float])
def f(x: int | None) -> list[str] | None: pass
print(typing.get_type_hints(f))
