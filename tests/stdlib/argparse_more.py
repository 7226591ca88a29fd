import argparse, sys
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
def run(p, args):
    o, e = sys.stdout, sys.stderr
    sys.stdout = so = Sink(); sys.stderr = se = Sink()
    try:
        r = p.parse_args(args); code = None
    except SystemExit as ex:
        r = None; code = ex.code
    finally:
        sys.stdout, sys.stderr = o, e
    print(args, '->', r, code)
    print(''.join(so.parts) + ''.join(se.parts), end='')
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-opt', default='p')
p = argparse.ArgumentParser(prog='prog', parents=[parent], formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='''first line
    indented second line''')
p.add_argument('-x', type=float, required=True, help='an x')
p.add_argument('nums', nargs='*', type=int, metavar='N')
p.set_defaults(func='default-func')
sub = p.add_subparsers(title='commands', dest='cmd', required=False)
a = sub.add_parser('add', help='add things'); a.add_argument('a', type=int); a.set_defaults(func='add-func')
run(p, ['-x', '1.5', '1', '2'])
run(p, ['-x', '-2', '3'])
run(p, ['-x', '2', 'add', '5'])
run(p, ['1'])
run(p, ['-h'])
q = argparse.ArgumentParser(prog='q', prefix_chars='+-', allow_abbrev=False)
q.add_argument('+v', action='store_true'); q.add_argument('--long-option', type=int)
run(q, ['+v', '--long-option', '3'])
run(q, ['--long', '3'])
r = argparse.ArgumentParser(prog='r')
r.add_argument('-1', dest='one', action='store_true')
r.add_argument('val', nargs='?')
run(r, ['-1'])
run(r, ['-5'])
s = argparse.ArgumentParser(prog='s')
s.add_argument('--opt', nargs='?', const='CONST', default='DEF')
s.add_argument('--items', nargs=3, type=int)
s.add_argument('rest', nargs=argparse.REMAINDER)
run(s, ['--opt'])
run(s, ['--opt', 'given', '--items', '1', '2', '3', 'a', '--b', 'c'])
run(s, ['--items', '1', '2'])
run(s, ['-h'])
t = argparse.ArgumentParser(prog='t', usage='%(prog)s [options] file', epilog='The end.')
t.add_argument('file'); t.add_argument('-q', action='store_const', const=0, dest='verbosity', default=1)
run(t, ['-h']); run(t, [])
print(p.get_default('func'), p.get_default('x'), repr(p)[:60])
