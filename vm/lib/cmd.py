"""cmd: a framework for line-oriented command interpreters (the Cmd class).

A subclass names its commands by methods do_<name>(arg); help_<name>()
methods and do_ docstrings feed the help command."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop
    def cmdloop(self, intro=None):
        """Read lines and dispatch them until a command returns a true value."""
        self.preloop()
        restore = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if restore:
                restore()

    def _read_line(self):
        """The next line without its newline; 'EOF' at the end of input."""
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else "EOF"

    def _install_completer(self):
        """Hook complete() into readline when there is one; a function undoing it."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        old = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return lambda: readline.set_completer(old)

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    # -- dispatch
    def parseline(self, line):
        """(command, argument, line) of a line; '?' means help, '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line; its result tells cmdloop whether to stop."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if not cmd:
            return self.default(line)
        func = getattr(self, "do_" + cmd, None)
        if func is None:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    # -- completion
    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state'th completion of text."""
        if state == 0:
            import readline
            buffer = readline.get_line_buffer()
            stripped = len(buffer) - len(buffer.lstrip())
            begin = readline.get_begidx() - stripped
            end = readline.get_endidx() - stripped
            if begin > 0:
                cmd, _, _ = self.parseline(buffer.lstrip())
                func = getattr(self, "complete_" + cmd, None) if cmd else None
                func = func or self.completedefault
            else:
                func = self.completenames
            self.completion_matches = func(text, buffer.lstrip(), begin, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = {name[5:] for name in self.get_names()
                  if name.startswith("help_" + args[0])}
        return list(commands | topics)

    # -- help
    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name.startswith("help_")}
        documented, undocumented = [], []
        for name in dict.fromkeys(names):
            if not name.startswith("do_"):
                continue
            cmd = name[3:]
            if cmd in topics:
                topics.discard(cmd)
                documented.append(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, "help_" + arg, None)
        if helper is not None:
            helper()
            return
        doc = getattr(getattr(self, "do_" + arg, None), "__doc__", None)
        self.stdout.write("%s\n" % str(doc if doc else self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings in as few rows as fit displaywidth, column-major,
        columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        if len(list) == 1:
            self.stdout.write("%s\n" % str(list[0]))
            return
        nrows, widths = self._layout(list, displaywidth)
        for row in range(nrows):
            cells = [item for item in list[row::nrows]]
            while cells and not cells[-1]:
                cells.pop()
            line = "  ".join(c.ljust(w) for c, w in zip(cells, widths))
            self.stdout.write("%s\n" % line)

    @staticmethod
    def _layout(items, displaywidth):
        """(rows, column widths) of the fewest rows that fit."""
        size = len(items)
        for nrows in range(1, size):
            widths = []
            total = -2
            for col in range(0, size, nrows):
                widths.append(max(len(x) for x in items[col:col + nrows]))
                total += widths[-1] + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                return nrows, widths
        return size, [0]
