/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_wta_s8.c (MVE) - int8 CONV_2D reading only the k WTA winners of its input, for
 * Cortex-M55 (Helium). Bit-exact with the portable kernel (TensorFlow Lite Micro's ConvPerChannel
 * arithmetic on the input whose losers hold the zero point).
 *
 * A planned gather step, then one flat dot product per output pixel:
 * - The winners' weights are gathered (VLDRB gather, 16 byte offsets per instruction) into
 *   scratch as [out_c][kw][kh][k], and offset * (their sum) is folded into the bias.
 * - The winners' input is gathered once into a "column" buffer: for each output row oy and each
 *   padded input column x, the kh input pixels (oy * stride_h - pad_h + ky * dilation_h, x), k
 *   winners each, one after the other. Taps outside the input hold the zero point, whose
 *   contribution (zp + offset) * w is zero, exactly as TFLite Micro skips them. The window of an
 *   output pixel (dilation_w 1) is then one contiguous run of kw * kh * k bytes, the same for
 *   every pixel: no border case, and a kernel reading k of C channels costs about k/C of the dense
 *   one (16 bytes x 4 output channels per five loads and four VMLADAVA).
 * - Four output channels per group (the last group overlaps the previous one), requantized
 *   together (dt_nn_mve.h) and stored by one narrowing store.
 * A width dilation > 1 gathers the winners ([n][h][w][k]) and runs the dense dt_convolve_s8 on k
 * channels.
 */
#include "dt_nn.h"

/* Column buffer bytes. Kernel width 1: the windows (kh * k bytes in whole 16-byte chunks) of
 * n * h * w pixels (out_h <= h, out_w <= w) in groups of four, and one window line. Otherwise
 * n * h * (w + kw - 1) * kh * k (out_h <= h, (out_w - 1) * stride_w + kw <= w + kw - 1 for SAME
 * and VALID) plus 16 (the last window is read in whole chunks). */
static int32_t col_bytes(const dt_dims *input_dims, const dt_dims *filter_dims, int32_t count)
{
    const int32_t chunks = (filter_dims->w * filter_dims->h * count + 15) >> 4;
    if (filter_dims->w == 1) {
        return 64 * chunks * ((input_dims->n * input_dims->h * input_dims->w + 3) >> 2) +
               16 * chunks;
    }
    return input_dims->n * input_dims->h * (input_dims->w + filter_dims->w - 1) * filter_dims->h *
               count + 16;
}

/* Gathered weights: groups of four output channels, each window chunk by chunk, four rows of 16
 * bytes per chunk (zero past the window). */
static int32_t weight_bytes(const dt_dims *filter_dims, int32_t count)
{
    const int32_t chunks = (filter_dims->w * filter_dims->h * count + 15) >> 4;
    return 64 * ((filter_dims->n + 3) >> 2) * chunks;
}

int32_t dt_convolve_wta_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count)
{
    return weight_bytes(filter_dims, count) + ((col_bytes(input_dims, filter_dims, count) + 3) & ~3);
}

/* The kernel needs MVE; the buffer size above compiles anywhere (tests compare it with
 * dasnet_tiny/variant_mve.py on the host). */
#if defined(__ARM_FEATURE_MVE)
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

/* dst[0..k) = src[o8[0..k)] (byte offsets, k <= 256), 16 at a time. */
DT_INLINE void gather_k8(int8_t *dst, const int8_t *src, const uint8_t *o8, int32_t k)
{
    for (; k >= 16; k -= 16, dst += 16, o8 += 16) {
        vstrbq_s8(dst, vldrbq_gather_offset_s8(src, vldrbq_u8(o8)));
    }
    if (k > 0) {
        const mve_pred16_t p = vctp8q((uint32_t)k);
        vstrbq_p_s8(dst, vldrbq_gather_offset_z_s8(src, vldrbq_z_u8(o8, p), p), p);
    }
}

/* dst[0..k) = src[idx[0..k)] (halfword offsets), 8 at a time. */
DT_INLINE void gather_k16(int8_t *dst, const int8_t *src, const uint16_t *idx, int32_t k)
{
    int32_t i;
    for (i = 0; i < k; i += 8) {
        const mve_pred16_t p = vctp16q((uint32_t)(k - i));
        vstrbq_p_s16(dst + i, vldrbq_gather_offset_z_s16(src, vldrhq_z_u16(idx + i, p), p), p);
    }
}

