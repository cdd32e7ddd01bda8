#!/usr/bin/env bash
# sysconfig answers with gilvm's facts: the 3.8 version, a stdlib folder
# that holds the library gilvm runs, 3.8's install schemes below sys.prefix,
# build variables it can state (None for what it cannot), `-m sysconfig`.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
out=$("$G" -c '
import os, struct, sys, sysconfig as s
paths = s.get_paths()
print(s.get_python_version(), s.get_platform() == "linux-" + os.uname().machine)
print(os.path.exists(os.path.join(paths["stdlib"], "threading.py")))
print(paths["purelib"] == os.path.join(sys.prefix, "lib", "python3.8", "site-packages"))
print(s.get_path("scripts", "posix_user") == os.path.expanduser("~/.local/bin"))
print(s.get_path("purelib", vars={"base": "/opt/x"}))
print(s.get_scheme_names(), s.get_path_names())
print(s.get_config_var("SIZEOF_VOID_P") == struct.calcsize("P"), s.get_config_vars("Py_GIL_DISABLED", "EXT_SUFFIX", "Py_DEBUG"))
print(s.get_config_var("prefix") == sys.prefix, s.is_python_build())
try:
    s.get_makefile_filename()
except NotImplementedError as e:
    print("refused:", e)
' 2>&1)
want="3.8 True
True
True
True
/opt/x/lib/python3.8/site-packages
('posix_home', 'posix_prefix', 'posix_user') ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')
True [None, None, 0]
True False
refused: sysconfig: gilvm is not built by a CPython Makefile"
fail=0
[ "$out" = "$want" ] || { printf 'got:\n%s\nwant:\n%s\n' "$out" "$want"; fail=1; }
m=$("$G" -m sysconfig 2>&1)
echo "$m" | grep -qx 'Python version: "3.8"' || { echo "-m sysconfig: no version line"; fail=1; }
echo "$m" | grep -q '^	py_version_short = "3.8"$' || { echo "-m sysconfig: no variables"; echo "$m" | head; fail=1; }
exit $fail
