/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_wta_s8.c (MVE) - int8 DEPTHWISE_CONV_2D reading only the k WTA winners of its
 * input, for Cortex-M55 (Helium). Bit-exact with the portable kernel (TensorFlow Lite Micro's
 * DepthwiseConvPerChannel arithmetic on the input whose losers hold the zero point).
 *
 * A planned gather step around the dense MVE kernel:
 * - the winners' input channels are gathered (VLDRB gather) into scratch with the padding
 *   materialized as the zero point (whose contribution (zp + offset) * w is zero, as TFLite Micro
 *   skips those taps), so the dense kernel sees an unpadded input of k channels and takes its
 *   all-interior paths; their K = k * ch_mult filter columns, biases, multipliers and shifts are
 *   gathered once per call;
 * - dt_depthwise_conv_s8 runs on the K channels into scratch;
 * - each output pixel is the per-channel constant of the losers (their requantized bias, computed
 *   once per call) with the K computed channels scattered in (VSTRB scatter).
 * A width or height dilation > 1 gathers without padding and runs the dense kernel with the
 * layer's own padding.
 */
#include "dt_nn.h"

/* Scratch, each part rounded up to 4 bytes: K = count * ch_mult channel offsets (uint16), their
 * bias, multiplier and shift (int32), filter (kh * kw * K), the padded input (n * (h + kh - 1) *
 * (w + kw - 1) * count), the output (n * h * w * K: out_h <= h, out_w <= w) and one loser row
 * (the output channels c * ch_mult); the filter and input parts have 16 bytes more (whole-vector
 * gathers write past their end). */
#define DW_R4(v) (((v) + 3) & ~3)

int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count)
{
    const int32_t oc = filter_dims->c;
    const int32_t m = input_dims->c > 0 ? oc / input_dims->c : 0;
    const int32_t kk = count * m;
    return DW_R4(2 * kk) + 12 * kk + DW_R4(filter_dims->h * filter_dims->w * kk + 16) +
           DW_R4(input_dims->n * (input_dims->h + filter_dims->h - 1) *
                 (input_dims->w + filter_dims->w - 1) * count + 16) +
           DW_R4(input_dims->n * input_dims->h * input_dims->w * kk) + DW_R4(oc);
}

/* The kernel needs MVE; the buffer size above compiles anywhere (tested on the host). */
#if defined(__ARM_FEATURE_MVE)
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

DT_INLINE void fill_s8(int8_t *d, int8x16_t v, int32_t n)
{
    for (; n >= 16; n -= 16, d += 16) {
        vstrbq_s8(d, v);
    }
    if (n > 0) {
        vstrbq_p_s8(d, v, vctp8q((uint32_t)n));
    }
}

/* d[0..n) = x[0..n); n >= 16 without predication (the last vector overlaps). */
DT_INLINE void copy_s8(int8_t *d, const int8_t *x, int32_t n)
{
    int32_t i;
    if (n < 16) {
        const mve_pred16_t p = vctp8q((uint32_t)n);
        vstrbq_p_s8(d, vldrbq_z_s8(x, p), p);
        return;
    }
    for (i = 0; i + 16 <= n; i += 16) {
        vstrbq_s8(d + i, vldrbq_s8(x + i));
    }
    if (i < n) {
        vstrbq_s8(d + n - 16, vldrbq_s8(x + n - 16));
    }
}

/* dst[0..n) = src[ofs[0..n)] (halfword offsets), eight at a time. */
DT_INLINE void gather16(int8_t *dst, const int8_t *src, const uint16_t *ofs, int32_t n)
{
    int32_t i;
    for (i = 0; i < n; i += 8) {
        const mve_pred16_t p = vctp16q((uint32_t)(n - i));
        vstrbq_p_s16(dst + i, vldrbq_gather_offset_z_s16(src, vldrhq_z_u16(ofs + i, p), p), p);
    }
}

/* dst[0..16 * ceil(n / 16)) = src[o8[...]] (byte offsets padded past n with valid ones): writes
 * up to 15 bytes past n. */
