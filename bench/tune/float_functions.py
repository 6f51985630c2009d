"""The float-box benchmark functions (bench/tune/test-functions.ts defines the same ones), for the
scripts that replay or share histories: name -> (function of a point, [(param, low, high)])."""
import math

ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[v * 1e-4 for v in row] for row in [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991], [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]]


def branin(x):
    b, c = 5.1 / (4 * math.pi**2), 5 / math.pi
    return (x[1] - b * x[0] ** 2 + c * x[0] - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x[0]) + 10


def hartmann6(x):
    return -sum(ALPHA[i] * math.exp(-sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6))) for i in range(4))


def rosenbrock5(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(4))


# name -> (function, [(param, low, high)]), as bench/tune/test-functions.ts names them.
FUNCTIONS = {
    "branin": (branin, [("x1", -5, 10), ("x2", 0, 15)]),
    "hartmann6": (hartmann6, [(f"x{i}", 0, 1) for i in range(6)]),
    "rosenbrock5": (rosenbrock5, [(f"x{i}", -5, 10) for i in range(5)]),
}
