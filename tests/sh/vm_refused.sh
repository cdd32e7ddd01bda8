#!/usr/bin/env bash
# An instruction gilvm refuses ends the program the way README promises: one
# line on stderr naming it, exit status 2, no handler or finally running; and
# README's list of refused instructions is exactly vm/opcode.h's REFUSED rows.
set -u
G=${GILVM:?set by tests/run}
R=${ROOT:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
cat > "$T/r.py" <<'PY'
a = b = 2
print("before")
try:
    try:
        x = a @ b
    except BaseException:
        print("except must not run")
finally:
    print("finally must not run")
PY
"$G" "$T/r.py" > "$T/out" 2> "$T/err"; rc=$?
[ $rc = 2 ] || { echo "refused instruction: exit $rc, want 2"; fail=1; }
[ "$(cat "$T/out")" = before ] || { echo "stdout: $(cat "$T/out")"; fail=1; }
[ "$(wc -l < "$T/err")" = 1 ] || { echo "want one stderr line:"; cat "$T/err"; fail=1; }
grep -q '^gilvm: refused: BINARY_MATRIX_MULTIPLY ' "$T/err" || { echo "line does not name it: $(cat "$T/err")"; fail=1; }
# The same refusal inside a thread still ends the process with status 2.
cat > "$T/t.py" <<'PY'
import threading
def body():
    y = t @ t
t = threading.Thread(target=body)
t.start()
t.join()
print("joined")
PY
"$G" "$T/t.py" > "$T/out" 2> "$T/err"; rc=$?
[ $rc = 2 ] || { echo "refused in a thread: exit $rc, want 2"; cat "$T/err"; fail=1; }
grep -q '^gilvm: refused: BINARY_MATRIX_MULTIPLY ' "$T/err" || { echo "thread: $(cat "$T/err")"; fail=1; }
table=$(grep -o 'OPCODE([A-Z_]*, [0-9]*, [A-Z]*, REFUSED' "$R/vm/opcode.h" | cut -d'(' -f2 | cut -d, -f1 | sort)
readme=$(sed -n '/^\*\*Refused\.\*\*/,/^$/p' "$R/README.md" | grep -o '`[A-Z][A-Z_]*`' | tr -d '`' | sort)
[ -n "$table" ] && [ "$table" = "$readme" ] || {
    echo "README's refused list differs from vm/opcode.h's REFUSED rows:"
    diff <(echo "$readme") <(echo "$table"); fail=1; }
exit $fail