DT_INLINE void gather8(int8_t *dst, const int8_t *src, const uint8_t *o8, int32_t n)
{
    for (; n > 0; n -= 16, dst += 16, o8 += 16) {
        vstrbq_s8(dst, vldrbq_gather_offset_s8(src, vldrbq_u8(o8)));
    }
}

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

/* Per group of 16 computed channels: the four lane sets of the int16 products (channels
 * {0,4,8,12}, {2,6,10,14}, {1,5,9,13}, {3,7,11,15} of the group). */
typedef struct {
    int32x4_t bf[4];  /* bias + offset * kernel sum */
    int32x4_t mu[4];
    int32x4_t lsh[4];
    int32x4_t rsh[4];
} dw16_params;

/* Add the int16 products pe (even channels) and po (odd channels) to the four accumulators. */
#define DW16_ACC(pe, po)                                                                           \
    do {                                                                                           \
        a0 = vaddq_s32(a0, vmovlbq_s16(pe));                                                       \
        a1 = vaddq_s32(a1, vmovltq_s16(pe));                                                       \
        a2 = vaddq_s32(a2, vmovlbq_s16(po));                                                       \
        a3 = vaddq_s32(a3, vmovltq_s16(po));                                                       \
    } while (0)

/* One group of 16 channels (g of kk) over every output pixel of the padded, compacted input (no
 * border): output row r at cx + r * row_bytes, pixels x_step apart; taps at tofs[]; the filter [taps][kk]. PAIR: two taps'
 * int16 products summed before widening (no weight is -128, so |x w| <= 128 * 127). */
#define DEF_DW16(NAME, PAIR)                                                                       \
    static DT_NOINLINE void NAME(const int8_t *cx, int32_t rows, int32_t out_w, int32_t row_bytes, \
                                 int32_t x_step, const int32_t *tofs, int32_t taps,                \
                                 const int8_t *w, int32_t kk, const dw16_params *P,               \
                                 int32_t out_off, int32_t lo, int32_t hi, int8_t *cy)              \
    {                                                                                              \
        const uint32x4_t so = vmulq_n_u32(vidupq_n_u32(0, 1), 4);                                  \
        int32_t r, ox, t;                                                                          \
        for (r = 0; r < rows; r++) {                                                               \
            const int8_t *x = cx + r * row_bytes;                                                  \
            for (ox = out_w; ox > 0; ox--, x += x_step, cy += kk) {                                \
                int32x4_t a0 = P->bf[0], a1 = P->bf[1], a2 = P->bf[2], a3 = P->bf[3];             \
                const int8_t *f = w;                                                               \
                const int32_t *to = tofs;                                                          \
                DT_OPAQUE(f);                                                                      \
                for (t = taps; t >= (PAIR ? 2 : 1); t -= (PAIR ? 2 : 1)) {                         \
                    const int8x16_t x0 = vldrbq_s8(x + *to++), w0 = vldrbq_s8(f);                  \
                    int16x8_t pe = vmullbq_int_s8(x0, w0), po = vmulltq_int_s8(x0, w0);            \
                    f += kk;                                                                       \
                    if (PAIR) {                                                                    \
                        const int8x16_t x1 = vldrbq_s8(x + *to++), w1 = vldrbq_s8(f);              \
                        pe = vaddq_s16(pe, vmullbq_int_s8(x1, w1));                                \
                        po = vaddq_s16(po, vmulltq_int_s8(x1, w1));                                \
                        f += kk;                                                                   \
                    }                                                                              \
                    DW16_ACC(pe, po);                                                              \
                }                                                                                  \
                if (PAIR && t > 0) {                                                               \
                    const int8x16_t x0 = vldrbq_s8(x + *to), w0 = vldrbq_s8(f);                    \
                    const int16x8_t pe = vmullbq_int_s8(x0, w0), po = vmulltq_int_s8(x0, w0);      \
                    DW16_ACC(pe, po);                                                              \
                }                                                                                  \
                {                                                                                  \
                    dt_mve_rq q;                                                                   \
                    q.mult = P->mu[0], q.lsh = P->lsh[0], q.rsh = P->rsh[0];                       \
                    vstrbq_scatter_offset_s32(cy, so, dt_mve_requantize(a0, &q, out_off, lo, hi)); \
                    q.mult = P->mu[1], q.lsh = P->lsh[1], q.rsh = P->rsh[1];                       \
                    vstrbq_scatter_offset_s32(cy + 2, so,                                          \
                                              dt_mve_requantize(a1, &q, out_off, lo, hi));         \
                    q.mult = P->mu[2], q.lsh = P->lsh[2], q.rsh = P->rsh[2];                       \
                    vstrbq_scatter_offset_s32(cy + 1, so,                                          \
                                              dt_mve_requantize(a2, &q, out_off, lo, hi));         \
                    q.mult = P->mu[3], q.lsh = P->lsh[3], q.rsh = P->rsh[3];                       \
                    vstrbq_scatter_offset_s32(cy + 3, so,                                          \
                                              dt_mve_requantize(a3, &q, out_off, lo, hi));         \
                }                                                                                  \
            }                                                                                      \
        }                                                                                          \
    }
