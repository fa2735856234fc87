/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_s8.c (MVE) - int8 CONV_2D for Cortex-M55 (Helium), bit-exact with the portable
 * kernel (TensorFlow Lite Micro's reference ConvPerChannel arithmetic).
 *
 * Direct convolution, no im2col buffer. Output channels go in groups of four (outer loop); for
 * each output pixel the valid taps of a kernel row are one contiguous run of input bytes (dilation
 * width 1) that VMLADAVA.S8 multiplies with the same run of each of the four filter rows, 16 bytes
 * per instruction, predicated tail. The input offset enters as offset * sum(w): for a pixel whose
 * window lies inside the input the full kernel sums (computed once per group) are folded into the
 * bias; a border pixel adds up the weights of its valid taps beside the dot products (VADDVA).
 * Small kernels (a whole window within 255 bytes of input, up to 64 filter bytes per channel) load
 * an interior window with byte gathers (VLDRB gather) so one dot product spans several kernel rows.
 * The four accumulators are requantized together (dt_nn_mve.h) and stored by one narrowing store.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

/* Largest window (filter bytes per output channel) of the gathered-window path. */
#define DT_CONV_MVE_WIN 64
/* Largest window (in 16-byte chunks) of the chunk-table path. */
#define DT_CONV_MVE_CHUNKS 144

int32_t dt_convolve_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims)
{
    (void)input_dims;
    (void)filter_dims;
    return 0;
}

/* Four dot products (and, with `sums`, four weight sums) over a run of n bytes. */
typedef struct {
    int32_t a0, a1, a2, a3;
    int32_t s0, s1, s2, s3;
} acc4;

DT_INLINE void run4(acc4 *A, const int8_t *x, const int8_t *f0, const int8_t *f1,
                    const int8_t *f2, const int8_t *f3, int32_t n, int sums)
{
    int32_t a0 = A->a0, a1 = A->a1, a2 = A->a2, a3 = A->a3;
    int32_t i;
    for (i = n >> 4; i > 0; i--) {
        const int8x16_t xv = vldrbq_s8(x);
        const int8x16_t w0 = vldrbq_s8(f0), w1 = vldrbq_s8(f1);
        const int8x16_t w2 = vldrbq_s8(f2), w3 = vldrbq_s8(f3);
        a0 = vmladavaq_s8(a0, xv, w0);
        a1 = vmladavaq_s8(a1, xv, w1);
        a2 = vmladavaq_s8(a2, xv, w2);
        a3 = vmladavaq_s8(a3, xv, w3);
        if (sums) {
            A->s0 = vaddvaq_s8(A->s0, w0);
            A->s1 = vaddvaq_s8(A->s1, w1);
            A->s2 = vaddvaq_s8(A->s2, w2);
            A->s3 = vaddvaq_s8(A->s3, w3);
        }
        x += 16;
        f0 += 16;
        f1 += 16;
        f2 += 16;
        f3 += 16;
    }
    if (n & 15) {
        const mve_pred16_t p = vctp8q((uint32_t)(n & 15));
        const int8x16_t xv = vldrbq_z_s8(x, p);
        const int8x16_t w0 = vldrbq_z_s8(f0, p), w1 = vldrbq_z_s8(f1, p);
        const int8x16_t w2 = vldrbq_z_s8(f2, p), w3 = vldrbq_z_s8(f3, p);
        a0 = vmladavaq_s8(a0, xv, w0);
        a1 = vmladavaq_s8(a1, xv, w1);
        a2 = vmladavaq_s8(a2, xv, w2);
        a3 = vmladavaq_s8(a3, xv, w3);
        if (sums) {
            A->s0 = vaddvaq_s8(A->s0, w0);
            A->s1 = vaddvaq_s8(A->s1, w1);
            A->s2 = vaddvaq_s8(A->s2, w2);
            A->s3 = vaddvaq_s8(A->s3, w3);
        }
    }
    A->a0 = a0;
    A->a1 = a1;
    A->a2 = a2;
    A->a3 = a3;
}

/* Window shapes of an interior pixel. */
enum { WIN_SINGLE, WIN_GATHER, WIN_ROWS, WIN_TAPS };

typedef struct {
    int32_t in_c, out_c, k_h, k_w, ks, x_row, x_col, f_row, x_step, off, out_off, lo, hi;
    int32_t mode;
    const uint8_t *gofs; /* WIN_GATHER: input offsets of the ks window bytes */
    const uint8_t *gky;  /* WIN_GATHER: kernel row of each window byte */
    const uint8_t *gkx;  /* WIN_GATHER: kernel column of each window byte */
    const int32_t *xoff; /* chunks > 0: input offsets of the 16-byte window chunks */
    int32_t chunks;
} conv_shape;

