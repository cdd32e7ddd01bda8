# Figure 1 — the headline: thread1 (sequential) vs thread2 on one core and on
# two, for each policy/primitive of the beazley matrix, then for each real
# interpreter measured in the same run (absent when none was built).  Bars are
# medians, whiskers min..max over the runs.  Several machines: a panel each.
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
# Results from several machines (plots/prepare wrote machines.txt): one panel
# each, stacked, titled by the machine; one machine: a single plot.
machines = data.'/machines.txt'
n = int(system("cat '".machines."' 2>/dev/null | wc -l"))
machine(i) = system("sed -n ".i."p '".machines."'")
if (n < 2) {
    do for [fmt in FORMATS] {
        @OPEN
        plot f using 2:3:4:xtic(1) skip 1 title 'thread1: sequential' lc rgb '#4e79a7', \
             '' using 5:6:7 skip 1 title 'thread2: 2 threads, 1 core' lc rgb '#f28e2b', \
             '' using 8:9:10 skip 1 title 'thread2: 2 threads, 2 cores' lc rgb '#e15759'
    }
} else {
    do for [fmt in FORMATS] {
        @OPEN
        if (fmt eq 'png') { set terminal pngcairo size 1000,60+380*n font 'DejaVu Sans,10' enhanced } \
        else { set terminal pdfcairo size 6.5in,(0.4+2.4*n)*1in font 'DejaVu Sans,8' enhanced }
        set output out.'.'.fmt
        set multiplot layout n,1 title 'Sequential vs threaded countdown (same total work), one panel per machine'
        do for [i=1:n] {
            set title machine(i) noenhanced
            g = data.'/headline-'.i.'.csv'
            plot g using 2:3:4:xtic(1) skip 1 title 'thread1: sequential' lc rgb '#4e79a7', \
                 '' using 5:6:7 skip 1 title 'thread2: 2 threads, 1 core' lc rgb '#f28e2b', \
                 '' using 8:9:10 skip 1 title 'thread2: 2 threads, 2 cores' lc rgb '#e15759'
        }
        unset multiplot
    }
}
