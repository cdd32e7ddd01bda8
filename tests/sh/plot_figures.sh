#!/usr/bin/env bash
# Every figure script draws the fixture results into a non-empty PNG (and PDF)
# whose caption line names the machine from the CSV; a missing matrix skips its
# figures with a message instead of failing the rest.
# The first test that needs the fixture results makes them: a longer budget.
# budget: 240
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
FIX=${FIXTURE_RESULTS:-$T/fixture-results}   # made by tests/fixtures/make-results
bash "$ROOT/tests/fixtures/make-results" "$FIX" || exit 1
command -v gnuplot > /dev/null || { echo "gnuplot not installed"; exit 77; }
bash "$ROOT/plots/render" "$FIX" "$T/figs" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
n=0
for gp in "$ROOT"/plots/*.gp; do
    name=$(basename "$gp" .gp)
    case $name in common|timeline) continue ;; esac
    n=$((n + 1))
    for ext in png pdf; do
        f=$T/figs/$name.$ext
        [ -s "$f" ] || { echo "$name.$ext missing or empty"; exit 1; }
    done
    [ "$(head -c 8 "$T/figs/$name.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
        || { echo "$name.png is not a PNG"; exit 1; }
    [ "$(head -c 5 "$T/figs/$name.pdf")" = "%PDF-" ] || { echo "$name.pdf is not a PDF"; exit 1; }
done
[ "$n" -ge 6 ] || { echo "only $n figure scripts"; exit 1; }
grep -q "Fake CPU @ 2.0GHz, 2 CPUs online, Linux 6.1.0-fake" "$T/figs/data/caption.txt" \
    || { echo "caption does not name the fixture's machine: $(cat "$T/figs/data/caption.txt")"; exit 1; }
"$ROOT/experiments/check-csv" "$T"/figs/data/*.csv > /dev/null || { echo "plot data malformed"; exit 1; }

# Only beazley: its two figures, the others skipped with a line each.
mkdir -p "$T/some"
cp "$FIX/beazley.csv" "$T/some/"
bash "$ROOT/plots/render" "$T/some" "$T/some/figs" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
[ -s "$T/some/figs/headline.png" ] && [ -s "$T/some/figs/ctxswitch.png" ] || { echo "beazley figures missing"; exit 1; }
[ ! -e "$T/some/figs/convoy.png" ] && grep -q "convoy skipped" "$T/log" || { echo "convoy not skipped:"; cat "$T/log"; exit 1; }

# The timeline draws a window whose intervals began before it (a long hold, a
# long wait) and a thread with no interval in it (its lane keeps its number).
cat > "$T/tl.csv" <<'CSV'
thread,tid,name,state,start_ns,end_ns,cpu,detail
0,10,MainThread,blocked,0,90000000,0,lock
2,12,Thread-2 (count),running,1000000,30000000,1,forced
2,12,Thread-2 (count),waiting,30000000,60000000,1,
CSV
gnuplot -e "csv='$T/tl.csv'; out='$T/tl'; start=10; len=10" "$ROOT/plots/timeline.gp" > "$T/log" 2>&1 \
    || { echo "timeline failed:"; cat "$T/log"; exit 1; }
[ -s "$T/tl.png" ] && [ ! -s "$T/log" ] || { echo "timeline drew nothing or complained:"; cat "$T/log"; exit 1; }
exit 0
