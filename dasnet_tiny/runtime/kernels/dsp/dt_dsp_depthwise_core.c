/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_dsp_depthwise_core.c (DSP variant helper) - the loops of the DSP DEPTHWISE_CONV_2D kernels,
 * shared by dt_depthwise_conv_s8 (dense) and dt_depthwise_conv_wta_s8 (WTA winners).
 *
 * Depth multiplier 1: blocks of four channels run over all output positions. The block's
 * weights are sign-extended once into 16-bit pairs on the stack (channels 0/2 and 1/3 of the
 * block, as SXTB16 splits a word), its requantization constants are prepared once, and every
 * tap of a position is one 4-byte input load, two SXTAB16 (input offset added in both lanes)
 * and four 16x16 MACs (SMLABB/SMLATT). Padding taps are skipped (never read).
 *
 * With a WTA channel list only the winners are computed (four at a time, their bytes gathered
 * when they are not adjacent); a loser channel's output is its requantized bias, the same at
 * every position, written without a MAC loop.
 *
 * Other depth multipliers take the plain loops. Results are bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"

/* Pixels of the extended, padded image of a block of four channels (8 bytes each, on the
 * stack) for the 3x3 path below. */
#define DT_DW_EXT_PIXELS 256

/* Where dt_dw3x3_ext_row stores and how it requantizes. */
typedef struct {
    const dt_wta_rq4 *rq; /* short requantization constants of the block (biases doubled) */
    uint32_t min4, max4;  /* activation range in every byte */
    int32_t clamp;
    int32_t out_step;     /* bytes between the outputs of consecutive positions */
    const int32_t *c;     /* the block's four output channels */
    int32_t adjacent;     /* c[0..3] are consecutive: one word store */
} dt_dw_ext_ctx;

/* n 3x3 windows (dilation.w 1) over an extended image (per pixel two words: lanes x0/x2 and
 * x1/x3 of the block's four channels, input offset added; padding pixels zero), x_adv words
 * apart, rows rs bytes apart; weights extended and doubled (we2, 2 words per tap). Per window:
 * the doubled biases, 9 x (2 LDRD, 4 MACs), the short requantization of the four outputs
 * (dt_dsp_wta.h) packed with BFI, then the clamp and one store (four when not adjacent). */
DT_DSP_ASM_FN
static void dt_dw3x3_ext_row(const uint32_t *x, int32_t x_adv, int32_t n, const uint32_t *we2,
                             int32_t rs, int8_t *out, const dt_dw_ext_ctx *k)
{
    const dt_wta_rq4 *const rq = k->rq;
    const int32_t step = k->out_step;
    const int32_t c0 = k->c[0], c1 = k->c[1], c2 = k->c[2], c3 = k->c[3];
    const int adjacent = k->adjacent, clamp = k->clamp;
    const uint32_t min4 = k->min4, max4 = k->max4;
    for (; n > 0; n--, x += x_adv, out += step) {
        const uint32_t *p = x;
        const uint32_t *w = we2;
        int32_t a0, a1, a2, a3;
        uint32_t t0, t1, w0, w1;
#define DT_DW_EXT_TAP(o)                                                                           \
    "ldrd %[t0], %[t1], [%[p], #" o "]\n\t"                                                         \
    "ldrd %[w0], %[w1], [%[w]], #8\n\t"                                                             \
    "smlabb %[a0], %[t0], %[w0], %[a0]\n\t"                                                        \
    "smlatt %[a2], %[t0], %[w0], %[a2]\n\t"                                                        \
    "smlabb %[a1], %[t1], %[w1], %[a1]\n\t"                                                        \
    "smlatt %[a3], %[t1], %[w1], %[a3]\n\t"
#define DT_DW_EXT_RQ(a, o)                                                                         \
    "ldrd %[t0], %[t1], [%[rq], #" o "]\n\t"                                                        \
    "ldr %[w0], [%[rq], #" o " + 8]\n\t"                                                            \
    "add %[t1], %[t1], %[" a "], asr #31\n\t"                                                      \
    "smmlar %[" a "], %[" a "], %[t0], %[t1]\n\t"                                                  \
    "asr %[" a "], %[" a "], %[w0]\n\t"                                                            \
    "ssat %[" a "], #8, %[" a "]\n\t"
        __asm__ volatile("ldrd %[a0], %[a1], [%[rq]]\n\t"
                         "ldrd %[a2], %[a3], [%[rq], #8]\n\t"
                         DT_DW_EXT_TAP("0") DT_DW_EXT_TAP("8") DT_DW_EXT_TAP("16")
                         "add %[p], %[p], %[rs]\n\t"
                         DT_DW_EXT_TAP("0") DT_DW_EXT_TAP("8") DT_DW_EXT_TAP("16")
                         "add %[p], %[p], %[rs]\n\t"
                         DT_DW_EXT_TAP("0") DT_DW_EXT_TAP("8") DT_DW_EXT_TAP("16")
                         DT_DW_EXT_RQ("a0", "16") DT_DW_EXT_RQ("a1", "28")
                         DT_DW_EXT_RQ("a2", "40") DT_DW_EXT_RQ("a3", "52")
                         "bfi %[a0], %[a1], #8, #8\n\t"
                         "bfi %[a0], %[a2], #16, #8\n\t"
                         "bfi %[a0], %[a3], #24, #8\n\t"
                         : [p] "+r"(p), [w] "+r"(w), [a0] "=&r"(a0), [a1] "=&r"(a1), [a2] "=&r"(a2),
                           [a3] "=&r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1), [w0] "=&r"(w0),
                           [w1] "=&r"(w1)
                         : [rs] "r"(rs), [rq] "r"(rq)
                         : "memory");
#undef DT_DW_EXT_TAP
#undef DT_DW_EXT_RQ
        {
            uint32_t v = (uint32_t)a0;
            if (clamp) {
                v = dt_wta_clamp4(v, min4, max4);
            }
            if (adjacent) {
                dt_dsp_write4(out + c0, v);
            } else {
                out[c0] = (int8_t)v;
                out[c1] = (int8_t)(v >> 8);
                out[c2] = (int8_t)(v >> 16);
                out[c3] = (int8_t)(v >> 24);
            }
        }
    }
}

