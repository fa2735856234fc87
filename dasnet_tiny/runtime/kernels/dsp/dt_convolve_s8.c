/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_s8.c (DSP variant) - int8 CONV_2D with the Arm DSP extension: the valid taps of a
 * kernel row are one contiguous run of input bytes (NHWC, dilation.w 1), read four bytes at a
 * time, sign-extended in pairs with the input offset added (SXTAB16) and multiplied with the
 * weights of four output channels with dual 16-bit MACs (SMLAD). Padding taps are skipped, never
 * read, so the input offset is exact. Same prototype and results as the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"

int32_t dt_convolve_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims)
{
    (void)input_dims;
    (void)filter_dims;
    return 0;
}

/* a += sum_{i<n} (x[i] + off) * f[i]. */
DT_INLINE int32_t dt_dot1(const int8_t *x, const int8_t *f, int32_t n, uint32_t off2,
                          int32_t input_offset, int32_t a)
{
    int32_t n4 = n >> 2;
    int32_t r = n & 3;
    while (n4-- > 0) {
        const uint32_t xv = dt_dsp_read4(x);
        const uint32_t w = dt_dsp_read4(f);
        a = __smlad(__sxtab16(off2, xv), __sxtb16(w), a);
        a = __smlad(dt_dsp_sxtab16_ror8(off2, xv), dt_dsp_sxtb16_ror8(w), a);
        x += 4;
        f += 4;
    }
    while (r-- > 0) {
        a += ((int32_t)*x++ + input_offset) * (int32_t)*f++;
    }
    return a;
}

/* ---- weights pre-extended on the stack --------------------------------------------------------
 * A block of B output channels (4, or 2 for larger kernels) has its weights sign-extended once
 * into 16-bit pairs in a stack buffer, ordered [4-byte group][channel][lanes 0/2, 1/3], so each
 * group of four input bytes costs one load, two SXTAB16 (input offset added: exact for any
 * window, padding taps are skipped) and, per channel, one LDRD and two SMLAD. */
#define DT_CONV_WEXT_WORDS 576

/* Row loop of dt_dsp_wext4_rows: bytes of one row's groups, the input and weight advances to
 * the next row, and the rows left (counted down in place). */
typedef struct {
    int32_t row_bytes; /* 4 * n4 */
    int32_t x_adv;     /* input row step - row_bytes */
    int32_t w_adv;     /* bytes of extended weights between the rows' first groups - 8 * row_bytes */
    int32_t rows;      /* >= 1 */
} dt_wext_rows;

