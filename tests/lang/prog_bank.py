# A small class hierarchy with exceptions: accounts and transfers.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        Exception.__init__(self, "need %d more" % needed)
        self.needed = needed
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer refused:", e, "| needed", e.needed)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted:", amount)
a = Account("ann", 100)
s = Savings("sam")
print(transfer(a, s, 60), a, s)
print(transfer(a, s, 60), a, s)
print(s.add_interest(), s)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(Account.count, a.history, s.history)
print([type(x).__name__ for x in [a, s]], isinstance(s, Account))
