# colorsys: every conversion over a grid of colours, exact to the last
# bit, plus round trips, clamping and out-of-range hues
import colorsys

vals = [i / 7 for i in range(8)] + [0.123, 0.999, 0.5001, 1e-9]
for r in vals:
    for g in vals[::3]:
        for b in vals[1::4]:
            print(r, g, b, colorsys.rgb_to_yiq(r, g, b), colorsys.rgb_to_hls(r, g, b),
                  colorsys.rgb_to_hsv(r, g, b))
for h in [0.0, 0.1, 1 / 6, 0.25, 0.5, 2 / 3, 0.75, 0.9, 0.999, 1.0, 1.25, -0.25, 6.5]:
    for x in [0.0, 0.3, 0.5, 0.8, 1.0]:
        print(h, x, colorsys.hls_to_rgb(h, x, 0.6), colorsys.hls_to_rgb(h, 0.4, x),
              colorsys.hsv_to_rgb(h, x, 0.7), colorsys.hsv_to_rgb(h, 0.9, x))
for yiq in [(0.5, 0.6, -0.6), (1.0, 1.0, 1.0), (0.0, -1.0, 0.2), (0.3, 0.1, 0.05)]:
    print(yiq, colorsys.yiq_to_rgb(*yiq))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.hsv_to_rgb(0, 0, 1), colorsys.rgb_to_hls(0, 0, 0))
print(max(abs(a - b) for rgb in [(0.2, 0.4, 0.6), (0.9, 0.1, 0.3)]
          for a, b in zip(rgb, colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)))) < 1e-12)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, sorted(colorsys.__all__))