/* One group of four output channels. */
typedef struct {
    const int8_t *f[4];
    dt_mve_rq q;
    int32x4_t bv;     /* bias */
    int32x4_t b_full; /* bias + offset * full kernel sums */
    mve_pred16_t p;   /* valid lanes */
    int full;         /* all four lanes valid */
} conv_group;

DT_INLINE void store4(const conv_group *g, int8_t *out, int32x4_t acc)
{
    if (g->full) {
        vstrbq_s32(out, acc);
    } else {
        vstrbq_p_s32(out, acc, g->p);
    }
}

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

/* Interior pixels whose window is k_h x k_r runs of n bytes: the filter bytes of a window are
 * contiguous, so the four filter pointers only move forward; the input pointer skips x_gap bytes
 * after a run and x_rgap more after a row. */
static DT_NOINLINE void seg_runs(const conv_shape *s, const conv_group *g, const int8_t *x,
                                 int32_t count, int8_t *out, int32_t k_r, int32_t n, int32_t x_gap,
                                 int32_t x_rgap)
{
    const int32_t out_c = s->out_c, x_step = s->x_step, k_h = s->k_h;
    const int32_t out_off = s->out_off, lo = s->lo, hi = s->hi;
    const int32_t full = n >> 4, tail = n & 15;
    const mve_pred16_t pt = vctp8q((uint32_t)tail);
    const dt_mve_rq q = g->q;
    const int32x4_t b_full = g->b_full;
    for (; count > 0; count--, x += x_step, out += out_c) {
        const int8_t *w0 = g->f[0], *w1 = g->f[1], *w2 = g->f[2], *w3 = g->f[3];
        int32_t xo = 0; /* offset of the current run from x (pointers only to valid runs) */
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int32_t ky, kr, i;
        for (ky = k_h; ky > 0; ky--, xo += x_rgap) {
            for (kr = k_r; kr > 0; kr--, xo += n + x_gap) {
                const int8_t *xr = x + xo;
                for (i = full; i > 0; i--) {
                    const int8x16_t xv = vldrbq_s8(xr);
                    xr += 16;
                    a0 = vmladavaq_s8(a0, xv, vldrbq_s8(w0));
                    w0 += 16;
                    a1 = vmladavaq_s8(a1, xv, vldrbq_s8(w1));
                    w1 += 16;
                    a2 = vmladavaq_s8(a2, xv, vldrbq_s8(w2));
                    w2 += 16;
                    a3 = vmladavaq_s8(a3, xv, vldrbq_s8(w3));
                    w3 += 16;
                }
                if (tail) {
                    const int8x16_t xv = vldrbq_z_s8(xr, pt);
                    a0 = vmladavaq_s8(a0, xv, vldrbq_z_s8(w0, pt));
                    a1 = vmladavaq_s8(a1, xv, vldrbq_z_s8(w1, pt));
                    a2 = vmladavaq_s8(a2, xv, vldrbq_z_s8(w2, pt));
                    a3 = vmladavaq_s8(a3, xv, vldrbq_z_s8(w3, pt));
                    w0 += tail;
                    w1 += tail;
                    w2 += tail;
                    w3 += tail;
                }
            }
        }
        store4(g, out, dt_mve_requantize(vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), b_full), &q,
                                         out_off, lo, hi));
    }
}

/* Interior pixels whose window runs are multiples of 16 bytes: chunk j of the window is the 16
 * input bytes at x + xoff[j] and filter bytes 16j..16j+15, one flat loop per pixel. */
static DT_NOINLINE void seg_table(const conv_shape *s, const conv_group *g, const int8_t *x,
                                  int32_t count, int8_t *out, const int32_t *xoff, int32_t chunks)
{
    const int32_t out_c = s->out_c, x_step = s->x_step;
    const int32_t out_off = s->out_off, lo = s->lo, hi = s->hi;
    const dt_mve_rq q = g->q;
    const int32x4_t b_full = g->b_full;
    for (; count > 0; count--, x += x_step, out += out_c) {
        const int8_t *w0 = g->f[0], *w1 = g->f[1], *w2 = g->f[2], *w3 = g->f[3];
        const int32_t *xo = xoff;
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int32_t j;
        for (j = chunks; j > 0; j--) {
            const int8x16_t xv = vldrbq_s8(x + *xo++);
            a0 = vmladavaq_s8(a0, xv, vldrbq_s8(w0));
            w0 += 16;
            a1 = vmladavaq_s8(a1, xv, vldrbq_s8(w1));
            w1 += 16;
            a2 = vmladavaq_s8(a2, xv, vldrbq_s8(w2));
            w2 += 16;
            a3 = vmladavaq_s8(a3, xv, vldrbq_s8(w3));
            w3 += 16;
        }
        store4(g, out, dt_mve_requantize(vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), b_full), &q,
                                         out_off, lo, hi));
    }
}

