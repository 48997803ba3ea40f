// AssemblyScript source of the WebAssembly kernels (compiled by `npx tsx scripts/wasm.ts` → kernelsWasm.ts).
// Each kernel repeats, operation for operation and in the same order, the TypeScript loop it replaces
// (linalg.ts matVec/matTVec, rng.ts Rng.normal, landscapes/instance.ts lossGradient): the results are the
// same bits, so the CLI and its golden outputs do not depend on whether WebAssembly ran. The speed comes
// from independent sums running side by side (eight rows, four (i, j) pairs), SIMD lanes over independent
// outputs, and no polymorphic array access — never from reassociating a sum.

// Math.log of the host: the polar method must draw the very numbers of rng.ts, and V8's log need not
// round like AssemblyScript's own.
@external("env", "log")
declare function hostLog(x: f64): f64;

export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

export function free(ptr: usize): void {
  heap.free(ptr);
}

// ---------------------------------------------------------------------------------------------------
// out[μ] = Σ_i A[μ·d + i] v[i], A Float32 row-major n×d, v and out Float64 (linalg.ts matVec). Eight rows at a
// time, in f64x2 lanes one row per lane: each row is still summed left to right on its own accumulator (eight
// independent add chains instead of one), the lanes fed two columns at a time by one 64-bit load per row.
export function matVecF32(A: usize, n: i32, d: i32, v: usize, out: usize): void {
  const rowBytes = (<usize>d) << 2;
  let mu = 0;
  for (; mu + 8 <= n; mu += 8) {
    const p0 = A + <usize>mu * rowBytes;
    let a01 = f64x2.splat(0);
    let a23 = f64x2.splat(0);
    let a45 = f64x2.splat(0);
    let a67 = f64x2.splat(0);
    let i = 0;
    for (; i + 2 <= d; i += 2) {
      const p = p0 + ((<usize>i) << 2);
      // [row r col i, row r col i+1, row r+1 col i, row r+1 col i+1]
      const r01 = v128.load64_lane(p + rowBytes, v128.load64_zero(p), 1);
      const r23 = v128.load64_lane(p + 3 * rowBytes, v128.load64_zero(p + 2 * rowBytes), 1);
      const r45 = v128.load64_lane(p + 5 * rowBytes, v128.load64_zero(p + 4 * rowBytes), 1);
      const r67 = v128.load64_lane(p + 7 * rowBytes, v128.load64_zero(p + 6 * rowBytes), 1);
      const vp = v + ((<usize>i) << 3);
      const v0 = v128.load64_splat(vp);
      const v1 = v128.load64_splat(vp, 8);
      a01 = f64x2.add(a01, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r01, r01, 0, 2, 0, 2)), v0));
      a23 = f64x2.add(a23, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r23, r23, 0, 2, 0, 2)), v0));
      a45 = f64x2.add(a45, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r45, r45, 0, 2, 0, 2)), v0));
      a67 = f64x2.add(a67, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r67, r67, 0, 2, 0, 2)), v0));
      a01 = f64x2.add(a01, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r01, r01, 1, 3, 1, 3)), v1));
      a23 = f64x2.add(a23, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r23, r23, 1, 3, 1, 3)), v1));
      a45 = f64x2.add(a45, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r45, r45, 1, 3, 1, 3)), v1));
      a67 = f64x2.add(a67, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(r67, r67, 1, 3, 1, 3)), v1));
    }
    const q = out + ((<usize>mu) << 3);
    v128.store(q, a01);
    v128.store(q, a23, 16);
    v128.store(q, a45, 32);
    v128.store(q, a67, 48);
    if (i < d) {
      // odd d: the last column onto each row's sum
      const vi = load<f64>(v + ((<usize>i) << 3));
      for (let r = 0; r < 8; r++) {
        const qr = q + ((<usize>r) << 3);
        store<f64>(qr, load<f64>(qr) + <f64>load<f32>(p0 + <usize>r * rowBytes + ((<usize>i) << 2)) * vi);
      }
    }
  }
  for (; mu < n; mu++) {
    const p = A + <usize>mu * rowBytes;
    let s: f64 = 0;
    for (let i = 0; i < d; i++) s += <f64>load<f32>(p + ((<usize>i) << 2)) * load<f64>(v + ((<usize>i) << 3));
    store<f64>(out + ((<usize>mu) << 3), s);
  }
}

// out[i] += A[μ·d + i]·c for i < d (one row of matTVec), two f64 lanes per step.
function axpyRow(p: usize, d: i32, c: f64, out: usize): void {
  const cv = f64x2.splat(c);
  let i = 0;
  for (; i + 4 <= d; i += 4) {
    const a = v128.load(p + ((<usize>i) << 2));
    const q = out + ((<usize>i) << 3);
    v128.store(q, f64x2.add(v128.load(q), f64x2.mul(f64x2.promote_low_f32x4(a), cv)));
    v128.store(q, f64x2.add(v128.load(q, 16), f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(a, a, 2, 3, 2, 3)), cv)), 16);
  }
  for (; i < d; i++) {
    const q = out + ((<usize>i) << 3);
    store<f64>(q, load<f64>(q) + <f64>load<f32>(p + ((<usize>i) << 2)) * c);
  }
}

