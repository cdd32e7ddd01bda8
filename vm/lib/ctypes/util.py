"""ctypes.util.find_library for Linux: the first match in the dynamic
linker's cache (`ldconfig -p`) for this machine's ABI, as CPython does."""
import os
import re
import subprocess
import sys

__all__ = ['find_library']

_ABI = {
    'x86_64': 'libc6,x86-64',
    'aarch64': 'libc6,AArch64',
    'ppc64le': 'libc6,64bit',
    's390x': 'libc6,64bit',
    'riscv64': 'libc6,64bit',
}


def _ldconfig_cache():
    env = dict(os.environ, LC_ALL='C', LANG='C')
    for exe in ('/sbin/ldconfig', '/usr/sbin/ldconfig', 'ldconfig'):
        try:
            out = subprocess.run([exe, '-p'], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, env=env).stdout
        except OSError:
            continue
        return out.decode('latin-1')
    return ''


def find_library(name):
    """The file name of library `name` (without lib prefix or suffix), or None."""
    abi = _ABI.get(os.uname().machine, 'libc6')
    pattern = r'\s+(lib%s\.[^\s]+)\s+\(%s' % (re.escape(name), re.escape(abi))
    m = re.search(pattern, _ldconfig_cache())
    return m.group(1) if m else None
