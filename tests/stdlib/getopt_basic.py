# getopt.getopt and gnu_getopt: short option clusters and values, long options
# with unique prefixes, the '--' terminator, and every GetoptError.
import getopt
cases = [
    (['-a', '-b', 'val', 'file'], 'ab:', []),
    (['-abval', '-c', 'x'], 'ab:c', []),
    (['--alpha', '--beta=3', 'rest', '-a'], 'a', ['alpha', 'beta=']),
    (['--be', '4', 'x'], '', ['beta=']),
    (['--al'], '', ['alpha', 'alps']),
    (['--alpha=1'], '', ['alpha']),
    (['-x'], 'a', []),
    (['-b'], 'b:', []),
    (['--gamma'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
    (['-', '-a'], 'a', []),
    (['--', '-a'], 'a', []),
    (['-a', 'x', '-b', '--', '-c'], 'abc', []),
    ([], 'a', 'alpha'),
    (['--alpha'], 'a', 'alpha'),
]
for args, short, long in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f.__name__, f(args, short, long))
        except getopt.GetoptError as e:
            print(f.__name__, 'error:', e, repr(e.opt), repr(e.msg), e.args)
print(getopt.gnu_getopt(['x', '-a', 'y'], '+a'), getopt.error is getopt.GetoptError, getopt.__all__)