// out[i] += Σ_μ A[μ·d + i] u[μ] in row order (linalg.ts matTVec after its out.fill(0); the caller zeroes out once
// and may then add slices of rows one after the other): every out[i] is its own sum over μ, so SIMD lanes over i
// change nothing; four rows are added in one pass over out (in row order) when none is skipped.
export function matTVecAddF32(A: usize, n: i32, d: i32, u: usize, out: usize): void {
  const rowBytes = (<usize>d) << 2;
  let mu = 0;
  for (; mu + 4 <= n; mu += 4) {
    const c0 = load<f64>(u + ((<usize>mu) << 3));
    const c1 = load<f64>(u + ((<usize>mu) << 3), 8);
    const c2 = load<f64>(u + ((<usize>mu) << 3), 16);
    const c3 = load<f64>(u + ((<usize>mu) << 3), 24);
    const p0 = A + <usize>mu * rowBytes;
    if (c0 == 0 || c1 == 0 || c2 == 0 || c3 == 0) {
      // the TS loop skips a row whose coefficient is 0
      if (c0 != 0) axpyRow(p0, d, c0, out);
      if (c1 != 0) axpyRow(p0 + rowBytes, d, c1, out);
      if (c2 != 0) axpyRow(p0 + 2 * rowBytes, d, c2, out);
      if (c3 != 0) axpyRow(p0 + 3 * rowBytes, d, c3, out);
      continue;
    }
    const p1 = p0 + rowBytes;
    const p2 = p1 + rowBytes;
    const p3 = p2 + rowBytes;
    const v0 = f64x2.splat(c0);
    const v1 = f64x2.splat(c1);
    const v2 = f64x2.splat(c2);
    const v3 = f64x2.splat(c3);
    let i = 0;
    for (; i + 4 <= d; i += 4) {
      const o = (<usize>i) << 2;
      const a0 = v128.load(p0 + o);
      const a1 = v128.load(p1 + o);
      const a2 = v128.load(p2 + o);
      const a3 = v128.load(p3 + o);
      const q = out + ((<usize>i) << 3);
      let lo = v128.load(q);
      lo = f64x2.add(lo, f64x2.mul(f64x2.promote_low_f32x4(a0), v0));
      lo = f64x2.add(lo, f64x2.mul(f64x2.promote_low_f32x4(a1), v1));
      lo = f64x2.add(lo, f64x2.mul(f64x2.promote_low_f32x4(a2), v2));
      lo = f64x2.add(lo, f64x2.mul(f64x2.promote_low_f32x4(a3), v3));
      v128.store(q, lo);
      let hi = v128.load(q, 16);
      hi = f64x2.add(hi, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(a0, a0, 2, 3, 2, 3)), v0));
      hi = f64x2.add(hi, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(a1, a1, 2, 3, 2, 3)), v1));
      hi = f64x2.add(hi, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(a2, a2, 2, 3, 2, 3)), v2));
      hi = f64x2.add(hi, f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(a3, a3, 2, 3, 2, 3)), v3));
      v128.store(q, hi, 16);
    }
    for (; i < d; i++) {
      const o = (<usize>i) << 2;
      const q = out + ((<usize>i) << 3);
      let s = load<f64>(q);
      s += <f64>load<f32>(p0 + o) * c0;
      s += <f64>load<f32>(p1 + o) * c1;
      s += <f64>load<f32>(p2 + o) * c2;
      s += <f64>load<f32>(p3 + o) * c3;
      store<f64>(q, s);
    }
  }
  for (; mu < n; mu++) {
    const c = load<f64>(u + ((<usize>mu) << 3));
    if (c != 0) axpyRow(A + <usize>mu * rowBytes, d, c, out);
  }
}