DT_INLINE void gather_k(int8_t *dst, const int8_t *src, const uint8_t *o8, const uint16_t *idx,
                        int32_t k)
{
    if (o8 != NULL) {
        gather_k8(dst, src, o8, k);
    } else {
        gather_k16(dst, src, idx, k);
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

/* The pixel loop of one group of four output channels. */
typedef struct {
    const int8_t *col;  /* column buffer */
    int32_t rows;       /* n * out_h */
    int32_t out_w;
    int32_t row_bytes;  /* bytes of one column-buffer row (one output row) */
    int32_t x_step;     /* stride_w * kh * k */
    int32_t chunks;     /* 16-byte chunks of a window (the weights are zero past kw * kh * k) */
    int32_t out_c;
    int32_t out_off, lo, hi;
} col_shape;

/* The requantization of four accumulators (bias + offset term in bf): no left shift (NL 1) or
 * any shift. */
#define RQ(NL, acc)                                                                                \
    do {                                                                                           \
        if (!(NL)) {                                                                               \
            acc = vshlq_s32(acc, lsh);                                                             \
        }                                                                                          \
        acc = vqrdmulhq_s32(acc, mult);                                                            \
        acc = vrshlq_s32(vqaddq_s32(acc, vshrq_n_s32(vandq_s32(acc, rsh), 31)), rsh);              \
        acc = vminq_s32(vmaxq_s32(vaddq_n_s32(acc, out_off), lov), hiv);                           \
    } while (0)

/* Group weights: chunk j of row i at w + (4 j + i) * 16. One chunk: the four weight vectors stay
 * in registers. */
#define DEF_PX(NAME, NL, ONE)                                                                      \
    static DT_NOINLINE void NAME(const col_shape *s, const int8_t *w, int32x4_t bf,               \
                                 const dt_mve_rq *qp, int8_t *out)                                 \
    {                                                                                              \
        const int32_t x_step = s->x_step, out_c = s->out_c, out_w = s->out_w;                      \
        const int32_t out_off = s->out_off, rows = s->rows, row_bytes = s->row_bytes;              \
        const int32_t n1 = s->chunks - 1;                                                          \
        const int32x4_t mult = qp->mult, rsh = qp->rsh, lsh = qp->lsh;                             \
        const int32x4_t lov = vdupq_n_s32(s->lo), hiv = vdupq_n_s32(s->hi);                        \
        const int8_t *xr = s->col;                                                                 \
        int32_t r, ox, j;                                                                          \
        (void)lsh;                                                                                 \
        (void)n1;                                                                                  \
        for (r = rows; r > 0; r--, xr += row_bytes) {                                              \
            const int8_t *x = xr;                                                                  \
            for (ox = out_w; ox > 0; ox--, x += x_step, out += out_c) {                            \
                int32_t a0, a1, a2, a3;                                                            \
                int32x4_t acc;                                                                     \
                if (ONE) {                                                                         \
                    const int8x16_t xv = vldrbq_s8(x);                                             \
                    a0 = vmladavq_s8(xv, vldrbq_s8(w));                                            \
                    a1 = vmladavq_s8(xv, vldrbq_s8(w + 16));                                       \
                    a2 = vmladavq_s8(xv, vldrbq_s8(w + 32));                                       \
                    a3 = vmladavq_s8(xv, vldrbq_s8(w + 48));                                       \
                } else {                                                                           \
                    const int8_t *xp = x, *wp = w;                                                 \
                    int8x16_t xv = vldrbq_s8(xp);                                                  \
                    DT_OPAQUE(wp);                                                                 \
                    a0 = vmladavq_s8(xv, vldrbq_s8(wp));                                           \
                    a1 = vmladavq_s8(xv, vldrbq_s8(wp + 16));                                      \
                    a2 = vmladavq_s8(xv, vldrbq_s8(wp + 32));                                      \
                    a3 = vmladavq_s8(xv, vldrbq_s8(wp + 48));                                      \
                    for (j = n1; j > 0; j--) {                                                     \
                        xp += 16;                                                                  \
                        wp += 64;                                                                  \
                        xv = vldrbq_s8(xp);                                                        \
                        a0 = vmladavaq_s8(a0, xv, vldrbq_s8(wp));                                  \
                        a1 = vmladavaq_s8(a1, xv, vldrbq_s8(wp + 16));                             \
                        a2 = vmladavaq_s8(a2, xv, vldrbq_s8(wp + 32));                             \
                        a3 = vmladavaq_s8(a3, xv, vldrbq_s8(wp + 48));                             \
                    }                                                                              \
                }                                                                                  \
                acc = vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), bf);                                  \
                RQ(NL, acc);                                                                       \
                vstrbq_s32(out, acc);                                                              \
            }                                                                                      \
        }                                                                                          \
    }
