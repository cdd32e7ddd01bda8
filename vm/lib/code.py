"""code: a read-eval-print loop to embed in a program, on top of codeop."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace of its own, reporting errors
    as the interactive interpreter does."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Run source if complete; True when it awaits more lines."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def _report(self, typ, value, tb, lines):
        sys.last_type, sys.last_value, sys.last_traceback = typ, value, tb
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(lines))
        else:
            sys.excepthook(typ, value, tb)

    def showsyntaxerror(self, filename=None):
        """Report the syntax error being handled, under filename if given."""
        typ, value, tb = sys.exc_info()
        if filename and issubclass(typ, SyntaxError):
            value.filename = filename
        self._report(typ, value, tb, traceback.format_exception_only(typ, value))

    def showtraceback(self):
        """Report the exception being handled, without runcode's own frame."""
        typ, value, tb = sys.exc_info()
        try:
            shown = tb.tb_next if tb is not None else None
            self._report(typ, value, tb, traceback.format_exception(typ, value, shown))
        finally:
            typ = value = tb = shown = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that gathers lines into commands and reads
    them with prompts."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def push(self, line):
        """Add a line; run the command once complete. True while it is not."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)

    def _prompt(self, name, default):
        value = getattr(sys, name, None)
        if value is None:
            setattr(sys, name, default)
            value = default
        return value

    def interact(self, banner=None, exitmsg=None):
        """Read, run and report commands until end of input."""
        ps1 = self._prompt("ps1", ">>> ")
        ps2 = self._prompt("ps2", "... ")
        if banner is None:
            banner = 'Python %s on %s\nType "help", "copyright", "credits" or "license" ' \
                     'for more information.\n(%s)' % (sys.version, sys.platform,
                                                       type(self).__name__)
        if banner:
            self.write("%s\n" % banner)
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(str(ps2 if more else ps1))
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % type(self).__name__)
        elif exitmsg:
            self.write("%s\n" % exitmsg)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole on local, reading lines with readfunc
    (input() when None)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
