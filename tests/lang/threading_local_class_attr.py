# A threading.local subclass: a class attribute is each thread's default,
# a value a thread sets hides it for that thread only, and a property on
# the class still runs.
import threading


class Settings(threading.local):
    level = 'default'

    @property
    def shout(self):
        return self.level.upper()

    @shout.setter
    def shout(self, value):
        self.level = value.lower()


s = Settings()
s.level = 'main'
seen = []


def worker():
    seen.append(s.level)
    s.shout = 'WORKER'
    seen.append((s.level, s.shout))


t = threading.Thread(target=worker)
t.start()
t.join()
print(s.level, s.shout, seen)
del s.level
print(s.level)