// ---------------------------------------------------------------------------------------------------
// Rng.normal (rng.ts): xoshiro128** words, 53-bit uniforms, polar Box-Muller with the spare variate.
// The caller's generator state sits at `st` — s0..s3 (u32 at 0, 4, 8, 12), hasSpare (i32 at 16), spare (f64 at 24) —
// and is held in locals while a fill runs (one loop, the generator written out in it).
function fill<T>(st: usize, out: usize, n: i32, scale: f64): void {
  let s0 = load<u32>(st);
  let s1 = load<u32>(st, 4);
  let s2 = load<u32>(st, 8);
  let s3 = load<u32>(st, 12);
  let hasSpare = load<i32>(st, 16) != 0;
  let spare = load<f64>(st, 24);
  for (let i = 0; i < n; i++) {
    let z: f64;
    if (hasSpare) {
      hasSpare = false;
      z = spare;
    } else {
      let u: f64;
      let v: f64;
      let s: f64;
      do {
        // four xoshiro128** words: two uniforms of 27 + 26 bits
        let w: u32 = rotl<u32>(s1 * 5, 7) * 9;
        let t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl<u32>(s3, 11);
        const hu = <f64>(w >>> 5);
        w = rotl<u32>(s1 * 5, 7) * 9;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl<u32>(s3, 11);
        u = 2 * ((hu * 67108864 + <f64>(w >>> 6)) / 9007199254740992) - 1;
        w = rotl<u32>(s1 * 5, 7) * 9;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl<u32>(s3, 11);
        const hv = <f64>(w >>> 5);
        w = rotl<u32>(s1 * 5, 7) * 9;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl<u32>(s3, 11);
        v = 2 * ((hv * 67108864 + <f64>(w >>> 6)) / 9007199254740992) - 1;
        s = u * u + v * v;
      } while (s >= 1 || s == 0);
      const f = Math.sqrt((-2 * hostLog(s)) / s);
      spare = v * f;
      hasSpare = true;
      z = u * f;
    }
    store<T>(out + ((<usize>i) << alignof<T>()), <T>(scale * z));
  }
  store<u32>(st, s0);
  store<u32>(st, s1, 4);
  store<u32>(st, s2, 8);
  store<u32>(st, s3, 12);
  store<i32>(st, hasSpare ? 1 : 0, 16);
  store<f64>(st, spare, 24);
}

/** out[i] = scale·normal() for i < n, Float64 (Rng.fillNormal). */
export function fillNormalF64(st: usize, out: usize, n: i32, scale: f64): void {
  fill<f64>(st, out, n, scale);
}

/** out[i] = scale·normal() rounded to Float32 (Rng.fillNormal into a Float32Array). */
export function fillNormalF32(st: usize, out: usize, n: i32, scale: f64): void {
  fill<f32>(st, out, n, scale);
}