DEF_PX(px_1_nl, 1, 1)
DEF_PX(px_1_any, 0, 1)
DEF_PX(px_n_nl, 1, 0)
DEF_PX(px_n_any, 0, 0)

/* out_c < 4: the groups' lanes past out_c are not stored (four bytes through a stack word). */
static DT_NOINLINE void px_small(const col_shape *s, const int8_t *w, int32x4_t bf,
                                 const dt_mve_rq *qp, int8_t *out, int32_t nv)
{
    const int32_t out_off = s->out_off, n1 = s->chunks - 1;
    const int32x4_t mult = qp->mult, rsh = qp->rsh, lsh = qp->lsh;
    const int32x4_t lov = vdupq_n_s32(s->lo), hiv = vdupq_n_s32(s->hi);
    const mve_pred16_t ps = vctp32q((uint32_t)nv);
    int32_t r, ox, j;
    for (r = 0; r < s->rows; r++) {
        const int8_t *x = s->col + r * s->row_bytes;
        for (ox = s->out_w; ox > 0; ox--, x += s->x_step, out += s->out_c) {
            const int8_t *xp = x, *wp = w;
            int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            int32x4_t acc;
            for (j = n1; j >= 0; j--, xp += 16, wp += 64) {
                const int8x16_t xv = vldrbq_s8(xp);
                a0 = vmladavaq_s8(a0, xv, vldrbq_s8(wp));
                a1 = vmladavaq_s8(a1, xv, vldrbq_s8(wp + 16));
                a2 = vmladavaq_s8(a2, xv, vldrbq_s8(wp + 32));
                a3 = vmladavaq_s8(a3, xv, vldrbq_s8(wp + 48));
            }
            acc = vaddq_s32(dt_mve_vec4(a0, a1, a2, a3), bf);
            RQ(0, acc);
            vstrbq_p_s32(out, acc, ps);
        }
    }
}

/* Kernel width 1: the column buffer holds the windows of four consecutive output pixels
 * interleaved chunk by chunk (pixel i of a group, chunk j at 64 j + 16 i), so four pixels of one
 * output channel go in the four lanes: per 16-byte chunk four input loads from one pointer, one
 * weight load and four VMLADAVA. The channel's multiplier, shift and bias are scalars (VQRDMULH /
 * VRSHL by a register) and the four bytes go out by one scatter store. */
typedef struct {
    const int8_t *col;
    int32_t groups;     /* whole groups of four pixels */
    int32_t rest;       /* pixels of the last, partial group (0..3) */
    int32_t chunks;
    int32_t out_c, out_off, lo, hi;
} flat_shape;

/* four dot products of the group at x with the weights w (chunks chunks) */
#define FLAT_DOT(N1)                                                                               \
    do {                                                                                           \
        if ((N1) == 0) {                                                                           \
            a0 = vmladavq_s8(vldrbq_s8(x), w0);                                                    \
            a1 = vmladavq_s8(vldrbq_s8(x + 16), w0);                                               \
            a2 = vmladavq_s8(vldrbq_s8(x + 32), w0);                                               \
            a3 = vmladavq_s8(vldrbq_s8(x + 48), w0);                                               \
            x += 64;                                                                               \
        } else {                                                                                   \
            const int8_t *wp = w;                                                                  \
            int8x16_t wv = vldrbq_s8(wp);                                                          \
            a0 = vmladavq_s8(vldrbq_s8(x), wv);                                                    \
            a1 = vmladavq_s8(vldrbq_s8(x + 16), wv);                                               \
            a2 = vmladavq_s8(vldrbq_s8(x + 32), wv);                                               \
            a3 = vmladavq_s8(vldrbq_s8(x + 48), wv);                                               \
            x += 64;                                                                               \
            for (j = (N1); j > 0; j--) {                                                           \
                wp += 16;                                                                          \
                wv = vldrbq_s8(wp);                                                                \
                a0 = vmladavaq_s8(a0, vldrbq_s8(x), wv);                                           \
                a1 = vmladavaq_s8(a1, vldrbq_s8(x + 16), wv);                                      \
                a2 = vmladavaq_s8(a2, vldrbq_s8(x + 32), wv);                                      \
                a3 = vmladavaq_s8(a3, vldrbq_s8(x + 48), wv);                                      \
                x += 64;                                                                           \
            }                                                                                      \
        }                                                                                          \
    } while (0)

