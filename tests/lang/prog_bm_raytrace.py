# small ray tracer: __slots__ vectors, isinstance dispatch, recursion, float math
import math
class Vector:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def magnitude(self): return math.sqrt(self.dot(self))
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, f): return Vector(self.x * f, self.y * f, self.z * f)
    def normalized(self): return self.scale(1.0 / self.magnitude())
    def reflect(self, n): return self - n.scale(2 * self.dot(n))
class Ray:
    def __init__(self, p, v): self.point = p; self.vector = v.normalized()
    def pointAt(self, t): return self.point + self.vector.scale(t)
class Sphere:
    def __init__(self, c, r): self.centre = c; self.radius = r
    def intersectionTime(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0: return None
        return v - math.sqrt(disc)
    def normalAt(self, p): return (p - self.centre).normalized()
class Halfspace:
    def __init__(self, p, n): self.point = p; self.normal = n.normalized()
    def intersectionTime(self, ray):
        v = ray.vector.dot(self.normal)
        if v: return 1 / -v
        return None
    def normalAt(self, p): return self.normal
EPS = 0.00001
class Scene:
    def __init__(self):
        self.objects = []; self.lights = []
        self.eye = Vector(0, 1.8, 10); self.look = Vector(0, 3, 0)
    def hit(self, ray):
        best = None
        for o in self.objects:
            t = o.intersectionTime(ray)
            if t is not None and t > EPS and (best is None or t < best[1]):
                best = (o, t)
        return best
    def trace(self, ray, depth=0):
        if depth > 3: return 0.0
        h = self.hit(ray)
        if h is None: return 0.1
        o, t = h
        p = ray.pointAt(t)
        n = o.normalAt(p)
        c = 0.05
        for l in self.lights:
            ld = (l - p).normalized()
            if self.hit(Ray(p, ld)) is None:
                c += max(0.0, n.dot(ld)) * 0.7
        if isinstance(o, Halfspace):
            c += 0.3 * self.trace(Ray(p, ray.vector.reflect(n)), depth + 1)
        return c
    def render(self, w, h):
        fwd = (self.look - self.eye).normalized()
        right = Vector(1, 0, 0); up = Vector(0, 1, 0)
        tot = 0.0; rows = []
        for y in range(h):
            row = []
            for x in range(w):
                dx = (x - w / 2) / w; dy = (h / 2 - y) / h
                d = fwd + right.scale(dx) + up.scale(dy)
                v = self.trace(Ray(self.eye, d))
                tot += v; row.append(" .:-=+*#%@"[min(9, int(v * 9))])
            rows.append("".join(row))
        return tot, rows
s = Scene()
s.objects.append(Sphere(Vector(1, 3, -10), 2))
s.objects.append(Sphere(Vector(-2, 2, -5), 1.5))
s.objects.append(Halfspace(Vector(0, 0, 0), Vector(0, 1, 0)))
s.lights.append(Vector(30, 30, 10)); s.lights.append(Vector(-10, 100, 30))
tot, rows = s.render(32, 16)
print("%.6f" % tot)
print("\n".join(rows))
