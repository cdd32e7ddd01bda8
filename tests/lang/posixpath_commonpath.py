# os.path.commonpath: the longest common path by whole components.
import os.path as P
for ps in (["/a/b/c", "/a/b/d"], ["/a/b", "/a/bc"], ["a/./b", "a/b/c"], ["/"], ["/a//b/", "/a/b"], ["x", "y"], ["", "a"], ["/a/b", "/a/b"]):
    print(ps, repr(P.commonpath(ps)))
for bad in ([], ["/a", "a"]):
    try:
        P.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
import pathlib
print(P.commonpath([pathlib.Path("/x/y"), "/x/z"]), P.commonpath(iter(["/p/q"])))
