/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_nn_dsp.h - helpers of the DSP-extension kernel variants (Cortex-M4/M7/M33 and later):
 * 4-byte loads, sign extension of byte pairs into 16-bit lanes, dual 16-bit MACs, and a
 * requantization that is bit-exact with dt_multiply_by_quantized_multiplier (TFLite Micro's
 * double rounding) in a handful of instructions.
 *
 * These files are built with arm-none-eabi-gcc (or another compiler with ACLE and the DSP
 * extension) only; they rely on the compiler's documented implementation-defined behaviour for
 * conversions to signed types (modulo 2^32) and >> of negative values (arithmetic shift), as
 * GCC and Clang define it. No undefined behaviour.
 */
#ifndef DT_NN_DSP_H
#define DT_NN_DSP_H

#include <stdint.h>
#include <string.h>

#include <arm_acle.h>

#include "dt_nn.h"
#include "dt_nn_support.h"

#if !defined(__ARM_FEATURE_DSP) || !__ARM_FEATURE_DSP
#error "the kernels of runtime/kernels/dsp need the Arm DSP extension (Cortex-M4, M7, M33, ...)"
#endif

/* The loops of the DSP depthwise kernels (dt_dsp_depthwise_core.c), shared by the dense and the
 * WTA kernel. Depth multiplier 1, kernels of at most DT_DSP_DW_TAPS_MAX taps: channels
 * idx[0..n) (idx NULL: channels 0..n), four at a time; `compact` (or NULL) holds the winners'
 * input channels gathered ([n][h][w][n]). Any depth multiplier: dt_dsp_dw_plain (winner list idx
 * of n channels, or idx NULL for all). */
#define DT_DSP_DW_TAPS_MAX 49
/* 1 when dt_dsp_dw_blocks runs a block of four channels over an extended padded image (3x3,
 * dilation.w 1, small maps): it then reads the channels from the input tensor itself, so a WTA
 * caller needs no compact copy. */
int dt_dsp_dw_ext_ok(const dt_dw_conv_params *params, const dt_dims *filter_dims,
                     const dt_dims *output_dims);
void dt_dsp_dw_blocks(const dt_dw_conv_params *params, const dt_per_channel_quant_params *quant,
                      const dt_dims *input_dims, const int8_t *input,
                      const dt_dims *filter_dims, const int8_t *filter, const int32_t *bias,
                      const dt_dims *output_dims, int8_t *output, const uint16_t *idx,
                      int32_t n, const int8_t *compact);
void dt_dsp_dw_plain(const dt_dw_conv_params *params, const dt_per_channel_quant_params *quant,
                     const dt_dims *input_dims, const int8_t *input,
                     const dt_dims *filter_dims, const int8_t *filter, const int32_t *bias,
                     const dt_dims *output_dims, int8_t *output, const uint16_t *idx,
                     int32_t n_idx);

/* Functions with register-hungry asm: compiled optimized (no frame pointer) even in -O0
 * builds, which would otherwise run out of registers. */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__OPTIMIZE__)
#define DT_DSP_ASM_FN __attribute__((noinline, unused, optimize("O2", "omit-frame-pointer")))
#elif defined(__GNUC__)
#define DT_DSP_ASM_FN __attribute__((noinline, unused))
#else
#define DT_DSP_ASM_FN
#endif