/* The extended padded image of one block: hp x wp pixels, pixel (py, px) is input (py - ph,
 * px - pw) of the four channels at x (rows in_w * xc bytes apart, pixels xc apart; the four
 * bytes at x, or x[c[0..3]] when c is not NULL) extended with the input offset, or zero outside
 * the input. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns"))) /* no memset calls */
#endif
static void dt_dw_ext_image(const int8_t *x, const int32_t *c, int32_t in_h, int32_t in_w,
                            int32_t xc, int32_t hp, int32_t wp, int32_t ph, int32_t pw,
                            uint32_t off2, uint32_t *d)
{
    /* pixels [lo, hi) of a row come from the input */
    const int32_t lo = pw < 0 ? 0 : (pw < wp ? pw : wp);
    int32_t hi = in_w + pw < wp ? in_w + pw : wp;
    int32_t py;
    hi = hi > lo ? hi : lo;
    for (py = 0; py < hp; py++) {
        const int32_t iy = py - ph;
        uint32_t *const d_end = d + 2 * wp;
        if (iy >= 0 && iy < in_h) {
            const int8_t *s = x + (iy * in_w + lo - pw) * xc;
            uint32_t *const d_lo = d + 2 * lo, *const d_hi = d + 2 * hi;
            while (d < d_lo) {
                *d++ = 0;
            }
            if (c == NULL) {
                while (d < d_hi) {
                    const uint32_t v = dt_dsp_read4(s);
                    d[0] = __sxtab16(off2, v);
                    d[1] = dt_dsp_sxtab16_ror8(off2, v);
                    d += 2;
                    s += xc;
                }
            } else {
                const int32_t c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
                while (d < d_hi) {
                    const uint32_t v = (uint32_t)(uint8_t)s[c0] | ((uint32_t)(uint8_t)s[c1] << 8) |
                                       ((uint32_t)(uint8_t)s[c2] << 16) |
                                       ((uint32_t)(uint8_t)s[c3] << 24);
                    d[0] = __sxtab16(off2, v);
                    d[1] = dt_dsp_sxtab16_ror8(off2, v);
                    d += 2;
                    s += xc;
                }
            }
        }
        while (d < d_end) {
            *d++ = 0;
        }
    }
}

/* Four input bytes of channels c[0..3] (adjacent or not) at x. */
DT_INLINE uint32_t dt_dw_gather4(const int8_t *x, const int32_t *c, int adjacent)
{
    if (adjacent) {
        return dt_dsp_read4(x + c[0]);
    }
    return ((uint32_t)(uint8_t)x[c[0]]) | ((uint32_t)(uint8_t)x[c[1]] << 8) |
           ((uint32_t)(uint8_t)x[c[2]] << 16) | ((uint32_t)(uint8_t)x[c[3]] << 24);
}

