# Figure 2 — what the OS saw: context switches and CPU migrations per run for
# each beazley configuration (medians, log scale; 0 is drawn at 1).
load 'common.gp'
f = data.'/ctxswitch.csv'
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set yrange [0.8:*]
set ylabel 'count per run (median, log scale)'
set xlabel 'configuration'
set xtics rotate by -30 left noenhanced
set bmargin 12
set rmargin 14
set key top left
set title 'Context switches and migrations'
do for [fmt in FORMATS] {
    @OPEN
    plot f using 2:xtic(1) skip 1 title 'context switches' lc rgb '#4e79a7', \
         '' using 3 skip 1 title 'CPU migrations' lc rgb '#59a14f'
}
