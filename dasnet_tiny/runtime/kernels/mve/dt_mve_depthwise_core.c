/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_mve_depthwise_core.c (MVE variant helper) - the loops of the MVE depthwise_conv
 * kernels (dt_depthwise_conv_s8, dense, and dt_depthwise_conv_wta_s8, WTA winners): int8 DEPTHWISE_CONV_2D for Cortex-M55 (Helium), bit-exact with
 * the portable kernel (TensorFlow Lite Micro's reference DepthwiseConvPerChannel arithmetic).
 *
 * Vectorized across channels, four 32-bit lanes: a tap is one widening load of four input
 * channels (VLDRB.S32), one of the four filter channels and one VMLA. Channel groups are the outer
 * loop, so the requantization parameters, the bias and the offset term of an interior window
 * (offset * the full kernel sum, folded into the bias) stay in registers over the pixels; border
 * windows add the offset to the input instead. Channel tails are predicated.
 *
 * Depth multiplier > 1: the same with the input channel of each output lane gathered (VLDRB
 * gather, offsets oc / mult). Winners (in_channels): the winner output channels are computed the
 * same way from gathered input and filter lanes and written with a scatter store; the output
 * channels of a loser input channel are its requantized bias, written once per pixel.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

typedef struct {
    int32_t in_h, in_w, in_c, out_h, out_w, out_c, k_h, k_w;
    int32_t st_h, st_w, pad_h, pad_w, dil_h, dil_w, off, out_off, lo, hi, batches;
    int32_t ox_a, ox_b; /* interior output columns [ox_a, ox_b) */
} dw_shape;

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

/* Interior pixels (the whole window inside the input) of four consecutive channels, ch_mult 1:
 * `count` pixels of one output row, x the first window's first byte (channel c), pixels x_step
 * bytes apart. acc = bias + offset * kernel sum (b_full) + sum x * w: per tap one widening load
 * of the input, one of the filter, a multiply and an add. */
static DT_NOINLINE void dw_seg4(const dw_shape *s, const int8_t *x, int32_t count, const int8_t *f,
                                int32x4_t b_full, const dt_mve_rq *qp, int8_t *out)
{
    const dt_mve_rq q = *qp;
    const int32_t x_step = s->st_w * s->in_c, out_c = s->out_c;
    const int32_t x_col = s->dil_w * s->in_c, x_row = s->dil_h * s->in_w * s->in_c;
    const int32_t k_h = s->k_h, k_w = s->k_w;
    const int32_t out_off = s->out_off, lo = s->lo, hi = s->hi;
    if (k_h == 3 && k_w == 3 && dt_mve_rq_no_left(&q)) {
        const int32x4_t mult = q.mult, rsh = q.rsh;
        for (; count > 0; count--, x += x_step, out += out_c) {
            const int8_t *r1 = x + x_row, *r2 = x + 2 * x_row;
            const int8_t *w = f;
            int32x4_t acc;
            DT_OPAQUE(w); /* keep the filter loads in the loop (no hoisting and spilling) */
            acc = vaddq_s32(b_full, vmulq_s32(vldrbq_s32(x), vldrbq_s32(w)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(x + x_col), vldrbq_s32(w + out_c)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(x + 2 * x_col), vldrbq_s32(w + 2 * out_c)));
            w += 3 * out_c;
            DT_OPAQUE_V(acc);
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1), vldrbq_s32(w)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1 + x_col), vldrbq_s32(w + out_c)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1 + 2 * x_col), vldrbq_s32(w + 2 * out_c)));
            w += 3 * out_c;
            DT_OPAQUE_V(acc);
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2), vldrbq_s32(w)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2 + x_col), vldrbq_s32(w + out_c)));
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2 + 2 * x_col), vldrbq_s32(w + 2 * out_c)));
            vstrbq_s32(out, dt_mve_requantize_r(acc, mult, rsh, out_off, lo, hi));
        }
        return;
    }
    for (; count > 0; count--, x += x_step, out += out_c) {
        const int8_t *xr = x, *fr = f;
        int32x4_t acc = b_full;
        int32_t ky, kx;
        DT_OPAQUE(fr);
        for (ky = k_h; ky > 0; ky--, xr += x_row) {
            const int8_t *xt = xr;
            for (kx = k_w; kx > 0; kx--, xt += x_col, fr += out_c) {
                acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(xt), vldrbq_s32(fr)));
            }
        }
        vstrbq_s32(out, dt_mve_requantize(acc, &q, out_off, lo, hi));
    }
}

