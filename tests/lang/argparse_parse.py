# argparse: parsing optionals and positionals, nargs, actions, types,
# mutually exclusive groups, defaults, and the errors (stderr captured).
import sys
import argparse


class Capture:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)


def run(parser, args, known=False):
    saved_err, saved_out = sys.stderr, sys.stdout
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
        sys.stderr = saved_err


p = argparse.ArgumentParser(prog="demo")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--ratio", type=float)
p.add_argument("-I", "--include", action="append")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--const", action="store_const", const=7)
p.add_argument("--tag", action="append_const", const="t", dest="tags")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="+", type=int)
p.add_argument("--opt", nargs="?", const="C", default="D")
run(p, ["a"])
run(p, ["a", "b", "-vvv", "-n5", "--ratio=0.5"])
run(p, ["-I", "x", "--include=y", "-Iz", "a"])
run(p, ["a", "--mode", "slow", "-q", "--no-color", "--const", "--tag", "--tag"])
run(p, ["--pair", "1", "2", "a", "--many", "1", "2", "3"])
run(p, ["--opt", "a"])
run(p, ["a", "--opt"])
run(p, ["a", "--opt", "X", "b"])
run(p, ["--", "-x", "-y"])
run(p, ["a", "--", "--b"])
run(p, ["--verb", "--nu", "4", "a"])
run(p, ["-vq", "a"])
run(p, [])
run(p, ["a", "b", "c"])
run(p, ["a", "-n", "x"])
run(p, ["a", "--ratio", "abc"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "--pair", "1"])
run(p, ["a", "--many"])
run(p, ["a", "-n"])
run(p, ["a", "--bogus"])
run(p, ["a", "--bogus", "x"], known=True)
run(p, ["a", "b", "c", "-x"], known=True)
run(p, ["a", "-q=1"])
run(p, ["a", "--q"])
run(p, ["a", "-qx"])
run(p, ["a", "--n", "1"])
run(p, ["a", "-n", "-1"])
run(p, ["-1"])

# negative numbers, when an option looks like one
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("x", nargs="?")
run(neg, ["-1"])
run(neg, ["-2"])

# mutually exclusive
m = argparse.ArgumentParser(prog="mx")
g = m.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", action="store_false")
r = m.add_mutually_exclusive_group(required=True)
r.add_argument("-a", type=int)
r.add_argument("-b", type=int)
run(m, ["-a", "1"])
run(m, ["-a", "1", "-b", "2"])
run(m, ["--foo", "--bar", "-a", "1"])
run(m, [])
print(m.format_usage())

# defaults
d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--x")
d.add_argument("--y", default=1)
d.add_argument("--z", type=int, default="5")
d.set_defaults(extra="e", y=2)
run(d, [])
run(d, ["--x", "1"])
print(d.get_default("y"), d.get_default("extra"), d.get_default("nope"))

# type errors, ArgumentTypeError
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v

t = argparse.ArgumentParser(prog="t")
t.add_argument("n", type=even)
t.add_argument("--f", type=lambda s: float(s))
run(t, ["4"])
run(t, ["3"])
run(t, ["x"])
run(t, ["2", "--f", "x"])

# abbreviations off, prefix chars
ab = argparse.ArgumentParser(prog="ab", allow_abbrev=False)
ab.add_argument("--long")
ab.add_argument("-s", action="count")
run(ab, ["--lo", "x"])
run(ab, ["-ss", "--long", "x"])
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+-")
pc.add_argument("+x", action="store_true")
pc.add_argument("++yes")
run(pc, ["+x", "++yes", "1"])

amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--foo")
amb.add_argument("--fob")
run(amb, ["--fo", "1"])

# extend, version
e = argparse.ArgumentParser(prog="e")
e.add_argument("--e", action="extend", nargs="+")
e.add_argument("--version", action="version", version="%(prog)s 1.2")
run(e, ["--e", "a", "b", "--e", "c"])
run(e, ["--version"])

# remainder and positional nargs
rm = argparse.ArgumentParser(prog="rm")
rm.add_argument("cmd")
rm.add_argument("rest", nargs=argparse.REMAINDER)
run(rm, ["ls", "-l", "--x", "y"])
pn = argparse.ArgumentParser(prog="pn")
pn.add_argument("a", nargs=2)
pn.add_argument("b", nargs="+")
pn.add_argument("c")
run(pn, ["1", "2", "3", "4", "5"])
run(pn, ["1", "2", "3"])
run(pn, ["1"])

# errors in add_argument
def bad(*args, **kwargs):
    try:
        argparse.ArgumentParser(prog="bad").add_argument(*args, **kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__, err)

bad("x", required=True)
bad("--x", nargs=0)
bad("--x", action="append", nargs=0)
bad("--x", const=1)
bad("--x", action="nothing")
bad("--x", type="int")
bad("-h")
bad("x", dest="y")
bad("-")
bad("--x", metavar=("A", "B"))
try:
    g = argparse.ArgumentParser().add_mutually_exclusive_group()
    g.add_argument("x")
except ValueError as err:
    print("ValueError", err)

print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
