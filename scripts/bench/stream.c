/*
 * The machine's streaming limit for the GAMP benchmark (scripts/bench/kernels.ts): an n x d Float32 matrix read
 * twice per round, as one GAMP iteration reads X (X v, then X^T u), in two ways:
 *   read    - the bytes alone: an integer sum over the words (vectorised by cc -O3, nothing but memory traffic);
 *   matvec  - plain C products over the same matrix: out = X v (one double accumulator per row, as linalg.ts)
 *             and out = X^T u (row-wise axpy), compiled with cc -O3 and nothing else.
 * usage: stream n d rounds  ->  one JSON line {"read": [ms...], "matvec": [ms...]} (read and matvec alternate;
 * CPU time of the process, as the rest of the kernels bench).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static uint32_t sum_words(const uint32_t *w, size_t m) {
  uint32_t s = 0;
  for (size_t k = 0; k < m; k++) s += w[k];
  return s;
}

static void mat_vec(const float *X, int n, int d, const double *v, double *out) {
  for (int mu = 0; mu < n; mu++) {
    double s = 0;
    const float *row = X + (size_t)mu * d;
    for (int i = 0; i < d; i++) s += row[i] * v[i];
    out[mu] = s;
  }
}

static void mat_t_vec(const float *X, int n, int d, const double *u, double *out) {
  memset(out, 0, sizeof(double) * d);
  for (int mu = 0; mu < n; mu++) {
    const double c = u[mu];
    const float *row = X + (size_t)mu * d;
    for (int i = 0; i < d; i++) out[i] += row[i] * c;
  }
}

int main(int argc, char **argv) {
  if (argc < 4) return 2;
  const int n = atoi(argv[1]), d = atoi(argv[2]), rounds = atoi(argv[3]);
  const size_t m = (size_t)n * d;
  float *X = malloc(m * sizeof(float));
  double *v = malloc(sizeof(double) * d), *u = malloc(sizeof(double) * n);
  if (!X || !v || !u) return 1;
  uint32_t x = 12345;
  for (size_t k = 0; k < m; k++) {
    x = x * 1664525u + 1013904223u;
    X[k] = ((int32_t)x) * (1.0f / 2147483648.0f) / 64.0f;
  }
  for (int i = 0; i < d; i++) v[i] = 1.0 / (1 + i);
  volatile uint32_t sink = 0;
  printf("{\"read\": [");
  double *read = malloc(sizeof(double) * rounds), *mv = malloc(sizeof(double) * rounds);
  for (int r = 0; r < rounds; r++) {
    double t0 = now_ms();
    sink += sum_words((const uint32_t *)X, m);
    sink += sum_words((const uint32_t *)X, m);
    double t1 = now_ms();
    mat_vec(X, n, d, v, u);
    mat_t_vec(X, n, d, u, v);
    double t2 = now_ms();
    read[r] = t1 - t0;
    mv[r] = t2 - t1;
  }
  for (int r = 0; r < rounds; r++) printf("%s%.3f", r ? ", " : "", read[r]);
  printf("], \"matvec\": [");
  for (int r = 0; r < rounds; r++) printf("%s%.3f", r ? ", " : "", mv[r]);
  printf("], \"check\": %u, \"v0\": %g}\n", (unsigned)sink, v[0]);
  return 0;
}
