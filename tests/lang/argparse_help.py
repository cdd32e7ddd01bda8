# argparse --help layout: usage wrapping, sections, groups, help column,
# %(...)s expansion, the formatter classes.
import sys
import argparse


def show(parser):
    text = parser.format_help()
    # python3.10+ calls the section "options:"; gilvm prints 3.8's heading
    print(text.replace("optional arguments:", "options:"))


p = argparse.ArgumentParser(prog="frob", description="Frob the widgets of a "
                            "project; a description long enough to be wrapped "
                            "across more than one line of the help.",
                            epilog="See the manual for the whole story of %(prog)s.")
p.add_argument("source", help="where the widgets come from")
p.add_argument("dest", nargs="?", default=".", help="where they go (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="say more")
p.add_argument("-j", "--jobs", type=int, default=2, metavar="N",
               help="run N jobs at once; the default is %(default)s and the type %(type)s")
p.add_argument("--mode", choices=["fast", "slow", "careful"], default="fast",
               help="one of %(choices)s")
p.add_argument("--a-rather-long-option-name", help="a help line for the long option "
               "which itself is long enough to wrap in the help column")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--pair", nargs=2, metavar=("LEFT", "RIGHT"))
p.add_argument("--more", nargs="+", type=int)
p.add_argument("--maybe", nargs="?", const=1)
p.add_argument("--no-help")
p.add_argument("--version", action="version", version="frob 0.1")
g = p.add_argument_group("tuning", "Knobs for the brave.")
g.add_argument("--alpha", type=float, default=0.5, help="alpha (%(default)s)")
g.add_argument("--beta", action="store_true", help="beta")
x = p.add_mutually_exclusive_group()
x.add_argument("--fast", action="store_true", help="go fast")
x.add_argument("--slow", action="store_true", help="go slow")
show(p)
print(repr(p.format_usage()))

q = argparse.ArgumentParser(prog="a-program-name-that-is-really-very-long-indeed-and-more",
                            add_help=False)
for i in range(8):
    q.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
q.add_argument("first")
q.add_argument("second", nargs="+")
show(q)

s = argparse.ArgumentParser(prog="short")
for i in range(10):
    s.add_argument("--opt%d" % i, type=int)
s.add_argument("positional_one")
s.add_argument("positional_two")
show(s)

r = argparse.ArgumentParser(prog="req", usage="%(prog)s [options] FILE")
r.add_argument("--needed", required=True, help="must be given")
g = r.add_mutually_exclusive_group(required=True)
g.add_argument("--x", action="store_true")
g.add_argument("--y", help=argparse.SUPPRESS)
g.add_argument("--z", action="store_true")
show(r)
print(r.format_usage())

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="line one\n  indented two\n\nafter blank",
                              add_help=False)
show(raw)
rt = argparse.ArgumentParser(prog="rt", formatter_class=argparse.RawTextHelpFormatter,
                             add_help=False)
rt.add_argument("--k", help="kept\n  as is")
show(rt)
ad = argparse.ArgumentParser(prog="ad", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                             add_help=False)
ad.add_argument("--n", type=int, default=4, help="count")
ad.add_argument("--s", default="x", help="str (%(default)s)")
ad.add_argument("p", nargs="?", default="pp", help="positional")
show(ad)
empty = argparse.ArgumentParser(prog="empty", add_help=False)
show(empty)
print(repr(empty.format_usage()))