/* One border pixel, every channel (ch_mult 1, dense): valid taps [ky_lo, ky_lo + n_ky) x
 * [kx_lo, kx_lo + n_kx); x the input of the first valid tap (channel 0), f its filter.
 * acc = bias + sum (x + off) w, four channels at a time (the last group overlaps the previous). */
static DT_NOINLINE void dw_border_px(const dw_shape *s, const int8_t *x, const int8_t *f,
                                     int32_t n_ky, int32_t n_kx, const int32_t *bias,
                                     const dt_per_channel_quant_params *quant, int8_t *out)
{
    const int32_t out_c = s->out_c, off = s->off;
    const int32_t x_col = s->dil_w * s->in_c, x_row = s->dil_h * s->in_w * s->in_c;
    const int32_t f_row = s->k_w * out_c;
    int32_t c, ky, kx;
    for (c = 0; c < out_c; c += 4) {
        const int8_t *xr, *fr;
        int32x4_t acc;
        if (c + 4 > out_c) {
            c = out_c - 4;
        }
        acc = bias != NULL ? vldrwq_s32(bias + c) : vdupq_n_s32(0);
        xr = x + c;
        fr = f + c;
        for (ky = n_ky; ky > 0; ky--, xr += x_row, fr += f_row) {
            const int8_t *xt = xr, *ft = fr;
            for (kx = n_kx; kx > 0; kx--, xt += x_col, ft += out_c) {
                acc = vaddq_s32(acc, vmulq_s32(vaddq_n_s32(vldrbq_s32(xt), off), vldrbq_s32(ft)));
            }
        }
        {
            const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + c, quant->shift + c, 4);
            vstrbq_s32(out + c, dt_mve_requantize(acc, &q, s->out_off, s->lo, s->hi));
        }
    }
}

/* Dense, ch_mult 1, at least four channels: the border pixels (every channel at once), then the
 * interior rows per group of four channels. */
static void dw_dense4(const dw_shape *s, const int8_t *input, const int8_t *filter,
                      const int32_t *bias, const dt_per_channel_quant_params *quant, int8_t *output)
{
    const int32_t in_c = s->in_c, out_c = s->out_c;
    const int32_t taps = s->k_h * s->k_w;
    const int32_t in_batch = s->in_h * s->in_w * in_c, out_row = s->out_w * out_c;
    int32_t b, oy, ox, c, t;
    for (b = 0; b < s->batches; b++) {
        const int8_t *in_b = input + b * in_batch;
        int8_t *out_b = output + b * s->out_h * out_row;
        for (oy = 0; oy < s->out_h; oy++) {
            const int32_t iy0 = oy * s->st_h - s->pad_h;
            int32_t ky_lo, ky_hi;
            int ky_full;
            dt_tap_range(iy0, s->dil_h, s->k_h, s->in_h, &ky_lo, &ky_hi);
            ky_full = ky_lo == 0 && ky_hi == s->k_h;
            for (ox = 0; ox < s->out_w; ox++) {
                const int32_t ix0 = ox * s->st_w - s->pad_w;
                int32_t kx_lo, kx_hi;
                if (ky_full && ox == s->ox_a && s->ox_b > s->ox_a) {
                    ox = s->ox_b - 1; /* interior: below */
                    continue;
                }
                dt_tap_range(ix0, s->dil_w, s->k_w, s->in_w, &kx_lo, &kx_hi);
                if (ky_lo < ky_hi && kx_lo < kx_hi) {
                    dw_border_px(s, in_b + ((iy0 + ky_lo * s->dil_h) * s->in_w + ix0 +
                                            kx_lo * s->dil_w) * in_c,
                                 filter + (ky_lo * s->k_w + kx_lo) * out_c, ky_hi - ky_lo,
                                 kx_hi - kx_lo, bias, quant, out_b + oy * out_row + ox * out_c);
                } else {
                    dw_border_px(s, in_b, filter, 0, 0, bias, quant,
                                 out_b + oy * out_row + ox * out_c);
                }
            }
        }
    }
    if (s->ox_b <= s->ox_a) {
        return;
    }
    for (c = 0; c < out_c; c += 4) {
        dt_mve_rq q;
        int32x4_t bv, ksum = vdupq_n_s32(0);
        if (c + 4 > out_c) {
            c = out_c - 4;
        }
        q = dt_mve_rq_load(quant->multiplier + c, quant->shift + c, 4);
        bv = bias != NULL ? vldrwq_s32(bias + c) : vdupq_n_s32(0);
        for (t = 0; t < taps; t++) {
            ksum = vaddq_s32(ksum, vldrbq_s32(filter + t * out_c + c));
        }
        bv = vmlaq_n_s32(bv, ksum, s->off);
        for (b = 0; b < s->batches; b++) {
            const int8_t *in_b = input + b * in_batch + c;
            int8_t *out_b = output + b * s->out_h * out_row + c;
            for (oy = 0; oy < s->out_h; oy++) {
                const int32_t iy0 = oy * s->st_h - s->pad_h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, s->dil_h, s->k_h, s->in_h, &ky_lo, &ky_hi);
                if (ky_lo == 0 && ky_hi == s->k_h) {
                    dw_seg4(s, in_b + (iy0 * s->in_w + s->ox_a * s->st_w - s->pad_w) * in_c,
                            s->ox_b - s->ox_a, filter + c, bv, &q,
                            out_b + oy * out_row + s->ox_a * out_c);
                }
            }
        }
    }
}

