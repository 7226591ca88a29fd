# statistics.NormalDist: densities, quantiles from Wichura's inverse CDF,
# overlap, arithmetic and seeded samples, compared digit for digit.
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(110), n.cdf(110), n.zscore(130), n.quantiles(), n.quantiles(10))
for p in [1e-300, 1e-20, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.575, 0.7, 0.97575, 0.999, 1 - 1e-12]:
    print(p, NormalDist().inv_cdf(p))
print([round(NormalDist().cdf(NormalDist().inv_cdf(p)), 12) for p in (0.01, 0.25, 0.9)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)),
      NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 4, a + 1, 1 + a, 7 - a, -a, +a, a * -2)
print(a == NormalDist(10, 3), a == 3, hash(a) == hash(NormalDist(10.0, 3.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(range(10)))
print(NormalDist(5, 2).samples(4, seed=42))
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
          lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5),
          lambda: NormalDist.from_samples([1]), lambda: NormalDist().overlap(5),
          lambda: NormalDist(0, 0).overlap(NormalDist()), lambda: NormalDist(1, 0).zscore(2)]:
    try:
        print(f())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
