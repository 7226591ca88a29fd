def run(code):
    stack, pc, env, out = [], 0, {}, []
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        if op == 'push': stack.append(args[0])
        elif op == 'load': stack.append(env[args[0]])
        elif op == 'store': env[args[0]] = stack.pop()
        elif op in ('add', 'sub', 'mul', 'lt', 'mod'):
            b, a = stack.pop(), stack.pop()
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'lt': a < b, 'mod': a % b if b else None}[op])
        elif op == 'jmp': pc = args[0]
        elif op == 'jz':
            if not stack.pop():
                pc = args[0]
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': break
        else: raise RuntimeError('bad op ' + op)
    return out, env
prog = [('push', 1), ('store', 'i'), ('push', 1), ('store', 'acc'),
        ('load', 'i'), ('push', 21), ('lt',), ('jz', 17),
        ('load', 'acc'), ('load', 'i'), ('mul',), ('store', 'acc'),
        ('load', 'i'), ('push', 1), ('add',), ('store', 'i'), ('jmp', 4),
        ('load', 'acc'), ('print',), ('halt',)]
print(run(prog))
try:
    run([('bogus',)])
except RuntimeError as e:
    print(e)
try:
    run([('add',)])
except IndexError as e:
    print('IndexError', e)