/* ---- padded-rows path: the k_h input rows of an output row are copied into a stack buffer
 * with the horizontal padding (and any row outside the input) set to the input zero point, so
 * every pixel is an interior pixel: (zp + offset) * w = 0 for a padding tap, and
 * bias + offset * (full kernel sum) + sum(x' * w) is TFLite's sum over the valid taps. */
#define DT_DW_MVE_ROWBUF 4096
#define DT_DW_MVE_MAX_C 256

DT_INLINE void copy_s8(int8_t *d, const int8_t *x, int32_t n)
{
    for (; n >= 16; n -= 16, d += 16, x += 16) {
        vstrbq_s8(d, vldrbq_s8(x));
    }
    if (n > 0) {
        const mve_pred16_t p = vctp8q((uint32_t)n);
        vstrbq_p_s8(d, vldrbq_z_s8(x, p), p);
    }
}

DT_INLINE void fill_s8(int8_t *d, int8x16_t v, int32_t n)
{
    for (; n >= 16; n -= 16, d += 16) {
        vstrbq_s8(d, v);
    }
    if (n > 0) {
        vstrbq_p_s8(d, v, vctp8q((uint32_t)n));
    }
}

/* One output row of four channels, 3x3 kernel: r0..r2 the tap rows (channel c, first column of
 * the first pixel), columns x_col apart, pixels x_step apart; w the filter of channel c. */
static DT_NOINLINE void dw_row4_3x3(const int8_t *r0, const int8_t *r1, const int8_t *r2,
                                    int32_t x_col, int32_t x_step, int32_t count, const int8_t *w,
                                    int32_t out_c, int32x4_t b_full, int32x4_t mult, int32x4_t rsh,
                                    int32_t out_off, int32_t lo, int32_t hi, int8_t *out)
{
    for (; count > 0; count--, r0 += x_step, r1 += x_step, r2 += x_step, out += out_c) {
        const int8_t *f = w;
        int32x4_t acc;
        DT_OPAQUE(f);
        acc = vaddq_s32(b_full, vmulq_s32(vldrbq_s32(r0), vldrbq_s32(f)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r0 + x_col), vldrbq_s32(f + out_c)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r0 + 2 * x_col), vldrbq_s32(f + 2 * out_c)));
        f += 3 * out_c;
        DT_OPAQUE_V(acc);
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1), vldrbq_s32(f)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1 + x_col), vldrbq_s32(f + out_c)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r1 + 2 * x_col), vldrbq_s32(f + 2 * out_c)));
        f += 3 * out_c;
        DT_OPAQUE_V(acc);
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2), vldrbq_s32(f)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2 + x_col), vldrbq_s32(f + out_c)));
        acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(r2 + 2 * x_col), vldrbq_s32(f + 2 * out_c)));
        vstrbq_s32(out, dt_mve_requantize_r(acc, mult, rsh, out_off, lo, hi));
    }
}

/* As dw_row4_3x3 for any kernel: rows[ky] the tap rows. */
static DT_NOINLINE void dw_row4_any(const int8_t *const *rows, int32_t k_h, int32_t k_w,
                                    int32_t x_col, int32_t x_step, int32_t count, const int8_t *w,
                                    int32_t out_c, int32x4_t b_full, const dt_mve_rq *q,
                                    int32_t out_off, int32_t lo, int32_t hi, int8_t *out)
{
    int32_t px;
    for (px = 0; px < count; px++, out += out_c) {
        const int8_t *f = w;
        int32x4_t acc = b_full;
        int32_t ky, kx;
        for (ky = 0; ky < k_h; ky++) {
            const int8_t *x = rows[ky] + px * x_step;
            for (kx = k_w; kx > 0; kx--, x += x_col, f += out_c) {
                acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(x), vldrbq_s32(f)));
            }
        }
        vstrbq_s32(out, dt_mve_requantize(acc, q, out_off, lo, hi));
    }
}