/* One tap of four adjacent channels: input bytes at p, extended weights wext[i], wext[i + 1]. */
#define DT_DW_TAP(p, i)                                                                            \
    do {                                                                                           \
        const uint32_t xv_ = dt_dsp_read4(p);                                                      \
        const uint32_t x02_ = __sxtab16(off2, xv_);                                                \
        const uint32_t x13_ = dt_dsp_sxtab16_ror8(off2, xv_);                                      \
        a0 = __smlabb(x02_, wext[(i)], a0);                                                        \
        a2 = __smlatt(x02_, wext[(i)], a2);                                                        \
        a1 = __smlabb(x13_, wext[(i) + 1], a1);                                                    \
        a3 = __smlatt(x13_, wext[(i) + 1], a3);                                                    \
    } while (0)

/* One 3x3 window of four adjacent channels (first tap at p, taps xs bytes apart, rows rs bytes
 * apart): a[k] += the nine products. Taps: LDR (register offset), 2 SXTAB16, 2 LDR of the
 * extended weights, 4 MACs. Not inlined: it needs 12 registers besides a. */
DT_DSP_ASM_FN
static void dt_dw3x3_one(const int8_t *p, const uint32_t *w, int32_t xs, int32_t rs, uint32_t off2,
                         int32_t *a)
{
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t t0, t1, t2;
#define DT_DW_ASM_TAP(addr)                                                                        \
    "ldr %[t0], " addr "\n\t"                                                                      \
    "ldr %[t2], [%[w]], #4\n\t"                                                                    \
    "sxtab16 %[t1], %[off], %[t0], ror #8\n\t"                                                     \
    "sxtab16 %[t0], %[off], %[t0]\n\t"                                                             \
    "smlabb %[a0], %[t0], %[t2], %[a0]\n\t"                                                        \
    "smlatt %[a2], %[t0], %[t2], %[a2]\n\t"                                                        \
    "ldr %[t2], [%[w]], #4\n\t"                                                                    \
    "smlabb %[a1], %[t1], %[t2], %[a1]\n\t"                                                        \
    "smlatt %[a3], %[t1], %[t2], %[a3]\n\t"
    __asm__ volatile(DT_DW_ASM_TAP("[%[p]]") DT_DW_ASM_TAP("[%[p], %[xs]]")
                     DT_DW_ASM_TAP("[%[p], %[xs], lsl #1]") "add %[p], %[p], %[rs]\n\t"
                     DT_DW_ASM_TAP("[%[p]]") DT_DW_ASM_TAP("[%[p], %[xs]]")
                     DT_DW_ASM_TAP("[%[p], %[xs], lsl #1]") "add %[p], %[p], %[rs]\n\t"
                     DT_DW_ASM_TAP("[%[p]]") DT_DW_ASM_TAP("[%[p], %[xs]]")
                     DT_DW_ASM_TAP("[%[p], %[xs], lsl #1]")
                     : [p] "+r"(p), [w] "+r"(w), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2),
                       [a3] "+r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2)
                     : [xs] "r"(xs), [rs] "r"(rs), [off] "r"(off2)
                     : "memory");
#undef DT_DW_ASM_TAP
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}

/* n 3x3 windows inside the input, x_adv bytes apart (first tap of each at x), four adjacent
 * channels; outputs out_step bytes apart. */
static void dt_dw3x3_row(const int8_t *x, int32_t x_adv, int32_t n, int8_t *out, int32_t out_step,
                         const uint32_t *wext, int32_t xs, int32_t rs, uint32_t off2,
                         const int32_t *b4, const dt_dsp_rq4 *q, int32_t act_min, int32_t act_max)
{
    for (; n > 0; n--, x += x_adv, out += out_step) {
        int32_t a[4];
        a[0] = b4[0];
        a[1] = b4[1];
        a[2] = b4[2];
        a[3] = b4[3];
        dt_dw3x3_one(x, wext, xs, rs, off2, a);
        dt_dsp_rq4_put(out, a[0], a[1], a[2], a[3], q, act_min, act_max);
    }
}

