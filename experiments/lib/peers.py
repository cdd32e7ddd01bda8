"""The interpreters a matrix can name besides gilvm (`interp=NAME`), and where
each is found.  A peer runs the unchanged workload under bin/gilrun, which
writes gilvm's record for it (GIL columns empty).

Lookup, first hit wins: the peers directory (`make peers` builds
build/peers/python2.6 and python3.2), then the places listed here.  An absent
peer is not an error: its configurations are skipped with one line.
"""
import glob
import os
import shutil

GILVM = "gilvm"

# name: (file in the peers directory, other places (globs or names on PATH), how to get it)
PEERS = {
    "cpython-2.6.4": ("python2.6", (), "make peers PEERS_SRC=DIR"),
    "cpython-3.2": ("python3.2", (), "make peers PEERS_SRC=DIR"),
    "cpython-2.7": ("python2.7", ("~/.pyenv/versions/2.7.*/bin/python2.7", "python2.7"),
                    "a python2.7 on PATH or in ~/.pyenv"),
    "python3": ("python3", ("python3",), "a python3 on PATH"),
}


def names():
    return [GILVM] + sorted(PEERS)


def find(name, peers_dir):
    """The executable for peer `name`, or None when this machine lacks it."""
    fname, places, _ = PEERS[name]
    cands = [os.path.join(peers_dir, fname)]
    for p in places:
        if os.sep in p:
            cands += sorted(glob.glob(os.path.expanduser(p)), reverse=True)
        elif shutil.which(p):
            cands.append(shutil.which(p))
    for c in cands:
        if os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    return None


def where(name, peers_dir):
    """One phrase: where `name` was looked for and how to get it."""
    fname, _, how = PEERS[name]
    path = os.path.join(peers_dir, fname)
    rel = os.path.relpath(path)
    return "no %s (%s)" % (path if rel.startswith("..") else rel, how)