/* the window gathered (byte offsets s->gofs) */
static DT_NOINLINE void seg_gather(const conv_shape *s, const conv_group *g, const int8_t *x,
                                   int32_t count, int8_t *out)
{
    const int8_t *const f0 = g->f[0], *const f1 = g->f[1], *const f2 = g->f[2], *const f3 = g->f[3];
    const int32_t out_c = s->out_c, x_step = s->x_step, ks = s->ks;
    const int32_t out_off = s->out_off, lo = s->lo, hi = s->hi;
    const dt_mve_rq q = g->q;
    const int32x4_t b_full = g->b_full;
    const uint8_t *const gofs = s->gofs;
    for (; count > 0; count--, x += x_step, out += out_c) {
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, i;
        for (i = 0; i + 16 <= ks; i += 16) {
            const int8x16_t xv = vldrbq_gather_offset_s8(x, vldrbq_u8(gofs + i));
            a0 = vmladavaq_s8(a0, xv, vldrbq_s8(f0 + i));
            a1 = vmladavaq_s8(a1, xv, vldrbq_s8(f1 + i));
            a2 = vmladavaq_s8(a2, xv, vldrbq_s8(f2 + i));
            a3 = vmladavaq_s8(a3, xv, vldrbq_s8(f3 + i));
        }
        if (i < ks) {
            const mve_pred16_t pp = vctp8q((uint32_t)(ks - i));
            const int8x16_t xv = vldrbq_gather_offset_z_s8(x, vldrbq_u8(gofs + i), pp);
            a0 = vmladavaq_s8(a0, xv, vldrbq_z_s8(f0 + i, pp));
            a1 = vmladavaq_s8(a1, xv, vldrbq_z_s8(f1 + i, pp));
            a2 = vmladavaq_s8(a2, xv, vldrbq_z_s8(f2 + i, pp));
            a3 = vmladavaq_s8(a3, xv, vldrbq_z_s8(f3 + i, pp));
        }
        store4(g, out, dt_mve_requantize(vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), b_full), &q,
                                         out_off, lo, hi));
    }
}

static void seg_interior(const conv_shape *s, const conv_group *g, const int8_t *x, int32_t count,
                         int8_t *out)
{
    if (s->chunks > 0) {
        seg_table(s, g, x, count, out, s->xoff, s->chunks);
        return;
    }
    switch (s->mode) {
    case WIN_SINGLE:
        seg_runs(s, g, x, count, out, 1, s->ks, 0, 0);
        break;
    case WIN_GATHER:
        seg_gather(s, g, x, count, out);
        break;
    case WIN_ROWS:
        seg_runs(s, g, x, count, out, 1, s->f_row, 0, s->x_row - s->f_row);
        break;
    default:
        seg_runs(s, g, x, count, out, s->k_w, s->in_c, s->x_col - s->in_c,
                 s->x_row - s->k_w * s->x_col);
        break;
    }
}

/* A border pixel of a gathered window: the lanes of the invalid taps are predicated off (never
 * read); offset * sum(w) over the valid lanes. `first` = the input byte of the first valid tap,
 * d = its window offset (<= 255). */
static DT_NOINLINE void gather_border(const conv_shape *s, const conv_group *g, const int8_t *first,
                                      uint32_t d, int32_t ky_lo, int32_t ky_hi, int32_t kx_lo,
                                      int32_t kx_hi, int8_t *out)
{
    const int8_t *const f0 = g->f[0], *const f1 = g->f[1], *const f2 = g->f[2], *const f3 = g->f[3];
    const int32_t ks = s->ks;
    acc4 A = {0, 0, 0, 0, 0, 0, 0, 0};
    int32x4_t acc;
    int32_t i;
    for (i = 0; i < ks; i += 16) {
        const uint8x16_t ky = vldrbq_u8(s->gky + i), kx = vldrbq_u8(s->gkx + i);
        mve_pred16_t pp = vctp8q((uint32_t)(ks - i));
        pp = vcmpcsq_m_n_u8(ky, (uint8_t)ky_lo, pp);
        pp = vcmphiq_m_u8(vdupq_n_u8((uint8_t)ky_hi), ky, pp);
        pp = vcmpcsq_m_n_u8(kx, (uint8_t)kx_lo, pp);
        pp = vcmphiq_m_u8(vdupq_n_u8((uint8_t)kx_hi), kx, pp);
        {
            const uint8x16_t ov = vsubq_n_u8(vldrbq_u8(s->gofs + i), (uint8_t)d);
            const int8x16_t xv = vldrbq_gather_offset_z_s8(first, ov, pp);
            const int8x16_t w0 = vldrbq_z_s8(f0 + i, pp), w1 = vldrbq_z_s8(f1 + i, pp);
            const int8x16_t w2 = vldrbq_z_s8(f2 + i, pp), w3 = vldrbq_z_s8(f3 + i, pp);
            A.a0 = vmladavaq_s8(A.a0, xv, w0);
            A.a1 = vmladavaq_s8(A.a1, xv, w1);
            A.a2 = vmladavaq_s8(A.a2, xv, w2);
            A.a3 = vmladavaq_s8(A.a3, xv, w3);
            A.s0 = vaddvaq_s8(A.s0, w0);
            A.s1 = vaddvaq_s8(A.s1, w1);
            A.s2 = vaddvaq_s8(A.s2, w2);
            A.s3 = vaddvaq_s8(A.s3, w3);
        }
    }
    acc = vaddq_s32(dt_mve_vec4(A.a0, A.a1, A.a2, A.a3), g->bv);
    acc = vmlaq_n_s32(acc, dt_mve_vec4(A.s0, A.s1, A.s2, A.s3), s->off);
    store4(g, out, dt_mve_requantize(acc, &g->q, s->out_off, s->lo, s->hi));
}