int dt_dsp_dw_ext_ok(const dt_dw_conv_params *params, const dt_dims *filter_dims,
                     const dt_dims *output_dims)
{
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    return filter_dims->h == 3 && filter_dims->w == 3 && params->dilation.w == 1 && out_h > 0 &&
           out_w > 0 &&
           ((out_h - 1) * params->stride.h + 2 * params->dilation.h + 1) *
                   ((out_w - 1) * params->stride.w + 3) <=
               DT_DW_EXT_PIXELS;
}

/* Depth multiplier 1, channels ch[0..n) (all channels or the winners). */
void dt_dsp_dw_blocks(const dt_dw_conv_params *params, const dt_per_channel_quant_params *quant,
                      const dt_dims *input_dims, const int8_t *input,
                      const dt_dims *filter_dims, const int8_t *filter, const int32_t *bias,
                      const dt_dims *output_dims, int8_t *output, const uint16_t *idx,
                      int32_t n, const int8_t *compact)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    /* Input: the tensor (channel stride in_c), or the winners compacted (stride n). */
    const int32_t xc = compact != NULL ? n : in_c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
    const int32_t sh = params->stride.h, sw = params->stride.w;
    const int32_t ph = params->padding.h, pw = params->padding.w;
    const uint32_t off2 = dt_dsp_pair(input_offset);
    const int32_t x_step = dil_w * xc;
    const int32_t row_step = dil_h * in_w * xc;
    uint32_t wext[2 * DT_DSP_DW_TAPS_MAX];
    int32_t j, b, oy, ox, k;

    /* Output columns whose window lies inside the input horizontally. */
    int32_t ox_a = (pw + sw - 1) / sw;
    int32_t ox_b = in_w - (k_w - 1) * dil_w - 1 + pw >= 0 ? (in_w - (k_w - 1) * dil_w - 1 + pw) / sw + 1 : 0;
    ox_b = ox_b < out_w ? ox_b : out_w;
    ox_a = ox_a < ox_b ? ox_a : ox_b;

    /* The extended padded image of one block (3x3, dilation.w 1): rows and columns read by
     * the windows, padding pixels zero (their taps contribute (zero point + offset) * w = 0). */
    const int32_t img_h = (out_h - 1) * sh + 2 * dil_h + 1, img_w = (out_w - 1) * sw + 3;
    const int ext_ok = dt_dsp_dw_ext_ok(params, filter_dims, output_dims);

    for (j = 0; j + 4 <= n; j += 4) {
        int32_t c[4];
        int32_t m4[4], s4[4], b4[4];
        dt_dsp_rq4 q;
        int adjacent, in_adj;
        int32_t t, ci0;
        for (k = 0; k < 4; k++) {
            c[k] = idx != NULL ? (int32_t)idx[j + k] : j + k;
            m4[k] = quant->multiplier[c[k]];
            s4[k] = quant->shift[c[k]];
            b4[k] = bias != NULL ? bias[c[k]] : 0;
        }
        adjacent = c[3] - c[0] == 3;
        in_adj = compact != NULL || adjacent;
        ci0 = compact != NULL ? j : c[0];
        for (t = 0; t < k_h * k_w; t++) {
            const uint32_t w = dt_dw_gather4(filter + t * in_c, c, adjacent);
            wext[2 * t] = __sxtb16(w);
            wext[2 * t + 1] = dt_dsp_sxtb16_ror8(w);
        }
        dt_dsp_rq4_prep(&q, m4, s4, output_offset, act_min, act_max);
        if (ext_ok) {
            dt_wta_rq4 r4;
            int fast = 1;
            for (k = 0; k < 4; k++) {
                fast &= dt_wta_rq4_prep(&r4, k, b4[k], m4[k], s4[k], output_offset, 9 * 255 * 128);
            }
            if (fast) {
                uint32_t img[2 * DT_DW_EXT_PIXELS];
                uint32_t we2[18];
                dt_dw_ext_ctx kc;
                for (t = 0; t < 18; t++) {
                    we2[t] = (uint32_t)__sadd16(wext[t], wext[t]);
                }
                kc.rq = &r4;
                kc.min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
                kc.max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
                kc.clamp = act_min > -128 || act_max < 127;
                kc.out_step = in_c;
                kc.c = c;
                kc.adjacent = adjacent;
                for (b = 0; b < input_dims->n; b++) {
                    const int8_t *in_batch = (compact != NULL ? compact : input) +
                                             b * in_h * in_w * xc + (in_adj ? ci0 : 0);
                    int8_t *out = output + b * out_h * out_w * in_c;
                    dt_dw_ext_image(in_batch, in_adj ? NULL : c, in_h, in_w, xc, img_h, img_w, ph, pw, off2,
                                    img);
                    for (oy = 0; oy < out_h; oy++, out += out_w * in_c) {
                        dt_dw3x3_ext_row(img + 2 * oy * sh * img_w, 2 * sw, out_w, we2,
                                         8 * dil_h * img_w, out, &kc);
                    }
                }
                continue;
            }
        }
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = (compact != NULL ? compact : input) + b * in_h * in_w * xc;
            int8_t *out = output + b * out_h * out_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * sh - ph;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                if (in_adj && k_h == 3 && k_w == 3 && ky_hi - ky_lo == 3 && ox_b > ox_a) {
                    /* Left border, then the columns whose 3x3 window lies inside the input
                     * in one tight loop, then the right border (below). */
                    int8_t *o_in = out + ox_a * in_c;
                    const int8_t *xp = in_batch + (iy0 * in_w + ox_a * sw - pw) * xc + ci0;
                    const int32_t x_adv = sw * xc;
                    int32_t n_in = ox_b - ox_a;
                    if (adjacent) {
                        dt_dw3x3_row(xp, x_adv, n_in, o_in + c[0], in_c, wext, x_step, row_step,
                                     off2, b4, &q, act_min, act_max);
                        n_in = 0;
                    }
                    for (; n_in > 0; n_in--, o_in += in_c, xp += x_adv) {
                        /* winners (compacted input): output channels not adjacent */
                        int32_t a[4];
                        int8_t o[4];
                        a[0] = b4[0];
                        a[1] = b4[1];
                        a[2] = b4[2];
                        a[3] = b4[3];
                        dt_dw3x3_one(xp, wext, x_step, row_step, off2, a);
                        dt_dsp_rq4_put(o, a[0], a[1], a[2], a[3], &q, act_min, act_max);
                        o_in[c[0]] = o[0];
                        o_in[c[1]] = o[1];
                        o_in[c[2]] = o[2];
                        o_in[c[3]] = o[3];
                    }
                }
                for (ox = 0; ox < out_w; ox++, out += in_c) {
                    const int32_t ix0 = ox * sw - pw;
                    int32_t kx_lo, kx_hi, ky, kx;
                    int32_t a[4];
                    if (in_adj && k_h == 3 && k_w == 3 && ky_hi - ky_lo == 3 && ox == ox_a &&
                        ox_b > ox_a) {
                        ox = ox_b - 1; /* done above */
                        out += (ox_b - 1 - ox_a) * in_c;
                        continue;
                    }
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    a[0] = b4[0];
                    a[1] = b4[1];
                    a[2] = b4[2];
                    a[3] = b4[3];
                    if (kx_hi > kx_lo) {
                        int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
                        const int8_t *x_row =
                            in_batch + ((iy0 + ky_lo * dil_h) * in_w + ix0 + kx_lo * dil_w) * xc;
                        const uint32_t *w_row = wext + 2 * (ky_lo * k_w + kx_lo);
                        const int32_t n_kx = kx_hi - kx_lo;
                        if (in_adj) {
                            x_row += ci0;
                            for (ky = ky_lo; ky < ky_hi; ky++) {
                                const int8_t *xp = x_row;
                                const uint32_t *wp = w_row;
                                for (kx = n_kx; kx > 0; kx--) {
                                    const uint32_t xv = dt_dsp_read4(xp);
                                    const uint32_t x02 = __sxtab16(off2, xv);
                                    const uint32_t x13 = dt_dsp_sxtab16_ror8(off2, xv);
                                    a0 = __smlabb(x02, wp[0], a0);
                                    a2 = __smlatt(x02, wp[0], a2);
                                    a1 = __smlabb(x13, wp[1], a1);
                                    a3 = __smlatt(x13, wp[1], a3);
                                    xp += x_step;
                                    wp += 2;
                                }
                                x_row += row_step;
                                w_row += 2 * k_w;
                            }
                        } else {
                            for (ky = ky_lo; ky < ky_hi; ky++) {
                                const int8_t *xp = x_row;
                                const uint32_t *wp = w_row;
                                for (kx = n_kx; kx > 0; kx--) {
                                    const uint32_t xv = dt_dw_gather4(xp, c, 0);
                                    const uint32_t x02 = __sxtab16(off2, xv);
                                    const uint32_t x13 = dt_dsp_sxtab16_ror8(off2, xv);
                                    a0 = __smlabb(x02, wp[0], a0);
                                    a2 = __smlatt(x02, wp[0], a2);
                                    a1 = __smlabb(x13, wp[1], a1);
                                    a3 = __smlatt(x13, wp[1], a3);
                                    xp += x_step;
                                    wp += 2;
                                }
                                x_row += row_step;
                                w_row += 2 * k_w;
                            }
                        }
                        a[0] = a0;
                        a[1] = a1;
                        a[2] = a2;
                        a[3] = a3;
                    }
                    if (adjacent) {
                        dt_dsp_rq4_put(out + c[0], a[0], a[1], a[2], a[3], &q, act_min, act_max);
                    } else {
                        int8_t o[4];
                        dt_dsp_rq4_put(o, a[0], a[1], a[2], a[3], &q, act_min, act_max);
                        out[c[0]] = o[0];
                        out[c[1]] = o[1];
                        out[c[2]] = o[2];
                        out[c[3]] = o[3];
                    }
                }
            }
        }
    }
    /* The last n % 4 channels, one at a time. */
    for (; j < n; j++) {
        const int32_t ch = idx != NULL ? (int32_t)idx[j] : j;
        const int32_t m = quant->multiplier[ch], s = quant->shift[ch];
        const int32_t b0 = bias != NULL ? bias[ch] : 0;
        const int32_t xch = compact != NULL ? j : ch;
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = (compact != NULL ? compact : input) + b * in_h * in_w * xc;
            int8_t *out = output + b * out_h * out_w * in_c + ch;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * sh - ph;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++, out += in_c) {
                    const int32_t ix0 = ox * sw - pw;
                    int32_t kx_lo, kx_hi, ky, kx, acc = b0;
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    for (ky = ky_lo; ky < ky_hi; ky++) {
                        for (kx = kx_lo; kx < kx_hi; kx++) {
                            const int32_t iy = iy0 + ky * dil_h, ix = ix0 + kx * dil_w;
                            acc += ((int32_t)in_batch[(iy * in_w + ix) * xc + xch] + input_offset) *
                                   (int32_t)filter[(ky * k_w + kx) * in_c + ch];
                        }
                    }
                    *out = dt_dsp_requantize(acc, m, s, output_offset, act_min, act_max);
                }
            }
        }
    }
}