// ---------------------------------------------------------------------------------------------------
// The p = 3 part of landscapes/instance.ts lossGradient: for i < j < k (K in lexicographic order),
// g[k] −= K_ijk x_i x_j and, after the k loop of the pair, g[i] −= s x_j, g[j] −= s x_i with s = Σ_k K_ijk x_k.
// Four pairs (i, j..j+3) run side by side: each s keeps its own left-to-right sum, each g[k] receives the
// pairs' terms in pair order, and the end-of-pair updates follow in pair order — the reference's bits.
export function tensorGradient3(N: i32, K: usize, x: usize, g: usize): void {
  let idx: usize = K;
  for (let i = 0; i < N - 2; i++) {
    const xi = load<f64>(x + ((<usize>i) << 3));
    let j = i + 1;
    for (; j + 3 < N - 1; j += 4) {
      // pair j + r covers k = j + r + 1 .. N − 1: len − r entries starting at its own offset
      const len = N - j - 1;
      const q0 = idx;
      const q1 = q0 + ((<usize>len) << 2);
      const q2 = q1 + ((<usize>(len - 1)) << 2);
      const q3 = q2 + ((<usize>(len - 2)) << 2);
      const x0 = load<f64>(x + ((<usize>j) << 3));
      const x1 = load<f64>(x + ((<usize>(j + 1)) << 3));
      const x2 = load<f64>(x + ((<usize>(j + 2)) << 3));
      const x3 = load<f64>(x + ((<usize>(j + 3)) << 3));
      const c0 = xi * x0;
      const c1 = xi * x1;
      const c2 = xi * x2;
      const c3 = xi * x3;
      let s0: f64 = 0;
      let s1: f64 = 0;
      let s2: f64 = 0;
      let s3: f64 = 0;
      // k = j + 1, j + 2, j + 3: the pairs that have started
      let k = j + 1;
      {
        const xk = load<f64>(x + ((<usize>k) << 3));
        const a0 = <f64>load<f32>(q0);
        s0 += a0 * xk;
        const gk = g + ((<usize>k) << 3);
        store<f64>(gk, load<f64>(gk) - a0 * c0);
      }
      k++;
      {
        const xk = load<f64>(x + ((<usize>k) << 3));
        const a0 = <f64>load<f32>(q0, 4);
        const a1 = <f64>load<f32>(q1);
        s0 += a0 * xk;
        s1 += a1 * xk;
        const gk = g + ((<usize>k) << 3);
        store<f64>(gk, load<f64>(gk) - a0 * c0 - a1 * c1);
      }
      k++;
      {
        const xk = load<f64>(x + ((<usize>k) << 3));
        const a0 = <f64>load<f32>(q0, 8);
        const a1 = <f64>load<f32>(q1, 4);
        const a2 = <f64>load<f32>(q2);
        s0 += a0 * xk;
        s1 += a1 * xk;
        s2 += a2 * xk;
        const gk = g + ((<usize>k) << 3);
        store<f64>(gk, load<f64>(gk) - a0 * c0 - a1 * c1 - a2 * c2);
      }
      k++;
      // k = j + 4 .. N − 1: all four; the r-th pair's entry for k sits at q_r + 4(k − j − 1 − r)
      let r0 = q0 + 12;
      let r1 = q1 + 8;
      let r2 = q2 + 4;
      let r3 = q3;
      for (; k < N; k++) {
        const xk = load<f64>(x + ((<usize>k) << 3));
        const a0 = <f64>load<f32>(r0);
        const a1 = <f64>load<f32>(r1);
        const a2 = <f64>load<f32>(r2);
        const a3 = <f64>load<f32>(r3);
        s0 += a0 * xk;
        s1 += a1 * xk;
        s2 += a2 * xk;
        s3 += a3 * xk;
        const gk = g + ((<usize>k) << 3);
        store<f64>(gk, load<f64>(gk) - a0 * c0 - a1 * c1 - a2 * c2 - a3 * c3);
        r0 += 4;
        r1 += 4;
        r2 += 4;
        r3 += 4;
      }
      const gi = g + ((<usize>i) << 3);
      const gj = g + ((<usize>j) << 3);
      // pair order: (g[i], g[j]), (g[i], g[j+1]), …
      store<f64>(gi, load<f64>(gi) - s0 * x0);
      store<f64>(gj, load<f64>(gj) - s0 * xi);
      store<f64>(gi, load<f64>(gi) - s1 * x1);
      store<f64>(gj, load<f64>(gj, 8) - s1 * xi, 8);
      store<f64>(gi, load<f64>(gi) - s2 * x2);
      store<f64>(gj, load<f64>(gj, 16) - s2 * xi, 16);
      store<f64>(gi, load<f64>(gi) - s3 * x3);
      store<f64>(gj, load<f64>(gj, 24) - s3 * xi, 24);
      idx = q3 + ((<usize>(len - 3)) << 2);
    }
    for (; j < N - 1; j++) {
      const xj = load<f64>(x + ((<usize>j) << 3));
      const xij = xi * xj;
      let s: f64 = 0;
      for (let k = j + 1; k < N; k++) {
        const c = <f64>load<f32>(idx);
        idx += 4;
        s += c * load<f64>(x + ((<usize>k) << 3));
        const gk = g + ((<usize>k) << 3);
        store<f64>(gk, load<f64>(gk) - c * xij);
      }
      const gi = g + ((<usize>i) << 3);
      const gj = g + ((<usize>j) << 3);
      store<f64>(gi, load<f64>(gi) - s * xj);
      store<f64>(gj, load<f64>(gj) - s * xi);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// landscapes/phaseRetrieval.ts prLossGradient: for each row μ in order, z = a_μ·x (left to right),
// r = y_μ − z²/N, L += r²/4, g += (c r z) a_μ; returns L. Eight rows at a time: their z by matVecF32 (each
// row's own sum), then r, L and the weights in row order, then the eight axpys into g in row order
// (matTVecAddF32; the rows it skips have weight 0, and g, starting at +0, is never −0, so adding 0·a is
// no change in the reference either). `zw` is scratch for 8 numbers.
export function prGradientF32(A: usize, M: i32, N: i32, x: usize, y: usize, c: f64, g: usize, zw: usize): f64 {
  memory.fill(g, 0, (<usize>N) << 3);
  const rowBytes = (<usize>N) << 2;
  const n = <f64>N;
  let L: f64 = 0;
  for (let mu = 0; mu < M; mu += 8) {
    const m = min(8, M - mu);
    const block = A + <usize>mu * rowBytes;
    matVecF32(block, m, N, x, zw);
    for (let r = 0; r < m; r++) {
      const q = zw + ((<usize>r) << 3);
      const z = load<f64>(q);
      const res = load<f64>(y + ((<usize>(mu + r)) << 3)) - (z * z) / n;
      L += 0.25 * res * res;
      store<f64>(q, c * res * z);
    }
    matTVecAddF32(block, m, N, zw, g);
  }
  return L;
}

// ===================================================================================================
// rowProducts (rowProducts.ts, issue #16): out[i·ldo + j] = Σ_k A[i·lda + k]·B[j·c + k] for rows i0 ≤ i < i1 of A
// (row stride lda, i0 a multiple of 4) and all nb rows of B, given as `Bp`, B packed by rows in pairs, k-major:
// [B[2q][k], B[2q+1][k]] at Bp + 16(q·c + k), an odd last row plain after the pairs. One f64x2 lane per column j:
// each entry is still its own sum over k = 0..c−1 in order, mul then add (no fused multiply-add), so it has the
// bits of the TypeScript dot product. Tiles of 4 rows × 4 columns (eight f64x2 sums); k in blocks of RP_KC with the
// running sums parked in `out` between blocks (reloading a partial sum and adding on is the same sequence of
// roundings), so a 4-column tile of Bp stays in L1 while the rows of A stream past it.
// `upper` (A = B, a Gram matrix): only tiles that reach j ≥ i are formed; a few entries below the diagonal are
// written too, as in the TypeScript reference. `acc`: the sums start from what `out` holds instead of 0 — with
// B packed negated, out[i, j] − A_i·B_j term by term (x − y is x + (−y), and (−b)·a is −(a·b), exactly): the
// left-looking Cholesky's updates (erm/linearSolvers.ts).
const RP_KC = 256;

// 1 row × 1 pair over all k: out[i, 2q], out[i, 2q+1]
function rpPair(a: usize, bq: usize, c: i32, o: usize, acc: i32): void {
  let s = acc != 0 ? v128.load(o) : f64x2.splat(0);
  for (let k = 0; k < c; k++) {
    s = f64x2.add(s, f64x2.mul(v128.load64_splat(a + ((<usize>k) << 3)), v128.load(bq + ((<usize>k) << 4))));
  }
  v128.store(o, s);
}

// 1 row × the odd last row of B (plain) over all k
function rpDot(a: usize, b: usize, c: i32, s: f64): f64 {
  for (let k = 0; k < c; k++) s += load<f64>(a + ((<usize>k) << 3)) * load<f64>(b + ((<usize>k) << 3));
  return s;
}

export function rowProductsF64(A: usize, lda: i32, i0: i32, i1: i32, Bp: usize, nb: i32, c: i32, out: usize, ldo: i32, upper: i32, acc: i32): void {
  const rowA = (<usize>lda) << 3;
  const rowO = (<usize>ldo) << 3;
  const pairB = (<usize>c) << 4;
  const i4 = i0 + ((i1 - i0) & ~3);
  const nb4 = nb & ~3;
  for (let k0 = 0; k0 < c; k0 += RP_KC) {
    const k1 = min(c, k0 + RP_KC);
    for (let j = 0; j < nb4; j += 4) {
      const b0 = Bp + (<usize>(j >> 1)) * pairB;
      const b1 = b0 + pairB;
      for (let i = i0; i < i4 && (upper == 0 || i <= j); i += 4) {
        const a0 = A + <usize>i * rowA;
        const a1 = a0 + rowA;
        const a2 = a1 + rowA;
        const a3 = a2 + rowA;
        const o0 = out + <usize>i * rowO + ((<usize>j) << 3);
        const o1 = o0 + rowO;
        const o2 = o1 + rowO;
        const o3 = o2 + rowO;
        let s00 = f64x2.splat(0);
        let s01 = f64x2.splat(0);
        let s10 = f64x2.splat(0);
        let s11 = f64x2.splat(0);
        let s20 = f64x2.splat(0);
        let s21 = f64x2.splat(0);
        let s30 = f64x2.splat(0);
        let s31 = f64x2.splat(0);
        if (k0 > 0 || acc != 0) {
          s00 = v128.load(o0);
          s01 = v128.load(o0, 16);
          s10 = v128.load(o1);
          s11 = v128.load(o1, 16);
          s20 = v128.load(o2);
          s21 = v128.load(o2, 16);
          s30 = v128.load(o3);
          s31 = v128.load(o3, 16);
        }
        for (let k = k0; k < k1; k++) {
          const ka = (<usize>k) << 3;
          const kb = (<usize>k) << 4;
          const g0 = v128.load(b0 + kb);
          const g1 = v128.load(b1 + kb);
          const x0 = v128.load64_splat(a0 + ka);
          const x1 = v128.load64_splat(a1 + ka);
          const x2 = v128.load64_splat(a2 + ka);
          const x3 = v128.load64_splat(a3 + ka);
          s00 = f64x2.add(s00, f64x2.mul(x0, g0));
          s01 = f64x2.add(s01, f64x2.mul(x0, g1));
          s10 = f64x2.add(s10, f64x2.mul(x1, g0));
          s11 = f64x2.add(s11, f64x2.mul(x1, g1));
          s20 = f64x2.add(s20, f64x2.mul(x2, g0));
          s21 = f64x2.add(s21, f64x2.mul(x2, g1));
          s30 = f64x2.add(s30, f64x2.mul(x3, g0));
          s31 = f64x2.add(s31, f64x2.mul(x3, g1));
        }
        v128.store(o0, s00);
        v128.store(o0, s01, 16);
        v128.store(o1, s10);
        v128.store(o1, s11, 16);
        v128.store(o2, s20);
        v128.store(o2, s21, 16);
        v128.store(o3, s30);
        v128.store(o3, s31, 16);
      }
    }
  }
  // the last rows (fewer than 4) against the columns of the tiles
  for (let i = i4; i < i1; i++) {
    const a = A + <usize>i * rowA;
    const o = out + <usize>i * rowO;
    for (let j = upper != 0 ? i & ~1 : 0; j < nb4; j += 2) rpPair(a, Bp + (<usize>(j >> 1)) * pairB, c, o + ((<usize>j) << 3), acc);
  }
  // the last columns (fewer than 4: a pair and/or the odd row of B) for every row
  const odd = nb & 1;
  for (let i = i0; i < i1; i++) {
    const a = A + <usize>i * rowA;
    const o = out + <usize>i * rowO;
    if (nb - odd > nb4 && (upper == 0 || i <= nb4 + 1)) rpPair(a, Bp + (<usize>(nb4 >> 1)) * pairB, c, o + ((<usize>nb4) << 3), acc);
    if (odd != 0 && (upper == 0 || i <= nb - 1)) {
      const q = o + ((<usize>(nb - 1)) << 3);
      store<f64>(q, rpDot(a, Bp + (<usize>(nb >> 1)) * pairB, c, acc != 0 ? load<f64>(q) : 0));
    }
  }
}
// ===================================================================================================

// ---------------------------------------------------------------------------------------------------
// landscapes/dmft.ts sums: for jmin ≤ j ≤ jmax (≤ r), with C, R symmetric w×w (row k, column j = the entry at
// (k, j) and (j, k) alike) and the kernels A, B of row r:
//   S1[j] = Σ_{k=0..r} A_k C(k, j),  S2[j] = Σ_{k<j} B_k R(k, j),  S3[j] = Σ_{k=j..r} A_k R(k, j),
// each summed in k order from +0. Rows k of C and R are added into all the j (two per f64x2 lane): the rows stream
// contiguously (the symmetric copy of what the TypeScript reads along row j), and every sum still gets its terms
// in k order — the same bits. S3 takes j ≤ k, S2 j > k. Four rows at a time: each S is loaded and stored once
// for four terms (added in row order) instead of once per term, half the memory traffic of row by row (the DMFT
// is bound by it: 1000 steps of O(i²) sums).
export function dmftSums(C: usize, R: usize, A: usize, B: usize, w: i32, r: i32, jmin: i32, jmax: i32, S1: usize, S2: usize, S3: usize): void {
  const row = (<usize>w) << 3;
  for (let j = jmin; j <= jmax; j++) {
    const o = (<usize>j) << 3;
    store<f64>(S1 + o, 0);
    store<f64>(S2 + o, 0);
    store<f64>(S3 + o, 0);
  }
  let k = 0;
  for (; k + 3 <= r; k += 4) {
    const a = A + ((<usize>k) << 3);
    const b = B + ((<usize>k) << 3);
    const pc = C + <usize>k * row;
    const pr = R + <usize>k * row;
    dmftQuad(S1, pc, row, a, jmin, jmax + 1);
    // j ≤ k: S3 of all four rows; k < j ≤ k + 3: row k + q is an S3 term for j ≤ k + q, an S2 term after; j > k + 3: S2
    dmftQuad(S3, pr, row, a, jmin, min(k, jmax) + 1);
    for (let j = max(k + 1, jmin); j <= min(k + 3, jmax); j++) {
      const o = (<usize>j) << 3;
      let s2 = load<f64>(S2 + o);
      let s3 = load<f64>(S3 + o);
      for (let q = 0; q < 4; q++) {
        const x = load<f64>(pr + <usize>q * row + o);
        if (k + q < j) s2 += load<f64>(b + ((<usize>q) << 3)) * x;
        else s3 += load<f64>(a + ((<usize>q) << 3)) * x;
      }
      store<f64>(S2 + o, s2);
      store<f64>(S3 + o, s3);
    }
    dmftQuad(S2, pr, row, b, max(k + 4, jmin), jmax + 1);
  }
  for (; k <= r; k++) {
    const ak = load<f64>(A + ((<usize>k) << 3));
    const bk = load<f64>(B + ((<usize>k) << 3));
    const pc = C + (<usize>k) * row;
    const pr = R + (<usize>k) * row;
    dmftAxpy(S1, pc, ak, jmin, jmax + 1);
    const split = min(k, jmax) + 1;
    if (split > jmin) dmftAxpy(S3, pr, ak, jmin, split);
    const from = max(split, jmin);
    if (from <= jmax) dmftAxpy(S2, pr, bk, from, jmax + 1);
  }
}

// S[j] += a_0·x_0[j] + … in order (((S + a_0 x_0) + a_1 x_1) + a_2 x_2) + a_3 x_3, rows x_q = x + q·row, for j0 ≤ j < j1,
// two j per f64x2
@inline
function dmftQuad(S: usize, x: usize, row: usize, a: usize, j0: i32, j1: i32): void {
  const a0 = v128.load64_splat(a);
  const a1 = v128.load64_splat(a + 8);
  const a2 = v128.load64_splat(a + 16);
  const a3 = v128.load64_splat(a + 24);
  const x1 = x + row;
  const x2 = x1 + row;
  const x3 = x2 + row;
  let j = j0;
  for (; j + 1 < j1; j += 2) {
    const o = (<usize>j) << 3;
    let s = v128.load(S + o);
    s = f64x2.add(s, f64x2.mul(a0, v128.load(x + o)));
    s = f64x2.add(s, f64x2.mul(a1, v128.load(x1 + o)));
    s = f64x2.add(s, f64x2.mul(a2, v128.load(x2 + o)));
    s = f64x2.add(s, f64x2.mul(a3, v128.load(x3 + o)));
    v128.store(S + o, s);
  }
  if (j < j1) {
    const o = (<usize>j) << 3;
    let s = load<f64>(S + o);
    s += load<f64>(a) * load<f64>(x + o);
    s += load<f64>(a + 8) * load<f64>(x1 + o);
    s += load<f64>(a + 16) * load<f64>(x2 + o);
    s += load<f64>(a + 24) * load<f64>(x3 + o);
    store<f64>(S + o, s);
  }
}

// S[j] += a·x[j] for j0 ≤ j < j1, two j per f64x2
@inline
function dmftAxpy(S: usize, x: usize, a: f64, j0: i32, j1: i32): void {
  const av = f64x2.splat(a);
  let j = j0;
  for (; j + 1 < j1; j += 2) {
    const o = (<usize>j) << 3;
    v128.store(S + o, f64x2.add(v128.load(S + o), f64x2.mul(av, v128.load(x + o))));
  }
  if (j < j1) {
    const o = (<usize>j) << 3;
    store<f64>(S + o, load<f64>(S + o) + a * load<f64>(x + o));
  }
}

// ---------------------------------------------------------------------------------------------------
// landscapes/overparam.ts OverparamFlow.step, one call per time step (the three products there were three calls
// with their operands copied in and out, and a JavaScript loop each between them: ~half the map's time at d = m = 30).
// With a (M×d), aT (d×M, its transpose), y (M), the student Wᵀ (m×d, row k = w_k) and work arrays S (m×M), yh (M),
// rA (d×M), G (d×d), Wdot (m×d), all Float64:
//   S_kμ = Σ_i w_ki a_μi;  ŷ_μ·md = Σ_k S_kμ²;  r_μ = y_μ − ŷ_μ;  L = Σ_μ (¼r_μ)r_μ;  rA_iμ = r_μ aT_iμ;
//   G_ij = Σ_μ rA_iμ aT_jμ (j ≥ i, then mirrored), G ← scale·G;  Ẇᵀ_ki = Σ_j w_kj G_ij;  and with `update`, Wᵀ += h Ẇᵀ.
// Every sum from +0 in the order of the TypeScript loops (i, k, μ, μ, j); the lanes run over independent outputs:
// S over μ (aT's rows hold a_μi, a_μ+1,i side by side), G over j (a's rows hold aT_jμ, aT_j+1,μ), Ẇᵀ over i (G's
// row j holds G_ji = G_ij, the mirror being a copy). Returns L.
export function overparamStep(
  a: usize, aT: usize, y: usize, Wt: usize, S: usize, yh: usize, rA: usize, G: usize, Wdot: usize,
  d: i32, m: i32, M: i32, scale: f64, h: f64, update: i32,
): f64 {
  const rowD = (<usize>d) << 3;
  const rowM = (<usize>M) << 3;
  // S_kμ: row k of Wᵀ against the rows of aT
  for (let k = 0; k < m; k++) lanesTimesRows(Wt + <usize>k * rowD, d, aT, rowM, M, S + <usize>k * rowM);
  // ŷ_μ·md, in k order
  for (let mu = 0; mu < M; mu++) store<f64>(yh + ((<usize>mu) << 3), 0);
  for (let k = 0; k < m; k++) {
    const sk = S + <usize>k * rowM;
    let mu = 0;
    for (; mu + 2 <= M; mu += 2) {
      const o = (<usize>mu) << 3;
      const s = v128.load(sk + o);
      v128.store(yh + o, f64x2.add(v128.load(yh + o), f64x2.mul(s, s)));
    }
    if (mu < M) {
      const o = (<usize>mu) << 3;
      const s = load<f64>(sk + o);
      store<f64>(yh + o, load<f64>(yh + o) + s * s);
    }
  }
  const md = <f64>m * <f64>d;
  let loss: f64 = 0;
  for (let mu = 0; mu < M; mu++) {
    const o = (<usize>mu) << 3;
    const r = load<f64>(y + o) - load<f64>(yh + o) / md;
    store<f64>(yh + o, r);
    loss += 0.25 * r * r;
  }
  // rA_iμ = r_μ aT_iμ
  for (let i = 0; i < d; i++) {
    const src = aT + <usize>i * rowM;
    const dst = rA + <usize>i * rowM;
    let mu = 0;
    for (; mu + 2 <= M; mu += 2) {
      const o = (<usize>mu) << 3;
      v128.store(dst + o, f64x2.mul(v128.load(yh + o), v128.load(src + o)));
    }
    if (mu < M) {
      const o = (<usize>mu) << 3;
      store<f64>(dst + o, load<f64>(yh + o) * load<f64>(src + o));
    }
  }
  // G_ij for j ≥ i (from the even j at or below i: a few entries under the diagonal, which the mirror overwrites)
  for (let i = 0; i < d; i++) {
    const j0 = i & ~1;
    lanesTimesRows(rA + <usize>i * rowM, M, a + ((<usize>j0) << 3), rowD, d - j0, G + <usize>i * rowD + ((<usize>j0) << 3));
  }
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) store<f64>(G + <usize>j * rowD + ((<usize>i) << 3), load<f64>(G + <usize>i * rowD + ((<usize>j) << 3)));
  const sv = f64x2.splat(scale);
  let q = 0;
  const dd = d * d;
  for (; q + 2 <= dd; q += 2) v128.store(G + ((<usize>q) << 3), f64x2.mul(v128.load(G + ((<usize>q) << 3)), sv));
  if (q < dd) store<f64>(G + ((<usize>q) << 3), load<f64>(G + ((<usize>q) << 3)) * scale);
  // Ẇᵀ_ki: row k of Wᵀ against the rows of G
  for (let k = 0; k < m; k++) lanesTimesRows(Wt + <usize>k * rowD, d, G, rowD, d, Wdot + <usize>k * rowD);
  if (update != 0) {
    const hv = f64x2.splat(h);
    const n = m * d;
    let p = 0;
    for (; p + 2 <= n; p += 2) {
      const o = (<usize>p) << 3;
      v128.store(Wt + o, f64x2.add(v128.load(Wt + o), f64x2.mul(hv, v128.load(Wdot + o))));
    }
    if (p < n) {
      const o = (<usize>p) << 3;
      store<f64>(Wt + o, load<f64>(Wt + o) + h * load<f64>(Wdot + o));
    }
  }
  return loss;
}

// out[j] = Σ_t x[t]·B[t·ldb + j] for j < n, t = 0..c−1 in order from +0: a row vector x (c) times the c rows of B
// (stride ldb bytes), eight outputs at a time in four f64x2 accumulators, then pairs, then one.
function lanesTimesRows(x: usize, c: i32, B: usize, ldb: usize, n: i32, out: usize): void {
  let j = 0;
  for (; j + 8 <= n; j += 8) {
    const bj = B + ((<usize>j) << 3);
    let s0 = f64x2.splat(0);
    let s1 = f64x2.splat(0);
    let s2 = f64x2.splat(0);
    let s3 = f64x2.splat(0);
    for (let t = 0; t < c; t++) {
      const xv = v128.load64_splat(x + ((<usize>t) << 3));
      const b = bj + <usize>t * ldb;
      s0 = f64x2.add(s0, f64x2.mul(xv, v128.load(b)));
      s1 = f64x2.add(s1, f64x2.mul(xv, v128.load(b, 16)));
      s2 = f64x2.add(s2, f64x2.mul(xv, v128.load(b, 32)));
      s3 = f64x2.add(s3, f64x2.mul(xv, v128.load(b, 48)));
    }
    const o = out + ((<usize>j) << 3);
    v128.store(o, s0);
    v128.store(o, s1, 16);
    v128.store(o, s2, 32);
    v128.store(o, s3, 48);
  }
  for (; j + 2 <= n; j += 2) {
    const bj = B + ((<usize>j) << 3);
    let s = f64x2.splat(0);
    for (let t = 0; t < c; t++) s = f64x2.add(s, f64x2.mul(v128.load64_splat(x + ((<usize>t) << 3)), v128.load(bj + <usize>t * ldb)));
    v128.store(out + ((<usize>j) << 3), s);
  }
  if (j < n) {
    const bj = B + ((<usize>j) << 3);
    let s: f64 = 0;
    for (let t = 0; t < c; t++) s += load<f64>(x + ((<usize>t) << 3)) * load<f64>(bj + <usize>t * ldb);
    store<f64>(out + ((<usize>j) << 3), s);
  }
}
