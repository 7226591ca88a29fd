import statistics as st
from fractions import Fraction as F
data_i = [2, 4, 4, 4, 5, 5, 7, 9]
data_f = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
odd = [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9]
for d in (data_i, data_f, odd, [1, 2, 3], [0.1] * 10, [1e100, 1, -1e100], [F(1, 3), F(2, 3), F(3, 4)]):
    print(st.mean(d), st.fmean(d), st.median(d), st.median_low(d), st.median_high(d))
    print(st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1, 2.5]), st.mean([True, False, True]), type(st.mean([1, 2])).__name__)
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.9), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], xbar=2.9), st.pvariance([1, 2, 3, 4], mu=2.5))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.mode('aabbbc'), st.mode(['red', 'blue', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
for f, arg in ((st.mean, []), (st.median, []), (st.variance, [1]), (st.stdev, [2]), (st.pvariance, []), (st.mode, []), (st.fmean, []), (st.geometric_mean, [0, 1])):
    try:
        f(arg)
    except st.StatisticsError as e:
        print('StatisticsError', e)
print(issubclass(st.StatisticsError, ValueError), st.mean(iter([1, 2, 3, 4])), st.pstdev([1, 2, 3, 4, 5, 6]), st.stdev(range(1, 101)), st.variance(range(10)))
print(st.mean([float('inf'), 1]), st.pstdev([1.0, float('inf')]) if False else 0)
