#!/usr/bin/env bash
# C work releases the GIL above CPython's thresholds, and only there: in
# --trace's intervals, a 1 MiB hashlib update, zlib.compress and
# bz2.compress each show one "blocked" interval named for the module,
# lzma.compress two (its compress and its flush, as CPython's), a 100-byte
# update none.  Then the proof that the release is real: while the
# main thread hashes 64 MiB, a second thread holds the GIL and counts (one
# of its "running" intervals lies inside the main thread's hashlib one).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/one.py" <<'PY'
import bz2, hashlib, lzma, zlib
big = b"x" * (1 << 20)
hashlib.sha256().update(b"y" * 100)
h = hashlib.sha256()
h.update(big)
zlib.compress(big)
bz2.compress(big[:100000])
lzma.compress(big[:100000], preset=0)
print(h.hexdigest()[:16])
PY
"$G" --trace="$T/one.json" "$T/one.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
[ "$(cat "$T/out")" = 8f990ba0b577b51c ] || { echo "digest: $(cat "$T/out")"; exit 1; }
# Only the C modules' intervals: importing io blocks in open() too.
blocked=$(awk -F, '$4 == "blocked" && $8 ~ /^(hashlib|zlib|bz2|lzma)$/ { print $8 }' "$T/one.json.intervals.csv" | tr '\n' ' ')
[ "$blocked" = "hashlib zlib bz2 lzma lzma " ] || { echo "blocked intervals: '$blocked', want 'hashlib zlib bz2 lzma lzma '"; exit 1; }

cat > "$T/two.py" <<'PY'
import hashlib, threading
big = b"z" * (64 << 20)
state = {"stop": False, "n": 0}
def count():
    while not state["stop"]:
        state["n"] += 1
t = threading.Thread(target=count)
t.start()
while state["n"] == 0:
    pass
print(hashlib.sha1(big).hexdigest()[:16])
state["stop"] = True
t.join()
PY
"$G" --trace="$T/two.json" "$T/two.py" > "$T/out" 2> "$T/err" || { echo "threaded run failed"; cat "$T/err"; exit 1; }
python3 - "$T/two.json.intervals.csv" <<'PY' || exit 1
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
hashing = [r for r in rows if r["state"] == "blocked" and r["detail"] == "hashlib"]
assert len(hashing) == 1, f"want one hashlib interval, got {len(hashing)}"
h = hashing[0]
b0, b1 = int(h["start_ns"]), int(h["end_ns"])
inside = [r for r in rows if r["state"] == "running" and r["thread"] != h["thread"]
          and int(r["start_ns"]) < b1 and int(r["end_ns"]) > b0]
assert inside, "the counting thread never ran while the main thread hashed"
PY
exit 0
