# %-formatting matrix: every conversion in the subset with flags, widths and precisions over edge values.
vals = [0, 1, -1, 7, -7, 255, 12345, -12345, 9223372036854775807, -9223372036854775807]
specs = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d", "%-+6d|", "%x", "%#x", "%08x", "%-#8x|", "%#08x", "%.3d", "%8.4d", "%i"]
for s in specs:
    print(s, " ".join([s % v for v in vals]))
fl = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e22, 0.000123456, 99.995, 0.5, 2.5, 1e100]
fspecs = ["%f", "%.0f", "%.1f", "%.10f", "%10.3f", "%-10.2f|", "%+.2f", "% .3f", "%010.3f", "%e", "%.0e", "%.3e", "%12.2e", "%g", "%.0g", "%.1g", "%.3g", "%.10g", "%10g", "%-10g|", "%+g", "%#g", "%#.3g"]
for s in fspecs:
    print(s, " ".join([s % v for v in fl]))
ss = ["", "a", "héllo", "日本語", "a'b", 'a"b']
for s in ["%s", "%5s", "%-5s|", "%.2s", "%r", "%8r", "%-8r|", "%.3r"]:
    print(s, " ".join([s % v for v in ss]))
print("%s %r %d %f %x %e %g %%" % ("s", "r", 1, 2.5, 255, 1234.5, 0.5))
print("%d" % 2.999, "%x" % 10, "%s" % 1.0, "%r" % 1.0, "%s" % 1e16, "%g" % 1e16, "%d" % -0.0)
