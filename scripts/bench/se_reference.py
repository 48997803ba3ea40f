"""The numpy reference of the GLM SE learning curve (issue #10 goal: the TypeScript curve >= 50x faster).

Spherical perceptron: N(0, 1) prior, noiseless sign channel (PHYSICS.md section 1). On `n` log-spaced alpha in
[alpha_min, alpha_max], both branches (uninformed start V = rho, informed start V = 1e-13) by the plain damped
iteration V <- (1 - damping) mmse(alpha G(rho - V, V)) + damping V, mmse(r) = 1/(1 + r), until
|dV| <= 1e-12 V (at most 20000 steps), G by Gauss-Hermite with the wide-Gauss change of variables of
PHYSICS.md section 1: G = (2/V) E_a[phi(a)^2 / Phi(a)], a ~ N(0, m/V). One alpha after another, each from its
cold start, as a numpy user would write it. Prints one JSON line: the wall and CPU time of the loop (no
interpreter start, no imports) in ms and a checksum of the fixed points.

usage: python3 se_reference.py [n=300] [alpha_min=0.01] [alpha_max=10] [damping=0] [order=32]
"""
import json
import sys
import time

import numpy as np
from scipy.special import erfcx

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
a_min = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
a_max = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
damping = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
order = int(sys.argv[5]) if len(sys.argv) > 5 else 32
rho = 1.0

t_nodes, w_nodes = np.polynomial.hermite_e.hermegauss(order)
w_nodes = w_nodes / np.sqrt(2 * np.pi)  # weights of the standard normal measure


def mills_sum(a):
    """h(a)/phi(a) = M(a) + M(-a), M = phi/Phi = sqrt(2/pi)/erfcx(-a/sqrt(2)) (no underflow)."""
    k = np.sqrt(2 / np.pi)
    return k / erfcx(-a / np.sqrt(2)) + k / erfcx(a / np.sqrt(2))


def G(m, V):
    # E_{a~N(0,s^2)} h(a) = (2 pi (1+s^2))^(-1/2) E_t[h(sigma t)/phi(sigma t)], sigma = s/sqrt(1+s^2); h = phi (M(a)+M(-a))
    s2 = max(m, 0.0) / V
    sigma = np.sqrt(s2 / (1 + s2))
    a = sigma * t_nodes
    return float(np.dot(w_nodes, mills_sum(a))) / np.sqrt(2 * np.pi * (1 + s2)) / V


def solve(alpha, V):
    for _ in range(20000):
        if V <= 1e-300:
            return 0.0
        new = (1 - damping) / (1 + alpha * G(rho - V, V)) + damping * V
        if abs(new - V) <= 1e-12 * V:
            return new
        V = new
    return V


alphas = a_min * np.exp(np.log(a_max / a_min) * np.arange(n) / (n - 1))
t0 = time.perf_counter()
c0 = time.process_time()
total = 0.0
for alpha in alphas:
    total += solve(alpha, rho) + solve(alpha, 1e-13)
cpu_ms = (time.process_time() - c0) * 1000
ms = (time.perf_counter() - t0) * 1000
print(json.dumps({"ms": ms, "cpu_ms": cpu_ms, "n": n, "checksum": total}))
