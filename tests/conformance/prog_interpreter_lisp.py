def tokenize(s): return s.replace('(', ' ( ').replace(')', ' ) ').split()
def parse(toks):
    t = toks.pop(0)
    if t == '(':
        lst = []
        while toks[0] != ')':
            lst.append(parse(toks))
        toks.pop(0)
        return lst
    try:
        return int(t)
    except ValueError:
        return t
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args)); self.outer = outer
    def find(self, k):
        return self if k in self else self.outer.find(k)
def std():
    e = Env()
    e.update({'+': lambda *a: sum(a), '-': lambda a, b: a - b, '*': lambda a, b: a * b, '<': lambda a, b: a < b,
              '=': lambda a, b: a == b, 'list': lambda *a: list(a), 'car': lambda l: l[0], 'cdr': lambda l: l[1:]})
    return e
def ev(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    op, *args = x
    if op == 'if':
        return ev(args[1] if ev(args[0], env) else args[2], env)
    if op == 'define':
        env[args[0]] = ev(args[1], env); return None
    if op == 'lambda':
        return lambda *a: ev(args[1], Env(args[0], a, env))
    f = ev(op, env)
    return f(*[ev(a, env) for a in args])
g = std()
for src in ['(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))', '(fact 25)', '(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))',
            '(fib 15)', '(car (cdr (list 1 2 3)))', '(+ 1 2 3 4)', '((lambda (x y) (* x y)) 6 7)']:
    r = ev(parse(tokenize(src)), g)
    if r is not None:
        print(src, '=>', r)