/* requantization with scalar parameters: SH 0 no shift, 1 right shift, 2 left shift */
#define FLAT_RQ(SH)                                                                                \
    do {                                                                                           \
        acc = vaddq_n_s32(dt_mve_vec4(a0, a1, a2, a3), bf);                                        \
        if ((SH) == 2) {                                                                           \
            acc = vshlq_r_s32(acc, shift);                                                         \
        }                                                                                          \
        acc = vqrdmulhq_n_s32(acc, mult);                                                          \
        if ((SH) == 1) {                                                                           \
            acc = vrshlq_n_s32(vqaddq_s32(acc, vshrq_n_s32(acc, 31)), shift);                      \
        }                                                                                          \
        acc = vminq_s32(vmaxq_s32(vaddq_n_s32(acc, out_off), lov), hiv);                           \
    } while (0)

#define DEF_FLAT(NAME, N1, SH)                                                                     \
    static DT_NOINLINE void NAME(const flat_shape *s, const int8_t *w, int32_t bf, int32_t mult,  \
                                 int32_t shift, int8_t *out)                                       \
    {                                                                                              \
        const int32_t out_off = s->out_off, o4 = 4 * s->out_c;                                     \
        const int32x4_t lov = vdupq_n_s32(s->lo), hiv = vdupq_n_s32(s->hi);                        \
        const uint32x4_t oo = vmulq_n_u32(vidupq_n_u32(0, 1), (uint32_t)s->out_c);                 \
        const int8x16_t w0 = vldrbq_s8(w);                                                         \
        const int8_t *x = s->col;                                                                  \
        const int32_t n1 = s->chunks - 1;                                                          \
        int32_t g, j, a0, a1, a2, a3;                                                              \
        (void)n1;                                                                                  \
        int32x4_t acc;                                                                             \
        (void)w0;                                                                                  \
        (void)j;                                                                                   \
        for (g = s->groups; g > 0; g--, out += o4) {                                               \
            FLAT_DOT(N1);                                                                          \
            FLAT_RQ(SH);                                                                           \
            vstrbq_scatter_offset_s32(out, oo, acc);                                               \
        }                                                                                          \
        if (s->rest > 0) {                                                                         \
            FLAT_DOT(N1);                                                                          \
            FLAT_RQ(SH);                                                                           \
            vstrbq_scatter_offset_p_s32(out, oo, acc, vctp32q((uint32_t)s->rest));                 \
        }                                                                                          \
    }
DEF_FLAT(flat_1_0, 0, 0)
DEF_FLAT(flat_1_1, 0, 1)
DEF_FLAT(flat_1_2, 0, 2)
DEF_FLAT(flat_2_0, 1, 0)
DEF_FLAT(flat_2_1, 1, 1)
DEF_FLAT(flat_2_2, 1, 2)
DEF_FLAT(flat_n_0, n1, 0)
DEF_FLAT(flat_n_1, n1, 1)
DEF_FLAT(flat_n_2, n1, 2)

/* One-chunk windows with every channel shifting right: the channel loop inside (no call per
 * channel). w: [out_c][16] weights; bias + offset * the channel's weight sum as flat_1_1's bf. */
