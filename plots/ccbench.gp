# Figure — CPython's ccbench under every policy, its emulations and the real
# interpreters: what a second thread does to throughput (Python work and C work
# that releases the GIL), per primitive for the Python task, and how late the
# main thread answers a ping while one thread computes.
load 'common.gp'
f = data.'/ccbench.csv'
k = data.'/ccbench-locks.csv'
l = data.'/ccbench-latency.csv'
# the primitives' columns come before the machine columns (from host on)
nlock = int(system("head -1 '".k."' | tr ',' '\\n' | grep -n '^host$' | cut -d: -f1")) - 2
has_latency = system("sed -n 2p '".l."' | wc -c") + 0 > 0
set style fill solid 0.85 border -1
set tics noenhanced
set style data histogram
set style histogram clustered gap 1
do for [fmt in FORMATS] {
    @OPEN
    set multiplot layout 1,3 title 'ccbench (CPython Tools/ccbench, unchanged), two cores' margins 0.07,0.97,0.24,0.86 spacing 0.08
    set key inside top center horizontal maxrows 1 font ',8' samplen 1.5
    set offsets 0, 0, graph 0.3, 0
    set xtics rotate by 35 right font ',8'
    set ylabel 'throughput, 2 threads / 1 thread'
    set yrange [0:*]
    set title 'throughput'
    plot f using 2:xtic(1) skip 1 title 'pi digits (Python)' lc rgb '#4e79a7', \
         '' using 3 skip 1 title 'bz2 (C, GIL released)' lc rgb '#59a14f', \
         1 with lines dt 2 lc rgb '#555555' notitle
    set title 'Python task by primitive'
    set ylabel 'pi digits, 2 threads / 1 thread'
    plot for [i=2:nlock+1] k using i:xtic(1) title columnhead(i), \
         1 with lines dt 2 lc rgb '#555555' notitle
    set title 'latency, 1 CPU thread'
    if (has_latency) {
        set logscale y
        set yrange [*:*]
        set format y '%g'
        set ylabel 'ms to answer a ping (log)'
        plot l using 2:xtic(1) skip 1 title 'mean' lc rgb '#f28e2b', \
             '' using 3 skip 1 title 'max' lc rgb '#e15759'
        unset logscale y
    } else {
        unset xtics; unset ytics; unset ylabel; set border 0; unset grid
        set label 1 'not measured at this scale' at graph 0.5, graph 0.5 center
        set xrange [0:1]; set yrange [0:1]
        plot -1 notitle
        unset label 1
    }
    unset multiplot
}