/* dt_dsp_wext4 over r->rows kernel rows (n4 >= 1 groups each) in one call. */
DT_DSP_ASM_FN
static void dt_dsp_wext4_rows(const int8_t *x, const uint32_t *we, dt_wext_rows *r, uint32_t off2,
                              int32_t *a)
{
    const int8_t *xe;
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t t0, t1, t2, t3;
    __asm__ volatile("2:\n\t"
                     "ldr %[t0], [%[r]]\n\t"
                     "add %[xe], %[x], %[t0]\n\t"
                     "1:\n\t"
                     "ldr %[t0], [%[x]], #4\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "sxtab16 %[t1], %[off], %[t0], ror #8\n\t"
                     "sxtab16 %[t0], %[off], %[t0]\n\t"
                     "smlad %[a0], %[t0], %[t2], %[a0]\n\t"
                     "smlad %[a0], %[t1], %[t3], %[a0]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "smlad %[a1], %[t0], %[t2], %[a1]\n\t"
                     "smlad %[a1], %[t1], %[t3], %[a1]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "smlad %[a2], %[t0], %[t2], %[a2]\n\t"
                     "smlad %[a2], %[t1], %[t3], %[a2]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "cmp %[x], %[xe]\n\t"
                     "smlad %[a3], %[t0], %[t2], %[a3]\n\t"
                     "smlad %[a3], %[t1], %[t3], %[a3]\n\t"
                     "bcc 1b\n\t"
                     "ldrd %[t0], %[t1], [%[r], #4]\n\t"
                     "add %[x], %[x], %[t0]\n\t"
                     "add %[w], %[w], %[t1]\n\t"
                     "ldr %[t0], [%[r], #12]\n\t"
                     "subs %[t0], %[t0], #1\n\t"
                     "str %[t0], [%[r], #12]\n\t"
                     "bne 2b\n\t"
                     : [x] "+r"(x), [w] "+r"(we), [xe] "=&r"(xe), [a0] "+r"(a0), [a1] "+r"(a1),
                       [a2] "+r"(a2), [a3] "+r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1),
                       [t2] "=&r"(t2), [t3] "=&r"(t3)
                     : [r] "r"(r), [off] "r"(off2)
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}

/* a[0..1] += the n4 >= 1 groups of four input bytes at x (offset added in the lanes) times the
 * pre-extended weights of two channels (4 words per group). Per 8 MACs: LDR, 2 LDRD,
 * 2 SXTAB16, 4 SMLAD, CMP, branch. */
DT_DSP_ASM_FN
static void dt_dsp_wext2(const int8_t *x, const uint32_t *we, int32_t n4, uint32_t off2,
                         int32_t *a)
{
    const int8_t *const x_end = x + 4 * n4;
    int32_t a0 = a[0], a1 = a[1];
    uint32_t t0, t1, t2, t3;
    __asm__ volatile("1:\n\t"
                     "ldr %[t0], [%[x]], #4\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "sxtab16 %[t1], %[off], %[t0], ror #8\n\t"
                     "sxtab16 %[t0], %[off], %[t0]\n\t"
                     "smlad %[a0], %[t0], %[t2], %[a0]\n\t"
                     "smlad %[a0], %[t1], %[t3], %[a0]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "cmp %[x], %[xe]\n\t"
                     "smlad %[a1], %[t0], %[t2], %[a1]\n\t"
                     "smlad %[a1], %[t1], %[t3], %[a1]\n\t"
                     "bcc 1b\n\t"
                     : [x] "+r"(x), [w] "+r"(we), [a0] "+r"(a0), [a1] "+r"(a1), [t0] "=&r"(t0),
                       [t1] "=&r"(t1), [t2] "=&r"(t2), [t3] "=&r"(t3)
                     : [xe] "r"(x_end), [off] "r"(off2)
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
}

/* 1x1 convolution without padding: n_pos positions of one output row (input x, x_step bytes
 * apart; output out, out_step bytes apart) for the 4 channels of `we` (dt_dsp_wext4 layout):
 * the MAC loop, the requantization and the store in one function, accumulators in registers. */
DT_DSP_ASM_FN
static void dt_conv_pw_row(const int8_t *x, int32_t x_step, int32_t n_pos, int8_t *out,
                           int32_t out_step, const uint32_t *we, int32_t n4, uint32_t off2,
                           const int32_t *b4, const dt_dsp_rq4 *q, int32_t act_min,
                           int32_t act_max)
{
    const int fast = !q->slow && !q->any_e0;
    const int clamp = q->clamp;
    const uint32_t min4 = q->min4, max4 = q->max4;
    for (; n_pos > 0; n_pos--, x += x_step, out += out_step) {
        const int8_t *xp = x;
        const int8_t *const x_end = x + 4 * n4;
        const uint32_t *wp = we;
        int32_t a[4];
        int32_t a0 = b4[0], a1 = b4[1], a2 = b4[2], a3 = b4[3];
        uint32_t t0, t1, t2, t3;
        __asm__ volatile("1:\n\t"
                         "ldr %[t0], [%[x]], #4\n\t"
                         "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                         "sxtab16 %[t1], %[off], %[t0], ror #8\n\t"
                         "sxtab16 %[t0], %[off], %[t0]\n\t"
                         "smlad %[a0], %[t0], %[t2], %[a0]\n\t"
                         "smlad %[a0], %[t1], %[t3], %[a0]\n\t"
                         "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                         "smlad %[a1], %[t0], %[t2], %[a1]\n\t"
                         "smlad %[a1], %[t1], %[t3], %[a1]\n\t"
                         "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                         "smlad %[a2], %[t0], %[t2], %[a2]\n\t"
                         "smlad %[a2], %[t1], %[t3], %[a2]\n\t"
                         "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                         "cmp %[x], %[xe]\n\t"
                         "smlad %[a3], %[t0], %[t2], %[a3]\n\t"
                         "smlad %[a3], %[t1], %[t3], %[a3]\n\t"
                         "bcc 1b\n\t"
                         : [x] "+r"(xp), [w] "+r"(wp), [a0] "+r"(a0), [a1] "+r"(a1),
                           [a2] "+r"(a2), [a3] "+r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1),
                           [t2] "=&r"(t2), [t3] "=&r"(t3)
                         : [xe] "r"(x_end), [off] "r"(off2)
                         : "cc", "memory");
        if (fast) {
            uint32_t v = dt_dsp_rq4_asm(a0, a1, a2, a3, q);
            if (clamp) {
                (void)__ssub8(v, min4);
                v = __sel(v, min4);
                (void)__ssub8(max4, v);
                v = __sel(v, max4);
            }
            dt_dsp_write4(out, v);
        } else {
            a[0] = a0;
            a[1] = a1;
            a[2] = a2;
            a[3] = a3;
            dt_dsp_rq4_store(out, a, q, act_min, act_max);
        }
    }
}

/* Dense convolution, dilation.w 1, input channels a multiple of 4, B * ks / 2 <= the buffer. */
static void dt_convolve_s8_wext(const dt_conv_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias, const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const int32_t ks = k_h * k_w * in_c;
    const int32_t g_c = in_c >> 2;          /* 4-byte groups per tap */
    const int32_t dil_h = params->dilation.h;
    const int32_t sh = params->stride.h, sw = params->stride.w;
    const int32_t ph = params->padding.h, pw = params->padding.w;
    const int32_t x_row_step = dil_h * in_w * in_c;
    const uint32_t off2 = dt_dsp_pair(input_offset);
    const int32_t blk = 4 * ks <= 2 * DT_CONV_WEXT_WORDS ? 4 : 2;
    uint32_t wext[DT_CONV_WEXT_WORDS];
    int32_t oc, b, oy, ox, k;

    for (oc = 0; oc + blk <= out_c; oc += blk) {
        dt_dsp_rq4 q;
        int32_t bias4[4] = {0, 0, 0, 0};
        int32_t m4[4], s4[4];
        int8_t *out = output + oc;
        /* Extend the block's weights: group g, channel k -> wext[(g * blk + k) * 2 + 0/1]. */
        for (k = 0; k < blk; k++) {
            const int8_t *fk = filter + (oc + k) * ks;
            uint32_t *d = wext + 2 * k;
            int32_t g;
            for (g = 0; g < ks >> 2; g++, d += 2 * blk) {
                const uint32_t w = dt_dsp_read4(fk + 4 * g);
                d[0] = __sxtb16(w);
                d[1] = dt_dsp_sxtb16_ror8(w);
            }
            bias4[k] = bias != NULL ? bias[oc + k] : 0;
            m4[k] = quant->multiplier[oc + k];
            s4[k] = quant->shift[oc + k];
        }
        for (; k < 4; k++) {
            m4[k] = m4[0];
            s4[k] = s4[0];
        }
        dt_dsp_rq4_prep(&q, m4, s4, output_offset, act_min, act_max);
        if (blk == 4 && k_h == 1 && k_w == 1 && ph == 0 && pw == 0 && g_c > 0) {
            /* Pointwise: every window is one run of in_c bytes. */
            for (b = 0; b < input_dims->n; b++) {
                const int8_t *in_batch = input + b * in_h * in_w * in_c;
                for (oy = 0; oy < out_h; oy++, out += out_w * out_c) {
                    dt_conv_pw_row(in_batch + oy * sh * in_w * in_c, sw * in_c, out_w, out, out_c,
                                   wext, g_c, off2, bias4, &q, act_min, act_max);
                }
            }
            continue;
        }
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * sh - ph;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++, out += out_c) {
                    const int32_t ix0 = ox * sw - pw;
                    int32_t kx_lo, kx_hi, ky;
                    int32_t a0 = bias4[0], a1 = bias4[1], a2 = bias4[2], a3 = bias4[3];
                    int32_t a[4];
                    dt_tap_range(ix0, 1, k_w, in_w, &kx_lo, &kx_hi);
                    if (kx_hi > kx_lo) {
                        const int32_t n4 = (kx_hi - kx_lo) * g_c;
                        const int8_t *xp =
                            in_batch + ((iy0 + ky_lo * dil_h) * in_w + ix0 + kx_lo) * in_c;
                        const uint32_t *wp = wext + 2 * blk * ((ky_lo * k_w + kx_lo) * g_c);
                        ky = ky_lo;
                        if (blk == 4 && ky_hi > ky_lo) {
                            /* all the window's rows in one call */
                            dt_wext_rows rr;
                            rr.row_bytes = 4 * n4;
                            rr.x_adv = x_row_step - 4 * n4;
                            rr.w_adv = 4 * (2 * blk * k_w * g_c - 8 * n4);
                            rr.rows = ky_hi - ky_lo;
                            a[0] = a0;
                            a[1] = a1;
                            a[2] = a2;
                            a[3] = a3;
                            dt_dsp_wext4_rows(xp, wp, &rr, off2, a);
                            a0 = a[0];
                            a1 = a[1];
                            a2 = a[2];
                            a3 = a[3];
                            ky = ky_hi;
                        }
                        for (; ky < ky_hi; ky++) {
                            if (blk == 4) {
                                a[0] = a0;
                                a[1] = a1;
                                a[2] = a2;
                                a[3] = a3;
                                dt_dsp_wext4(xp, wp, n4, off2, a);
                                a0 = a[0];
                                a1 = a[1];
                                a2 = a[2];
                                a3 = a[3];
                            } else {
                                a[0] = a0;
                                a[1] = a1;
                                dt_dsp_wext2(xp, wp, n4, off2, a);
                                a0 = a[0];
                                a1 = a[1];
                            }
                            xp += x_row_step;
                            wp += 2 * blk * k_w * g_c;
                        }
                    }
                    a[0] = a0;
                    a[1] = a1;
                    a[2] = a2;
                    a[3] = a3;
                    if (blk == 4) {
                        dt_dsp_rq4_put(out, a[0], a[1], a[2], a[3], &q, act_min, act_max);
                    } else {
                        out[0] = dt_dsp_clamp8(__qadd(dt_dsp_rq_any(a0, &q.q[0]), output_offset), act_min,
                                               act_max);
                        out[1] = dt_dsp_clamp8(__qadd(dt_dsp_rq_any(a1, &q.q[1]), output_offset), act_min,
                                               act_max);
                    }
                }
            }
        }
    }
    /* Remaining channels one at a time. */
    for (; oc < out_c; oc++) {
        const int8_t *const f_o = filter + oc * ks;
        const int32_t b0 = bias != NULL ? bias[oc] : 0;
        int8_t *out = output + oc;
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * sh - ph;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++, out += out_c) {
                    const int32_t ix0 = ox * sw - pw;
                    int32_t kx_lo, kx_hi, ky, acc = b0;
                    dt_tap_range(ix0, 1, k_w, in_w, &kx_lo, &kx_hi);
                    if (kx_hi > kx_lo) {
                        const int8_t *xp =
                            in_batch + ((iy0 + ky_lo * dil_h) * in_w + ix0 + kx_lo) * in_c;
                        const int8_t *fp = f_o + (ky_lo * k_w + kx_lo) * in_c;
                        for (ky = ky_lo; ky < ky_hi; ky++) {
                            acc = dt_dot1(xp, fp, (kx_hi - kx_lo) * in_c, off2, input_offset, acc);
                            xp += x_row_step;
                            fp += k_w * in_c;
                        }
                    }
                    *out = dt_dsp_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                             output_offset, act_min, act_max);
                }
            }
        }
    }
}

