# common.gp — loaded by every figure script.  The caller (plots/render) sets:
#   data     directory of plot-ready CSVs (plots/prepare wrote them)
#   out      output path without extension; out.png and out.pdf are written
#   caption  one line naming the machine (from the CSV)
# A figure script runs its plot commands once per format inside
#   do for [fmt in FORMATS] { @OPEN ... }
if (!exists("data") || !exists("out")) { print "set data and out with -e"; exit error "missing variables" }
if (!exists("caption")) caption = "Machine: unknown"
FORMATS = "png pdf"
OPEN = "if (fmt eq 'png') { set terminal pngcairo size 1000,620 font 'DejaVu Sans,10' enhanced } else { set terminal pdfcairo size 6.5in,4in font 'DejaVu Sans,8' enhanced }; set output out.'.'.fmt; set label 99 caption at screen 0.01, screen 0.02 font ',8' noenhanced"
set datafile separator comma
set datafile missing ""
set key noenhanced
set grid ytics lc rgb '#dddddd'
set border 3
set tics nomirror
set bmargin 5