static DT_NOINLINE void flat_1_1_all(const flat_shape *s, const int8_t *wr, const int32_t *bias,
                                     int32_t off, const int32_t *multp, const int32_t *shiftp,
                                     int8_t *output)
{
    const int32_t out_off = s->out_off, o4 = 4 * s->out_c, out_c = s->out_c;
    const int32x4_t lov = vdupq_n_s32(s->lo), hiv = vdupq_n_s32(s->hi);
    const uint32x4_t oo = vmulq_n_u32(vidupq_n_u32(0, 1), (uint32_t)s->out_c);
    const int32_t groups = s->groups, rest = s->rest;
    int32_t oc, g;
    for (oc = 0; oc < out_c; oc++) {
        const int8_t *const w = wr + 16 * oc;
        const int8x16_t w0 = vldrbq_s8(w);
        const int32_t bf = (bias != NULL ? bias[oc] : 0) + off * vaddvq_s8(w0);
        const int32_t mult = multp[oc], shift = shiftp[oc];
        const int8_t *x = s->col;
        int8_t *out = output + oc;
        int32_t a0, a1, a2, a3, j;
        int32x4_t acc;
        (void)j;
        for (g = groups; g > 0; g--, out += o4) {
            FLAT_DOT(0);
            FLAT_RQ(1);
            vstrbq_scatter_offset_s32(out, oo, acc);
        }
        if (rest > 0) {
            FLAT_DOT(0);
            FLAT_RQ(1);
            vstrbq_scatter_offset_p_s32(out, oo, acc, vctp32q((uint32_t)rest));
        }
    }
}

static void flat_channel(const flat_shape *s, const int8_t *w, int32_t bf, int32_t mult,
                         int32_t shift, int8_t *out)
{
    const int sh = shift > 0 ? 2 : (shift < 0 ? 1 : 0);
    if (s->chunks == 1) {
        (sh == 0 ? flat_1_0 : sh == 1 ? flat_1_1 : flat_1_2)(s, w, bf, mult, shift, out);
    } else if (s->chunks == 2) {
        (sh == 0 ? flat_2_0 : sh == 1 ? flat_2_1 : flat_2_2)(s, w, bf, mult, shift, out);
    } else {
        (sh == 0 ? flat_n_0 : sh == 1 ? flat_n_1 : flat_n_2)(s, w, bf, mult, shift, out);
    }
}

/* Width dilation > 1: the winners gathered as [n][h][w][k] and [out_c][kh][kw][k], then the
 * dense kernel on k channels. */
static dt_status conv_dilated(int8_t *buf, const dt_conv_params *params,
                              const dt_per_channel_quant_params *quant, const dt_dims *input_dims,
                              const int8_t *input, const dt_dims *filter_dims,
                              const int8_t *filter, const int32_t *bias, const dt_dims *output_dims,
                              int8_t *output, const uint8_t *o8, const uint16_t *idx, int32_t k)
{
    const int32_t in_c = input_dims->c;
    const int32_t f_rows = filter_dims->n * filter_dims->h * filter_dims->w;
    const int32_t x_rows = input_dims->n * input_dims->h * input_dims->w;
    int8_t *const cf = buf, *const cx = buf + ((f_rows * k + 3) & ~3);
    dt_dims c_in = *input_dims, c_filter = *filter_dims;
    const dt_context none = {NULL, 0};
    int32_t r;
    for (r = 0; r < f_rows; r++) {
        gather_k(cf + r * k, filter + r * in_c, o8, idx, k);
    }
    for (r = 0; r < x_rows; r++) {
        gather_k(cx + r * k, input + r * in_c, o8, idx, k);
    }
    c_in.c = k;
    c_filter.c = k;
    return dt_convolve_s8(&none, params, quant, &c_in, cx, &c_filter, cf, bias, output_dims,
                          output);
}

