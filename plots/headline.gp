# Figure 1 — the headline: thread1 (sequential) vs thread2 on one core and on
# two, for each policy/primitive of the beazley matrix, then for each real
# interpreter measured in the same run (absent when none was built).  Bars are
# medians, whiskers min..max over the runs.
load 'common.gp'
f = data.'/headline.csv'
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set ylabel 'wall time (s): median, whiskers min to max'
set xlabel 'gilvm: GIL policy / lock primitive, then the real interpreters'
set xtics noenhanced
set yrange [0:*]
set key top left
set title 'Sequential vs threaded countdown (same total work)'
do for [fmt in FORMATS] {
    @OPEN
    plot f using 2:3:4:xtic(1) skip 1 title 'thread1: sequential' lc rgb '#4e79a7', \
         '' using 5:6:7 skip 1 title 'thread2: 2 threads, 1 core' lc rgb '#f28e2b', \
         '' using 8:9:10 skip 1 title 'thread2: 2 threads, 2 cores' lc rgb '#e15759'
}
