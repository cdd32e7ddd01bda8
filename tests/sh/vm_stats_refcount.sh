#!/usr/bin/env bash
# --stats object accounting follows the program: N objects kept alive at once
# raise the peak by about N; freeing them all brings live-at-exit back to 0.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
# num FILE LABEL: the first number on the first line that contains LABEL
# (case-insensitive; vm/runtime/vmstats.c prints "   <count>      <label>").
num() {
    awk -v re="$2" 'index(tolower($0), tolower(re)) {
            line = $0; gsub(/,/, "", line)
            if (match(line, /[0-9]+/)) { print substr(line, RSTART, RLENGTH); exit }
        }' "$1"
}
printf 'x = 1\n' > small.py
cat > many.py <<'PY'
class Box:
    pass
keep = []
for i in range(20000):
    keep.append(Box())
print(len(keep))
keep = None
PY
"$G" --stats small.py > /dev/null 2> s.err || { echo "small.py failed"; cat s.err; exit 1; }
"$G" --stats many.py > m.out 2> m.err || { echo "many.py failed"; cat m.err; exit 1; }
sp=$(num s.err 'peak live'); mp=$(num m.err 'peak live'); ma=$(num m.err 'objects allocated'); ml=$(num m.err 'live at exit')
sa=$(num s.err 'objects allocated')
for v in sp mp ma ml sa; do
    [ -n "${!v}" ] || { echo "figure $v not found in --stats output:"; cat m.err; exit 1; }
done
fail=0
[ $((mp - sp)) -ge 20000 ] || { echo "peak grew by $((mp - sp)) for 20000 live instances, want >= 20000"; fail=1; }
[ $((ma - sa)) -ge 20000 ] || { echo "allocated grew by $((ma - sa)), want >= 20000"; fail=1; }
[ "$ml" = 0 ] || { echo "live at exit $ml, want 0"; fail=1; }
[ "$(cat m.out)" = 20000 ] || { echo "stdout '$(cat m.out)'"; fail=1; }
[ $fail = 0 ] || cat m.err
exit $fail
