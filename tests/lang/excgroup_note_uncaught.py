# An uncaught exception with notes (one a non-str, one of two lines), chained to one with a note.
print("start")


class Note:
    def __str__(self):
        return "an object's str"


try:
    raise KeyError("first")
except KeyError as first:
    first.add_note("note of the context")
    err = ValueError("second")
    err.add_note("plain note")
    err.__notes__.append(Note())
    err.add_note("two\nlines")
    raise err
