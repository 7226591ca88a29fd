class Machine:
    transitions = {
        ('idle', 'start'): 'running',
        ('running', 'pause'): 'paused',
        ('paused', 'resume'): 'running',
        ('running', 'stop'): 'idle',
        ('paused', 'stop'): 'idle',
    }
    def __init__(self):
        self.state = 'idle'
        self.log = []
    def fire(self, ev):
        key = (self.state, ev)
        if key not in self.transitions:
            raise ValueError('invalid event %r in state %r' % (ev, self.state))
        old, self.state = self.state, self.transitions[key]
        self.log.append('%s -%s-> %s' % (old, ev, self.state))
m = Machine()
for ev in ['start', 'pause', 'resume', 'resume', 'stop', 'pause', 'start']:
    try:
        m.fire(ev)
    except ValueError as e:
        print('error:', e)
print('\n'.join(m.log), m.state)
def parse_number(s):
    state = 'start'
    for ch in s:
        if state == 'start':
            state = 'sign' if ch in '+-' else 'int' if ch.isdigit() else 'err'
        elif state in ('sign', 'int'):
            state = 'int' if ch.isdigit() else 'dot' if ch == '.' and state == 'int' else 'err'
        elif state in ('dot', 'frac'):
            state = 'frac' if ch.isdigit() else 'err'
        if state == 'err':
            return False
    return state in ('int', 'frac')
print([parse_number(s) for s in ['12', '-3.5', '+', '1.', '.5', '4.2.1', '', '007']])