/* One border pixel: kernel rows [ky_lo, ky_hi), columns [kx_lo, kx_hi) valid; pos0 the offset
 * from in_b of tap (0, 0) (possibly outside the input; only valid taps are read). */
static DT_NOINLINE void pixel_border(const conv_shape *s, const conv_group *g, const int8_t *in_b, int32_t pos0,
                         int32_t ky_lo, int32_t ky_hi, int32_t kx_lo, int32_t kx_hi, int8_t *out)
{
    acc4 A = {0, 0, 0, 0, 0, 0, 0, 0};
    int32x4_t acc;
    int32_t ky, kx;
    int32_t fo = ky_lo * s->f_row + kx_lo * s->in_c;
    if (ky_lo < ky_hi && kx_lo < kx_hi) {
        const int8_t *xr = in_b + pos0 + ky_lo * s->x_row + kx_lo * s->x_col;
        if (s->x_col == s->in_c) { /* dilation width 1: the valid taps of a row are one run */
            const int32_t n = (kx_hi - kx_lo) * s->in_c;
            for (ky = ky_lo; ky < ky_hi; ky++, xr += s->x_row, fo += s->f_row) {
                run4(&A, xr, g->f[0] + fo, g->f[1] + fo, g->f[2] + fo, g->f[3] + fo, n, 1);
            }
        } else {
            for (ky = ky_lo; ky < ky_hi; ky++, xr += s->x_row, fo += s->f_row) {
                for (kx = 0; kx < kx_hi - kx_lo; kx++) {
                    const int32_t o = fo + kx * s->in_c;
                    run4(&A, xr + kx * s->x_col, g->f[0] + o, g->f[1] + o, g->f[2] + o,
                         g->f[3] + o, s->in_c, 1);
                }
            }
        }
    }
    acc = vaddq_s32(dt_mve_vec4(A.a0, A.a1, A.a2, A.a3), g->bv);
    acc = vmlaq_n_s32(acc, dt_mve_vec4(A.s0, A.s1, A.s2, A.s3), s->off);
    store4(g, out, dt_mve_requantize(acc, &g->q, s->out_off, s->lo, s->hi));
}

/* ---- pixel-major path for small windows (<= 64 filter bytes per output channel) ----------
 * The window of one output pixel is loaded once into K <= 4 vectors (contiguous loads, or byte
 * gathers with the precomputed offsets), then every output channel is a K-chunk dot product with
 * its filter row: the input is read once per pixel instead of once per group of channels. At a
 * border the taps outside the input are predicated off and replaced by the input zero point
 * (-offset): (zp + offset) * w = 0, so bias + offset * (full kernel sum) + sum(x' * w) equals
 * TFLite's sum over the valid taps. */

#define DT_CONV_MVE_PM_MAX_OC 256

typedef struct {
    const int8_t *filter;
    const int32_t *bfull; /* bias + offset * kernel sum, per output channel */
    const int32_t *mult;
    const int32_t *shift;
    int32_t out_c, ks, out_off, lo, hi;
    int32_t wt;           /* filter offset of the last window chunk */
} pm_ctx;

/* Every output channel of one pixel from its window chunks v0..v3 (K of them): chunk k < K - 1
 * covers filter bytes 16k..16k+15, the last one filter bytes wt..wt+15 (wt = ks - 16 when
 * ks > 16: it ends at the row's end; its lanes already covered are zero in the window, so the
 * filter loads are never predicated and never leave the filter). Four channels per step, the last
 * step overlapping the previous one (out_c >= 4). no_left: every shift <= 0. */
