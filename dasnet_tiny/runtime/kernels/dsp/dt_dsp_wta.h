/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_dsp_wta.h - helpers of the DSP WTA (sparse) kernels: the winners' channels gathered into a
 * compact buffer, a dual-16-bit MAC block over pre-extended operands, and a short requantization
 * that is bit-exact with TFLite Micro's MultiplyByQuantizedMultiplier wherever the kernel has
 * checked its preconditions (otherwise the kernels use dt_dsp_requantize).
 *
 * Short requantization (dt_wta_rq1). With x = acc, m >= 0, e = -shift >= 1, TFLite computes
 *   r = SaturatingRoundingDoublingHighMul(x, m) = floor((x*m + 2^30) / 2^31)   (no saturation)
 *   y = RoundingDivideByPOT(r, e) = floor((r + 2^(e-1) - [r < 0]) / 2^e)
 * and [r < 0] may be replaced by [x < 0] (see dt_dsp_mbqm). For |x| < 2^30, r is exactly
 * SMMULR(2x, m) = floor((2x*m + 2^31) / 2^32), so with u = 2^(e-1) + zp*2^e - [x < 0]
 *   y + zp = floor((SMMULR(2x, m) + u) / 2^e) = SMMLAR(2x, m, u) >> e
 * (zp*2^e is a multiple of 2^e), and the int8 saturation of y + zp is one SSAT. The kernels
 * accumulate 2x directly (weights doubled when they are extended to 16 bits, bias doubled), so
 * an output costs ADD (u), SMMLAR, ASR, SSAT. Preconditions, checked per output channel:
 * |acc| < 2^29 (the accumulator bound |bias| + taps * 255 * 128), 1 <= e <= 22, m >= 0,
 * |zp| <= 128: then 2x, u and SMMLAR's sum fit in int32.
 */
#ifndef DT_DSP_WTA_H
#define DT_DSP_WTA_H

#include "dt_nn_dsp.h"

/* Requantization constants of one output channel (short path). */
typedef struct {
    int32_t b2; /* 2 * bias */
    int32_t m;  /* multiplier */
    int32_t u0; /* 2^(e-1) + zp * 2^e */
    int32_t e;  /* -shift */
} dt_wta_rq;

/* Fill q for one channel; 1 when the short path is exact for accumulators bounded by
 * |bias| + bound (bound = taps * 255 * 128, taps = number of products summed). */
DT_INLINE int dt_wta_rq_prep(dt_wta_rq *q, int32_t bias, int32_t m, int32_t shift, int32_t zp,
                             int32_t bound)
{
    const int32_t e = -shift;
    if (m < 0 || shift > -1 || e > 22 || zp < -128 || zp > 128 || bound < 0 ||
        bound >= (INT32_C(1) << 29) || bias <= -(INT32_C(1) << 29) ||
        bias >= (INT32_C(1) << 29)) {
        return 0;
    }
    if ((bias < 0 ? -bias : bias) >= (INT32_C(1) << 29) - bound) {
        return 0;
    }
    q->b2 = 2 * bias;
    q->m = m;
    q->u0 = (INT32_C(1) << (e - 1)) + zp * (INT32_C(1) << e);
    q->e = e;
    return 1;
}

/* The saturated int8 value (in an int32) of a doubled accumulator a2 = 2 * acc. */
DT_INLINE int32_t dt_wta_rq1(int32_t a2, const dt_wta_rq *q)
{
    int32_t t;
    const int32_t u = q->u0 + (a2 >> 31);
    __asm__("smmlar %0, %1, %2, %3" : "=r"(t) : "r"(a2), "r"(q->m), "r"(u));
    return __ssat(t >> q->e, 8);
}

/* Four bytes clamped to [min, max] lane by lane (min4 / max4: the bound in every byte). */
DT_INLINE uint32_t dt_wta_clamp4(uint32_t v, uint32_t min4, uint32_t max4)
{
    (void)__ssub8(v, min4);
    v = __sel(v, min4);
    (void)__ssub8(max4, v);
    return __sel(v, max4);
}

/* Pack the low bytes of four int32 into one little-endian word. */
DT_INLINE uint32_t dt_wta_pack4(int32_t o0, int32_t o1, int32_t o2, int32_t o3)
{
    return ((uint32_t)o0 & 0xFFu) | (((uint32_t)o1 & 0xFFu) << 8) | (((uint32_t)o2 & 0xFFu) << 16) |
           ((uint32_t)o3 << 24);
}

