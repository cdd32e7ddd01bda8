# argparse reading files: FileType arguments ('-' for stdin/stdout) and
# @file arguments (fromfile_prefix_chars), in the folder this test is given.
import sys
import argparse


class Capture:
    def write(self, s):
        print("stderr:", s.replace(folder, "DIR"), end="")

    def flush(self):
        pass


folder = sys.argv[1]
with open(folder + "/args.txt", "w") as f:
    f.write("--count\n3\nfrom-file\n")
with open(folder + "/data.txt", "w") as f:
    f.write("some data\n")

p = argparse.ArgumentParser(prog="files", fromfile_prefix_chars="@")
p.add_argument("--count", type=int)
p.add_argument("--input", type=argparse.FileType("r"))
p.add_argument("--output", type=argparse.FileType("w", encoding="utf-8"))
p.add_argument("words", nargs="+")
ns = p.parse_args(["@" + folder + "/args.txt", "a", "b"])
print(ns.count, ns.words)
ns = p.parse_args(["--input", folder + "/data.txt", "--output", "-", "w"])
print(repr(ns.input.read()), ns.output is sys.stdout)
ns.input.close()
ns = p.parse_args(["--input", "-", "w"])
print(ns.input is sys.stdin)
print(repr(argparse.FileType("w", encoding="utf-8")), repr(argparse.FileType()))
saved, sys.stderr = sys.stderr, Capture()
for args in (["--input", folder + "/missing.txt", "w"], ["@" + folder + "/missing.txt"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = saved