DEF_DW16(dw16_pair, 1)
DEF_DW16(dw16_single, 0)

dt_status dt_depthwise_conv_wta_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                                   const dt_per_channel_quant_params *quant,
                                   const dt_dims *input_dims, const int8_t *input,
                                   const dt_dims *filter_dims, const int8_t *filter,
                                   const int32_t *bias,
                                   const dt_dims *output_dims, int8_t *output,
                                   const dt_channel_list *winners)
{
    const int32_t in_c = input_dims->c, in_h = input_dims->h, in_w = input_dims->w;
    const int32_t batches = input_dims->n, m = params->ch_mult, oc_n = output_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w, taps = k_h * k_w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t off = params->input_offset, out_off = params->output_offset;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const int32_t pixels = batches * out_h * out_w;
    const int pad_in = params->dilation.h == 1 && params->dilation.w == 1;
    const dt_context none = {NULL, 0};
    uint8_t o8[256 + 16];
    int32_t k, kk, i, j, t, b, y, x, px;
    uint16_t *ol;
    int32_t *cbias, *cmult, *cshift;
    int8_t *cf, *cx, *cy, *lrow, *p8;
    int use8;
    int32_t hp, wp;

    if (winners == NULL || ctx == NULL || ctx->buf == NULL || m < 1 || oc_n != in_c * m ||
        filter_dims->c != oc_n || batches != output_dims->n || !dt_channel_list_ok(winners, in_c) ||
        batches < 0 || in_h < 0 || in_w < 0 || k_h < 1 || k_w < 1 || out_h < 0 || out_w < 0 ||
        out_h > in_h || out_w > in_w || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1 || off < -127 || off > 128) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    kk = k * m;
    if (ctx->size < dt_depthwise_conv_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    hp = pad_in ? (out_h - 1) * params->stride.h + k_h : in_h;
    wp = pad_in ? (out_w - 1) * params->stride.w + k_w : in_w;
    if (hp > in_h + k_h - 1 || wp > in_w + k_w - 1) {
        return DT_ERR_ARG;
    }
    p8 = (int8_t *)ctx->buf;
    ol = (uint16_t *)(void *)p8;
    p8 += DW_R4(2 * kk);
    cbias = (int32_t *)(void *)p8;
    cmult = cbias + kk;
    cshift = cmult + kk;
    p8 += 12 * kk;
    cf = p8;
    p8 += DW_R4(taps * kk + 16);
    cx = p8;
    p8 += DW_R4(batches * (in_h + k_h - 1) * (in_w + k_w - 1) * k + 16);
    cy = p8;
    p8 += DW_R4(batches * in_h * in_w * kk);
    lrow = p8;

    /* the losers' row: every output channel's requantized bias */
    for (i = 0; i < oc_n; i += 4) {
        const int32_t n = oc_n - i < 4 ? oc_n - i : 4;
        const mve_pred16_t p = vctp32q((uint32_t)n);
        const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + i, quant->shift + i, n);
        const int32x4_t bv = bias != NULL ? vldrwq_z_s32(bias + i, p) : vdupq_n_s32(0);
        vstrbq_p_s32(lrow + i, dt_mve_requantize(bv, &q, out_off, lo, hi), p);
    }
    if (kk == 0 || pixels == 0) {
        for (px = 0; px < pixels; px++) {
            copy_s8(output + px * oc_n, lrow, oc_n);
        }
        return DT_OK;
    }

    /* the computed output channels: ol[j * m + mm] = idx[j] * m + mm */
    for (j = 0; j < k; j++) {
        for (i = 0; i < m; i++) {
            ol[j * m + i] = (uint16_t)(winners->index[j] * m + i);
        }
    }
    use8 = oc_n <= 256;
    if (use8) {
        /* byte offsets, padded to a whole vector with the last one */
        for (i = 0; i < kk; i++) {
            o8[i] = (uint8_t)ol[i];
        }
        for (; i < 256 + 16; i++) {
            o8[i] = (uint8_t)ol[kk - 1];
        }
    }
    for (i = 0; i < kk; i += 4) {
        const mve_pred16_t p = vctp32q((uint32_t)(kk - i));
        const uint32x4_t ov = vldrhq_z_u32(ol + i, p);
        vstrwq_p_s32(cbias + i,
                     bias != NULL ? vldrwq_gather_shifted_offset_z_s32(bias, ov, p) : vdupq_n_s32(0),
                     p);
        vstrwq_p_s32(cmult + i, vldrwq_gather_shifted_offset_z_s32(quant->multiplier, ov, p), p);
        vstrwq_p_s32(cshift + i, vldrwq_gather_shifted_offset_z_s32(quant->shift, ov, p), p);
    }
    for (t = 0; t < taps; t++) {
        if (use8) {
            gather8(cf + t * kk, filter + t * oc_n, o8, kk);
        } else {
            gather16(cf + t * kk, filter + t * oc_n, ol, kk);
        }
    }

    /* the winners' input (k channels), padded with the zero point when dilation is 1 */
    {
        const int32_t y0 = pad_in ? -params->padding.h : 0, x0 = pad_in ? -params->padding.w : 0;
        const int8x16_t zpv = vdupq_n_s8((int8_t)(-off));
        uint8_t oi[256 + 16];
        int8_t *d = cx;
        if (in_c <= 256) {
            for (i = 0; i < k; i++) {
                oi[i] = (uint8_t)winners->index[i];
            }
            for (; i < 256 + 16; i++) {
                oi[i] = oi[k - 1];
            }
        }
        for (b = 0; b < batches; b++) {
            const int8_t *in_b = input + b * in_h * in_w * in_c;
            for (y = y0; y < y0 + hp; y++) {
                if (y < 0 || y >= in_h) {
                    fill_s8(d, zpv, wp * k);
                    d += wp * k;
                    continue;
                }
                for (x = x0; x < x0 + wp; x++, d += k) {
                    if (x < 0 || x >= in_w) {
                        fill_s8(d, zpv, k);
                    } else if (in_c <= 256) {
                        gather8(d, in_b + (y * in_w + x) * in_c, oi, k);
                    } else {
                        gather16(d, in_b + (y * in_w + x) * in_c, winners->index, k);
                    }
                }
            }
        }
    }

    if (m == 1 && kk >= 16 && pad_in && k_h * k_w <= 64) {
        /* every computed channel, 16 at a time (the last group overlaps the previous one) */
        int32_t tofs[64];
        int pair = 1;
        const uint32x4_t so = vmulq_n_u32(vidupq_n_u32(0, 1), 4);
        for (t = 0; t < taps; t++) {
            tofs[t] = ((t / k_w) * wp + t % k_w) * k;
        }
        for (i = 0; i < taps * kk; i += 16) {
            const mve_pred16_t p = vctp8q((uint32_t)(taps * kk - i));
            pair &= vminvq_s8(127, vldrbq_z_s8(cf + i, p)) > -128;
        }
        for (j = 0; j < kk; j += 16) {
            const int32_t g = j + 16 <= kk ? j : kk - 16;
            dw16_params P;
            int32_t s;
            for (s = 0; s < 4; s++) {
                static const int32_t base[4] = {0, 2, 1, 3};
                const int32_t c0 = g + base[s];
                int32x4_t ks = vdupq_n_s32(0);
                const int32x4_t sh = vldrwq_gather_shifted_offset_s32(cshift + c0, so);
                for (t = 0; t < taps; t++) {
                    ks = vaddq_s32(ks, vldrbq_gather_offset_s32(cf + t * kk + c0, so));
                }
                P.bf[s] = vmlaq_n_s32(vldrwq_gather_shifted_offset_s32(cbias + c0, so), ks, off);
                P.mu[s] = vldrwq_gather_shifted_offset_s32(cmult + c0, so);
                P.lsh[s] = vmaxq_s32(sh, vdupq_n_s32(0));
                P.rsh[s] = vminq_s32(sh, vdupq_n_s32(0));
            }
            for (b = 0; b < batches; b++) {
                (pair ? dw16_pair : dw16_single)(cx + b * hp * wp * k + g, out_h, out_w,
                                                 params->stride.h * wp * k, params->stride.w * k,
                                                 tofs, taps, cf + g, kk, &P, out_off, lo, hi,
                                                 cy + b * out_h * out_w * kk + g);
            }
        }
        (void)none;
    } else {
        dt_dims cin = *input_dims, cfd = *filter_dims, cout = *output_dims;
        dt_dw_conv_params cp = *params;
        dt_per_channel_quant_params cq;
        dt_status st;
        cin.c = k;
        if (pad_in) {
            cin.h = hp;
            cin.w = wp;
            cp.padding.h = 0;
            cp.padding.w = 0;
        }
        cfd.c = kk;
        cout.c = kk;
        cq.multiplier = cmult;
        cq.shift = cshift;
        st = dt_depthwise_conv_s8(&none, &cp, &cq, &cin, cx, &cfd, cf, cbias, &cout, cy);
        if (st != DT_OK) {
            return st;
        }
    }

    /* every output pixel: the losers' row, then the computed channels scattered in */
    if (use8) {
        uint8_t li[16];
        for (i = 0; i < 16; i++) {
            li[i] = (uint8_t)(i < kk ? i : kk - 1);
        }
        for (px = 0; px < pixels; px++) {
            int8_t *const out = output + px * oc_n;
            const int8_t *const src = cy + px * kk;
            copy_s8(out, lrow, oc_n);
            if (kk <= 16) {
                vstrbq_scatter_offset_s8(out, vldrbq_u8(o8), vldrbq_gather_offset_s8(src, vldrbq_u8(li)));
            } else {
                for (i = 0; i + 16 <= kk; i += 16) {
                    vstrbq_scatter_offset_s8(out, vldrbq_u8(o8 + i), vldrbq_s8(src + i));
                }
                if (i < kk) { /* the last 16 again (overlapping) */
                    vstrbq_scatter_offset_s8(out, vldrbq_u8(o8 + kk - 16), vldrbq_s8(src + kk - 16));
                }
            }
        }
    } else {
        for (px = 0; px < pixels; px++) {
            int8_t *const out = output + px * oc_n;
            const int8_t *const src = cy + px * kk;
            copy_s8(out, lrow, oc_n);
            for (i = 0; i < kk; i += 8) {
                const mve_pred16_t p = vctp16q((uint32_t)(kk - i));
                vstrbq_scatter_offset_p_s16(out, vldrhq_z_u16(ol + i, p), vldrbq_z_s16(src + i, p), p);
            }
        }
    }
    return DT_OK;
}

#endif /* __ARM_FEATURE_MVE */
