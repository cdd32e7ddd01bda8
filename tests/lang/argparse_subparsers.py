# argparse sub-commands: add_subparsers(dest=...), add_parser with help and
# aliases, per-command defaults, errors from the sub-parser.
import sys
import argparse


class Capture:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)


def run(parser, args, known=False):
    saved = sys.stderr
    sys.stderr = Capture()
    try:
        if known:
            ns, extra = parser.parse_known_args(args)
            print(sorted(vars(ns).items()), extra)
        else:
            print(sorted(vars(parser.parse_args(args)).items()))
    except SystemExit as e:
        print("exit", e.code, repr("".join(sys.stderr.text)))
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="what to do")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
l = sub.add_parser("log", help="show history")
l.add_argument("-n", type=int, default=10)
l.add_argument("paths", nargs="+")
b = sub.add_parser("branch")
b.set_defaults(func="branch-func")
run(p, ["commit", "-m", "msg"])
run(p, ["--debug", "ci", "--amend", "-m", "x"])
run(p, ["log", "-n", "3", "a", "b"])
run(p, ["log"])
run(p, ["log", "x"])
run(p, ["branch"])
run(p, [])
run(p, ["push"])
run(p, ["commit"])
run(p, ["log", "p", "--bogus"])
run(p, ["log", "--bogus", "p"], known=True)
print(p.format_help().replace("optional arguments:", "options:"))
print(l.format_help().replace("optional arguments:", "options:"))
t = argparse.ArgumentParser(prog="tool")
tsub = t.add_subparsers(title="commands", description="the tool's commands",
                        dest="cmd", metavar="COMMAND")
tsub.add_parser("run", help="run it")
tsub.add_parser("stop", help="stop it")
print(t.format_help().replace("optional arguments:", "options:"))
run(t, ["walk"])
