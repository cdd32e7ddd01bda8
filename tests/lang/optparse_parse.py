# optparse: parsing, defaults, types, actions and the errors a bad command
# line gets (stderr captured so the oracle compares it too).
import sys
from optparse import (OptionParser, OptionGroup, Option, OptionValueError,
                      OptionError, BadOptionError, SUPPRESS_HELP, Values)


class Capture:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)


def run(parser, args):
    saved, sys.stderr = sys.stderr, Capture()
    try:
        opts, rest = parser.parse_args(args)
        print(sorted(vars(opts).items()), rest)
    except SystemExit as e:
        print("exit", e.code, repr("".join(sys.stderr.text)))
    finally:
        sys.stderr = saved


p = OptionParser(prog="demo")
p.add_option("-v", "--verbose", action="count", dest="verbosity")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
p.add_option("-n", "--num", type="int", default=1)
p.add_option("-r", "--ratio", type="float")
p.add_option("-o", "--output", metavar="FILE")
p.add_option("-I", "--include", action="append", default=[])
p.add_option("-c", "--color", type="choice", choices=["red", "green"])
p.add_option("-k", action="store_const", const=42, dest="k")
p.add_option("--pair", nargs=2, type="int")
p.add_option("-F", "--flag", action="store_true")
p.add_option("--tag", action="append_const", const="t", dest="tags")
p.add_option("--with-dash-name")

run(p, [])
run(p, ["-vvv", "-q", "-n", "7", "file1", "-r2.5", "file2"])
run(p, ["--num=0x1f", "--ratio", "1e3", "-Iinc1", "-I", "inc2", "--include=inc3"])
run(p, ["-n", "010", "-n", "0b101", "-n", "-3"])
run(p, ["-kFv", "-ofile.txt", "--", "-v", "--num"])
run(p, ["--pair", "3", "4", "--tag", "--tag", "--with-dash-name=x"])
run(p, ["--verb", "--out", "o", "--col=green"])
run(p, ["a", "-", "b"])
run(p, ["-n", "abc"])
run(p, ["-r", "x1"])
run(p, ["-c", "blue"])
run(p, ["--nosuch"])
run(p, ["-Z"])
run(p, ["-vZ"])
run(p, ["--n"])
run(p, ["--w=1", "--"])
run(p, ["--num"])
run(p, ["-n"])
run(p, ["--pair", "1"])
run(p, ["--flag=yes"])
run(p, ["--verbose=2"])

# stop at the first positional argument
p.disable_interspersed_args()
run(p, ["-v", "cmd", "-v"])
p.enable_interspersed_args()

# defaults: set_defaults, string defaults go through the type
d = OptionParser(prog="d")
d.add_option("-n", type="int", default="12")
d.add_option("-x", dest="xx")
d.add_option("--level", type="float")
d.set_defaults(xx="fromset", level="0.5")
run(d, [])
run(d, ["-n", "3", "-x", "y"])
d.set_default("n", "zz")
try:
    d.parse_args([])
except OptionValueError as e:
    print("OptionValueError", e)

# usage strings, %prog, and no usage at all
u = OptionParser(usage="usage: %prog [-h|--help] [options]", prog="bench")
u.add_option("-t", action="store_true")
run(u, ["extra", "-x"])
u2 = OptionParser(usage="%prog FILE", prog="tool", add_help_option=False)
run(u2, ["-h"])

# callbacks, with args and kwargs; an OptionValueError from one is an error
def cb(option, opt, value, parser, *args, **kwargs):
    print("cb", opt, repr(value), args, sorted(kwargs.items()),
          parser.largs, parser.rargs)
    setattr(parser.values, option.dest, (value, args))


def strict(option, opt, value, parser):
    if value < 0:
        raise OptionValueError("option %s: must be >= 0, got %d" % (opt, value))
    parser.values.lim = value


c = OptionParser(prog="cbp")
c.add_option("-c", "--call", action="callback", callback=cb, type="string",
             dest="called", callback_args=(1, 2), callback_kwargs={"k": "v"})
c.add_option("--bare", action="callback", callback=cb, dest="bare")
c.add_option("--lim", action="callback", callback=strict, type="int")
run(c, ["a", "-cX", "b", "--bare", "--call=Y", "z"])
run(c, ["--lim", "5"])
run(c, ["--lim", "-5"])

# Values
v = Values({"a": 1})
print(v.a, v.ensure_value("b", []), v.ensure_value("a", 9), str(v), v == {"a": 1, "b": []})
print(Values() == Values(), Values({"x": 1}) == Values({"x": 2}))

# mistakes in add_option
def bad(*args, **kwargs):
    try:
        OptionParser().add_option(*args, **kwargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

bad("x")
bad("-xy")
bad("---x")
bad("-a", action="jump")
bad("-a", type="bits")
bad("-a", action="store_true", type="int")
bad("-a", type="choice")
bad("-a", type="choice", choices="ab")
bad("-a", choices=["a"], type="int")
bad("-a", action="store", const=1)
bad("-a", action="count", nargs=2)
bad("-a", action="callback", callback=3)
bad("-a", action="callback", callback=cb, callback_args=[1])
bad("-a", action="callback", callback=cb, callback_kwargs=[1])
bad("-a", callback_args=(1,))
bad("-a", bogus=1)
bad(3)
dup = OptionParser()
dup.add_option("-a", "--all")
try:
    dup.add_option("-b", "--all")
except OptionError as e:
    print(type(e).__name__, e)

# dest derivation and option introspection
o = Option("-x", "--extra-thing", type=int)
print(o.dest, o.type, o.nargs, o.takes_value(), str(o), o.get_opt_string())
o = Option("-y", action="store_true")
print(o.dest, o.type, o.takes_value(), o.get_opt_string())
o = Option("--h", action="help")
print(o.dest, o.type)
print(dup.has_option("--all"), dup.has_option("-z"), dup.get_option("-a") is dup.get_option("--all"))
dup.remove_option("-a")
print(dup.has_option("--all"))

# the resolve conflict handler
r = OptionParser(prog="r", conflict_handler="resolve")
r.add_option("-a", "--alpha", action="store_true")
r.add_option("-a", "--again", action="store_true")
run(r, ["-a", "--alpha"])

# groups share the parser's options
g = OptionParser(prog="g")
grp = OptionGroup(g, "More")
grp.add_option("--deep", type="int", default=5)
g.add_option_group(grp)
g.add_option_group("Other", "desc").add_option("--other", action="store_true")
run(g, ["--deep", "6", "--other"])
print(g.get_option_group("--deep") is grp, g.get_option_group("-h"))