#define PM_W(K, k) ((k) == (K) - 1 ? wt : 16 * (k))
#define DEF_PM_CHANNELS(K, NL)                                                                     \
    static DT_NOINLINE void pm_channels_##K##_##NL(const pm_ctx *c, int8x16_t v0, int8x16_t v1,   \
                                                   int8x16_t v2, int8x16_t v3, int8_t *out)        \
    {                                                                                              \
        const int32_t out_c = c->out_c, ks = c->ks, wt = c->wt;                                    \
        const int32_t out_off = c->out_off, lo = c->lo, hi = c->hi;                                \
        const int8_t *w = c->filter;                                                               \
        const int32_t *bf = c->bfull, *mu = c->mult, *sh = c->shift;                               \
        int32_t oc;                                                                                \
        (void)v1;                                                                                  \
        (void)v2;                                                                                  \
        (void)v3;                                                                                  \
        for (oc = 0; oc < out_c; oc += 4, w += 4 * ks, bf += 4, mu += 4, sh += 4, out += 4) {      \
            int32_t a0, a1, a2, a3;                                                                \
            int32x4_t acc, shv;                                                                    \
            if (oc + 4 > out_c) { /* overlap the previous group */                                 \
                const int32_t back = oc + 4 - out_c;                                               \
                w -= back * ks;                                                                    \
                bf -= back;                                                                        \
                mu -= back;                                                                        \
                sh -= back;                                                                        \
                out -= back;                                                                       \
            }                                                                                      \
            DT_OPAQUE(w);                                                                          \
            a0 = vmladavq_s8(v0, vldrbq_s8(w + PM_W(K, 0)));                                          \
            a1 = vmladavq_s8(v0, vldrbq_s8(w + ks + PM_W(K, 0)));                                     \
            a2 = vmladavq_s8(v0, vldrbq_s8(w + 2 * ks + PM_W(K, 0)));                                 \
            a3 = vmladavq_s8(v0, vldrbq_s8(w + 3 * ks + PM_W(K, 0)));                                 \
            if (K > 1) {                                                                           \
                a0 = vmladavaq_s8(a0, v1, vldrbq_s8(w + PM_W(K, 1)));                                 \
                a1 = vmladavaq_s8(a1, v1, vldrbq_s8(w + ks + PM_W(K, 1)));                            \
                a2 = vmladavaq_s8(a2, v1, vldrbq_s8(w + 2 * ks + PM_W(K, 1)));                        \
                a3 = vmladavaq_s8(a3, v1, vldrbq_s8(w + 3 * ks + PM_W(K, 1)));                        \
            }                                                                                      \
            if (K > 2) {                                                                           \
                a0 = vmladavaq_s8(a0, v2, vldrbq_s8(w + PM_W(K, 2)));                                 \
                a1 = vmladavaq_s8(a1, v2, vldrbq_s8(w + ks + PM_W(K, 2)));                            \
                a2 = vmladavaq_s8(a2, v2, vldrbq_s8(w + 2 * ks + PM_W(K, 2)));                        \
                a3 = vmladavaq_s8(a3, v2, vldrbq_s8(w + 3 * ks + PM_W(K, 2)));                        \
            }                                                                                      \
            if (K > 3) {                                                                           \
                a0 = vmladavaq_s8(a0, v3, vldrbq_s8(w + PM_W(K, 3)));                                 \
                a1 = vmladavaq_s8(a1, v3, vldrbq_s8(w + ks + PM_W(K, 3)));                            \
                a2 = vmladavaq_s8(a2, v3, vldrbq_s8(w + 2 * ks + PM_W(K, 3)));                        \
                a3 = vmladavaq_s8(a3, v3, vldrbq_s8(w + 3 * ks + PM_W(K, 3)));                        \
            }                                                                                      \
            acc = vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), vldrwq_s32(bf));                          \
            shv = vldrwq_s32(sh);                                                                  \
            if (!NL) {                                                                             \
                acc = vshlq_s32(acc, vmaxq_s32(shv, vdupq_n_s32(0)));                              \
                shv = vminq_s32(shv, vdupq_n_s32(0));                                              \
            }                                                                                      \
            vstrbq_s32(out, dt_mve_requantize_r(acc, vldrwq_s32(mu), shv, out_off, lo, hi));      \
        }                                                                                          \
    }
DEF_PM_CHANNELS(1, 0)
DEF_PM_CHANNELS(2, 0)
DEF_PM_CHANNELS(3, 0)
DEF_PM_CHANNELS(4, 0)
DEF_PM_CHANNELS(1, 1)
DEF_PM_CHANNELS(2, 1)
DEF_PM_CHANNELS(3, 1)
DEF_PM_CHANNELS(4, 1)

/* The pixel-major convolution (mode WIN_SINGLE without border pixels, or WIN_GATHER); needs
 * 4 <= out_c <= DT_CONV_MVE_PM_MAX_OC and ks <= 64. */