/* n >= 1 rows: d[0..3] = s[ix[0..3]], s += cs, d += ds. Per row: 4 LDRB, 3 ORR, STR, 2 ADD,
 * SUBS, BNE. */
DT_DSP_ASM_FN
static void dt_wta_gather4(const int8_t *s, int8_t *d, int32_t n, const uint16_t *ix, int32_t cs,
                           int32_t ds)
{
    const int32_t i0 = ix[0], i1 = ix[1], i2 = ix[2], i3 = ix[3];
    uint32_t v, t;
    __asm__ volatile("1:\n\t"
                     "ldrb %[v], [%[s], %[i0]]\n\t"
                     "ldrb %[t], [%[s], %[i1]]\n\t"
                     "orr %[v], %[v], %[t], lsl #8\n\t"
                     "ldrb %[t], [%[s], %[i2]]\n\t"
                     "orr %[v], %[v], %[t], lsl #16\n\t"
                     "ldrb %[t], [%[s], %[i3]]\n\t"
                     "add %[s], %[s], %[cs]\n\t"
                     "orr %[v], %[v], %[t], lsl #24\n\t"
                     "str %[v], [%[d]]\n\t"
                     "add %[d], %[d], %[ds]\n\t"
                     "subs %[n], %[n], #1\n\t"
                     "bne 1b\n\t"
                     : [s] "+r"(s), [d] "+r"(d), [n] "+r"(n), [v] "=&r"(v), [t] "=&r"(t)
                     : [i0] "r"(i0), [i1] "r"(i1), [i2] "r"(i2), [i3] "r"(i3), [cs] "r"(cs),
                       [ds] "r"(ds)
                     : "cc", "memory");
}

/* rows x [channels] -> rows x [stride] bytes: the listed channels idx[0..k) (stride >= k), then
 * zeros up to the next multiple of 4. Four winners at a time, the last (partial) group first:
 * its 4-byte stores run into the next row, whose bytes are written afterwards, and end at most
 * k4 - k bytes after rows * stride (so the buffer must hold rows * stride + k4 - k bytes). */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static void dt_wta_gather_rows(const int8_t *src, int32_t rows, int32_t channels,
                               const uint16_t *idx, int32_t k, int32_t stride, int8_t *dst)
{
    int32_t j;
    if (rows < 1 || k < 1) {
        return;
    }
    for (j = (k - 1) & ~3; j >= 0; j -= 4) {
        const int8_t *s = src;
        int8_t *d = dst + j;
        int32_t n = rows;
        if (k - j >= 4) {
            dt_wta_gather4(s, d, n, idx + j, channels, stride);
        } else {
            /* The missing winners of the group read channel 0, masked to 0. */
            const int32_t i0 = idx[j];
            const int32_t i1 = j + 1 < k ? idx[j + 1] : 0;
            const int32_t i2 = j + 2 < k ? idx[j + 2] : 0;
            const uint32_t mask = (UINT32_C(1) << (8 * (k - j))) - 1u;
            for (; n > 0; n--, s += channels, d += stride) {
                const uint32_t v = (uint32_t)(uint8_t)s[i0] | ((uint32_t)(uint8_t)s[i1] << 8) |
                                   ((uint32_t)(uint8_t)s[i2] << 16);
                dt_dsp_write4(d, v & mask);
            }
        }
    }
}

/* n16 > 0 times 16 bytes from src to dst, both 4-byte aligned: LDM / STM of four registers. */
DT_DSP_ASM_FN
static void dt_wta_copy16(int8_t *dst, const int8_t *src, int32_t n16)
{
    __asm__ volatile("1:\n\t"
                     "ldmia %[s]!, {r4, r5, r6, r8}\n\t"
                     "subs %[n], %[n], #1\n\t"
                     "stmia %[d]!, {r4, r5, r6, r8}\n\t"
                     "bne 1b\n\t"
                     : [s] "+r"(src), [d] "+r"(dst), [n] "+r"(n16)
                     :
                     : "r4", "r5", "r6", "r8", "cc", "memory");
}

/* Two 16-bit lanes (lo, hi), each doubled when dbl (exact: |2w| <= 256). */
DT_INLINE uint32_t dt_wta_pair16(int32_t lo, int32_t hi, int dbl)
{
    const uint32_t v = ((uint32_t)lo & 0xFFFFu) | ((uint32_t)hi << 16);
    return dbl ? (uint32_t)__sadd16(v, v) : v;
}

