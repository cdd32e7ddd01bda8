#!/usr/bin/env bash
# README's list of refused instructions is exactly vm/opcode.h's REFUSED rows
# (both empty since PRINT_EXPR runs; the paragraph must still be there).
set -u
R=${ROOT:?set by tests/run}
fail=0
table=$(grep -o 'OPCODE([A-Z_]*, [0-9]*, [A-Z]*, REFUSED' "$R/vm/opcode.h" | cut -d'(' -f2 | cut -d, -f1 | sort)
readme=$(sed -n '/^\*\*Refused\.\*\*/,/^$/p' "$R/README.md" | grep -o '`[A-Z][A-Z_]*`' | tr -d '`' | sort)
grep -q '^\*\*Refused\.\*\*' "$R/README.md" || { echo "README has no Refused paragraph"; fail=1; }
[ "$table" = "$readme" ] || {
    echo "README's refused list differs from vm/opcode.h's REFUSED rows:"
    diff <(echo "$readme") <(echo "$table"); fail=1; }
exit $fail
