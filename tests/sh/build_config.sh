#!/usr/bin/env bash
# make's configuration stamp (build/<variant>/config.txt): hiding libpfm4
# (GILKIT_PFM=0) after a build with it, and showing it again, rebuilds every
# object, and what is built each way says so (nm, --version, the CSV record)
# and passes test_perf; the same configuration again rebuilds nothing.
# Builds at -O0 in a temporary BUILD_ROOT; the tree's own build is untouched.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
case ${VARIANT:-release} in
    release) ;;
    *) echo "checked in the release variant's run (the stamp is the same for all)"; exit 77 ;;
esac
[ -f /usr/include/perfmon/pfmlib_perf_event.h ] || { echo "libpfm4-dev not installed"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
B=$T/cfg
unset MAKEFLAGS MFLAGS MAKELEVEL   # a make of its own, not a part of the caller's

build() {  # build PFM: the archive, test_perf and gilvm with GILKIT_PFM=PFM
    touch "$T/before"
    sleep 1   # every object written after this is strictly newer than $T/before
    make -C "$ROOT" --no-print-directory -j2 BUILD_ROOT="$T" VARIANT=cfg OPT=-O0 GILKIT_PFM="$1" \
        "$B/tests/test_perf" "$B/gilvm" > "$T/log" 2>&1 || { echo "make GILKIT_PFM=$1 failed:"; tail -20 "$T/log"; exit 1; }
    objs=$(find "$B" -name '*.o' | wc -l)
    rebuilt=$(find "$B" -name '*.o' -newer "$T/before" | wc -l)
}

check() {  # check PFM WITH|WITHOUT: what was built says whether it uses libpfm4
    local pfm=$1 word=$2 csv=$T/run.csv
    if [ "$pfm" = 1 ]; then
        nm "$B/sched/perf.o" | grep -q ' U pfm_initialize$' || { echo "GILKIT_PFM=1: perf.o does not call libpfm4"; exit 1; }
    else
        nm "$B/sched/perf.o" | grep -q pfm_ && { echo "GILKIT_PFM=0: perf.o still calls libpfm4"; exit 1; }
    fi
    "$B/tests/test_perf" > "$T/out" 2>&1
    case $? in 0|77) ;; *) echo "GILKIT_PFM=$pfm: test_perf failed:"; tail -5 "$T/out"; exit 1 ;; esac
    "$B/gilvm" --version | grep -q "$word libpfm4" || { echo "GILKIT_PFM=$pfm: --version says '$("$B/gilvm" --version)'"; exit 1; }
    rm -f "$csv"
    (cd "$T" && "$B/gilvm" --csv="$csv" -c pass 2> "$T/err") || { echo "GILKIT_PFM=$pfm: gilvm -c pass failed"; exit 1; }
    python3 - "$csv" "$pfm" <<'PY' || exit 1
import csv, sys
row = list(csv.DictReader(open(sys.argv[1])))[0]
if row.get("libpfm4") != sys.argv[2]:
    sys.exit("GILKIT_PFM=%s: the record's libpfm4 column is %r" % (sys.argv[2], row.get("libpfm4")))
PY
}

switch_to() {  # switch_to PFM WORD: a changed configuration rebuilds every object
    build "$1"
    [ "$objs" -gt 20 ] && [ "$rebuilt" = "$objs" ] \
        || { echo "GILKIT_PFM=$1 after a change: $rebuilt of $objs objects rebuilt"; exit 1; }
    check "$1" "$2"
}

build 0; check 0 without
switch_to 1 with                   # libpfm4 made visible
build 1
[ "$rebuilt" = 0 ] || { echo "same configuration: $rebuilt objects rebuilt, want 0"; exit 1; }
find "$B/config.txt" -newer "$T/before" | grep -q . && { echo "same configuration: config.txt rewritten"; exit 1; }
switch_to 0 without                # and hidden again
exit 0