/* Sixteen channels c..c+15 of one output row (padded rows, every pixel interior): a tap is two
 * 16-lane int8 loads and two widening multiplies (VMULLB/VMULLT.S8: the products of the even and
 * the odd channels as int16), widened again (VMOVLB/VMOVLT.S16) into four int32 accumulators that
 * hold channels {0,4,8,12}, {2,6,10,14}, {1,5,9,13} and {3,7,11,15} (of c). */
typedef struct {
    int32x4_t bf[4];  /* bias + offset * kernel sum of the four lane sets */
    int32x4_t mu[4];
    int32x4_t lsh[4];
    int32x4_t rsh[4];
    uint32x4_t oo[4]; /* output byte offsets (within a pixel) of the four lane sets */
} dw16_params;

/* Add the int16 products pe (even channels) and po (odd channels) to the four accumulators. */
#define DW16_ACC(pe, po)                                                                           \
    do {                                                                                           \
        a0 = vaddq_s32(a0, vmovlbq_s16(pe));                                                       \
        a1 = vaddq_s32(a1, vmovltq_s16(pe));                                                       \
        a2 = vaddq_s32(a2, vmovlbq_s16(po));                                                       \
        a3 = vaddq_s32(a3, vmovltq_s16(po));                                                       \
    } while (0)

static DT_NOINLINE void dw_row16(const int8_t *const *rows, int32_t k_h, int32_t k_w,
                                 int32_t x_col, int32_t x_step, int32_t count, const int8_t *w,
                                 int32_t C, int32_t out_c, const dw16_params *P, int32_t out_off,
                                 int32_t lo, int32_t hi, int8_t *out)
{
    int32_t px;
    for (px = 0; px < count; px++, out += out_c) {
        int32x4_t a0 = P->bf[0], a1 = P->bf[1], a2 = P->bf[2], a3 = P->bf[3];
        const int8_t *f = w;
        int32_t ky, kx;
        DT_OPAQUE(f);
        for (ky = 0; ky < k_h; ky++) {
            const int8_t *x = rows[ky] + px * x_step;
            for (kx = k_w; kx > 0; kx--, x += x_col, f += C) {
                const int8x16_t xv = vldrbq_s8(x), wv = vldrbq_s8(f);
                const int16x8_t pe = vmullbq_int_s8(xv, wv), po = vmulltq_int_s8(xv, wv);
                DW16_ACC(pe, po);
            }
        }
        {
            const dt_mve_rq q0 = {P->mu[0], P->lsh[0], P->rsh[0]};
            const dt_mve_rq q1 = {P->mu[1], P->lsh[1], P->rsh[1]};
            const dt_mve_rq q2 = {P->mu[2], P->lsh[2], P->rsh[2]};
            const dt_mve_rq q3 = {P->mu[3], P->lsh[3], P->rsh[3]};
            vstrbq_scatter_offset_s32(out, P->oo[0], dt_mve_requantize(a0, &q0, out_off, lo, hi));
            vstrbq_scatter_offset_s32(out, P->oo[1], dt_mve_requantize(a1, &q1, out_off, lo, hi));
            vstrbq_scatter_offset_s32(out, P->oo[2], dt_mve_requantize(a2, &q2, out_off, lo, hi));
            vstrbq_scatter_offset_s32(out, P->oo[3], dt_mve_requantize(a3, &q3, out_off, lo, hi));
        }
    }
}

/* ch_mult 1. Dense (idx NULL, K = C >= 4) or the K >= 16 winners idx[0..K) of C <= 256 channels:
 * the winners are gathered into the padded rows (K channels per pixel) and their filter, bias
 * term and requantization parameters compacted on the stack, the 16-channel groups run on the
 * compacted channels and scatter their outputs to the winners' positions; a loser channel's
 * output is its requantized bias, written with scatter stores. Needs k_h * wp * K <=
 * DT_DW_MVE_ROWBUF (wp: padded row width in pixels) and, with winners, k_h * k_w * K <=
 * DT_DW_MVE_ROWBUF. */
