# cmd.Cmd driven through given stdin/stdout: the loop and its hooks, dispatch,
# '?' and '!', empty lines repeating lastcmd, default, help from help_* methods
# and docstrings, columnize, completenames and complete_help.
import cmd
import io


class Shell(cmd.Cmd):
    prompt = "> "
    intro = "Welcome"

    def __init__(self, text):
        self.out = io.StringIO()
        super().__init__(stdin=io.StringIO(text), stdout=self.out)
        self.use_rawinput = False
        self.log = []

    def preloop(self):
        self.log.append("preloop")

    def postloop(self):
        self.log.append("postloop")

    def precmd(self, line):
        self.log.append("pre:" + line)
        return line.replace("GREET", "greet")

    def postcmd(self, stop, line):
        self.log.append("post:%r" % (stop,))
        return stop

    def do_greet(self, arg):
        """Say hello to someone."""
        self.stdout.write("hello %s\n" % (arg or "world"))

    def do_add(self, arg):
        self.stdout.write("%d\n" % sum(int(x) for x in arg.split()))

    def help_add(self):
        self.stdout.write("add numbers\n")

    def help_topic(self):
        self.stdout.write("a topic of its own\n")

    def help_atopic(self):
        self.stdout.write("another\n")

    def do_shell(self, arg):
        self.stdout.write("shell: %r\n" % arg)

    def do_nodoc(self, arg):
        pass

    def do_quit(self, arg):
        return True

    def do_EOF(self, arg):
        self.stdout.write("bye\n")
        return "eof"


s = Shell("greet Bob\nGREET\n\nadd 1 2 3\n\n? greet\nhelp add\nhelp nope\nhelp topic\n"
          "!ls -l\nfrob x\n  \n*\nquit\nnever read\n")
s.cmdloop()
print(s.out.getvalue(), end="")
print(s.log)
print(repr(s.lastcmd))

s = Shell("greet\n")
s.cmdqueue.append("add 5 5")
s.cmdloop(intro="")
print(s.out.getvalue(), end="")
print(s.log[-3:], repr(s.lastcmd))

s = Shell("help\n")
s.onecmd("help")
print(s.out.getvalue(), end="")
print(s.parseline("  add  1 2  "), s.parseline(""), s.parseline("?"), s.parseline("!x"))
print(s.parseline("a-b c"), s.parseline("foo.bar"))
s.identchars += "-."
print(s.parseline("a-b c"), s.parseline("foo.bar"))
print(sorted(s.completenames("")), s.completenames("gr"), s.completenames("zz"))
print(sorted(s.complete_help("a", "help a", 5, 6)), s.completedefault("x"))
print(s.onecmd("quit"), s.onecmd("EOF"), repr(s.lastcmd), s.onecmd(""))


class Plain(cmd.Cmd):
    def do_x(self, arg):
        return arg


p = Plain(stdout=io.StringIO())
print(p.onecmd("x 1"), p.onecmd(""), p.onecmd("!x"), p.stdout.getvalue(), end="")
print(p.prompt, p.identchars == cmd.IDENTCHARS, p.ruler, p.nohelp, p.doc_header, p.misc_header,
      p.undoc_header, p.use_rawinput, p.completekey, p.intro, repr(p.lastcmd))

out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(["one"])
c.columnize(["w%02d" % i for i in range(40)], 40)
c.columnize(["a" * 30, "b", "c" * 30, "d"], 20)
c.columnize(["short", "", "x"], 80)
c.ruler = ""
c.print_topics("Head", ["a", "b"], 15, 80)
c.print_topics("Empty", [], 15, 80)
print(out.getvalue(), end="")
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print("TypeError", e)

# use_rawinput (the default): lines come through input(), so from sys.stdin.
import sys


class Raw(cmd.Cmd):
    prompt = "$ "

    def do_echo(self, arg):
        print("echo", arg)

    def do_EOF(self, arg):
        print("eof")
        return True


saved = sys.stdin
sys.stdin = io.StringIO("echo hi\necho there\n")
try:
    Raw().cmdloop()
finally:
    sys.stdin = saved
print(cmd.__all__, repr(cmd.PROMPT))
