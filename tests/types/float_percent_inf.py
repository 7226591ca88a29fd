# printf-style formatting of infinities and NaN: the sign of a negative
# infinity stays in front of any zero padding, NaN never has one.
inf = float('inf')
nan = float('nan')
for fmt in ['%f', '%.4f', '%e', '%g', '%F', '%E', '%G', '%06e', '%010.3f', '%-8f|', '%+f', '% f', '%+08.2f']:
    print(repr(fmt), repr(fmt % -inf), repr(fmt % inf), repr(fmt % nan), repr(fmt % -nan))
print('%s %r %d' % (-inf, -inf, 3), b'%f %e' % (-inf, inf))
print('{:f} {:08.2f} {:e}'.format(-inf, -inf, nan))
