__all__ = ['a', 'nothere']
a = 1