static DT_NOINLINE void conv_pm(const conv_shape *s, const dt_conv_params *params,
                                const dt_per_channel_quant_params *quant, const dt_dims *input_dims,
                                const int8_t *input, const dt_dims *filter_dims,
                                const int8_t *filter, const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_c = output_dims->c, ks = s->ks, K = (ks + 15) >> 4;
    const int8x16_t zpv = vdupq_n_s8((int8_t)(-s->off));
    /* the last chunk: window bytes ws..ws+15, lanes below lane0 already in the previous chunk */
    const int32_t ws = ks > 16 ? ks - 16 : 0, lane0 = 16 * (K - 1) - ws;
    const mve_pred16_t pt = (mve_pred16_t)(vctp8q((uint32_t)(ks - ws)) &
                                           (uint16_t)~vctp8q((uint32_t)lane0));
    const uint8x16_t lane = vidupq_n_u8(0, 1);
    int32_t bfull[DT_CONV_MVE_PM_MAX_OC];
    int no_left = 1;
    pm_ctx c;
    int32_t oc, b, oy, ox, j;
    for (oc = 0; oc < out_c; oc++) {
        bfull[oc] = (bias != NULL ? bias[oc] : 0) + s->off * dt_mve_sum_s8(filter + oc * ks, ks);
    }
    for (oc = 0; oc < out_c; oc++) {
        no_left &= quant->shift[oc] <= 0;
    }
    c.wt = ws;
    c.filter = filter;
    c.bfull = bfull;
    c.mult = quant->multiplier;
    c.shift = quant->shift;
    c.out_c = out_c;
    c.ks = ks;
    c.out_off = s->out_off;
    c.lo = s->lo;
    c.hi = s->hi;
    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_b = input + b * in_h * in_w * in_c;
        for (oy = 0; oy < output_dims->h; oy++) {
            const int32_t iy0 = oy * params->stride.h - params->padding.h;
            int32_t ky_lo, ky_hi;
            dt_tap_range(iy0, params->dilation.h, k_h, in_h, &ky_lo, &ky_hi);
            for (ox = 0; ox < output_dims->w; ox++) {
                const int32_t ix0 = ox * params->stride.w - params->padding.w;
                const int32_t pos0 = (iy0 * in_w + ix0) * in_c; /* may lie outside the input */
                int8x16_t v[4];
                int32_t kx_lo, kx_hi;
                dt_tap_range(ix0, params->dilation.w, k_w, in_w, &kx_lo, &kx_hi);
                if (s->mode == WIN_SINGLE) {
                    const int8_t *x = in_b + pos0; /* no border pixels on this path */
                    for (j = 0; j < K - 1; j++) {
                        v[j] = vldrbq_s8(x + 16 * j);
                    }
                    v[K - 1] = vldrbq_z_s8(x + ws, pt);
                } else if (ky_lo == 0 && ky_hi == k_h && kx_lo == 0 && kx_hi == k_w) {
                    const int8_t *x = in_b + pos0;
                    for (j = 0; j < K - 1; j++) {
                        v[j] = vldrbq_gather_offset_s8(x, vldrbq_u8(s->gofs + 16 * j));
                    }
                    v[K - 1] = vldrbq_gather_offset_z_s8(x, vldrbq_u8(s->gofs + ws), pt);
                } else if (ky_lo < ky_hi && kx_lo < kx_hi) {
                    const int32_t d = ky_lo * s->x_row + kx_lo * s->x_col;
                    const int8_t *first = in_b + (pos0 + d);
                    for (j = 0; j < K; j++) {
                        const int32_t at = j == K - 1 ? ws : 16 * j;
                        const uint8x16_t ky = vldrbq_u8(s->gky + at);
                        const uint8x16_t kx = vldrbq_u8(s->gkx + at);
                        mve_pred16_t m = vcmpcsq_m_n_u8(ky, (uint8_t)ky_lo,
                                                        j == K - 1 ? pt : vctp8q(16));
                        m = vcmphiq_m_u8(vdupq_n_u8((uint8_t)ky_hi), ky, m);
                        m = vcmpcsq_m_n_u8(kx, (uint8_t)kx_lo, m);
                        m = vcmphiq_m_u8(vdupq_n_u8((uint8_t)kx_hi), kx, m);
                        /* invalid taps: the zero point; lanes already in the previous chunk: 0 */
                        v[j] = vpselq_s8(
                            vldrbq_gather_offset_z_s8(first,
                                                      vsubq_n_u8(vldrbq_u8(s->gofs + at), (uint8_t)d), m),
                            zpv, m);
                        if (j == K - 1) {
                            v[j] = vpselq_s8(v[j], vdupq_n_s8(0), vcmpcsq_n_u8(lane, (uint8_t)lane0));
                        }
                    }
                } else {
                    for (j = 0; j < K; j++) {
                        v[j] = zpv;
                    }
                    v[K - 1] = vpselq_s8(zpv, vdupq_n_s8(0), vcmpcsq_n_u8(lane, (uint8_t)lane0));
                }
                {
                    int8_t *out = output + ((b * output_dims->h + oy) * output_dims->w + ox) * out_c;
                    switch (K * 2 + no_left) {
                    case 2:
                        pm_channels_1_0(&c, v[0], v[0], v[0], v[0], out);
                        break;
                    case 3:
                        pm_channels_1_1(&c, v[0], v[0], v[0], v[0], out);
                        break;
                    case 4:
                        pm_channels_2_0(&c, v[0], v[1], v[1], v[1], out);
                        break;
                    case 5:
                        pm_channels_2_1(&c, v[0], v[1], v[1], v[1], out);
                        break;
                    case 6:
                        pm_channels_3_0(&c, v[0], v[1], v[2], v[2], out);
                        break;
                    case 7:
                        pm_channels_3_1(&c, v[0], v[1], v[2], v[2], out);
                        break;
                    case 8:
                        pm_channels_4_0(&c, v[0], v[1], v[2], v[3], out);
                        break;
                    default:
                        pm_channels_4_1(&c, v[0], v[1], v[2], v[3], out);
                        break;
                    }
                }
            }
        }
    }
}