/* ---- first layers: windows gathered, inputs and weights both pre-extended ------------------
 * For up to DT_COL_K (padded to a multiple of 4) window bytes: the weights of as many output
 * channels as DT_COL_WE_WORDS holds are sign-extended once on the stack; per position the
 * window is gathered (padding taps = the input zero point, whose x + offset is 0; the tail up to
 * a multiple of 4 as well, against zero weights) and extended with the offset, then each block
 * of 4 channels costs one LDRD of inputs and four LDRD of weights per 16 MACs. */
#define DT_COL_K 256
#define DT_COL_WE_WORDS 640 /* e.g. 32 channels x 40 window bytes (KWS DS-CNN's first layer) */
#define DT_COL_OC_MAX 64

DT_DSP_ASM_FN
static void dt_col_block(const uint32_t *xe, const uint32_t *we, int32_t n4, int32_t *a)
{
    const uint32_t *const xe_end = xe + 2 * n4;
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t t0, t1, t2, t3;
    __asm__ volatile("1:\n\t"
                     "ldrd %[t0], %[t1], [%[x]], #8\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "smlad %[a0], %[t0], %[t2], %[a0]\n\t"
                     "smlad %[a0], %[t1], %[t3], %[a0]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "smlad %[a1], %[t0], %[t2], %[a1]\n\t"
                     "smlad %[a1], %[t1], %[t3], %[a1]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "smlad %[a2], %[t0], %[t2], %[a2]\n\t"
                     "smlad %[a2], %[t1], %[t3], %[a2]\n\t"
                     "ldrd %[t2], %[t3], [%[w]], #8\n\t"
                     "cmp %[x], %[xe]\n\t"
                     "smlad %[a3], %[t0], %[t2], %[a3]\n\t"
                     "smlad %[a3], %[t1], %[t3], %[a3]\n\t"
                     "bcc 1b\n\t"
                     : [x] "+r"(xe), [w] "+r"(we), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2),
                       [a3] "+r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2),
                       [t3] "=&r"(t3)
                     : [xe] "r"(xe_end)
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}