/* Any depth multiplier (the portable loops); winners, if any, indexed in place. */
void dt_dsp_dw_plain(const dt_dw_conv_params *params, const dt_per_channel_quant_params *quant,
                     const dt_dims *input_dims, const int8_t *input,
                     const dt_dims *filter_dims, const int8_t *filter, const int32_t *bias,
                     const dt_dims *output_dims, int8_t *output, const uint16_t *idx,
                     int32_t n_idx)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
    int32_t b, oy, ox, ic, m, ky, kx;

    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * in_h * in_w * in_c;
        for (oy = 0; oy < out_h; oy++) {
            const int32_t iy0 = oy * params->stride.h - params->padding.h;
            int32_t ky_lo, ky_hi;
            dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
            for (ox = 0; ox < out_w; ox++) {
                const int32_t ix0 = ox * params->stride.w - params->padding.w;
                int32_t kx_lo, kx_hi;
                int32_t next = 0;
                dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                for (ic = 0; ic < in_c; ic++) {
                    int32_t winner = 1;
                    if (idx != NULL) {
                        winner = next < n_idx && (int32_t)idx[next] == ic;
                        next += winner;
                    }
                    for (m = 0; m < mult; m++) {
                        const int32_t oc = ic * mult + m;
                        int32_t acc = bias != NULL ? bias[oc] : 0;
                        if (winner) {
                            for (ky = ky_lo; ky < ky_hi; ky++) {
                                for (kx = kx_lo; kx < kx_hi; kx++) {
                                    const int32_t iy = iy0 + ky * dil_h, ix = ix0 + kx * dil_w;
                                    acc += ((int32_t)in_batch[(iy * in_w + ix) * in_c + ic] +
                                            input_offset) *
                                           (int32_t)filter[(ky * k_w + kx) * out_c + oc];
                                }
                            }
                        }
                        output[oc] = dt_dsp_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                                       output_offset, act_min, act_max);
                    }
                }
                output += out_c;
            }
        }
    }
}

