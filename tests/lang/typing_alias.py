# typing's aliases as data: their reprs, subscripts, substitution of type
# variables, equality, origin and arguments; class checks refused once
# subscripted.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, List, Literal, Optional, Set,
                    Tuple, TypeVar, Union, get_args, get_origin)

T = TypeVar('T')
K = TypeVar('K')
print(List[int], Dict[str, List[int]], Set[bytes])
print(Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Union[int, str], Union[int], Union[int, Union[str, int]], Any, T)
print(TypeVar('U', covariant=True), TypeVar('V', contravariant=True), TypeVar('N', int, str).__constraints__)
print(List[T][int], Dict[K, T][str, int], Dict[str, T].__parameters__)
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(List))
print(isinstance([], List), isinstance({}, List), issubclass(dict, Dict))
print(List == List, List[int] == List[int], List[int] == List[str])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]), len({List[int], List[int]}))
print(ClassVar[int], Literal['a', 1], Final[int])
print(typing.Text is str, typing.AnyStr.__constraints__, typing.TYPE_CHECKING)

def refused(what, f):
    try:
        f()
    except TypeError as e:
        print(what, "TypeError:", e)

refused("isinstance", lambda: isinstance([], List[int]))
refused("call", lambda: List())
refused("arity", lambda: List[int, str])
refused("substitute", lambda: Dict[T, int][int, str])
refused("not generic", lambda: List[int][str])
refused("union", lambda: Union[()])
refused("special", lambda: Any())
refused("special isinstance", lambda: isinstance(1, Any))
refused("constraint", lambda: TypeVar('X', int))
print(isinstance([], typing.Iterable), isinstance(3, typing.Iterable), issubclass(dict, typing.Mapping),
      isinstance({}, typing.MutableMapping), isinstance((1,), typing.Sequence), isinstance(len, typing.Callable))
print(typing.Iterable[int], typing.Mapping[str, int], typing.Generator[int, None, None], typing.Type[int])
