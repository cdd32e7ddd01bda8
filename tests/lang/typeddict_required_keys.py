from typing import TypedDict, Required, NotRequired
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Partial(TypedDict, total=False):
    rating: float
    director: Required[str]
class Full(Movie, Partial):
    extra: bytes
for cls in (Movie, Partial, Full):
    print(cls.__name__, cls.__total__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__), type(cls.__required_keys__).__name__)
Fn = TypedDict("Fn", {"a": int, "b": NotRequired[str]}, total=True)
print(sorted(Fn.__required_keys__), sorted(Fn.__optional_keys__), list(Full.__annotations__))
m = Movie(title="x"); print(m, type(m).__name__)
