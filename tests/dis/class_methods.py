class Point(Base):
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def moved(self, dx):
        return Point(self.x + dx, self.y)

class Empty:
    pass

p = Point(1, 2).moved(3)
