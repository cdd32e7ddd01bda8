"""Descriptive statistics for gilvm, with CPython 3.11's results.

Averages and spreads of int, float and Fraction data.  mean, variance and
their kin add the data exactly, as Fractions, and convert once at the end,
so a float result is the correctly rounded one and the result keeps the
data's type where it can: mean([1, 2, 3]) is the int 2, a Fraction mean is
a Fraction, a mean of ints that is not whole is a float.  stdev and pstdev
are the correctly rounded square roots of the exact variance.  fmean and
geometric_mean work in floats.  Bad input raises StatisticsError (a
ValueError) with CPython's messages.  NormalDist is a normal distribution
as a value: its density, cumulative distribution and quantile function,
and arithmetic that shifts and scales it or adds independent ones.
"""

import math
import numbers
import random
import sys
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'NormalDist', 'correlation',
           'covariance', 'linear_regression', 'LinearRegression']


class StatisticsError(ValueError):
    pass


# ---- exact sums --------------------------------------------------------------

def _isfinite(x):
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) for a nan or an infinity,
    which no ratio can hold."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    """The type a result of T and S data takes: int gives way to anything,
    a subclass beats its base, float beats Fraction."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


class _Tally:
    """Running exact sums of values (and optionally their squares): the
    numerators are kept per denominator, so a sum of floats adds ints; a
    nan or infinity is summed apart, as a float, and then wins."""

    def __init__(self):
        self.count = 0
        self.types = []
        self.sums = {}
        self.squares = {}

    def add(self, x, squares=False):
        if type(x) not in self.types:
            self.types.append(type(x))
        n, d = _exact_ratio(x)
        self.count += 1
        self.sums[d] = self.sums.get(d, 0) + n
        if squares and d is not None:
            self.squares[d] = self.squares.get(d, 0) + n * n

    def total(self, sums):
        if None in self.sums:
            return self.sums[None]
        total = Fraction(0)
        for d, n in sums.items():
            total += Fraction(n, d)
        return total

    def type(self):
        return _result_type(self.types)


def _sum(data):
    """(result type, exact sum, count) of data."""
    tally = _Tally()
    for x in data:
        tally.add(x)
    return tally.type(), tally.total(tally.sums), tally.count


def _ss(data, c=None):
    """(result type, sum of squared deviations, count): about c when given,
    else about the exact mean, as n*sum(x*x) - sum(x)**2 over n in Fractions."""
    if c is not None:
        tally = _Tally()
        for x in data:
            tally.add((x - c) * (x - c))
        return tally.type(), tally.total(tally.sums), tally.count
    tally = _Tally()
    for x in data:
        tally.add(x, squares=True)
    n = tally.count
    if not n:
        ss = Fraction(0)
    elif None in tally.sums:
        ss = tally.sums[None]
    else:
        sx = tally.total(tally.sums)
        sxx = Fraction(0)
        for d, num in tally.squares.items():
            sxx += Fraction(num, d * d)
        ss = (n * sxx - sx * sx) / n
    return tally.type(), ss, n


