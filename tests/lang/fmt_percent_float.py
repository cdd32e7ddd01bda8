# %-formatting of floats: %f %e %g with flags, width and precision.
x = 3.14159265
print("%f|%.2f|%.0f|%10.3f|%-10.3f|%010.3f|%+.1f|% .1f" % (x, x, x, x, x, x, x, x))
print("%e|%.2e|%12.3e|%-12.1e|" % (x, x, x, x))
print("%g|%g|%g|%g|%g|%g" % (x, 0.0001, 0.00001, 123456, 1234567, 1e100))
print("%.3g|%.10g|%10.4g|%-10.2g|" % (x, x, x, x))
print("%f|%e|%g" % (0.0, 0.0, 0.0))
print("%f|%g|%e" % (-1.5, -1.5, -1.5))
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05))
print("%.2f" % 2.675, "%.3f" % 1e-4, "%.2f" % 1e10)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%5.1f%%" % 99.5)
print("%f" % 7, "%.2e" % 12345, "%g" % 100)
