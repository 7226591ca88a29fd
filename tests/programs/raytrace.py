# A small ray tracer: vectors, spheres, a plane, point lights, shadows and
# reflections, rendering a square image and printing a checksum of the pixels.
# Usage: raytrace.py [SIZE]   (the image is SIZE x SIZE pixels)
import sys
import math

DEFAULT_SIZE = 16
EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)


Vector.ZERO = Vector(0, 0, 0)
Vector.RIGHT = Vector(1, 0, 0)
Vector.UP = Vector(0, 1, 0)
Vector.OUT = Vector(0, 0, 1)


class Point(Vector):
    pass


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [0] * (width * height * 3)

    def plot(self, x, y, r, g, b):
        i = ((self.height - y - 1) * self.width + x) * 3
        self.pixels[i] = max(0, min(255, int(r * 255)))
        self.pixels[i + 1] = max(0, min(255, int(g * 255)))
        self.pixels[i + 2] = max(0, min(255, int(b * 255)))

    def checksum(self):
        h = 0
        for v in self.pixels:
            h = (h * 31 + v) % 1000000007
        return h


def first_intersection(intersections):
    result = None
    for obj, t, surface in intersections:
        if t is not None and t > -EPSILON:
            if result is None or t < result[1]:
                result = (obj, t, surface)
    return result


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Point(0, 1.8, 10)
        self.look_at = Point(0, 3, 0)
        self.field_of_view = 45
        self.recursion_depth = 0

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.lights.append(p)

    def render(self, canvas):
        fov_radians = math.pi * (self.field_of_view / 2.0) / 180.0
        half_width = math.tan(fov_radians)
        half_height = 0.75 * half_width
        width = half_width * 2
        height = half_height * 2
        pixel_width = width / (canvas.width - 1)
        pixel_height = height / (canvas.height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vpright = eye.vector.cross(Vector.UP).normalized()
        vpup = vpright.cross(eye.vector).normalized()
        for y in range(canvas.height):
            for x in range(canvas.width):
                xcomp = vpright.scale(x * pixel_width - half_width)
                ycomp = vpup.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + xcomp + ycomp)
                colour = self.ray_colour(ray)
                canvas.plot(x, y, colour.x, colour.y, colour.z)

    def ray_colour(self, ray):
        if self.recursion_depth > 3:
            return Vector.ZERO
        try:
            self.recursion_depth += 1
            intersections = [(o, o.intersection_time(ray), s)
                             for (o, s) in self.objects]
            i = first_intersection(intersections)
            if i is None:
                return Vector.ZERO
            obj, t, surface = i
            p = ray.point_at(t)
            return surface.colour_at(self, ray, p, obj.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def visible_lights(self, p):
        result = []
        for light in self.lights:
            ray = Ray(p, light - p)
            hits = [(o, o.intersection_time(ray), s) for (o, s) in self.objects]
            i = first_intersection(hits)
            if i is None or i[1] > (light - p).magnitude():
                result.append(light)
        return result


def add_colours(a, scale, b):
    return Vector(a.x + scale * b.x, a.y + scale * b.y, a.z + scale * b.z)


class SimpleSurface:
    def __init__(self, base_colour=Vector(1, 1, 1), specular=0.2,
                 lambert=0.6, ambient=None):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert if ambient is None else ambient

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = Vector.ZERO
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            rc = scene.ray_colour(reflected)
            c = add_colours(c, self.specular, rc)
        if self.lambert > 0:
            amount = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    amount += contribution
            amount = min(1, amount)
            c = add_colours(c, self.lambert * amount, b)
        if self.ambient > 0:
            c = add_colours(c, self.ambient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, check_size=1, **kwargs):
        super().__init__(**kwargs)
        self.other_colour = Vector(0, 0, 0)
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - Point(0, 0, 0)
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


def main(size):
    canvas = Canvas(size, size)
    s = Scene()
    s.add_light(Point(30, 30, 10))
    s.add_light(Point(-10, 100, 30))
    s.look_at = Point(0, 3, 0)
    s.add_object(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=Vector(1, 1, 0)))
    for y in range(6):
        s.add_object(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
                     SimpleSurface(base_colour=Vector(y / 6.0, 1 - y / 6.0, 0.5)))
    s.add_object(Halfspace(Point(0, 0, 0), Vector.UP),
                 CheckerboardSurface(check_size=2))
    s.render(canvas)
    print("image %dx%d" % (size, size))
    print("checksum", canvas.checksum())
    print("sum", sum(canvas.pixels))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
