#!/usr/bin/env bash
# The libFuzzer targets (build/fuzz, `make fuzz-bin VARIANT=fuzz`), when
# built, run every input of tests/fuzz/corpus once (hand seeds and crash
# reproducers) without a crash, a sanitizer report or a timeout.  Skips
# (77) when they are not built.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
FUZZDIR=${FUZZDIR:-$ROOT/build/fuzz}
bins=$(ls "$FUZZDIR"/fuzz_* 2>/dev/null)
[ -n "$bins" ] || { echo "fuzz targets not built ($FUZZDIR)"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
for bin in $bins; do
    [ -x "$bin" ] || continue
    (cd "$T" && ASAN_OPTIONS=allocator_may_return_null=1:max_allocation_size_mb=64:detect_leaks=1 \
        "$bin" -timeout=30 -rss_limit_mb=2048 "$ROOT"/tests/fuzz/corpus/*) > "$T/log" 2>&1
    rc=$?
    ran=$(grep -c '^Executed ' "$T/log")
    if [ $rc -ne 0 ]; then
        echo "$(basename "$bin"): exit $rc after $ran inputs"; grep -m5 -E 'ERROR|Running:|SUMMARY' "$T/log"; fail=1
    else
        echo "$(basename "$bin"): $ran inputs"
    fi
done
exit $fail
