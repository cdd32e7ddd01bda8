# Figure 4 — the convoy effect: echo requests per second and p99 latency per
# policy with 0, 1 or 2 spinning threads (two cores), and py32's switch-interval
# trade-off with one spinner: faster replies, less work for the spinner.
load 'common.gp'
f = data.'/convoy.csv'
s = data.'/convoy-si.csv'
set style fill solid 0.85 border -1
set tics noenhanced
set format y '%.0f'
do for [fmt in FORMATS] {
    @OPEN
    set multiplot layout 1,3 title 'Convoy: a socket echo beside CPU-bound threads' margins 0.09,0.92,0.16,0.86 spacing 0.1
    set style data histogram
    set style histogram clustered gap 1
    set logscale y
    set xlabel 'GIL policy, then real interpreters'
    set key inside top center horizontal maxrows 1 font ',8' samplen 1.5
    set offsets 0, 0, graph 0.35, 0   # headroom for the key above the tallest bar
    set ylabel 'requests per second (log)'
    set title 'throughput'
    plot f using 2:xtic(1) skip 1 title 'CPU threads: 0' lc rgb '#59a14f', \
         '' using 3 skip 1 title '1' lc rgb '#f28e2b', '' using 4 skip 1 title '2' lc rgb '#e15759'
    set ylabel 'p99 latency (µs, log)'
    set title 'tail latency'
    plot f using 5:xtic(1) skip 1 title 'CPU threads: 0' lc rgb '#59a14f', \
         '' using 6 skip 1 title '1' lc rgb '#f28e2b', '' using 7 skip 1 title '2' lc rgb '#e15759'
    set style data linespoints
    set offsets 0, 0, 0, 0
    set logscale x
    set xlabel 'py32 switch interval (ms, log)'
    set ylabel 'requests per second (log)'
    set y2label 'spinner work (M iterations/s)'
    set y2tics
    set y2range [0:*]
    set title 'switch interval, 1 CPU thread'
    set key inside bottom left
    plot s using 1:2 skip 1 title 'req/s' lw 2 pt 7 lc rgb '#4e79a7', \
         '' using 1:4 skip 1 axes x1y2 title 'spinner' lw 2 pt 5 lc rgb '#e15759'
    unset y2tics; unset y2label; unset logscale x
    unset multiplot
}
