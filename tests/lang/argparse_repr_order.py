# Namespace shows attributes in the order they were set (python 3.9+), not
# sorted; an Action's repr includes required
import argparse

print(argparse.Namespace(b=1, a=2, c=None))
ap = argparse.ArgumentParser(prog="p")
ap.add_argument("--zz")
ap.add_argument("x")
ap.add_argument("-a", dest="b", default=3)
sub = ap.add_subparsers(dest="cmd")
go = sub.add_parser("go")
go.add_argument("--k", default=1)
print(ap.parse_args(["--zz", "1", "X", "go", "--k", "2"]))
print(ap.parse_args(["X"]))
ns = argparse.Namespace(z=1)
ns.y = 2
setattr(ns, "odd name", 3)
print(ns)
print(ap._actions[0])
print(ap._actions[1])
