# Ray tracer: vector class with operator methods, spheres, a plane, diffuse light and reflections.
# quick-size: 8
import sys
import math

N = int(sys.argv[1]) if len(sys.argv) > 1 else 160  # image is N x N pixels


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, point, normal_vec, colour, mirror):
        self.point = point
        self.n = normal_vec.norm()
        self.colour = colour
        self.mirror = mirror

    def hit(self, ray):
        d = ray.direction.dot(self.n)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.1),
            Sphere(Vec(2.0, 0.5, 4.0), 0.5, Vec(0.2, 0.2, 0.9), 0.6),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.2),
        ]
        self.light = Vec(-3.0, 5.0, -2.0)

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.2)
        p = ray.at(t)
        n = obj.normal(p)
        to_light = (self.light - p).norm()
        shadow, st = self.nearest(Ray(p, to_light))
        lit = 0.0
        if shadow is None:
            lit = max(0.0, n.dot(to_light))
        colour = obj.colour * (0.1 + 0.9 * lit)
        if depth < 3 and obj.mirror > 0:
            r = ray.direction - n * (2 * ray.direction.dot(n))
            colour = colour * (1 - obj.mirror) + self.trace(Ray(p, r), depth + 1) * obj.mirror
        return colour


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.0, -1.0)
    checksum = 0
    for y in range(size):
        for x in range(size):
            d = Vec((x - size / 2) / size, (size / 2 - y) / size, 1.0)
            c = scene.trace(Ray(eye, d), 0)
            checksum += int(min(c.x, 1.0) * 255) + 3 * int(min(c.y, 1.0) * 255) + 7 * int(min(c.z, 1.0) * 255)
    return checksum


print("raytrace", N, render(N))
