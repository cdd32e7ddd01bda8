# Figure 3 — policy x primitive: thread2 / thread1 wall time (median ratio),
# a heat map per core count.  1.0 = threads cost nothing; above = the GIL fight.
load 'common.gp'
set view map
set palette defined (0.8 '#2c7bb6', 1.0 '#ffffbf', 1.5 '#fdae61', 2.5 '#d7191c')
# one colour scale for both panels: up to the larger slowdown of the two
stats data.'/primitives-1core.csv' using 3 skip 1 nooutput
top = STATS_max
stats data.'/primitives-2core.csv' using 3 skip 1 nooutput
top = STATS_max > top ? STATS_max : top
set cbrange [0.8:(top > 1.2 ? top : 1.2)]
set cblabel 'thread2 / thread1 wall time'
set xlabel 'lock primitive'
set ylabel 'GIL policy'
set tics noenhanced
set border 15
set grid noytics
do for [fmt in FORMATS] {
    @OPEN
    set multiplot layout 1,2 title 'thread2 slowdown by policy and primitive' margins 0.08,0.9,0.2,0.88 spacing 0.08
    do for [c in "1 2"] {
        set title sprintf('%s core%s', c, c eq '1' ? '' : 's')
        g = data.'/primitives-'.c.'core.csv'
        # failed cells have no value: fix the ranges so they still get their square
        stats g using 1:2 skip 1 nooutput
        set xrange [-0.5:STATS_max_x + 0.5]
        set yrange [-0.5:STATS_max_y + 0.5]
        if (c eq '1') { unset colorbox } else { set colorbox }
        plot g using 1:2:3:xtic(4):ytic(5) skip 1 with image notitle, \
             '' using 1:2:6 skip 1 with labels font ',9' notitle
    }
    unset multiplot
}