static void dw_padded(const dw_shape *s, const int8_t *input, const int8_t *filter,
                      const int32_t *bias, const dt_per_channel_quant_params *quant,
                      int8_t *output, int32_t wp, const uint16_t *idx, int32_t K)
{
    int8_t buf[DT_DW_MVE_ROWBUF];
    int8_t cfil[DT_DW_MVE_ROWBUF]; /* winners: filter [tap][K] */
    int32_t bfull[DT_DW_MVE_MAX_C], cmul[DT_DW_MVE_MAX_C], csh[DT_DW_MVE_MAX_C];
    uint8_t cofs[DT_DW_MVE_MAX_C];   /* winners: channel of compact channel j */
    uint8_t lofs[DT_DW_MVE_MAX_C];   /* losers: their channels */
    int8_t lval[DT_DW_MVE_MAX_C];    /* losers: their (constant) outputs */
    const int32_t C = s->in_c, k_h = s->k_h, k_w = s->k_w, taps = k_h * k_w;
    const int32_t row_bytes = wp * K, mid = s->pad_w * K, in_row = s->in_w * C;
    const int32_t x_col = s->dil_w * K, x_step = s->st_w * K;
    const int8x16_t zpv = vdupq_n_s8((int8_t)(-s->off));
    const int8_t *fil = filter;
    const int32_t *mul = quant->multiplier, *sft = quant->shift;
    const int8_t *rows[16];
    int no_left = 1;
    int32_t n_los = 0;
    int32_t b, oy, ky, c, t, j;
    if (idx != NULL) {
        int32_t next = 0;
        for (c = 0; c < C; c++) {
            if (next < K && (int32_t)idx[next] == c) {
                cofs[next] = (uint8_t)c;
                cmul[next] = quant->multiplier[c];
                csh[next] = quant->shift[c];
                for (t = 0; t < taps; t++) {
                    cfil[t * K + next] = filter[t * C + c];
                }
                next++;
            } else {
                lofs[n_los] = (uint8_t)c;
                lval[n_los++] = dt_requantize(bias != NULL ? bias[c] : 0, quant->multiplier[c],
                                              quant->shift[c], s->out_off, s->lo, s->hi);
            }
        }
        fil = cfil;
        mul = cmul;
        sft = csh;
    }
    for (j = 0; j < K; j++) {
        int32_t sum = 0;
        const int32_t ch = idx != NULL ? (int32_t)idx[j] : j;
        for (t = 0; t < taps; t++) {
            sum += fil[t * K + j];
        }
        bfull[j] = (bias != NULL ? bias[ch] : 0) + s->off * sum;
        no_left &= sft[j] <= 0;
    }
    fill_s8(buf, zpv, k_h * row_bytes);
    for (b = 0; b < s->batches; b++) {
        const int8_t *in_b = input + b * s->in_h * in_row;
        int8_t *out_b = output + b * s->out_h * s->out_w * C;
        for (oy = 0; oy < s->out_h; oy++) {
            int8_t *out_row = out_b + oy * s->out_w * C;
            for (ky = 0; ky < k_h; ky++) {
                const int32_t iy = oy * s->st_h - s->pad_h + ky * s->dil_h;
                int8_t *slot = buf + ky * row_bytes;
                if (iy < 0 || iy >= s->in_h) {
                    fill_s8(slot + mid, zpv, s->in_w * K);
                } else if (idx == NULL) {
                    copy_s8(slot + mid, in_b + iy * in_row, in_row);
                } else { /* gather the winners of every pixel */
                    const int8_t *x = in_b + iy * in_row;
                    int8_t *d = slot + mid;
                    int32_t px;
                    for (px = 0; px < s->in_w; px++, x += C, d += K) {
                        for (j = 0; j < K; j += 16) {
                            const mve_pred16_t p = vctp8q((uint32_t)(K - j));
                            vstrbq_p_s8(d + j, vldrbq_gather_offset_z_s8(x, vldrbq_u8(cofs + j), p), p);
                        }
                    }
                }
                rows[ky] = slot;
            }
            if (K >= 16) {
                for (c = 0; c < K; c += 16) {
                    const int32_t o = c + 16 <= K ? c : K - 16; /* the last group overlaps */
                    const uint32x4_t o4 = vidupq_n_u32(0, 4);
                    static const uint8_t first[4] = {0, 2, 1, 3};
                    const int8_t *r[16];
                    dw16_params P;
                    int32_t k;
                    for (k = 0; k < 4; k++) {
                        const int32x4_t shv = vldrwq_gather_shifted_offset_s32(sft + o + first[k], o4);
                        P.bf[k] = vldrwq_gather_shifted_offset_s32(bfull + o + first[k], o4);
                        P.mu[k] = vldrwq_gather_shifted_offset_s32(mul + o + first[k], o4);
                        P.lsh[k] = vmaxq_s32(shv, vdupq_n_s32(0));
                        P.rsh[k] = vminq_s32(shv, vdupq_n_s32(0));
                        P.oo[k] = idx == NULL ? vaddq_n_u32(o4, (uint32_t)(o + first[k]))
                                              : vldrbq_gather_offset_u32(cofs + o + first[k], o4);
                    }
                    for (ky = 0; ky < k_h; ky++) {
                        r[ky] = rows[ky] + o;
                    }
                    dw_row16(r, k_h, k_w, x_col, x_step, s->out_w, fil + o, K, C, &P, s->out_off,
                             s->lo, s->hi, out_row);
                }
            } else {
                for (c = 0; c < C; c += 4) {
                    const int32_t o = c + 4 <= C ? c : C - 4; /* the last group overlaps */
                    const int32x4_t b_full = vldrwq_s32(bfull + o);
                    const int32x4_t sh = vldrwq_s32(quant->shift + o);
                    if (k_h == 3 && k_w == 3 && no_left) {
                        dw_row4_3x3(rows[0] + o, rows[1] + o, rows[2] + o, x_col, x_step, s->out_w,
                                    filter + o, C, b_full, vldrwq_s32(quant->multiplier + o), sh,
                                    s->out_off, s->lo, s->hi, out_row + o);
                    } else {
                        const int8_t *r[16];
                        dt_mve_rq q;
                        q.mult = vldrwq_s32(quant->multiplier + o);
                        q.lsh = vmaxq_s32(sh, vdupq_n_s32(0));
                        q.rsh = vminq_s32(sh, vdupq_n_s32(0));
                        for (ky = 0; ky < k_h; ky++) {
                            r[ky] = rows[ky] + o;
                        }
                        dw_row4_any(r, k_h, k_w, x_col, x_step, s->out_w, filter + o, C, b_full, &q,
                                    s->out_off, s->lo, s->hi, out_row + o);
                    }
                }
            }
        }
    }
    if (n_los > 0) {
        int8_t *o = output;
        const int32_t pixels = s->batches * s->out_h * s->out_w;
        int32_t px;
        for (px = 0; px < pixels; px++, o += C) {
            for (j = 0; j < n_los; j += 16) {
                const mve_pred16_t p = vctp8q((uint32_t)(n_los - j));
                vstrbq_scatter_offset_p_s8(o, vldrbq_u8(lofs + j), vldrbq_s8(lval + j), p);
            }
        }
    }
}

