# A circular import sees the partial module, as in CPython: names bound
# before the cycle are there, later ones are not (the ImportError says so).
import impfix.circ_a
print("circ_a done:", impfix.circ_a.early, impfix.circ_a.late, impfix.circ_a.circ_b.early)
