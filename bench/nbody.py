# N-body: a sun and four planets advanced with a simple symplectic step; energy before and after.
# quick-size: 100
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150000  # time steps

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24

# x, y, z, vx, vy, vz, mass: orbital values rounded from published ephemerides
BODIES = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
    [4.841, -1.160, -0.1036, 0.001660 * DAYS, 0.007699 * DAYS, -0.0000690 * DAYS, 0.000954 * SOLAR_MASS],
    [8.343, 4.125, -0.4035, -0.002767 * DAYS, 0.004998 * DAYS, 0.0000230 * DAYS, 0.000286 * SOLAR_MASS],
    [12.89, -15.11, -0.2234, 0.002964 * DAYS, 0.002378 * DAYS, -0.0000296 * DAYS, 0.0000437 * SOLAR_MASS],
    [15.38, -25.92, 0.1792, 0.002680 * DAYS, 0.001628 * DAYS, -0.0000951 * DAYS, 0.0000515 * SOLAR_MASS],
]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, steps, dt):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            mi = bi[6] * mag
            mj = bj[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


offset_momentum(BODIES)
e0 = energy(BODIES)
advance(BODIES, N, 0.01)
e1 = energy(BODIES)
print("nbody", N, round(e0 * 1e9), round(e1 * 1e9))