/* Four output channels at lanes: input byte offsets xo (within a pixel), filter byte offsets fo
 * (within a tap), 4 valid lanes of n. Output to out + oo (scatter offsets within a pixel). */
static void dw_group(const dw_shape *s, const int8_t *input, const int8_t *filter,
                     const int32_t *bias, const dt_mve_rq *q, uint32x4_t xo, uint32x4_t fo,
                     uint32x4_t oo, mve_pred16_t p, int contiguous, int8_t *output)
{
    const int32_t in_c = s->in_c, out_c = s->out_c;
    const int32_t x_col = s->dil_w * in_c, x_row = s->dil_h * s->in_w * in_c;
    const int32_t f_row = s->k_w * out_c;
    const int32_t taps = s->k_h * s->k_w;
    const int32_t off = s->off;
    int32x4_t bv = vdupq_n_s32(0), b_full;
    int32x4_t ksum = vdupq_n_s32(0);
    int32_t b, oy, ox, ky, kx, t;
    if (bias != NULL) {
        bv = vldrwq_gather_shifted_offset_z_s32(bias, fo, p);
    }
    for (t = 0; t < taps; t++) {
        ksum = vaddq_s32(ksum, vldrbq_gather_offset_z_s32(filter + t * out_c, fo, p));
    }
    b_full = vmlaq_n_s32(bv, ksum, off);
    for (b = 0; b < s->batches; b++) {
        const int8_t *in_b = input + b * s->in_h * s->in_w * in_c;
        for (oy = 0; oy < s->out_h; oy++) {
            const int32_t iy0 = oy * s->st_h - s->pad_h;
            int32_t ky_lo, ky_hi;
            dt_tap_range(iy0, s->dil_h, s->k_h, s->in_h, &ky_lo, &ky_hi);
            for (ox = 0; ox < s->out_w; ox++) {
                const int32_t ix0 = ox * s->st_w - s->pad_w;
                int32_t kx_lo, kx_hi;
                int32x4_t acc;
                dt_tap_range(ix0, s->dil_w, s->k_w, s->in_w, &kx_lo, &kx_hi);
                if (ky_lo == 0 && ky_hi == s->k_h && kx_lo == 0 && kx_hi == s->k_w) {
                    const int8_t *xr = in_b + (iy0 * s->in_w + ix0) * in_c;
                    const int8_t *fr = filter;
                    acc = b_full;
                    if (contiguous) {
                        for (ky = 0; ky < s->k_h; ky++, xr += x_row, fr += f_row) {
                            const int8_t *x = xr, *f = fr;
                            for (kx = s->k_w; kx > 0; kx--, x += x_col, f += out_c) {
                                acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(x), vldrbq_s32(f)));
                            }
                        }
                    } else {
                        for (ky = 0; ky < s->k_h; ky++, xr += x_row, fr += f_row) {
                            const int8_t *x = xr, *f = fr;
                            for (kx = s->k_w; kx > 0; kx--, x += x_col, f += out_c) {
                                acc = vaddq_s32(acc, vmulq_s32(vldrbq_gather_offset_z_s32(x, xo, p),
                                                               vldrbq_gather_offset_z_s32(f, fo, p)));
                            }
                        }
                    }
                } else {
                    const int8_t *xr = in_b + ((iy0 + ky_lo * s->dil_h) * s->in_w + ix0 +
                                               kx_lo * s->dil_w) * in_c;
                    const int8_t *fr = filter + (ky_lo * s->k_w + kx_lo) * out_c;
                    acc = bv;
                    for (ky = ky_lo; ky < ky_hi; ky++, xr += x_row, fr += f_row) {
                        const int8_t *x = xr, *f = fr;
                        for (kx = kx_lo; kx < kx_hi; kx++, x += x_col, f += out_c) {
                            const int32x4_t xv = vldrbq_gather_offset_z_s32(x, xo, p);
                            acc = vaddq_s32(acc, vmulq_s32(vaddq_n_s32(xv, off),
                                                           vldrbq_gather_offset_z_s32(f, fo, p)));
                        }
                    }
                }
                acc = dt_mve_requantize(acc, q, s->out_off, s->lo, s->hi);
                if (contiguous) {
                    vstrbq_s32(output, acc);
                } else {
                    vstrbq_scatter_offset_p_s32(output, oo, acc, p);
                }
                output += out_c;
            }
        }
    }
}

