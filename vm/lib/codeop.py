"""codeop: compile a line or block typed at an interactive prompt, telling a
complete command from one that awaits more lines and from a real error."""

import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_FUTURE_FLAGS = tuple(getattr(__future__, name).compiler_flag
                      for name in __future__.all_feature_names)
_COMPOUND = ("if", "elif", "else", "while", "for", "try", "except", "finally",
             "with", "def", "class", "async")
_SOFT_COMPOUND = ("match", "case")     # names too, unless the line ends in ':'


def _blank(source):
    return all(not line.strip() or line.lstrip().startswith("#")
               for line in source.split("\n"))


def _error_of(compiler, source, filename, symbol):
    try:
        compiler(source, filename, symbol)
    except SyntaxError as err:
        return (err.msg, err.lineno, err.offset)
    return None


def _awaits_more(compiler, source, filename, symbol):
    """An error input can still fix: one more blank line moves it (it is
    found at the end of input), or an open triple-quoted string."""
    if symbol == "single":
        symbol = "exec"     # one statement or many, the same is incomplete
    first = _error_of(compiler, source + "\n", filename, symbol)
    if first is None:
        return False
    if "triple-quoted string" in first[0]:
        return True
    return first != _error_of(compiler, source + "\n\n", filename, symbol)


def _open_block(source):
    """A compound statement typed without its closing blank line."""
    if source.endswith("\n"):
        return False
    head = source.lstrip().split(None, 1)
    word = head[0].split(":")[0].split("(")[0] if head else ""
    if word in _SOFT_COMPOUND:
        return source.lstrip().split("\n", 1)[0].rstrip().endswith(":")
    return word in _COMPOUND or source.lstrip().startswith("@")


def _maybe_compile(compiler, source, filename, symbol):
    if _blank(source):
        if symbol == "eval":
            return None
        source = "pass"
    try:
        code = compiler(source + "\n", filename, symbol)
    except SyntaxError:
        if _awaits_more(compiler, source, filename, symbol):
            return None
        raise
    if symbol == "single" and _open_block(source):
        return None
    return code


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for a complete command, None for an incomplete one;
    SyntaxError (or OverflowError, ValueError) for an invalid one."""
    return _maybe_compile(compile, source, filename, symbol)


class Compile:
    """compile() that keeps the __future__ statements it has seen in force."""

    def __init__(self):
        self.flags = 0

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, True)
        for flag in _FUTURE_FLAGS:
            if code.co_flags & flag:
                self.flags |= flag
        return code


class CommandCompiler:
    """compile_command() that keeps the __future__ statements it has seen."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
