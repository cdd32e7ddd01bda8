#!/usr/bin/env bash
# A ctypes CDLL call releases the GIL for the foreign call and a PyDLL call
# keeps it: in --trace's intervals, each CDLL usleep shows one "blocked"
# interval named "ctypes" and the PyDLL ones none.  A callback arriving
# inside a released call (qsort's comparisons) takes the GIL back and gives
# it up again: the qsort call shows several "ctypes" intervals.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/one.py" <<'PY'
from ctypes import CDLL, PyDLL
from ctypes.util import find_library
libc = CDLL(find_library('c'))
pylibc = PyDLL(find_library('c'))
for _ in range(3):
    libc.usleep(1000)
for _ in range(2):
    pylibc.usleep(1000)
print('slept')
PY
"$G" --trace="$T/one.json" "$T/one.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
[ "$(cat "$T/out")" = slept ] || { echo "output: $(cat "$T/out")"; exit 1; }
n=$(awk -F, '$4 == "blocked" && $8 == "ctypes"' "$T/one.json.intervals.csv" | wc -l)
[ "$n" = 3 ] || { echo "ctypes blocked intervals: $n, want 3 (CDLL releases, PyDLL keeps)"; exit 1; }

cat > "$T/two.py" <<'PY'
from ctypes import CDLL, CFUNCTYPE, POINTER, c_int, sizeof
from ctypes.util import find_library
libc = CDLL(find_library('c'))
libc.qsort.restype = None
arr = (c_int * 4)(4, 3, 2, 1)
libc.qsort(arr, 4, sizeof(c_int), CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))(lambda a, b: a[0] - b[0]))
print(list(arr))
PY
"$G" --trace="$T/two.json" "$T/two.py" > "$T/out" 2> "$T/err" || { echo "qsort run failed"; cat "$T/err"; exit 1; }
[ "$(cat "$T/out")" = "[1, 2, 3, 4]" ] || { echo "qsort output: $(cat "$T/out")"; exit 1; }
n=$(awk -F, '$4 == "blocked" && $8 == "ctypes"' "$T/two.json.intervals.csv" | wc -l)
[ "$n" -ge 2 ] || { echo "qsort's ctypes blocked intervals: $n, want one per stretch between callbacks"; exit 1; }
exit 0