/* Dense convolution (all input channels). */
static void conv_dense(const dt_conv_params *params, const dt_per_channel_quant_params *quant,
                       const dt_dims *input_dims, const int8_t *input, const dt_dims *filter_dims,
                       const int8_t *filter, const int32_t *bias, const dt_dims *output_dims,
                       int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
    const int32_t st_h = params->stride.h, st_w = params->stride.w;
    const int32_t pad_h = params->padding.h, pad_w = params->padding.w;
    const int32_t batch = in_h * in_w * in_c;
    uint8_t gofs[DT_CONV_MVE_WIN], gky[DT_CONV_MVE_WIN], gkx[DT_CONV_MVE_WIN];
    int32_t xoff[DT_CONV_MVE_CHUNKS];
    conv_shape s;
    int32_t oc, b, oy, ox, i, ox_a, ox_b;

    s.in_c = in_c;
    s.out_c = out_c;
    s.k_h = k_h;
    s.k_w = k_w;
    s.ks = k_h * k_w * in_c;
    s.x_row = dil_h * in_w * in_c;
    s.x_col = dil_w * in_c;
    s.f_row = k_w * in_c;
    s.x_step = st_w * in_c;
    s.off = params->input_offset;
    s.out_off = params->output_offset;
    s.lo = params->activation.min;
    s.hi = params->activation.max;
    s.gofs = gofs;
    s.gky = gky;
    s.gkx = gkx;
    if (dil_w == 1 && (k_h == 1 || s.x_row == s.f_row)) {
        s.mode = WIN_SINGLE; /* the window is one contiguous run of input bytes */
    } else if (s.ks <= DT_CONV_MVE_WIN && (k_h - 1) * s.x_row + (k_w - 1) * s.x_col + in_c <= 256 &&
               (dil_w > 1 || s.f_row < 48)) {
        s.mode = WIN_GATHER;
        for (i = 0; i < s.ks; i++) {
            const int32_t ky = i / s.f_row, r = i % s.f_row;
            gofs[i] = (uint8_t)(ky * s.x_row + (r / in_c) * s.x_col + r % in_c);
            gky[i] = (uint8_t)ky;
            gkx[i] = (uint8_t)(r / in_c);
        }
        for (; i < DT_CONV_MVE_WIN; i++) {
            gofs[i] = gky[i] = gkx[i] = 0; /* read by the last (predicated) chunk */
        }
    } else {
        s.mode = dil_w == 1 ? WIN_ROWS : WIN_TAPS;
    }

    /* flat chunk table when every run of the window is a multiple of 16 bytes */
    s.xoff = xoff;
    s.chunks = 0;
    if (s.mode != WIN_GATHER) {
        const int32_t run = s.mode == WIN_TAPS ? in_c : (s.mode == WIN_ROWS ? s.f_row : s.ks);
        if ((run & 15) == 0 && s.ks / 16 <= DT_CONV_MVE_CHUNKS) {
            /* runs: SINGLE one of ks bytes; ROWS k_h of f_row; TAPS k_h * k_w of in_c */
            const int32_t n_ky = s.mode == WIN_SINGLE ? 1 : k_h;
            const int32_t n_kx = s.mode == WIN_TAPS ? k_w : 1;
            int32_t ky, kx, c;
            for (ky = 0; ky < n_ky; ky++) {
                for (kx = 0; kx < n_kx; kx++) {
                    for (c = 0; c < run; c += 16) {
                        xoff[s.chunks++] = ky * s.x_row + kx * s.x_col + c;
                    }
                }
            }
        }
    }

    /* interior columns: ox_a <= ox < ox_b have every kernel column inside the input */
    ox_a = (pad_w + st_w - 1) / st_w;
    {
        const int32_t last = in_w - 1 - (k_w - 1) * dil_w + pad_w; /* ox * st_w <= last */
        ox_b = last < 0 ? 0 : last / st_w + 1;
    }
    ox_a = ox_a < out_w ? ox_a : out_w;
    ox_b = ox_b < ox_a ? ox_a : (ox_b > out_w ? out_w : ox_b);

    {
        if (s.ks <= 64 && s.ks >= 16 && out_c >= 4 && out_c <= DT_CONV_MVE_PM_MAX_OC &&
            s.mode == WIN_GATHER) {
            conv_pm(&s, params, quant, input_dims, input, filter_dims, filter, bias, output_dims,
                    output);
            return;
        }
    }

    for (oc = 0; oc < out_c; oc += 4) {
        conv_group g;
        const int32_t nv = out_c - oc < 4 ? out_c - oc : 4;
        /* channels past the end repeat the last one (not stored) */
        g.f[0] = filter + oc * s.ks;
        g.f[1] = filter + (oc + (nv > 1 ? 1 : 0)) * s.ks;
        g.f[2] = filter + (oc + (nv > 2 ? 2 : nv - 1)) * s.ks;
        g.f[3] = filter + (oc + nv - 1) * s.ks;
        g.p = vctp32q((uint32_t)nv);
        g.full = nv == 4;
        g.q = dt_mve_rq_load(quant->multiplier + oc, quant->shift + oc, nv);
        g.bv = bias != NULL ? vldrwq_z_s32(bias + oc, g.p) : vdupq_n_s32(0);
        g.b_full = g.bv;
        if (s.off != 0) {
            g.b_full = vmlaq_n_s32(g.bv, dt_mve_vec4(dt_mve_sum_s8(g.f[0], s.ks),
                                                     dt_mve_sum_s8(g.f[1], s.ks),
                                                     dt_mve_sum_s8(g.f[2], s.ks),
                                                     dt_mve_sum_s8(g.f[3], s.ks)), s.off);
        }
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_b = input + b * batch;
            int8_t *out_b = output + b * out_h * out_w * out_c + oc;
            if (k_h == 1 && k_w == 1 && st_h == 1 && st_w == 1 && pad_h == 0 && pad_w == 0 &&
                out_h == in_h && out_w == in_w) {
                /* 1x1, stride 1, no padding: the whole image is one run of interior pixels */
                seg_interior(&s, &g, in_b, out_h * out_w, out_b);
                continue;
            }
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * st_h - pad_h;
                int8_t *out_row = out_b + oy * out_w * out_c;
                const int32_t row0 = iy0 * in_w * in_c; /* may lie outside the input */
                int32_t ky_lo, ky_hi, kx_lo, kx_hi;
                int ky_full;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                ky_full = ky_lo == 0 && ky_hi == k_h;
                for (ox = 0; ox < out_w; ox++) {
                    const int32_t ix0 = ox * st_w - pad_w;
                    if (ky_full && ox == ox_a && ox_b > ox_a) {
                        seg_interior(&s, &g, in_b + row0 + ix0 * in_c, ox_b - ox_a,
                                     out_row + ox * out_c);
                        ox = ox_b - 1;
                        continue;
                    }
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    if (s.mode == WIN_GATHER && ky_lo < ky_hi && kx_lo < kx_hi) {
                        const int32_t d = ky_lo * s.x_row + kx_lo * s.x_col;
                        gather_border(&s, &g, in_b + (row0 + ix0 * in_c + d), (uint32_t)d, ky_lo,
                                      ky_hi, kx_lo, kx_hi, out_row + ox * out_c);
                        continue;
                    }
                    pixel_border(&s, &g, in_b, row0 + ix0 * in_c, ky_lo, ky_hi, kx_lo, kx_hi,
                                 out_row + ox * out_c);
                }
            }
        }
    }
}

dt_status dt_convolve_s8(const dt_context *ctx, const dt_conv_params *params,
                         const dt_per_channel_quant_params *quant,
                         const dt_dims *input_dims, const int8_t *input,
                         const dt_dims *filter_dims, const int8_t *filter,
                         const int32_t *bias,
                         const dt_dims *output_dims, int8_t *output)
{
    (void)ctx;
    if (filter_dims->c != input_dims->c || filter_dims->n != output_dims->c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    conv_dense(params, quant, input_dims, input, filter_dims, filter, bias, output_dims, output);
    return DT_OK;
}
