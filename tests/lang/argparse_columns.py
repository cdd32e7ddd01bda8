# The help width of argparse and optparse follows $COLUMNS (read from
# os.environ when the help is formatted; not a positive number: 80).
import os
import argparse
import optparse

saved = getattr(os, "environ", None)


def both(columns):
    os.environ = {"COLUMNS": columns}
    a = argparse.ArgumentParser(prog="cols", add_help=False,
                                description="A description that is long enough "
                                            "to be wrapped at any of the widths.")
    a.add_argument("--alpha", help="the alpha option, with a help text long enough to wrap")
    a.add_argument("--beta-gamma-delta", metavar="VALUE", help="beta")
    print(a.format_help().replace("optional arguments:", "options:"))
    o = optparse.OptionParser(prog="cols", add_help_option=False)
    o.add_option("--alpha", help="the alpha option, with a help text long enough to wrap")
    print(o.format_help())


for columns in ("50", "30", "120", "abc"):
    print("COLUMNS=%s" % columns)
    both(columns)
os.environ = saved
