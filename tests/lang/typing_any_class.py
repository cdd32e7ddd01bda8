import typing, pickle, copy
from typing import Any, Union, Optional, List
print(repr(Any | int), type(Any | int).__name__)
print(repr(int | Any), repr(Any | None))
class X(Any):
    v = 3
x = X()
print(x.v, [c.__name__ for c in X.__mro__], isinstance(x, X))
try: isinstance(1, Any)
except TypeError as e: print('TypeError:', e)
try: Any()
except TypeError as e: print('TypeError:', e)
print(issubclass(X, Any), issubclass(int, Any))
print(Any.__module__, Any.__name__, type(Any).__name__, Any.__doc__.split()[0] != '')
print(pickle.loads(pickle.dumps(Any)) is Any, copy.deepcopy(Any) is Any)
print(Union[Any, int], Optional[Any], List[Any])
print(typing.get_args(Union[Any, int]), typing.get_args(Any | int) == (Any, int))
def f(a: Any, b: 'Any') -> Any: pass
print(typing.get_type_hints(f))
print(Any == Any, hash(Any) == hash(Any), {Any: 1}[Any])