dt_status dt_mve_dw_run(const dt_context *ctx, const dt_dw_conv_params *params,
                        const dt_per_channel_quant_params *quant,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims, const int8_t *filter,
                        const int32_t *bias,
                        const dt_dims *output_dims, int8_t *output,
                        const dt_channel_list *in_channels)
{
    const int32_t in_c = input_dims->c, out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t n_idx = in_channels != NULL ? in_channels->count : in_c;
    const int32_t n_out = n_idx * mult; /* output channels computed from the input */
    const uint32x4_t lane = vidupq_n_u32(0, 1);
    dw_shape s;
    int32_t g;
    (void)ctx;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1 || !dt_channel_list_ok(in_channels, in_c)) {
        return DT_ERR_ARG;
    }
    s.in_h = input_dims->h;
    s.in_w = input_dims->w;
    s.in_c = in_c;
    s.out_h = output_dims->h;
    s.out_w = output_dims->w;
    s.out_c = out_c;
    s.k_h = filter_dims->h;
    s.k_w = filter_dims->w;
    s.st_h = params->stride.h;
    s.st_w = params->stride.w;
    s.pad_h = params->padding.h;
    s.pad_w = params->padding.w;
    s.dil_h = params->dilation.h;
    s.dil_w = params->dilation.w;
    s.off = params->input_offset;
    s.out_off = params->output_offset;
    s.lo = params->activation.min;
    s.hi = params->activation.max;
    s.batches = input_dims->n;
    s.ox_a = (s.pad_w + s.st_w - 1) / s.st_w;
    {
        const int32_t last = s.in_w - 1 - (s.k_w - 1) * s.dil_w + s.pad_w; /* ox * st_w <= last */
        s.ox_b = last < 0 ? 0 : last / s.st_w + 1;
    }
    s.ox_a = s.ox_a < s.out_w ? s.ox_a : s.out_w;
    s.ox_b = s.ox_b < s.ox_a ? s.ox_a : (s.ox_b > s.out_w ? s.out_w : s.ox_b);

    if (mult == 1 && in_c >= 4 && in_c <= DT_DW_MVE_MAX_C && s.k_h <= 16 &&
        (idx == NULL || (n_idx >= 16 && s.k_h * s.k_w * n_idx <= DT_DW_MVE_ROWBUF))) {
        /* padded row width (pixels): every window column of every output pixel */
        const int32_t need = (s.out_w - 1) * s.st_w + (s.k_w - 1) * s.dil_w + 1;
        const int32_t wp = need > s.pad_w + s.in_w ? need : s.pad_w + s.in_w;
        if (s.k_h * wp * n_idx <= DT_DW_MVE_ROWBUF) {
            dw_padded(&s, input, filter, bias, quant, output, wp, idx, n_idx);
            return DT_OK;
        }
    }
    if (idx == NULL && mult == 1 && in_c >= 4) {
        dw_dense4(&s, input, filter, bias, quant, output);
        return DT_OK;
    }

    if (idx != NULL && n_idx < in_c) {
        /* losers: every output channel of a loser input channel is its requantized bias */
        const int32_t pixels = s.batches * s.out_h * s.out_w;
        int32_t next = 0, ic, m, px;
        for (ic = 0; ic < in_c; ic++) {
            if (next < n_idx && (int32_t)idx[next] == ic) {
                next++;
                continue;
            }
            for (m = 0; m < mult; m++) {
                const int32_t oc = ic * mult + m;
                const int8_t v = dt_requantize(bias != NULL ? bias[oc] : 0, quant->multiplier[oc],
                                               quant->shift[oc], s.out_off, s.lo, s.hi);
                int8_t *o = output + oc;
                for (px = 0; px < pixels; px++, o += out_c) {
                    *o = v;
                }
            }
        }
    }

    /* computed output channels g..g+3 of n_out (winner-major order: output channel
     * idx[j / mult] * mult + j % mult for computed channel j) */
    for (g = 0; g < n_out; g += 4) {
        const int32_t nv = n_out - g < 4 ? n_out - g : 4;
        const mve_pred16_t p = vctp32q((uint32_t)nv);
        uint32x4_t oc_v, ic_v;
        int contiguous;
        dt_mve_rq q;
        if (idx == NULL) {
            oc_v = vaddq_n_u32(lane, (uint32_t)g);
        } else {
            /* j = g + lane; oc = idx[j / mult] * mult + j % mult */
            int32_t l, ocs[4] = {0, 0, 0, 0};
            for (l = 0; l < nv; l++) {
                const int32_t j = g + l;
                ocs[l] = (int32_t)idx[j / mult] * mult + j % mult;
            }
            oc_v = vreinterpretq_u32_s32(vldrwq_s32(ocs));
        }
        if (mult == 1) {
            ic_v = oc_v;
        } else {
            int32_t ics[4];
            ics[0] = (int32_t)vgetq_lane_u32(oc_v, 0) / mult;
            ics[1] = (int32_t)vgetq_lane_u32(oc_v, 1) / mult;
            ics[2] = (int32_t)vgetq_lane_u32(oc_v, 2) / mult;
            ics[3] = (int32_t)vgetq_lane_u32(oc_v, 3) / mult;
            ic_v = vreinterpretq_u32_s32(vldrwq_s32(ics));
        }
        contiguous = idx == NULL && mult == 1 && nv == 4;
        q.mult = vldrwq_gather_shifted_offset_z_s32(quant->multiplier, oc_v, p);
        {
            const int32x4_t sh = vldrwq_gather_shifted_offset_z_s32(quant->shift, oc_v, p);
            q.lsh = vmaxq_s32(sh, vdupq_n_s32(0));
            q.rsh = vminq_s32(sh, vdupq_n_s32(0));
        }
        if (contiguous) {
            dw_group(&s, input + g, filter + g, bias != NULL ? bias + g : NULL, &q,
                     vaddq_n_u32(lane, 0), lane, lane, p, 1, output + g);
        } else {
            dw_group(&s, input, filter, bias, &q, ic_v, oc_v, oc_v, p, 0, output);
        }
    }
    return DT_OK;
}
