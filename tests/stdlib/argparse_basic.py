import argparse, sys

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

def run(parser, args):
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = out = Sink(); sys.stderr = err = Sink()
    try:
        result = parser.parse_args(args)
        status = None
    except SystemExit as e:
        result = None
        status = e.code
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    print('args:', args)
    if result is not None:
        print('  ->', result)
    if status is not None:
        print('  exit', status)
    if out.parts:
        print(''.join(out.parts), end='')
    if err.parts:
        print('  stderr:', ''.join(err.parts), end='')

p = argparse.ArgumentParser(prog='tool', description='A test tool that does several things with files and numbers.', epilog='Have fun.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=1, help='number of times')
p.add_argument('-v', '--verbose', action='count', default=0, help='increase verbosity')
p.add_argument('-q', '--quiet', action='store_true', help='be quiet')
p.add_argument('--no-cache', dest='cache', action='store_false', help='disable the cache')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add an include directory')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='mode of operation: %(choices)s')
p.add_argument('--ratio', type=float, help=argparse.SUPPRESS)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--tags', nargs='*')
p.add_argument('--files', nargs='+', help='a very long help text that should definitely wrap around onto the next line because it is long')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
for args in (['a'], ['a', 'b', '-n', '3', '-vvv', '-q'], ['--count=5', 'x', '--no-cache', '-I', 'inc1', '-Iinc2'],
             ['x', '--mode', 'fast', '--pair', '1', '2', '--tags'], ['x', '--tags', 't1', 't2', '--files', 'f1'],
             ['x', '--cou', '7'], ['-h'], ['--version'], [], ['x', '-n', 'abc'], ['x', '--mode', 'bogus'],
             ['x', 'y', 'z'], ['x', '--pair', '1'], ['x', '--files'], ['x', '--unknown'], ['x', '-n'], ['--', '-x']):
    run(p, args)

q = argparse.ArgumentParser(prog='git')
q.add_argument('--debug', action='store_true')
sub = q.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote', aliases=['ps'])
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('branches', nargs='*')
for args in (['commit', '-m', 'msg'], ['--debug', 'push'], ['push', 'up', 'main', 'dev'], ['ps', 'x'], ['commit'], ['nope'], ['-h'], ['commit', '-h'], []):
    run(q, args)

g = argparse.ArgumentParser(prog='grp')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--foo', action='store_true')
mx.add_argument('--bar', action='store_true')
grp = g.add_argument_group('extra', 'Extra options for things.')
grp.add_argument('--level', type=int, default=3)
for args in (['--foo'], ['--foo', '--bar'], ['-h'], ['--level', '-2']):
    run(g, args)
r = argparse.ArgumentParser(prog='req')
mr = r.add_mutually_exclusive_group(required=True)
mr.add_argument('-a', type=int)
mr.add_argument('-b', type=int)
r.add_argument('nums', type=int, nargs='+')
r.add_argument('--opt', action=argparse.BooleanOptionalAction, default=True, help='toggle')
r.add_argument('--const', nargs='?', const='C', default='D')
r.add_argument('-x', action='store_const', const=42)
r.add_argument('--ext', action='extend', nargs='+', type=int)
for args in (['1', '2', '-a', '5'], ['1'], ['-b', '3', '4', '--no-opt', '--const'], ['-a', '1', '2', '--const', 'v', '-x', '--ext', '1', '2', '--ext', '3'], ['-h'], ['-a', '1', '-1']):
    run(r, args)
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, vars(ns))
k, rest = p.parse_known_args(['x', '--zzz', 'extra'])
print(k.src, rest)
print(p.format_usage(), end='')
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
d.add_argument('pos', nargs='?', default='p', help='a positional')
print(d.format_help())
try:
    p.add_argument('--count')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
long = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_to_force_wrapping')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long.add_argument('first_positional')
long.add_argument('second_positional', nargs='+')
print(long.format_usage())
print(long.format_help())
