# Figure — Beazley-style GIL timeline: one lane per VM thread over a time
# window; green while it holds the GIL, red while it waits for it, grey while
# blocked in a call, orange while handing off (a forced switch waiting for
# the taker); black triangles mark lost wake-ups, small ticks drop requests.
# Reads the intervals CSV written by `gilvm --trace=FILE` (FILE.intervals.csv).
#   gnuplot -e "csv='t.json.intervals.csv'; out='timeline'; start=100; len=20" plots/timeline.gp
#   start, len: the window in ms from the trace's origin (defaults 0 and 20).
#   title: optional heading (e.g. the gil/lock/cpus of the run).
# Writes out.png (pngcairo) and out.pdf (pdfcairo).
if (!exists("csv") || !exists("out")) { print "set csv and out with -e"; exit error "missing variables" }
if (!exists("start")) start = 0
if (!exists("len")) len = 20
if (!exists("title")) title = csv
set datafile separator comma
stats csv using 1 skip 1 nooutput
nthreads = int(STATS_max) + 1
# Lane labels: each thread's name, collected in one pass over the file; a
# thread with no interval in the window keeps its number.
array lane_name[nthreads]
do for [i = 1:nthreads] { lane_name[i] = sprintf('thread %d', i - 1) }
stats csv using (lane_name[int($1) + 1] = strcol(3), 0) skip 1 nooutput
set ytics ()
do for [i = 1:nthreads] { set ytics add (sprintf('%d %s', i - 1, lane_name[i]) i - 1) }
ms(c) = column(c) / 1e6
is(s) = strcol(4) eq s
# boxxyerror: x y xlow xhigh ylow yhigh; rows of another state give NaN (not
# drawn).  gnuplot drops a box whose x lies outside the x range, so each box is
# clipped to the window and placed at the middle of what remains: an interval
# that began before the window (a long hold, a long wait) still shows.
lo(x) = x < start ? start : x
hi(x) = x > start + len ? start + len : x
x0 = 0
x1 = 0
mid(unused) = (x0 = lo(ms(5)), x1 = hi(ms(6)), (x0 + x1) / 2)
lane(s) = is(s) ? $1 : NaN
set xrange [start:start + len]
set yrange [-0.6:nthreads - 0.4]
set xlabel 'time (ms)'
set ylabel 'thread'
set grid xtics lc rgb '#dddddd'
set border 3
set tics nomirror
set key outside top horizontal noenhanced
set title sprintf('%s — %.3f–%.3f ms', title, start, start + len) noenhanced
set style fill solid 1.0 noborder
FORMATS = "png pdf"
do for [fmt in FORMATS] {
    if (fmt eq 'png') { set terminal pngcairo size 1200,(200 + 60 * nthreads) font 'DejaVu Sans,10' } \
    else { set terminal pdfcairo size 7in,(1.5 + 0.4 * nthreads) font 'DejaVu Sans,8' }
    set output out.'.'.fmt
    plot csv skip 1 using (mid(0)):(lane('running')):(x0):(x1):($1 - 0.3):($1 + 0.3) \
             with boxxyerror lc rgb '#2ca02c' title 'running (holds GIL)', \
         '' skip 1 using (mid(0)):(lane('waiting')):(x0):(x1):($1 - 0.3):($1 + 0.3) \
             with boxxyerror lc rgb '#d62728' title 'waiting', \
         '' skip 1 using (mid(0)):(lane('blocked')):(x0):(x1):($1 - 0.3):($1 + 0.3) \
             with boxxyerror lc rgb '#999999' title 'blocked', \
         '' skip 1 using (mid(0)):(lane('handoff')):(x0):(x1):($1 - 0.3):($1 + 0.3) \
             with boxxyerror lc rgb '#ff7f0e' title 'handoff', \
         '' skip 1 using (ms(5)):(is('lost_wakeup') ? $1 + 0.42 : NaN) \
             with points pt 11 ps 1.2 lc rgb '#000000' title 'lost wake-up', \
         '' skip 1 using (ms(5)):(is('drop_request') ? $1 - 0.42 : NaN) \
             with points pt 2 ps 0.5 lc rgb '#1f77b4' title 'drop request'
    set output
}
