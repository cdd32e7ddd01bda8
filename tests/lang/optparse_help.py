# optparse's --help and --version: layout, wrapping, %prog/%default, groups,
# suppressed options, formatters.
import sys
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE,
                      IndentedHelpFormatter, TitledHelpFormatter)


def ask(parser, args):
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print("[exit %s]" % e.code)


p = OptionParser(prog="mytool", version="%prog 2.1",
                 description="%prog frobs the widgets of a very long description "
                             "that has to be wrapped over more than one line "
                             "because it is long.",
                 epilog="Report bugs to nobody. The epilog is filled as well "
                        "when it is longer than the width of the terminal.")
p.add_option("-f", "--file", dest="filename", metavar="FILE",
             help="write the report to FILE [default: %default]", default="out.txt")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", type="int", help="how many (default %default)")
p.add_option("--mode", type="choice", choices=("a", "b"), default="a",
             help="one of a, b; the mode decides how the widgets are frobbed, "
                  "which is explained at great length in this help text")
p.add_option("--a-very-long-option-name", action="store_true",
             help="short help")
p.add_option("--hidden", help=SUPPRESS_HELP)
p.add_option("-x", action="store_true")
g = OptionGroup(p, "Dangerous Options",
                "Caution: use these options at your own risk. It is believed "
                "that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--pair", nargs=2, type="float", metavar="A B", help="two floats")
p.add_option_group(g)
empty = OptionGroup(p, "Empty group")
p.add_option_group(empty)
ask(p, ["--help"])
ask(p, ["--version"])
ask(p, ["-h", "--bogus"])
print(repr(p.get_usage()), repr(p.get_version()), repr(p.get_prog_name()))

t = OptionParser(prog="titled", usage="%prog [opts] ARGS",
                 formatter=TitledHelpFormatter())
t.add_option("-a", "--alpha", help="the alpha option")
t.add_option("-b", action="count", help="beta")
t.add_option_group("Group", "described").add_option("-c", help="gamma")
print(t.format_help())

n = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False,
                 formatter=IndentedHelpFormatter(indent_increment=4,
                                                 max_help_position=30, width=50,
                                                 short_first=0))
n.add_option("-s", "--size", type="int", help="size of the thing that is sized, "
                                              "in units of size")
n.add_option("-z", action="store_true", help="z")
print(n.format_help())
print(repr(n.get_usage()))
n.print_usage()
n.print_version()

# the program name comes from sys.argv[0]'s last part
sys.argv[0] = "/some/where/prog.py"
OptionParser(usage="%prog is here").print_usage()
