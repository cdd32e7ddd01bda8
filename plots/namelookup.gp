# Figure 6 — the cost of finding `len`: ns per call of len(xs) (loop
# overhead subtracted) by how the name is resolved.
load 'common.gp'
f = data.'/namelookup.csv'
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.85 border -1
set ylabel 'ns per call: median, whiskers min to max'
set xlabel 'how len is found'
set xtics noenhanced
set key off
set yrange [*<0:*]
set title 'Name lookup: LOAD_GLOBAL (cached, uncached), LOAD_FAST, shadowed global' noenhanced
do for [fmt in FORMATS] {
    @OPEN
    plot f using 2:3:4:xtic(1) skip 1 lc rgb '#4e79a7'
}