#if defined(__GNUC__) && !defined(__clang__)
/* Short pad/copy loops: no memset/memcpy calls. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
static void dt_convolve_s8_col(const dt_conv_params *params,
                               const dt_per_channel_quant_params *quant,
                               const dt_dims *input_dims, const int8_t *input,
                               const dt_dims *filter_dims, const int8_t *filter,
                               const int32_t *bias, const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const int32_t ks = k_h * k_w * in_c;
    const int32_t n4 = (ks + 3) >> 2;
    const int32_t dil_h = params->dilation.h;
    const int32_t row = k_w * in_c;
    const int8_t pad = (int8_t)(-input_offset);
    const uint32_t off2 = dt_dsp_pair(input_offset);
    int8_t col[DT_COL_K];
    uint32_t xe[DT_COL_K / 2];
    uint32_t we[DT_COL_WE_WORDS];
    /* requantization constants per block: dt_dsp_rq4_asm_k's, or dt_wta_rows' (rows_ok) */
    union {
        uint32_t k[16];
        dt_wta_rq4 r;
    } kq[DT_COL_OC_MAX / 4];
    int32_t fast[DT_COL_OC_MAX / 4];
    int rows_ok;
    const int64_t bound64 = (int64_t)k_h * k_w * in_c * 255 * 128;
    const int32_t bound = bound64 < (INT64_C(1) << 29) ? (int32_t)bound64 : INT32_C(1) << 29;
    const uint32_t min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
    const uint32_t max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
    const int clamp = act_min > -128 || act_max < 127;
    int32_t b4[DT_COL_OC_MAX];
    int32_t oc0, b, oy, ox, k, g;
    /* Output channels per pass: as many as the weight buffer holds (a multiple of 4). */
    int32_t chunk = (DT_COL_WE_WORDS / (2 * n4)) & ~3;
    chunk = chunk < DT_COL_OC_MAX ? chunk : DT_COL_OC_MAX;

    for (oc0 = 0; oc0 < out_c; oc0 += chunk) {
        const int32_t n_oc = out_c - oc0 < chunk ? out_c - oc0 : chunk;
        const int32_t n_blk = n_oc >> 2;
        int8_t *out = output + oc0;
        /* we: [block][group][channel of the block][2 words] */
        for (k = 0; k < n_oc; k++) {
            const int8_t *fk = filter + (oc0 + k) * ks;
            uint32_t *d = we + (k >> 2) * 8 * n4 + 2 * (k & 3);
            b4[k] = bias != NULL ? bias[oc0 + k] : 0;
            if (k >= 4 * n_blk) {
                continue; /* the last n_oc % 4 channels: plain loop */
            }
            for (g = 0; g < n4; g++, d += 8) {
                uint32_t w = 0;
                int32_t i;
                for (i = 3; i >= 0; i--) {
                    w = (w << 8) | (4 * g + i < ks ? (uint8_t)fk[4 * g + i] : 0u);
                }
                d[0] = __sxtb16(w);
                d[1] = dt_dsp_sxtb16_ror8(w);
            }
        }
        for (k = 0; k < n_blk; k++) {
            fast[k] = dt_dsp_rq4_quick_k(kq[k].k, quant->multiplier + oc0 + 4 * k,
                                         quant->shift + oc0 + 4 * k);
        }
        /* Every channel of the chunk in full blocks with the short requantization (dt_dsp_wta.h):
         * weights doubled in place, the constants in kq (dt_wta_rq4), and
         * each position is one dt_wta_rows call over all blocks. */
        rows_ok = n_oc == 4 * n_blk && n_blk > 0;
        for (k = 0; k < n_oc && rows_ok; k++) {
            dt_wta_rq one;
            rows_ok = dt_wta_rq_prep(&one, b4[k], quant->multiplier[oc0 + k], quant->shift[oc0 + k],
                                     output_offset, bound);
        }
        if (rows_ok) {
            for (k = 0; k < n_oc; k++) {
                (void)dt_wta_rq4_prep(&kq[k >> 2].r, k & 3, b4[k],
                                      quant->multiplier[oc0 + k], quant->shift[oc0 + k],
                                      output_offset, bound);
            }
            for (k = 0; k < 8 * n4 * n_blk; k++) {
                we[k] = (uint32_t)__sadd16(we[k], we[k]);
            }
        }
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * params->stride.h - params->padding.h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++, out += out_c) {
                    const int32_t ix0 = ox * params->stride.w - params->padding.w;
                    int32_t kx_lo, kx_hi, r;
                    int8_t *d = col;
                    dt_tap_range(ix0, 1, k_w, in_w, &kx_lo, &kx_hi);
                    r = 0;
                    if (rows_ok && (row & 3) == 0 && ky_lo == 0 && ky_hi == k_h && kx_lo == 0 &&
                        kx_hi == k_w) {
                        /* The whole window inside the input: its rows extended straight into
                         * xe (col is not needed: no tail channels, ks a multiple of 4). */
                        const int8_t *src = in_batch + (iy0 * in_w + ix0) * in_c;
                        uint32_t *xd = xe;
                        dt_wta_rows_ctx rc;
                        for (r = 0; r < k_h; r++, src += dil_h * in_w * in_c) {
                            int32_t gi;
                            for (gi = 0; gi < row; gi += 4, xd += 2) {
                                const uint32_t v = dt_dsp_read4(src + gi);
                                xd[0] = __sxtab16(off2, v);
                                xd[1] = dt_dsp_sxtab16_ror8(off2, v);
                            }
                        }
                        rc.xe = xe;
                        rc.out_end = out + 4 * n_blk;
                        rc.min4 = min4;
                        rc.max4 = max4;
                        rc.clamp = clamp;
                        dt_wta_rows(we, &kq[0].r, n4, out, &rc);
                        continue;
                    }
                    if (ky_lo == 0 && ky_hi == k_h && kx_lo == 0 && kx_hi == k_w) {
                        /* The whole window inside the input: its rows copied, no padding. */
                        const int8_t *src = in_batch + (iy0 * in_w + ix0) * in_c;
                        for (r = 0; r < k_h; r++, d += row, src += dil_h * in_w * in_c) {
                            int32_t gi;
                            for (gi = 0; gi + 4 <= row; gi += 4) {
                                dt_dsp_write4(d + gi, dt_dsp_read4(src + gi));
                            }
                            for (; gi < row; gi++) {
                                d[gi] = src[gi];
                            }
                        }
                        r = k_h;
                        d = col + ks;
                    }
                    for (; r < k_h; r++, d += row) {
                        int8_t *dp = d;
                        int8_t *const d_end = d + row;
                        if (r >= ky_lo && r < ky_hi && kx_hi > kx_lo) {
                            const int8_t *src =
                                in_batch + ((iy0 + r * dil_h) * in_w + ix0 + kx_lo) * in_c;
                            int8_t *const c_end = d + kx_hi * in_c;
                            while (dp < d + kx_lo * in_c) {
                                *dp++ = pad;
                            }
                            while (dp + 4 <= c_end) {
                                dt_dsp_write4(dp, dt_dsp_read4(src));
                                dp += 4;
                                src += 4;
                            }
                            while (dp < c_end) {
                                *dp++ = *src++;
                            }
                        }
                        while (dp < d_end) {
                            *dp++ = pad;
                        }
                    }
                    for (r = ks; r < 4 * n4; r++) {
                        col[r] = pad;
                    }
                    dt_dsp_extend(col, n4, off2, xe);
                    if (rows_ok) {
                        dt_wta_rows_ctx rc;
                        rc.xe = xe;
                        rc.out_end = out + 4 * n_blk;
                        rc.min4 = min4;
                        rc.max4 = max4;
                        rc.clamp = clamp;
                        dt_wta_rows(we, &kq[0].r, n4, out, &rc);
                        continue;
                    }
                    for (k = 0; k < n_blk; k++) {
                        int32_t a[4];
                        a[0] = b4[4 * k];
                        a[1] = b4[4 * k + 1];
                        a[2] = b4[4 * k + 2];
                        a[3] = b4[4 * k + 3];
                        dt_col_block(xe, we + k * 8 * n4, n4, a);
                        if (fast[k]) {
                            uint32_t v = dt_dsp_rq4_asm_k(a[0], a[1], a[2], a[3], kq[k].k,
                                                          output_offset);
                            if (clamp) {
                                (void)__ssub8(v, min4);
                                v = __sel(v, min4);
                                (void)__ssub8(max4, v);
                                v = __sel(v, max4);
                            }
                            dt_dsp_write4(out + 4 * k, v);
                        } else {
                            for (g = 0; g < 4; g++) {
                                const int32_t o = oc0 + 4 * k + g;
                                out[4 * k + g] = dt_dsp_requantize(a[g], quant->multiplier[o],
                                                                   quant->shift[o], output_offset,
                                                                   act_min, act_max);
                            }
                        }
                    }
                    for (k = 4 * n_blk; k < n_oc; k++) {
                        const int8_t *fk = filter + (oc0 + k) * ks;
                        int32_t acc = dt_dsp_mac1_x16(xe, fk, ks >> 2, b4[k]), i;
                        for (i = ks & ~3; i < ks; i++) {
                            acc += ((int32_t)col[i] + input_offset) * fk[i];
                        }
                        out[k] = dt_dsp_requantize(acc, quant->multiplier[oc0 + k],
                                                   quant->shift[oc0 + k], output_offset, act_min,
                                                   act_max);
                    }
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
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint32_t off2 = dt_dsp_pair(input_offset);
    const int32_t *const mult = quant->multiplier;
    const int32_t *const shift = quant->shift;
    int32_t b, oy, ox, oc, ky, kx;
    (void)ctx;

    if (filter_dims->c != in_c || filter_dims->n != out_c || input_dims->n != output_dims->n ||
        params->stride.h < 1 || params->stride.w < 1 || params->dilation.h < 1 ||
        params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    if (params->dilation.w == 1 && (in_c & 3) == 0 &&
        2 * k_h * k_w * in_c <= 2 * DT_CONV_WEXT_WORDS) {
        dt_convolve_s8_wext(params, quant, input_dims, input, filter_dims, filter, bias,
                            output_dims, output);
        return DT_OK;
    }
    if (params->dilation.w == 1 && (in_c & 3) != 0 &&
        k_h * k_w * in_c <= DT_COL_K) {
        dt_convolve_s8_col(params, quant, input_dims, input, filter_dims, filter, bias,
                           output_dims, output);
        return DT_OK;
    }
    /* Other shapes (dilation.w > 1, input channels a multiple of 4 with windows over 1152
     * bytes, others with windows over DT_COL_K bytes): the plain loops below. */

    {
        const int32_t ks = k_h * k_w * in_c; /* filter elements per output channel */
        const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + (int32_t)b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * params->stride.h - params->padding.h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++) {
                    const int32_t ix0 = ox * params->stride.w - params->padding.w;
                    int32_t kx_lo, kx_hi;
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    for (oc = 0; oc < out_c; oc++) {
                        const int8_t *f_oc = filter + oc * ks;
                        int32_t acc = bias != NULL ? bias[oc] : 0;
                        for (ky = ky_lo; ky < ky_hi; ky++) {
                            const int8_t *x_row = in_batch + (iy0 + ky * dil_h) * in_w * in_c;
                            const int8_t *f_row = f_oc + ky * k_w * in_c;
                            for (kx = kx_lo; kx < kx_hi; kx++) {
                                const int8_t *x = x_row + (ix0 + kx * dil_w) * in_c;
                                const int8_t *f = f_row + kx * in_c;
                                acc = dt_dot1(x, f, in_c, off2, input_offset, acc);
                            }
                        }
                        *output++ = dt_dsp_requantize(acc, mult[oc], shift[oc], output_offset,
                                                      act_min, act_max);
                    }
                }
            }
        }
    }
    return DT_OK;
}
