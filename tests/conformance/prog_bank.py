class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %.2f, have %.2f' % (needed, available))
        self.needed, self.available = needed, available
class Account:
    _next = 1000
    def __init__(self, owner, balance=0.0):
        self.owner, self._balance = owner, balance
        self.number = Account._next; Account._next += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amt; self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(('wd', amt))
    def __repr__(self): return '%s(#%d, %s, %.2f)' % (type(self).__name__, self.number, self.owner, self._balance)
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance); self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self._balance + self.overdraft:
            raise InsufficientFunds(amt, self._balance + self.overdraft)
        self._balance -= amt; self.history.append(('wd', amt))
accts = [Savings('ann', 1000), Checking('bob', 50), Account('cy')]
accts[0].add_interest(); accts[1].withdraw(120)
for a, amt in [(accts[2], 10), (accts[1], 100)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print('failed:', e, e.needed)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print(e)
for a in sorted(accts, key=lambda a: a.balance):
    print(a, a.history)
print(sum(a.balance for a in accts))