/* Four bytes from any address (an unaligned LDR on these cores). */
DT_INLINE uint32_t dt_dsp_read4(const int8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Two bytes from any address. */
DT_INLINE uint32_t dt_dsp_read2(const int8_t *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

DT_INLINE void dt_dsp_write4(int8_t *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

/* Bytes 1 and 3 of v sign-extended into the two 16-bit lanes (SXTB16 with ROR #8). */
DT_INLINE uint32_t dt_dsp_sxtb16_ror8(uint32_t v)
{
    uint32_t r;
    __asm__("sxtb16 %0, %1, ror #8" : "=r"(r) : "r"(v));
    return r;
}

/* a + bytes 1 and 3 of v, lane by lane (SXTAB16 with ROR #8). */
DT_INLINE uint32_t dt_dsp_sxtab16_ror8(uint32_t a, uint32_t v)
{
    uint32_t r;
    __asm__("sxtab16 %0, %1, %2, ror #8" : "=r"(r) : "r"(a), "r"(v));
    return r;
}

/* The input offset in both 16-bit lanes. */
DT_INLINE uint32_t dt_dsp_pair(int32_t off)
{
    return ((uint32_t)off & 0xFFFFu) * 0x10001u;
}

/* dt_multiply_by_quantized_multiplier(acc, m, shift), bit for bit, for m >= 0 (the generator's
 * multipliers are in [2^30, 2^31) or 0) and -31 <= shift <= 31.
 *
 * With x = acc << left (wrapping) and e = right shift, TFLite computes
 *   r = floor((x*m + 2^30) / 2^31)                       (SaturatingRoundingDoublingHighMul;
 *                                                         m != INT32_MIN: never saturates)
 *   y = floor((r + 2^(e-1) - [r < 0]) / 2^e)            (RoundingDivideByPOT, e >= 1)
 * floor((floor(a / p) + c) / q) = floor((a + c*p) / (p*q)) for integers, so for e >= 1
 *   y = floor((x*m + 2^30 + 2^(30+e) - 2^31*[r < 0]) / 2^(31+e)).
 * [r < 0] may be replaced by [x < 0]: they differ only for -2^30 <= x*m < 0, where r = 0 and
 * both give y = 0 (2^(e-1) - 1 and 2^(e-1) are both below 2^e). The 64-bit sum is one SMLAL on
 * a constant, and y is its high word shifted right by e - 1. */
DT_INLINE int32_t dt_dsp_mbqm(int32_t acc, int32_t m, int32_t shift)
{
    const int32_t left = (int32_t)__usat(shift, 5);
    const int32_t e = (int32_t)__usat(-shift, 5);
    const int32_t x = (int32_t)((uint32_t)acc << left);
    if (m < 0) {
        /* A negative multiplier, which the generator never makes. */
        return dt_multiply_by_quantized_multiplier(acc, m, shift);
    }
    if (e == 0) {
        /* No rounding division: r = floor((x*m + 2^30) / 2^31) fits int32. */
        return (int32_t)(((int64_t)x * (int64_t)m + (INT64_C(1) << 30)) >> 31);
    }
    {
        const int64_t c = (INT64_C(1) << 30) + (INT64_C(1) << (30 + e)) -
                          (x < 0 ? (INT64_C(1) << 31) : 0) + (int64_t)x * (int64_t)m;
        const int32_t hi = (int32_t)(c >> 32);
        return hi >> (e - 1);
    }
}

/* dt_requantize with dt_dsp_mbqm. */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static int8_t dt_dsp_requantize(int32_t acc, int32_t m, int32_t shift, int32_t output_offset,
                                int32_t act_min, int32_t act_max)
{
    int32_t v = __qadd(dt_dsp_mbqm(acc, m, shift), output_offset);
    v = v < act_min ? act_min : v;
    v = v > act_max ? act_max : v;
    return (int8_t)v;
}

/* Requantization constants of one output channel (see dt_dsp_mbqm); `slow` (the portable
 * function) only for a negative multiplier, which the generator never makes. */
typedef struct {
    int64_t c;      /* 2^30 + 2^(30+e) */
    int32_t m;      /* multiplier */
    int32_t sh;     /* e - 1 */
    int32_t shift;  /* the original shift (slow path) */
    int32_t slow;   /* negative multiplier: the portable function */
    int32_t e0;     /* shift >= 0: no rounding division, x = acc << left */
    int32_t left;
} dt_dsp_rq;

DT_INLINE void dt_dsp_rq_prep(dt_dsp_rq *q, int32_t m, int32_t shift)
{
    const int32_t e = (int32_t)__usat(-shift, 5);
    q->m = m;
    q->shift = shift;
    q->slow = m < 0;
    q->e0 = shift > -1;
    q->left = (int32_t)__usat(shift, 5);
    q->sh = e - 1;
    q->c = (INT64_C(1) << 30) + (INT64_C(1) << (30 + e));
}

/* dt_multiply_by_quantized_multiplier(acc, q->m, q->shift) for q->slow == 0. */
DT_INLINE int32_t dt_dsp_rq_fast(int32_t acc, const dt_dsp_rq *q)
{
    if (q->e0) {
        const int32_t x = (int32_t)((uint32_t)acc << q->left);
        return (int32_t)(((int64_t)x * (int64_t)q->m + (INT64_C(1) << 30)) >> 31);
    }
    const int64_t c = q->c - (acc < 0 ? (INT64_C(1) << 31) : 0) + (int64_t)acc * (int64_t)q->m;
    return (int32_t)(c >> 32) >> q->sh;
}

DT_INLINE int32_t dt_dsp_rq_any(int32_t acc, const dt_dsp_rq *q)
{
    return q->slow ? dt_multiply_by_quantized_multiplier(acc, q->m, q->shift) : dt_dsp_rq_fast(acc, q);
}

DT_INLINE int8_t dt_dsp_clamp8(int32_t v, int32_t act_min, int32_t act_max)
{
    v = v < act_min ? act_min : v;
    v = v > act_max ? act_max : v;
    return (int8_t)v;
}

/* Requantization of four output channels at once (fast unless a multiplier is negative). */
typedef struct {
    uint32_t clo[4]; /* low and high words of 2^30 + 2^(30+e) */
    int32_t chi[4];
    int32_t m[4];
    int32_t sh[4];   /* e - 1 */
    int32_t e0[4];   /* shift >= 0 (see dt_dsp_rq) */
    int32_t left[4];
    dt_dsp_rq q[4];
    int32_t slow;    /* some channel needs the portable function */
    int32_t any_e0;  /* some channel has shift >= 0 */
    uint32_t k[16];  /* per channel: clo, chi, m, sh (dt_dsp_rq4_asm) */
    uint32_t min4;   /* act_min in the four bytes */
    uint32_t max4;
    int32_t clamp;   /* act range narrower than [-128, 127] */
    int32_t output_offset;
} dt_dsp_rq4;

#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static void dt_dsp_rq4_prep(dt_dsp_rq4 *q, const int32_t *m, const int32_t *shift,
                            int32_t output_offset, int32_t act_min, int32_t act_max)
{
    int32_t k;
    q->slow = 0;
    q->any_e0 = 0;
    for (k = 0; k < 4; k++) {
        dt_dsp_rq_prep(&q->q[k], m[k], shift[k]);
        q->slow |= q->q[k].slow;
        q->clo[k] = (uint32_t)q->q[k].c;
        q->chi[k] = (int32_t)(q->q[k].c >> 32);
        q->m[k] = m[k];
        q->sh[k] = q->q[k].sh;
        q->e0[k] = q->q[k].e0;
        q->left[k] = q->q[k].left;
        q->any_e0 |= q->e0[k];
        q->k[4 * k] = q->clo[k];
        q->k[4 * k + 1] = (uint32_t)q->chi[k];
        q->k[4 * k + 2] = (uint32_t)q->m[k];
        q->k[4 * k + 3] = (uint32_t)q->sh[k];
    }
    q->min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
    q->max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
    q->clamp = act_min > -128 || act_max < 127;
    q->output_offset = output_offset;
}

/* One fast requantization with the constants of channel k (see dt_dsp_mbqm). */
DT_INLINE int32_t dt_dsp_rq4_one(int32_t acc, const dt_dsp_rq4 *q, int k)
{
    if (q->any_e0 && q->e0[k]) {
        const int32_t x = (int32_t)((uint32_t)acc << q->left[k]);
        const int32_t r = (int32_t)(((int64_t)x * (int64_t)q->m[k] + (INT64_C(1) << 30)) >> 31);
        return __ssat(__qadd(r, q->output_offset), 8);
    }
    const uint64_t c = (((uint64_t)(uint32_t)q->chi[k] << 32) | q->clo[k]) +
                       (uint64_t)(int64_t)(int32_t)((uint32_t)acc & 0x80000000u);
    const int64_t s = (int64_t)c + (int64_t)acc * (int64_t)q->m[k];
    return __ssat(__qadd((int32_t)(s >> 32) >> q->sh[k], q->output_offset), 8);
}

/* Requantize a[0..3] (channels 0..3 of q) and store the four bytes at out (any alignment). */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static void dt_dsp_rq4_store(int8_t *out, const int32_t *a, const dt_dsp_rq4 *q,
                             int32_t act_min, int32_t act_max)
{
    if (!q->slow) {
        const int32_t o0 = dt_dsp_rq4_one(a[0], q, 0);
        const int32_t o1 = dt_dsp_rq4_one(a[1], q, 1);
        const int32_t o2 = dt_dsp_rq4_one(a[2], q, 2);
        const int32_t o3 = dt_dsp_rq4_one(a[3], q, 3);
        uint32_t v = ((uint32_t)o0 & 0xFFu) | (((uint32_t)o1 & 0xFFu) << 8) |
                     (((uint32_t)o2 & 0xFFu) << 16) | ((uint32_t)o3 << 24);
        if (q->clamp) {
            (void)__ssub8(v, q->min4);
            v = __sel(v, q->min4);
            (void)__ssub8(q->max4, v);
            v = __sel(v, q->max4);
        }
        dt_dsp_write4(out, v);
    } else {
        int k;
        for (k = 0; k < 4; k++) {
            out[k] = dt_dsp_clamp8(__qadd(dt_dsp_rq_any(a[k], &q->q[k]), q->output_offset), act_min,
                                   act_max);
        }
    }
}

/* a[k] += sum_{i < 4*n4} xe[i] * f[k*ks + i] for k = 0..3, n4 >= 1, where xe is a pre-extended
 * input: per 4 input bytes two words, lanes (x0, x2) and (x1, x3), input offset included (see
 * dt_dsp_extend). Per 16 MACs: 2 + 4 loads, 8 SXTB16, 8 SMLAD, 2 loop instructions. */
#if defined(__OPTIMIZE__) || !defined(__GNUC__)
DT_DSP_ASM_FN
static void dt_dsp_mac4x1_x16(const uint32_t *xe, const int8_t *f, int32_t ks, int32_t n4,
                              int32_t *a)
{
    const int8_t *f1 = f + ks;
    const int8_t *f2 = f1 + ks;
    const int8_t *f3 = f2 + ks;
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t t0, t1, t2, t3;
    __asm__ volatile("1:\n\t"
                     "ldr %[t0], [%[x]], #4\n\t"
                     "ldr %[t2], [%[f]], #4\n\t"
                     "ldr %[t1], [%[x]], #4\n\t"
                     "sxtb16 %[t3], %[t2]\n\t"
                     "sxtb16 %[t2], %[t2], ror #8\n\t"
                     "smlad %[a0], %[t0], %[t3], %[a0]\n\t"
                     "ldr %[t3], [%[f1]], #4\n\t"
                     "smlad %[a0], %[t1], %[t2], %[a0]\n\t"
                     "sxtb16 %[t2], %[t3]\n\t"
                     "sxtb16 %[t3], %[t3], ror #8\n\t"
                     "smlad %[a1], %[t0], %[t2], %[a1]\n\t"
                     "ldr %[t2], [%[f2]], #4\n\t"
                     "smlad %[a1], %[t1], %[t3], %[a1]\n\t"
                     "sxtb16 %[t3], %[t2]\n\t"
                     "sxtb16 %[t2], %[t2], ror #8\n\t"
                     "smlad %[a2], %[t0], %[t3], %[a2]\n\t"
                     "ldr %[t3], [%[f3]], #4\n\t"
                     "smlad %[a2], %[t1], %[t2], %[a2]\n\t"
                     "sxtb16 %[t2], %[t3]\n\t"
                     "sxtb16 %[t3], %[t3], ror #8\n\t"
                     "smlad %[a3], %[t0], %[t2], %[a3]\n\t"
                     "subs %[n], %[n], #1\n\t"
                     "smlad %[a3], %[t1], %[t3], %[a3]\n\t"
                     "bne 1b\n\t"
                     : [x] "+r"(xe), [f] "+r"(f), [f1] "+r"(f1), [f2] "+r"(f2), [f3] "+r"(f3),
                       [n] "+r"(n4), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2), [a3] "+r"(a3),
                       [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2), [t3] "=&r"(t3)
                     :
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}
#else
/* -O0 keeps a frame pointer and leaves too few registers for the asm: one row at a time. */
static void dt_dsp_mac4x1_x16(const uint32_t *xe, const int8_t *f, int32_t ks, int32_t n4,
                              int32_t *a);
#endif

/* xe[2i], xe[2i+1] = lanes (x0 + off, x2 + off), (x1 + off, x3 + off) of x[4i..4i+3], i < n4. */
DT_INLINE void dt_dsp_extend(const int8_t *x, int32_t n4, uint32_t off2, uint32_t *xe)
{
    while (n4-- > 0) {
        const uint32_t v = dt_dsp_read4(x);
        xe[0] = __sxtab16(off2, v);
        xe[1] = dt_dsp_sxtab16_ror8(off2, v);
        xe += 2;
        x += 4;
    }
}

/* sum_{i < 4*n4} xe[i] * f[i] with a pre-extended input. */
DT_INLINE int32_t dt_dsp_mac1_x16(const uint32_t *xe, const int8_t *f, int32_t n4, int32_t a)
{
    while (n4-- > 0) {
        const uint32_t w = dt_dsp_read4(f);
        a = __smlad(xe[0], __sxtb16(w), a);
        a = __smlad(xe[1], dt_dsp_sxtb16_ror8(w), a);
        xe += 2;
        f += 4;
    }
    return a;
}

#if !defined(__OPTIMIZE__) && defined(__GNUC__)
__attribute__((unused)) static void dt_dsp_mac4x1_x16(const uint32_t *xe, const int8_t *f,
                                                      int32_t ks, int32_t n4, int32_t *a)
{
    int k;
    for (k = 0; k < 4; k++) {
        a[k] = dt_dsp_mac1_x16(xe, f + k * ks, n4, a[k]);
    }
}
#endif

/* a[k] += sum over n4 groups of 4 input bytes x (offset added in the lanes) times the
 * pre-extended weights of 4 channels, we = [group][channel k][lanes 0/2, 1/3] (8 words per
 * group), n4 >= 1. Per 16 MACs: 1 + 4 (LDRD) loads, 2 SXTAB16, 8 SMLAD, 2 loop instructions. */
DT_DSP_ASM_FN
static void dt_dsp_wext4(const int8_t *x, const uint32_t *we, int32_t n4, uint32_t off2,
                         int32_t *a)
{
    const int8_t *const x_end = x + 4 * n4;
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
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
                     : [x] "+r"(x), [w] "+r"(we), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2),
                       [a3] "+r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2),
                       [t3] "=&r"(t3)
                     : [xe] "r"(x_end), [off] "r"(off2)
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}

/* The four requantized bytes of a0..a3 (channels of q), packed little-endian, saturated to int8
 * but not yet clamped to the activation range; only for q->slow == 0 && q->any_e0 == 0.
 * Per output: 2 LDRD, AND, ADDS, ADC, SMLAL, ASR, QADD, SSAT, BFI (see dt_dsp_mbqm); the
 * saturating QADD of the output offset keeps a saturated product from overflowing int32. */
DT_INLINE uint32_t dt_dsp_rq4_asm_k(int32_t a0, int32_t a1, int32_t a2, int32_t a3,
                                    const uint32_t *kp, int32_t output_offset)
{
    uint32_t w, lo, hi, m, sh;
    __asm__("ldrd %[lo], %[hi], [%[k]], #8\n\t"
            "and %[m], %[a0], #0x80000000\n\t"
            "adds %[lo], %[lo], %[m]\n\t"
            "adc %[hi], %[hi], %[a0], asr #31\n\t"
            "ldrd %[m], %[sh], [%[k]], #8\n\t"
            "smlal %[lo], %[hi], %[a0], %[m]\n\t"
            "asr %[hi], %[hi], %[sh]\n\t"
            "qadd %[hi], %[hi], %[off]\n\t"
            "ssat %[hi], #8, %[hi]\n\t"
            "uxtb %[w], %[hi]\n\t"
            "ldrd %[lo], %[hi], [%[k]], #8\n\t"
            "and %[m], %[a1], #0x80000000\n\t"
            "adds %[lo], %[lo], %[m]\n\t"
            "adc %[hi], %[hi], %[a1], asr #31\n\t"
            "ldrd %[m], %[sh], [%[k]], #8\n\t"
            "smlal %[lo], %[hi], %[a1], %[m]\n\t"
            "asr %[hi], %[hi], %[sh]\n\t"
            "qadd %[hi], %[hi], %[off]\n\t"
            "ssat %[hi], #8, %[hi]\n\t"
            "bfi %[w], %[hi], #8, #8\n\t"
            "ldrd %[lo], %[hi], [%[k]], #8\n\t"
            "and %[m], %[a2], #0x80000000\n\t"
            "adds %[lo], %[lo], %[m]\n\t"
            "adc %[hi], %[hi], %[a2], asr #31\n\t"
            "ldrd %[m], %[sh], [%[k]], #8\n\t"
            "smlal %[lo], %[hi], %[a2], %[m]\n\t"
            "asr %[hi], %[hi], %[sh]\n\t"
            "qadd %[hi], %[hi], %[off]\n\t"
            "ssat %[hi], #8, %[hi]\n\t"
            "bfi %[w], %[hi], #16, #8\n\t"
            "ldrd %[lo], %[hi], [%[k]], #8\n\t"
            "and %[m], %[a3], #0x80000000\n\t"
            "adds %[lo], %[lo], %[m]\n\t"
            "adc %[hi], %[hi], %[a3], asr #31\n\t"
            "ldrd %[m], %[sh], [%[k]], #8\n\t"
            "smlal %[lo], %[hi], %[a3], %[m]\n\t"
            "asr %[hi], %[hi], %[sh]\n\t"
            "qadd %[hi], %[hi], %[off]\n\t"
            "ssat %[hi], #8, %[hi]\n\t"
            "bfi %[w], %[hi], #24, #8\n\t"
            : [w] "=&r"(w), [lo] "=&r"(lo), [hi] "=&r"(hi), [m] "=&r"(m), [sh] "=&r"(sh),
              [k] "+r"(kp)
            : [a0] "r"(a0), [a1] "r"(a1), [a2] "r"(a2), [a3] "r"(a3), [off] "r"(output_offset)
            : "cc", "memory");
    return w;
}

DT_INLINE uint32_t dt_dsp_rq4_asm(int32_t a0, int32_t a1, int32_t a2, int32_t a3,
                                  const dt_dsp_rq4 *q)
{
    return dt_dsp_rq4_asm_k(a0, a1, a2, a3, q->k, q->output_offset);
}

/* Requantize and store four channels (any alignment): the asm path when every channel is
 * fast, dt_dsp_rq4_store otherwise. */
DT_INLINE void dt_dsp_rq4_put(int8_t *out, int32_t a0, int32_t a1, int32_t a2, int32_t a3,
                              const dt_dsp_rq4 *q, int32_t act_min, int32_t act_max)
{
    if (!q->slow && !q->any_e0) {
        uint32_t v = dt_dsp_rq4_asm(a0, a1, a2, a3, q);
        if (q->clamp) {
            (void)__ssub8(v, q->min4);
            v = __sel(v, q->min4);
            (void)__ssub8(q->max4, v);
            v = __sel(v, q->max4);
        }
        dt_dsp_write4(out, v);
    } else {
        int32_t a[4];
        a[0] = a0;
        a[1] = a1;
        a[2] = a2;
        a[3] = a3;
        dt_dsp_rq4_store(out, a, q, act_min, act_max);
    }
}

/* Only the asm constants of four channels (q->k; min4, max4, clamp and output_offset must be
 * set by the caller): 1 when all four are fast (shift <= -1, multiplier >= 0), else 0 and q is
 * not usable. */
DT_INLINE int dt_dsp_rq4_quick_k(uint32_t *kq, const int32_t *m, const int32_t *shift)
{
    int k;
    for (k = 0; k < 4; k++) {
        const int32_t e = (int32_t)__usat(-shift[k], 5);
        if (shift[k] > -1 || m[k] < 0) {
            return 0;
        }
        kq[4 * k] = e == 1 ? 0xC0000000u : 0x40000000u;
        kq[4 * k + 1] = e >= 2 ? UINT32_C(1) << (e - 2) : 0u;
        kq[4 * k + 2] = (uint32_t)m[k];
        kq[4 * k + 3] = (uint32_t)(e - 1);
    }
    return 1;
}

DT_INLINE int dt_dsp_rq4_quick(dt_dsp_rq4 *q, const int32_t *m, const int32_t *shift)
{
    int k;
    for (k = 0; k < 4; k++) {
        const int32_t e = (int32_t)__usat(-shift[k], 5);
        if (shift[k] > -1 || m[k] < 0) {
            return 0;
        }
        q->k[4 * k] = e == 1 ? 0xC0000000u : 0x40000000u;
        q->k[4 * k + 1] = e >= 2 ? UINT32_C(1) << (e - 2) : 0u;
        q->k[4 * k + 2] = (uint32_t)m[k];
        q->k[4 * k + 3] = (uint32_t)(e - 1);
    }
    q->slow = 0;
    q->any_e0 = 0;
    return 1;
}

/* The FULLY_CONNECTED loops (dt_dsp_fc_core.c) on the channel-major layout of
 * dasnet_tiny/variant_dsp.py: the winners of `winners` (C channels, P = depth / C elements each);
 * ctx holds dt_dsp_fc_wta_size(filter_dims, count) bytes (dt_dsp_wta_sizes.h). The dense kernel
 * runs them with one channel (P = depth) for depths up to DT_DSP_FC_LAYOUT_MAX_DEPTH (its
 * extended row on the stack); deeper rows keep the [out_c][depth] layout and the older loops. */
#define DT_DSP_FC_LAYOUT_MAX_DEPTH 1024
dt_status dt_dsp_fc_run(const dt_context *ctx, const dt_fc_params *params,
                        const dt_per_channel_quant_params *quant,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims, const int8_t *filter,
                        const int32_t *bias,
                        const dt_dims *output_dims, int8_t *output,
                        const dt_channel_list *winners);

#endif /* DT_NN_DSP_H */
