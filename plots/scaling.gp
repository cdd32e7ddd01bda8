# Figure 5 — the same total countdown shared by k threads (two cores): wall
# time per policy.  Flat = handing the GIL around is free.
load 'common.gp'
f = data.'/scaling.csv'
stats f skip 1 nooutput
set logscale x 2
set xtics (1, 2, 4, 8)
set xrange [0.8:10]
set xlabel 'threads k (total work fixed)'
set ylabel 'wall time (s): median, whiskers min to max'
set yrange [0:*]
set key bottom right
set title 'Scaling: k threads sharing one countdown'
do for [fmt in FORMATS] {
    @OPEN
    plot for [i=2:STATS_columns-5:3] f using 1:i:i+1:i+2 with yerrorlines lw 2 pt 7 title columnhead(i)
}