dt_status dt_convolve_wta_s8(const dt_context *ctx, const dt_conv_params *params,
                             const dt_per_channel_quant_params *quant,
                             const dt_dims *input_dims, const int8_t *input,
                             const dt_dims *filter_dims, const int8_t *filter,
                             const int32_t *bias,
                             const dt_dims *output_dims, int8_t *output,
                             const dt_channel_list *winners)
{
    const int32_t in_c = input_dims->c, in_h = input_dims->h, in_w = input_dims->w;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w, out_c = output_dims->c;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, batches = input_dims->n;
    const int32_t st_h = params->stride.h, st_w = params->stride.w;
    const int32_t pad_h = params->padding.h, pad_w = params->padding.w;
    const int32_t off = params->input_offset;
    uint8_t o8[256];
    const uint8_t *o8p = NULL;
    const uint16_t *idx;
    int32_t k, ks, wn, i, j, b, oy, ky, xp, oc;
    int8_t *wc, *col;
    col_shape s;

    if (winners == NULL || ctx == NULL || ctx->buf == NULL || filter_dims->c != in_c ||
        filter_dims->n != out_c || batches != output_dims->n || !dt_channel_list_ok(winners, in_c) ||
        batches < 0 || in_h < 0 || in_w < 0 || k_h < 1 || k_w < 1 || out_h < 0 || out_w < 0 ||
        st_h < 1 || st_w < 1 || params->dilation.h < 1 || params->dilation.w < 1 || off < -127 ||
        off > 128) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    idx = winners->index;
    if (ctx->size < dt_convolve_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    if (in_c <= 256) {
        /* byte offsets of the winners, 8 at a time */
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            vstrbq_p_u16(o8 + i, vldrhq_z_u16(idx + i, p), p);
        }
        o8p = o8;
    }
    wn = (out_w - 1) * st_w + k_w; /* padded columns read */
    if (params->dilation.w != 1 || out_h > in_h || wn > in_w + k_w - 1 || k == 0 || out_c == 0 ||
        out_w == 0 || out_h == 0) {
        return conv_dilated((int8_t *)ctx->buf, params, quant, input_dims, input, filter_dims,
                            filter, bias, output_dims, output, o8p, idx, k);
    }
    ks = k_w * k_h * k;
    if (k_w == 1) {
        flat_shape f;
        const int8x16_t zpv = vdupq_n_s8((int8_t)(-off));
        const int32_t chunks = (ks + 15) >> 4;
        int8_t *const wr = (int8_t *)ctx->buf;
        int8_t *const cb = wr + weight_bytes(filter_dims, k);
        /* weights: [out_c][kh][k], zero padded to whole chunks */
        for (oc = 0; oc < out_c; oc++) {
            int8_t *const dr = wr + oc * 16 * chunks;
            if (o8p != NULL && ((k & 15) == 0 || k_h == 1)) {
                for (j = 0; j < chunks; j++) {
                    const int32_t t = (16 * j) / k;
                    vstrbq_s8(dr + 16 * j,
                              vldrbq_gather_offset_z_s8(filter + (oc * k_h + t) * in_c,
                                                        vldrbq_u8(o8 + 16 * j - t * k),
                                                        vctp8q((uint32_t)(ks - 16 * j))));
                }
            } else {
                fill_s8(dr, vdupq_n_s8(0), 16 * chunks);
                for (ky = 0; ky < k_h; ky++) {
                    gather_k(dr + ky * k, filter + (oc * k_h + ky) * in_c, o8p, idx, k);
                }
            }
        }
        /* column buffer: pixel p (of n * out_h * out_w, in order), chunk j of its window
         * [kh][k] at 64 (chunks (p / 4) + j) + 16 (p % 4) */
        {
            const int32_t px = batches * out_h * out_w;
            int32_t p = 0;
            fill_s8(cb, vdupq_n_s8(0), 64 * chunks * ((px + 3) >> 2));
            if (o8p != NULL && k <= 16 && k_h == 1) {
                const mve_pred16_t pk = vctp8q((uint32_t)k);
                const uint8x16_t ov = vldrbq_z_u8(o8, pk);
                for (b = 0; b < batches; b++) {
                    const int8_t *in_b = input + b * in_h * in_w * in_c;
                    for (oy = 0; oy < out_h; oy++) {
                        const int32_t iy = oy * st_h - pad_h;
                        for (xp = 0; xp < out_w; xp++, p++) {
                            const int32_t ix = xp * st_w - pad_w;
                            int8_t *const dp = cb + 64 * (p >> 2) + 16 * (p & 3);
                            if (ix < 0 || ix >= in_w || iy < 0 || iy >= in_h) {
                                vstrbq_p_s8(dp, zpv, pk);
                            } else {
                                vstrbq_p_s8(dp, vldrbq_gather_offset_z_s8(in_b + (iy * in_w + ix) * in_c,
                                                                          ov, pk), pk);
                            }
                        }
                    }
                }
            } else {
                /* the window in a line of the buffer's tail space first, then its chunks */
                int8_t *const line = cb + 64 * chunks * ((px + 3) >> 2);
                for (b = 0; b < batches; b++) {
                    const int8_t *in_b = input + b * in_h * in_w * in_c;
                    for (oy = 0; oy < out_h; oy++) {
                        for (xp = 0; xp < out_w; xp++, p++) {
                            const int32_t ix = xp * st_w - pad_w;
                            int8_t *const dp = cb + 64 * chunks * (p >> 2) + 16 * (p & 3);
                            for (ky = 0; ky < k_h; ky++) {
                                const int32_t iy = oy * st_h - pad_h + ky * params->dilation.h;
                                if (ix < 0 || ix >= in_w || iy < 0 || iy >= in_h) {
                                    fill_s8(line + ky * k, zpv, k);
                                } else {
                                    gather_k(line + ky * k, in_b + (iy * in_w + ix) * in_c, o8p, idx,
                                             k);
                                }
                            }
                            for (j = 0; j < chunks; j++) {
                                const mve_pred16_t pj = vctp8q((uint32_t)(ks - 16 * j));
                                vstrbq_p_s8(dp + 64 * j, vldrbq_z_s8(line + 16 * j, pj), pj);
                            }
                        }
                    }
                }
            }
            f.groups = px >> 2;
            f.rest = px & 3;
        }
        f.col = cb;
        f.chunks = chunks;
        f.out_c = out_c;
        f.out_off = params->output_offset;
        f.lo = params->activation.min;
        f.hi = params->activation.max;
        if (chunks == 1) {
            int32x4_t smax = vdupq_n_s32(INT32_MIN);
            for (oc = 0; oc + 4 <= out_c; oc += 4) {
                smax = vmaxq_s32(smax, vldrwq_s32(quant->shift + oc));
            }
            for (j = vmaxvq_s32(INT32_MIN, smax); oc < out_c; oc++) {
                j = quant->shift[oc] > j ? quant->shift[oc] : j;
            }
            if (j < 0) {
                flat_1_1_all(&f, wr, bias, off, quant->multiplier, quant->shift, output);
                return DT_OK;
            }
        }
        for (oc = 0; oc < out_c; oc++) {
            const int8_t *const dr = wr + oc * 16 * chunks;
            int32_t t = 0;
            for (j = 0; j < chunks; j++) {
                t = vaddvaq_s8(t, vldrbq_s8(dr + 16 * j));
            }
            flat_channel(&f, dr, (bias != NULL ? bias[oc] : 0) + off * t, quant->multiplier[oc],
                         quant->shift[oc], output + oc);
        }
        return DT_OK;
    }
    s.chunks = (ks + 15) >> 4;
    wc = (int8_t *)ctx->buf;
    col = wc + weight_bytes(filter_dims, k);

    /* weights: each group's rows as [kw][kh][k] (zero past the window), interleaved chunk by
     * chunk */
    for (oc = 0; oc < out_c; oc += 4) {
        const int32_t ob = out_c >= 4 && oc + 4 > out_c ? out_c - 4 : oc;
        int8_t *const wg = wc + (oc >> 2) * 64 * s.chunks;
        int32_t r, j;
        for (r = 0; r < 4; r++) {
            const int32_t c = ob + r < out_c ? ob + r : out_c - 1;
            const int8_t *const frow = filter + c * k_h * k_w * in_c;
            if (o8p != NULL && ((k & 15) == 0 || k_h * k_w == 1)) {
                /* every chunk lies in one tap: gathered straight, inactive lanes zero */
                for (j = 0; j < s.chunks; j++) {
                    const int32_t t = (16 * j) / k, jj = 16 * j - t * k;
                    const int32_t ky_t = t % k_h, kx_t = t / k_h;
                    const mve_pred16_t p = vctp8q((uint32_t)(ks - 16 * j));
                    vstrbq_s8(wg + (4 * j + r) * 16,
                              vldrbq_gather_offset_z_s8(frow + (ky_t * k_w + kx_t) * in_c,
                                                        vldrbq_u8(o8 + jj), p));
                }
            } else {
                fill_s8(col, vdupq_n_s8(0), 16 * s.chunks);
                for (xp = 0; xp < k_w; xp++) {
                    for (ky = 0; ky < k_h; ky++) {
                        gather_k(col + (xp * k_h + ky) * k, frow + (ky * k_w + xp) * in_c, o8p, idx,
                                 k);
                    }
                }
                for (j = 0; j < s.chunks; j++) {
                    vstrbq_s8(wg + (4 * j + r) * 16, vldrbq_s8(col + 16 * j));
                }
            }
        }
    }
    /* column buffer: [n][out_h][wn][kh][k]; taps outside the input hold the zero point */
    {
        const int8x16_t zpv = vdupq_n_s8((int8_t)(-off));
        const int32_t px_bytes = k_h * k, row_bytes = wn * px_bytes;
        /* output columns whose input column lies inside: xa <= xp < xb */
        const int32_t xa = pad_w < wn ? pad_w : wn;
        const int32_t xb = pad_w + in_w < wn ? pad_w + in_w : wn;
        for (b = 0; b < batches; b++) {
            const int8_t *in_b = input + b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                int8_t *const drow = col + (b * out_h + oy) * row_bytes;
                for (ky = 0; ky < k_h; ky++) {
                    const int32_t iy = oy * st_h - pad_h + ky * params->dilation.h;
                    int8_t *d = drow + ky * k;
                    if (iy < 0 || iy >= in_h) {
                        for (xp = 0; xp < wn; xp++, d += px_bytes) {
                            fill_s8(d, zpv, k);
                        }
                        continue;
                    }
                    for (xp = 0; xp < xa; xp++, d += px_bytes) {
                        fill_s8(d, zpv, k);
                    }
                    if (o8p != NULL) {
                        const int8_t *src0 = in_b + (iy * in_w + xa - pad_w) * in_c;
                        for (j = 0; j < k; j += 16) {
                            const mve_pred16_t p = vctp8q((uint32_t)(k - j));
                            const uint8x16_t ov = vldrbq_z_u8(o8 + j, p);
                            const int8_t *src = src0;
                            int8_t *dj = d + j;
                            for (xp = xb - xa; xp > 0; xp--, src += in_c, dj += px_bytes) {
                                vstrbq_p_s8(dj, vldrbq_gather_offset_z_s8(src, ov, p), p);
                            }
                        }
                        d += (xb - xa) * px_bytes;
                    } else {
                        for (xp = xa; xp < xb; xp++, d += px_bytes) {
                            gather_k16(d, in_b + (iy * in_w + xp - pad_w) * in_c, idx, k);
                        }
                    }
                    for (xp = xb; xp < wn; xp++, d += px_bytes) {
                        fill_s8(d, zpv, k);
                    }
                }
            }
        }
        /* read by the last window's last chunk (zero weights) */
        fill_s8(col + batches * out_h * row_bytes, vdupq_n_s8(0), 16);
    }

    s.col = col;
    s.rows = batches * out_h;
    s.out_w = out_w;
    s.row_bytes = wn * k_h * k;
    s.x_step = st_w * k_h * k;
    s.out_c = out_c;
    s.out_off = params->output_offset;
    s.lo = params->activation.min;
    s.hi = params->activation.max;
    for (oc = 0; oc < out_c; oc += 4) {
        const int32_t ob = out_c >= 4 && oc + 4 > out_c ? out_c - 4 : oc;
        const int32_t nv = out_c - ob < 4 ? out_c - ob : 4;
        const int8_t *const wg = wc + (oc >> 2) * 64 * s.chunks;
        const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + ob, quant->shift + ob, nv);
        int32_t sums[4], bs[4];
        int32x4_t bf;
        for (i = 0; i < 4; i++) {
            const int32_t c = ob + (i < nv ? i : nv - 1);
            int32_t t = 0;
            for (j = 0; j < s.chunks; j++) {
                t = vaddvaq_s8(t, vldrbq_s8(wg + (4 * j + i) * 16));
            }
            sums[i] = t;
            bs[i] = bias != NULL ? bias[c] : 0;
        }
        bf = vaddq_s32(dt_mve_vec4(bs[0], bs[1], bs[2], bs[3]),
                       vmulq_n_s32(dt_mve_vec4(sums[0], sums[1], sums[2], sums[3]), off));
        if (nv < 4) {
            px_small(&s, wg, bf, &q, output + ob, nv);
        } else if (s.chunks == 1) {
            if (dt_mve_rq_no_left(&q)) {
                px_1_nl(&s, wg, bf, &q, output + ob);
            } else {
                px_1_any(&s, wg, bf, &q, output + ob);
            }
        } else if (dt_mve_rq_no_left(&q)) {
            px_n_nl(&s, wg, bf, &q, output + ob);
        } else {
            px_n_any(&s, wg, bf, &q, output + ob);
        }
    }
    return DT_OK;
}

#endif /* __ARM_FEATURE_MVE */
