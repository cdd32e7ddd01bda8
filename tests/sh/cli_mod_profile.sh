#!/usr/bin/env bash
# gilvm -m cProfile / -m profile: run a script (or -m a module) as __main__
# with its own sys.argv, then print the stats (times masked here) or dump
# them with -o for pstats; optparse's errors exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
printf 'import sys\ndef f(n):\n    return n + 1\nprint(f(1), sys.argv, __name__)\n' > mm.py
mask() { sed -E 's/[0-9]+\.[0-9]{3}/T/g' out; }

runs 0 -m cProfile mm.py a b
mask > masked
is masked <<'WANT'
2 ['mm.py', 'a', 'b'] __main__
         5 function calls in T seconds

   Ordered by: standard name

   ncalls  tottime  percall  cumtime  percall filename:lineno(function)
        1    T    T    T    T mm.py:1(<module>)
        1    T    T    T    T mm.py:2(f)
        1    T    T    T    T {built-in method builtins.exec}
        1    T    T    T    T {built-in method builtins.print}
        1    T    T    T    T {method 'disable' of '_lsprof.Profiler' objects}


WANT

runs 0 -m profile -s ncalls mm.py x
has out "^2 \['mm.py', 'x'\] __main__\$"
has out '^   Ordered by: call count$'
has out '^ +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ mm.py:2\(f\)$'
has out '^ +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ :0\(print\)$'

# -m: the module found on sys.path, run as __main__ (argv[0] its name).
runs 0 -m cProfile -s tottime -m mm q
has out "^2 \['mm', 'q'\] __main__\$"
has out '^   Ordered by: internal time$'
has out ' mm.py:2\(f\)$'

# -o: nothing printed but the program's own output; pstats reads the dump.
runs 0 -m cProfile -o o.prof mm.py
is out <<'WANT'
2 ['mm.py'] __main__
WANT
runs 0 -c "import pstats; print(sorted(k[2] for k in pstats.Stats('o.prof').stats))"
is out <<'WANT'
['<built-in method builtins.exec>', '<built-in method builtins.print>', "<method 'disable' of '_lsprof.Profiler' objects>", '<module>', 'f']
WANT

runs 2 -m cProfile -s nosuch mm.py
has err "^cProfile.py: error: option -s: invalid choice: 'nosuch' \(choose from 'calls', 'cumtime', 'cumulative', 'filename', 'line', 'module', 'name', 'ncalls', 'nfl', 'pcalls', 'stdname', 'time', 'tottime'\)\$"
runs 2 -m profile
has out '^Usage: profile.py \[-o output_file_path\] \[-s sort\] \[-m module \| scriptfile\] \[arg\] ...$'
runs 2 -m cProfile --bogus mm.py
has err '^cProfile.py: error: no such option: --bogus$'
exit $fail
