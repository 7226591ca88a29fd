# inf and nan in comparisons, min/max, sorting of finite values and membership.
inf, nan = float("inf"), float("nan")
vals = [1.5, -inf, 0.0, inf, -0.0, -2.5, 1e308, -1e-308]
print(sorted(vals), max(vals), min(vals))
print(inf == inf, -inf < inf, inf > 10 ** 400, -inf < -(10 ** 400), inf == 10 ** 400)
print(nan == nan, nan != nan, nan < 0, nan >= 0, nan in [nan], nan in [float("nan")])
print(max(inf, nan), max(nan, inf), min(0.0, -0.0), min(-0.0, 0.0), 0.0 == -0.0)
print(inf + inf, inf - 1e308, -inf * 0.5, inf / 1e308, (inf * 0) != (inf * 0))
print(int(1e308) == 10 ** 308, float(10 ** 308) == 1e308, 1e308 * 10 == inf)
print([x for x in vals if x == x], sum(v for v in vals if abs(v) != inf))
