#!/usr/bin/env bash
# README's list of refused instructions is exactly vm/opcode.h's REFUSED rows,
# and the compile mode that would make one is refused with a clear error.
set -u
G=${GILVM:?set by tests/run}
R=${ROOT:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
# PRINT_EXPR, the one refused instruction, only the interactive compile mode
# makes; compile() refuses that mode with one line that says so.
cat > "$T/r.py" <<'PY'
try:
    compile("1 + 1", "<s>", "single")
except ValueError as e:
    print(e)
PY
"$G" "$T/r.py" > "$T/out" 2> "$T/err"; rc=$?
[ $rc = 0 ] || { echo "compile 'single': exit $rc"; cat "$T/err"; fail=1; }
grep -q "mode 'single' is not supported by gilvm" "$T/out" || { echo "compile 'single': $(cat "$T/out")"; fail=1; }
table=$(grep -o 'OPCODE([A-Z_]*, [0-9]*, [A-Z]*, REFUSED' "$R/vm/opcode.h" | cut -d'(' -f2 | cut -d, -f1 | sort)
readme=$(sed -n '/^\*\*Refused\.\*\*/,/^$/p' "$R/README.md" | grep -o '`[A-Z][A-Z_]*`' | tr -d '`' | sort)
[ -n "$table" ] && [ "$table" = "$readme" ] || {
    echo "README's refused list differs from vm/opcode.h's REFUSED rows:"
    diff <(echo "$readme") <(echo "$table"); fail=1; }
exit $fail