def _convert(value, T):
    """value (a Fraction, or a float nan/inf) as type T; a non-whole value
    for an int type becomes a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        # Decimal takes no Fraction: divide in T so its context rounds
        if isinstance(value, Fraction):
            return T(value.numerator) / T(value.denominator)
        raise


def _sqrt_frac(n, m):
    """sqrt(n/m) as a correctly rounded float: a floor integer square root
    of n/m scaled to about 60 bits, its last bit set when inexact (rounding
    to odd keeps the sticky information), then one correctly rounded
    conversion."""
    e = (120 - (n.bit_length() - m.bit_length())) // 2
    if e >= 0:
        num, den = n << (2 * e), m
    else:
        num, den = n, m << (-2 * e)
    s = math.isqrt(num // den)
    if s * s * den != num:
        s |= 1
    if e >= 0:
        return s / (1 << e)
    return float(s << -e)


def _fail_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ---- averages ------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, exact, in the data's type where possible."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast: math.fsum over the data (weighted when
    weights are given)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The n-th root of the product, as a float: exp of the mean log."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of reciprocals (weighted when weights
    are given); 0 when a value is 0."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, numbers.Real):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_fail_negative(weights, message))[1]
    try:
        pairs = zip(weights, _fail_negative(data, message))
        T, total, _ = _sum(w / x if w else 0 for w, x in pairs)
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _sorted_or_fail(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data


def median(data):
    """The middle value, or the mean of the two middle ones."""
    data = _sorted_or_fail(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle ones."""
    data = _sorted_or_fail(data)
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle ones."""
    data = _sorted_or_fail(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width interval
    centred on the values: interpolated within the middle value's class."""
    import bisect
    data = _sorted_or_fail(data)
    n = len(data)
    x = data[n // 2]
    lo = bisect.bisect_left(data, x)
    hi = bisect.bisect_right(data, x, lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - lo) / (hi - lo)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value; of several, the one met first."""
    best, most = None, 0
    for value, count in _counts(data).items():
        if count > most:
            best, most = value, count
    if not most:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """Every most common value, in the order first met; [] for no data."""
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


# ---- spread --------------------------------------------------------------------

def pvariance(data, mu=None):
    """The population variance (about mu when given), exact."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def variance(data, xbar=None):
    """The sample variance (about xbar when given), exact."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation: a Decimal for Decimal data, else a
    correctly rounded float."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_mean(T, ss / n)


def stdev(data, xbar=None):
    """The sample standard deviation: a Decimal for Decimal data, else a
    correctly rounded float."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_mean(T, ss / (n - 1))


def _root_mean(T, mss):
    """sqrt(mss): a Decimal for Decimal data (rounded by the current
    context, from a few guard digits), else a correctly rounded float."""
    # Decimal data means decimal is already imported: no import for floats
    decimal = sys.modules.get('decimal')
    if decimal is not None and issubclass(T, decimal.Decimal):
        with decimal.localcontext() as ctx:
            ctx.prec += 3
            root = (T(mss.numerator) / T(mss.denominator)).sqrt()
        return +root
    return _sqrt_frac(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n groups of equal probability,
    interpolated linearly: 'exclusive' treats data as a sample from a wider
    population, 'inclusive' as the whole population (min and max included)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = ld + 1
        cuts = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---- NormalDist --------------------------------------------------------------

# Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): the
# normal quantile as rational functions of p, good to about 1e-16.  Each
# pair is (numerator coefficients, denominator coefficients), highest
# power first; the denominators' constant term is 1.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _rational(coefficients, r, scale=1.0):
    """scale * numerator(r) / denominator(r), scaled before the division as
    the algorithm's published form does, so results round alike."""
    num, den = 0.0, 0.0
    for a in coefficients[0]:
        num = num * r + a
    for b in coefficients[1]:
        den = den * r + b
    return num * scale / den


def _normal_quantile(p):
    """The standard normal quantile of p, 0 < p < 1."""
    q = p - 0.5
    if abs(q) <= 0.425:
        return _rational(_AS241_CENTRAL, 0.180625 - q * q, q)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    x = _rational(_AS241_NEAR, r - 1.6) if r <= 5.0 else _rational(_AS241_FAR, r - 5.0)
    return -x if q < 0.0 else x


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the data's mean and sample stdev."""
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        """n values drawn from the distribution (reproducibly when seeded)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        return math.exp((x - self._mu) ** 2.0 / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with P(X <= x) = p, 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _normal_quantile(p) * self._sigma

    def overlap(self, other):
        """The area under both density curves (0 to 1): Inman and
        Bradley's overlapping coefficient."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        x, y = self, other
        if (y._sigma, y._mu) < (x._sigma, x._mu):
            x, y = y, x
        x_var, y_var = x.variance, y.variance
        if not x_var or not y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = y_var - x_var
        dm = abs(y._mu - x._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * x._sigma * math.sqrt(2.0)))
        # the densities cross at x1 and x2
        a = x._mu * y_var - y._mu * x_var
        b = x._sigma * y._sigma * math.sqrt(dm ** 2.0 + dv * math.log(y_var / x_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (abs(y.cdf(x1) - x.cdf(x1)) + abs(y.cdf(x2) - x.cdf(x2)))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2.0

    # A NormalDist plus or minus another is the distribution of the sum or
    # difference of independent variables; with a number, a shift or scale.
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)


# ---- two variables (3.10): float results, from fsum'd centred sums -------------

LinearRegression = __import__('collections').namedtuple('LinearRegression',
                                                         ('slope', 'intercept'))


def _paired(x, y, what):
    """x and y as lists of the same length, at least two."""
    x, y = list(x), list(y)
    if len(x) != len(y):
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if len(x) < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return x, y


def _centred(values):
    mean_value = math.fsum(values) / len(values)
    return [v - mean_value for v in values], mean_value


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    x, y = _paired(x, y, 'covariance')
    dx, _ = _centred(x)
    dy, _ = _centred(y)
    return math.fsum(a * b for a, b in zip(dx, dy)) / (len(x) - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    x, y = _paired(x, y, 'correlation')
    dx, _ = _centred(x)
    dy, _ = _centred(y)
    sxy = math.fsum(a * b for a, b in zip(dx, dy))
    sxx = math.fsum(a * a for a in dx)
    syy = math.fsum(b * b for b in dy)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (intercept 0.0 when proportional)."""
    x, y = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
        xbar = ybar = 0.0
    else:
        dx, xbar = _centred(x)
        dy, ybar = _centred(y)
        sxy = math.fsum(a * b for a, b in zip(dx, dy))
        sxx = math.fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)
