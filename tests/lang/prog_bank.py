# A small bank account model with exceptions and class attributes.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance}>"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a = Account("ann", 100)
b = Savings("bob", 50)
transfer(a, b, 30)
print(a, b)
try:
    transfer(a, b, 500)
except InsufficientFunds as e:
    print("failed:", e, e.needed)
try:
    a.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(b.add_interest(), b)
print(a.history, b.history)
accounts = [a, b, Account("cy", 75)]
print(sorted(accounts, key=lambda x: x.balance))
print(sum(x.balance for x in accounts))