/* a[q] += sum over n >= 1 groups: xe = [group][2 words] (lanes x0/x2, x1/x3), we = [group]
 * [channel q = 0..3][2 words] (the same lanes). Per 16 MACs: 5 LDRD, 8 SMLAD, CMP, branch. */
DT_DSP_ASM_FN
static void dt_wta_mac4(const uint32_t *xe, const uint32_t *we, int32_t n, int32_t *a)
{
    const uint32_t *const xe_end = xe + 2 * n;
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

/* Requantization constants of a block of four output channels, as dt_wta_rows reads them:
 * the four (doubled) biases, then (m, u0, e) of each channel. 16 words. */
typedef struct {
    int32_t b2[4];
    int32_t mue[4][3];
} dt_wta_rq4;

/* Fill the constants of channel q of a block; 1 when the short path applies (see
 * dt_wta_rq_prep), else 0 with b2[q] = the plain bias. */
DT_INLINE int dt_wta_rq4_prep(dt_wta_rq4 *r, int32_t q, int32_t bias, int32_t m, int32_t shift,
                              int32_t zp, int32_t bound)
{
    dt_wta_rq one;
    if (!dt_wta_rq_prep(&one, bias, m, shift, zp, bound)) {
        r->b2[q] = bias;
        return 0;
    }
    r->b2[q] = one.b2;
    r->mue[q][0] = one.m;
    r->mue[q][1] = one.u0;
    r->mue[q][2] = one.e;
    return 1;
}

/* dt_wta_rq1 with the constants of channel q of a block. */
DT_INLINE int32_t dt_wta_rq4_one(int32_t a2, const dt_wta_rq4 *r, int32_t q)
{
    dt_wta_rq one;
    one.m = r->mue[q][0];
    one.u0 = r->mue[q][1];
    one.e = r->mue[q][2];
    return dt_wta_rq1(a2, &one);
}

/* What dt_wta_rows needs besides its operands. */
typedef struct {
    const uint32_t *xe;  /* the extended input */
    int8_t *out_end;     /* one past the last block's four output bytes */
    uint32_t min4;       /* the activation range in every byte */
    uint32_t max4;
    int32_t clamp;       /* the range is narrower than [-128, 127] */
} dt_wta_rows_ctx;

/* The MAC loop of dt_wta_mac4 (x, w, xe; a0..a3 += ...; t0..t3 clobbered). */
#define DT_WTA_MAC_ASM                                                                             \
    "1:\n\t"                                                                                       \
    "ldrd %[t0], %[t1], [%[x]], #8\n\t"                                                            \
    "ldrd %[t2], %[t3], [%[w]], #8\n\t"                                                            \
    "smlad %[a0], %[t0], %[t2], %[a0]\n\t"                                                         \
    "smlad %[a0], %[t1], %[t3], %[a0]\n\t"                                                         \
    "ldrd %[t2], %[t3], [%[w]], #8\n\t"                                                            \
    "smlad %[a1], %[t0], %[t2], %[a1]\n\t"                                                         \
    "smlad %[a1], %[t1], %[t3], %[a1]\n\t"                                                         \
    "ldrd %[t2], %[t3], [%[w]], #8\n\t"                                                            \
    "smlad %[a2], %[t0], %[t2], %[a2]\n\t"                                                         \
    "smlad %[a2], %[t1], %[t3], %[a2]\n\t"                                                         \
    "ldrd %[t2], %[t3], [%[w]], #8\n\t"                                                            \
    "cmp %[x], %[xe]\n\t"                                                                          \
    "smlad %[a3], %[t0], %[t2], %[a3]\n\t"                                                         \
    "smlad %[a3], %[t1], %[t3], %[a3]\n\t"                                                         \
    "bcc 1b\n\t"

/* Short requantization of accumulator a with the next (m, u0, e) at rq. */
#define DT_WTA_RQ_ASM(a)                                                                           \
    "ldrd %[t0], %[t1], [%[rq]], #8\n\t"                                                           \
    "ldr %[t2], [%[rq]], #4\n\t"                                                                   \
    "add %[t1], %[t1], %[" a "], asr #31\n\t"                                                      \
    "smmlar %[" a "], %[" a "], %[t0], %[t1]\n\t"                                                  \
    "asr %[" a "], %[" a "], %[t2]\n\t"                                                            \
    "ssat %[" a "], #8, %[" a "]\n\t"

#define DT_WTA_ROWS_HEAD                                                                           \
    "2:\n\t"                                                                                       \
    "ldrd %[a0], %[a1], [%[rq]], #8\n\t"                                                           \
    "ldrd %[a2], %[a3], [%[rq]], #8\n\t" DT_WTA_MAC_ASM DT_WTA_RQ_ASM("a0") DT_WTA_RQ_ASM("a1")    \
        DT_WTA_RQ_ASM("a2") DT_WTA_RQ_ASM("a3") "bfi %[a0], %[a1], #8, #8\n\t"                     \
        "bfi %[a0], %[a2], #16, #8\n\t"                                                            \
        "bfi %[a0], %[a3], #24, #8\n\t"

#define DT_WTA_ROWS_CLAMP                                                                          \
    "ldrd %[t0], %[t1], [%[c], #8]\n\t"                                                            \
    "ssub8 %[t2], %[a0], %[t0]\n\t"                                                                \
    "sel %[a0], %[a0], %[t0]\n\t"                                                                  \
    "ssub8 %[t2], %[t1], %[a0]\n\t"                                                                \
    "sel %[a0], %[a0], %[t1]\n\t"

#define DT_WTA_ROWS_TAIL                                                                           \
    "str %[a0], [%[o]], #4\n\t"                                                                    \
    "ldr %[x], [%[c]]\n\t"                                                                         \
    "ldr %[t0], [%[c], #4]\n\t"                                                                    \
    "cmp %[o], %[t0]\n\t"                                                                          \
    "bcc 2b\n\t"

#define DT_WTA_ROWS_OPERANDS                                                                       \
    : [x] "+r"(xp), [w] "+r"(we), [rq] "+r"(rq), [o] "+r"(out), [a0] "=&r"(a0), [a1] "=&r"(a1),    \
      [a2] "=&r"(a2), [a3] "=&r"(a3), [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2),              \
      [t3] "=&r"(t3)                                                                               \
    : [xe] "r"(xend), [c] "r"(c)                                                                   \
    : "cc", "memory"

/* For consecutive blocks of four output channels until out reaches c->out_end: accumulators
 * from the block's doubled biases (rq), a += the n >= 1 groups of c->xe (2 words each) times
 * the block's extended weights (we, dt_wta_mac4 layout; blocks follow each other), the short
 * requantization, the activation clamp (when c->clamp) and one 4-byte store at out. Per block:
 * 15 n + 35 instructions (+ 5 with the clamp). */
#if defined(__OPTIMIZE__) || !defined(__GNUC__)
DT_DSP_ASM_FN
static void dt_wta_rows(const uint32_t *we, const dt_wta_rq4 *rq, int32_t n, int8_t *out,
                        const dt_wta_rows_ctx *c)
{
    const uint32_t *xp = c->xe;
    const uint32_t *const xend = xp + 2 * n;
    int32_t a0, a1, a2, a3;
    uint32_t t0, t1, t2, t3;
    if (c->clamp) {
        __asm__ volatile(DT_WTA_ROWS_HEAD DT_WTA_ROWS_CLAMP DT_WTA_ROWS_TAIL DT_WTA_ROWS_OPERANDS);
    } else {
        __asm__ volatile(DT_WTA_ROWS_HEAD DT_WTA_ROWS_TAIL DT_WTA_ROWS_OPERANDS);
    }
}
#else
/* -O0 keeps a frame pointer and leaves too few registers for the asm: the same in C. */
__attribute__((unused)) static void dt_wta_rows(const uint32_t *we, const dt_wta_rq4 *rq, int32_t n,
                                                int8_t *out, const dt_wta_rows_ctx *c)
{
    for (; out < c->out_end; out += 4, rq++, we += 8 * n) {
        int32_t a[4];
        uint32_t v;
        a[0] = rq->b2[0];
        a[1] = rq->b2[1];
        a[2] = rq->b2[2];
        a[3] = rq->b2[3];
        dt_wta_mac4(c->xe, we, n, a);
        v = dt_wta_pack4(dt_wta_rq4_one(a[0], rq, 0), dt_wta_rq4_one(a[1], rq, 1),
                         dt_wta_rq4_one(a[2], rq, 2), dt_wta_rq4_one(a[3], rq, 3));
        if (c->clamp) {
            v = dt_wta_clamp4(v, c->min4, c->max4);
        }
        dt_dsp_write4(out, v);
    }
}
#endif

#endif /* DT_DSP_WTA_H */
