/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_wta_s8.c (MVE) - int8 FULLY_CONNECTED reading only the k WTA winners of its
 * input, for Cortex-M55 (Helium). Bit-exact with the portable kernel (TensorFlow Lite Micro's
 * FullyConnected arithmetic on the input whose losers hold the zero point).
 *
 * Input element j of a row is read iff channel j % C is a winner (C = winners->num_channels,
 * depth = blocks * C). The weights come in the generate-time layout of
 * dasnet_tiny/variant_mve.py (fc_wta_layout): output channels in groups of four (the last group
 * holds out_c % 4 rows when out_c is not a multiple of four), and within a group block by block the
 * C weights of each of its rows: row i of group g, block b at g * 4 * depth + (b * r + i) * C
 * (r rows in the group). So for C <= 64 the winners' weights of the four rows of a block are one
 * byte gather each from one base pointer (offsets idx + i * C < 256), and the base moves by r * C
 * per block. Per 16 winners and block: one input gather and, per row, one weight gather and two
 * VMLADAVA (the dot product and the offset term offset * w, accumulated as the product of a
 * constant vector; for offset 128, which does not fit int8, the dot product of ~x = -x - 1 and
 * -127 gives -sum (x + 128) w). No scratch: a dense layer's cost scales with k.
 */
#include "dt_nn.h"

int32_t dt_fully_connected_wta_s8_get_buffer_size(const dt_dims *filter_dims, int32_t count)
{
    (void)filter_dims;
    (void)count;
    return 0;
}

/* The kernel needs MVE; the buffer size above compiles anywhere (tested on the host). */
#if defined(__ARM_FEATURE_MVE)
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

typedef struct {
    int32_t blocks, period, k, neg;
    int8x16_t ov;        /* the offset term's constant */
} fc_shape;

/* One weight vector of each row, accumulated with input vector xv (and the offset term). */
#define FC_ACC(a, xv, wv)                                                                          \
    do {                                                                                           \
        const int8x16_t w_ = (wv);                                                                 \
        a = vmladavaq_s8(a, xv, w_);                                                               \
        a = vmladavaq_s8(a, ov, w_);                                                               \
    } while (0)

/* The winners' input vector of a chunk: gathered unpredicated (offsets past k point inside the
 * block), lanes past k cleared by the mask m (MASK), complemented for offset 128 (NEG). */
#define FC_X(xv, xr, NEG, MASK)                                                                    \
    do {                                                                                           \
        if (NEG) {                                                                                 \
            xv = (MASK) ? vbicq_s8(m, xr) : vmvnq_s8(xr);                                          \
        } else {                                                                                   \
            xv = (MASK) ? vandq_s8(xr, m) : xr;                                                    \
        }                                                                                          \
    } while (0)

/* C <= 64: one chunk of 16 winners over every block; the four rows' byte offsets o0..o3 from one
 * base pointer g (moving rstep per block). ov: the offset constant (0 in the masked lanes). */
#define DEF_DOT1(NAME, NEG, MASK)                                                                  \
    static DT_NOINLINE int32x4_t NAME(const int8_t *x, const int8_t *g, int32_t blocks,           \
                                      int32_t period, int32_t rstep, uint8x16_t o0, uint8x16_t o1, \
                                      uint8x16_t o2, uint8x16_t o3, int8x16_t ov, int8x16_t m)     \
    {                                                                                              \
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, b;                                                 \
        (void)m;                                                                                   \
        for (b = blocks; b > 0; b--, x += period, g += rstep) {                                    \
            const int8x16_t xr = vldrbq_gather_offset_s8(x, o0);                                   \
            int8x16_t xv;                                                                          \
            FC_X(xv, xr, NEG, MASK);                                                               \
            FC_ACC(a0, xv, vldrbq_gather_offset_s8(g, o0));                                        \
            FC_ACC(a1, xv, vldrbq_gather_offset_s8(g, o1));                                        \
            FC_ACC(a2, xv, vldrbq_gather_offset_s8(g, o2));                                        \
            FC_ACC(a3, xv, vldrbq_gather_offset_s8(g, o3));                                        \
        }                                                                                          \
        return dt_mve_vec4(a0, a1, a2, a3);                                                        \
    }
DEF_DOT1(dot1_00, 0, 0)
DEF_DOT1(dot1_01, 0, 1)
DEF_DOT1(dot1_10, 1, 0)
DEF_DOT1(dot1_11, 1, 1)

/* 64 < C <= 256: one pointer per row (g + rofs[i]), one offset vector. */
#define DEF_DOTW(NAME, NEG, MASK)                                                                  \
    static DT_NOINLINE int32x4_t NAME(const int8_t *x, const int8_t *g, int32_t blocks,           \
                                      int32_t period, int32_t rstep, const int32_t *rofs,          \
                                      uint8x16_t o, int8x16_t ov, int8x16_t m)                     \
    {                                                                                              \
        const int8_t *g0 = g + rofs[0], *g1 = g + rofs[1], *g2 = g + rofs[2], *g3 = g + rofs[3];   \
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, b;                                                 \
        (void)m;                                                                                   \
        for (b = blocks; b > 0;                                                                    \
             b--, x += period, g0 += rstep, g1 += rstep, g2 += rstep, g3 += rstep) {               \
            const int8x16_t xr = vldrbq_gather_offset_s8(x, o);                                    \
            int8x16_t xv;                                                                          \
            FC_X(xv, xr, NEG, MASK);                                                               \
            FC_ACC(a0, xv, vldrbq_gather_offset_s8(g0, o));                                        \
            FC_ACC(a1, xv, vldrbq_gather_offset_s8(g1, o));                                        \
            FC_ACC(a2, xv, vldrbq_gather_offset_s8(g2, o));                                        \
            FC_ACC(a3, xv, vldrbq_gather_offset_s8(g3, o));                                        \
        }                                                                                          \
        return dt_mve_vec4(a0, a1, a2, a3);                                                        \
    }
DEF_DOTW(dotw_00, 0, 0)
DEF_DOTW(dotw_01, 0, 1)
DEF_DOTW(dotw_10, 1, 0)
DEF_DOTW(dotw_11, 1, 1)

/* One block (blocks == 1), C <= 256: every chunk of 16 winners in one loop, the four rows at
 * g + rofs[i]; the last chunk (k % 16 winners) masked. */
#define DEF_DOTB(NAME, NEG)                                                                        \
    static DT_NOINLINE int32x4_t NAME(const int8_t *x, const int8_t *g, int32_t k,                \
                                      const int32_t *rofs, const uint8_t *o8, int8x16_t ov0)       \
    {                                                                                              \
        const int8_t *g0 = g + rofs[0], *g1 = g + rofs[1], *g2 = g + rofs[2], *g3 = g + rofs[3];   \
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, c;                                                 \
        {                                                                                          \
            const int8x16_t ov = ov0, m = vdupq_n_s8(-1);                                          \
            (void)m;                                                                               \
            for (c = k >> 4; c > 0; c--, o8 += 16) {                                               \
                const uint8x16_t o = vldrbq_u8(o8);                                                \
                const int8x16_t xr = vldrbq_gather_offset_s8(x, o);                                \
                int8x16_t xv;                                                                      \
                FC_X(xv, xr, NEG, 0);                                                              \
                FC_ACC(a0, xv, vldrbq_gather_offset_s8(g0, o));                                    \
                FC_ACC(a1, xv, vldrbq_gather_offset_s8(g1, o));                                    \
                FC_ACC(a2, xv, vldrbq_gather_offset_s8(g2, o));                                    \
                FC_ACC(a3, xv, vldrbq_gather_offset_s8(g3, o));                                    \
            }                                                                                      \
        }                                                                                          \
        if (k & 15) {                                                                              \
            const int8x16_t m =                                                                    \
                vpselq_s8(vdupq_n_s8(-1), vdupq_n_s8(0), vctp8q((uint32_t)(k & 15)));             \
            const int8x16_t ov = vandq_s8(ov0, m);                                                 \
            const uint8x16_t o = vldrbq_u8(o8);                                                    \
            const int8x16_t xr = vldrbq_gather_offset_s8(x, o);                                    \
            int8x16_t xv;                                                                          \
            FC_X(xv, xr, NEG, 1);                                                                  \
            FC_ACC(a0, xv, vldrbq_gather_offset_s8(g0, o));                                        \
            FC_ACC(a1, xv, vldrbq_gather_offset_s8(g1, o));                                        \
            FC_ACC(a2, xv, vldrbq_gather_offset_s8(g2, o));                                        \
            FC_ACC(a3, xv, vldrbq_gather_offset_s8(g3, o));                                        \
        }                                                                                          \
        return dt_mve_vec4(a0, a1, a2, a3);                                                        \
    }
DEF_DOTB(dotb_0, 0)
DEF_DOTB(dotb_1, 1)

/* Every chunk of 16 winners (byte offsets o8, C <= 256). */
static int32x4_t dot_chunks(const fc_shape *s, const int8_t *x, const int8_t *g, int32_t rstep,
                            const int32_t *rofs, const uint8_t *o8, int one_base)
{
    int32x4_t a = vdupq_n_s32(0);
    int32_t c;
    for (c = 0; c < s->k; c += 16) {
        const int mask = s->k - c < 16;
        const int8x16_t m = vpselq_s8(vdupq_n_s8(-1), vdupq_n_s8(0), vctp8q((uint32_t)(s->k - c)));
        const int8x16_t ov = vandq_s8(s->ov, m);
        const uint8x16_t o = vldrbq_u8(o8 + c);
        if (one_base) {
            const uint8x16_t o1 = vaddq_n_u8(o, (uint8_t)rofs[1]);
            const uint8x16_t o2 = vaddq_n_u8(o, (uint8_t)rofs[2]);
            const uint8x16_t o3 = vaddq_n_u8(o, (uint8_t)rofs[3]);
            a = vaddq_s32(a, (s->neg ? (mask ? dot1_11 : dot1_10) : (mask ? dot1_01 : dot1_00))(
                                 x, g, s->blocks, s->period, rstep, o, o1, o2, o3, ov, m));
        } else {
            a = vaddq_s32(a, (s->neg ? (mask ? dotw_11 : dotw_10) : (mask ? dotw_01 : dotw_00))(
                                 x, g, s->blocks, s->period, rstep, rofs, o, ov, m));
        }
    }
    return a;
}

/* C > 256: halfword offsets, eight winners at a time, (x + offset) as int16. */
static DT_NOINLINE int32x4_t dot_idx16(const fc_shape *s, const int8_t *x, const int8_t *g,
                                       int32_t rstep, const int32_t *rofs, const uint16_t *idx,
                                       int32_t off)
{
    const int32_t period = s->period, k = s->k;
    const int8_t *g0 = g + rofs[0], *g1 = g + rofs[1], *g2 = g + rofs[2], *g3 = g + rofs[3];
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, b, c;
    for (b = s->blocks; b > 0; b--, x += period, g0 += rstep, g1 += rstep, g2 += rstep, g3 += rstep) {
        for (c = 0; c < k; c += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - c));
            const uint16x8_t o = vldrhq_z_u16(idx + c, p);
            const int16x8_t xv = vaddq_n_s16(vldrbq_gather_offset_z_s16(x, o, p), (int16_t)off);
            a0 = vmladavaq_s16(a0, xv, vldrbq_gather_offset_z_s16(g0, o, p));
            a1 = vmladavaq_s16(a1, xv, vldrbq_gather_offset_z_s16(g1, o, p));
            a2 = vmladavaq_s16(a2, xv, vldrbq_gather_offset_z_s16(g2, o, p));
            a3 = vmladavaq_s16(a3, xv, vldrbq_gather_offset_z_s16(g3, o, p));
        }
    }
    return dt_mve_vec4(a0, a1, a2, a3);
}

/* One block (blocks == 1, C <= 256; the layout is then the plain [out_c][C]): every full group
 * of four rows of every input row, with the requantization, in one function (NL: no channel
 * shifts left). */
#define DEF_GROUPS1(NAME, NEG, NL)                                                                 \
    static DT_NOINLINE void NAME(const fc_shape *s, const int8_t *input, int32_t rows,            \
                                 const int8_t *filter, const int32_t *bias,                        \
                                 const dt_per_channel_quant_params *quant, int32_t out_c,          \
                                 const uint8_t *o8s, const dt_fc_params *params, int8_t *output)   \
    {                                                                                              \
        const int32_t depth = s->period, k = s->k, groups = out_c >> 2, d4 = 4 * depth;           \
        const int32_t full = k >> 4, out_off = params->output_offset;                              \
        const int32_t lo = params->activation.min, hi = params->activation.max;                    \
        const int8x16_t ov0 = s->ov;                                                               \
        const int8x16_t mt = vpselq_s8(vdupq_n_s8(-1), vdupq_n_s8(0), vctp8q((uint32_t)(k & 15)));\
        const int8x16_t ovt = vandq_s8(ov0, mt);                                                   \
        int8_t xc[256 + 16]; /* the row's winners, complemented for offset 128, zero past k */     \
        int32_t r, o, c;                                                                           \
        for (r = 0; r < rows; r++) {                                                               \
            const int8_t *const x = input + r * depth;                                             \
            const int8_t *g = filter;                                                              \
            const int32_t *mp = quant->multiplier, *sp = quant->shift, *bp = bias;                 \
            int8_t *out = output + r * out_c;                                                      \
            for (c = 0; c < k; c += 16) {                                                          \
                const int8x16_t xr = vldrbq_gather_offset_s8(x, vldrbq_u8(o8s + c));               \
                const int8x16_t m = c + 16 <= k ? vdupq_n_s8(-1) : mt;                             \
                int8x16_t xv;                                                                      \
                FC_X(xv, xr, NEG, 1);                                                              \
                vstrbq_s8(xc + c, xv);                                                             \
            }                                                                                      \
            for (o = groups; o > 0; o--, g += d4, mp += 4, sp += 4, out += 4) {                    \
                const int8_t *g0 = g, *g1 = g + depth, *g2 = g + 2 * depth, *g3 = g + 3 * depth;   \
                const uint8_t *o8 = o8s;                                                           \
                const int8_t *xp = xc;                                                             \
                int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;                                            \
                int32x4_t acc, bv;                                                                 \
                {                                                                                  \
                    const int8x16_t ov = ov0;                                                      \
                    for (c = full; c > 0; c--, o8 += 16, xp += 16) {                               \
                        const uint8x16_t ofs = vldrbq_u8(o8);                                      \
                        const int8x16_t xv = vldrbq_s8(xp);                                        \
                        FC_ACC(a0, xv, vldrbq_gather_offset_s8(g0, ofs));                          \
                        FC_ACC(a1, xv, vldrbq_gather_offset_s8(g1, ofs));                          \
                        FC_ACC(a2, xv, vldrbq_gather_offset_s8(g2, ofs));                          \
                        FC_ACC(a3, xv, vldrbq_gather_offset_s8(g3, ofs));                          \
                    }                                                                              \
                }                                                                                  \
                if (k & 15) {                                                                      \
                    const int8x16_t ov = ovt;                                                      \
                    const uint8x16_t ofs = vldrbq_u8(o8);                                          \
                    const int8x16_t xv = vldrbq_s8(xp);                                            \
                    FC_ACC(a0, xv, vldrbq_gather_offset_s8(g0, ofs));                              \
                    FC_ACC(a1, xv, vldrbq_gather_offset_s8(g1, ofs));                              \
                    FC_ACC(a2, xv, vldrbq_gather_offset_s8(g2, ofs));                              \
                    FC_ACC(a3, xv, vldrbq_gather_offset_s8(g3, ofs));                              \
                }                                                                                  \
                acc = dt_mve_vec4(a0, a1, a2, a3);                                                 \
                bv = bp != NULL ? vldrwq_s32(bp) : vdupq_n_s32(0);                                 \
                if (bp != NULL) {                                                                  \
                    bp += 4;                                                                       \
                }                                                                                  \
                acc = (NEG) ? vsubq_s32(bv, acc) : vaddq_s32(bv, acc);                             \
                if (NL) {                                                                          \
                    acc = dt_mve_requantize_r(acc, vldrwq_s32(mp), vldrwq_s32(sp), out_off, lo, hi);\
                } else {                                                                           \
                    const dt_mve_rq q = dt_mve_rq_load(mp, sp, 4);                                 \
                    acc = dt_mve_requantize(acc, &q, out_off, lo, hi);                             \
                }                                                                                  \
                vstrbq_s32(out, acc);                                                              \
            }                                                                                      \
        }                                                                                          \
    }
DEF_GROUPS1(groups1_00, 0, 0)
DEF_GROUPS1(groups1_01, 0, 1)
DEF_GROUPS1(groups1_10, 1, 0)
DEF_GROUPS1(groups1_11, 1, 1)

/* The four sums (bias and requantization not included) of a group of nv rows. */
static int32x4_t dot_any(const fc_shape *s, const int8_t *x, const int8_t *g, int32_t rstep,
                         const int32_t *rofs, const uint8_t *o8, const uint16_t *idx, int32_t off,
                         int32_t nv)
{
    int32x4_t a;
    if (s->k == 0) {
        return vdupq_n_s32(0);
    }
    if (s->period > 256) {
        return dot_idx16(s, x, g, rstep, rofs, idx, off);
    }
    if (s->blocks == 1 && (s->period > 64 || nv < 4)) {
        a = (s->neg ? dotb_1 : dotb_0)(x, g, s->k, rofs, o8, s->ov);
    } else {
        a = dot_chunks(s, x, g, rstep, rofs, o8, s->period <= 64);
    }
    return s->neg ? vnegq_s32(a) : a;
}

dt_status dt_fully_connected_wta_s8(const dt_context *ctx, const dt_fc_params *params,
                                    const dt_per_channel_quant_params *quant,
                                    const dt_dims *input_dims, const int8_t *input,
                                    const dt_dims *filter_dims, const int8_t *filter,
                                    const int32_t *bias,
                                    const dt_dims *output_dims, int8_t *output,
                                    const dt_channel_list *winners)
{
    const int32_t rows = input_dims->n, depth = input_dims->c, out_c = output_dims->c;
    const int32_t off = params->input_offset, out_off = params->output_offset;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    uint8_t o8[256];
    fc_shape s;
    int32_t k, period, i, o = 0, r;
    (void)ctx;

    if (winners == NULL || filter_dims->c != depth || filter_dims->n != out_c ||
        output_dims->n != rows || rows < 0 || out_c < 0 || off < -127 || off > 128) {
        return DT_ERR_ARG;
    }
    period = winners->num_channels;
    k = winners->count;
    if (period < 1 || depth % period != 0 || k < 0 || k > period || (k > 0 && winners->index == NULL)) {
        return DT_ERR_ARG;
    }
    if (!dt_channel_list_ok(winners, period)) {
        return DT_ERR_ARG;
    }
    s.blocks = depth / period;
    s.period = period;
    s.k = k;
    s.neg = off == 128;
    s.ov = vdupq_n_s8((int8_t)(off == 128 ? -127 : off));
    if (period <= 256) {
        for (i = 0; i < 256; i += 16) {
            vstrbq_u8(o8 + i, vdupq_n_u8(0));
        }
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            vstrbq_p_u16(o8 + i, vldrhq_z_u16(winners->index + i, p), p);
        }
    }
    {
        /* full groups of four rows first, then the last group of out_c % 4 rows */
        static const int32_t rofs4[4] = {0, 1, 2, 3};
        int32_t rofs_full[4];
        for (i = 0; i < 4; i++) {
            rofs_full[i] = rofs4[i] * period;
        }
        if (s.blocks == 1 && period <= 256 && k > 0 && out_c >= 4) {
            int32x4_t shv = vdupq_n_s32(0);
            int32_t sh_max;
            for (o = 0; o + 4 <= out_c; o += 4) {
                shv = vmaxq_s32(shv, vldrwq_s32(quant->shift + o));
            }
            sh_max = vmaxvq_s32(0, shv);
            (s.neg ? (sh_max > 0 ? groups1_10 : groups1_11) : (sh_max > 0 ? groups1_00 : groups1_01))(
                &s, input, rows, filter, bias, quant, out_c, o8, params, output);
        }
        for (; o + 4 <= out_c; o += 4) {
            const int8_t *const g = filter + o * depth;
            const int32x4_t sh = vldrwq_s32(quant->shift + o);
            const int32x4_t bv = bias != NULL ? vldrwq_s32(bias + o) : vdupq_n_s32(0);
            dt_mve_rq q;
            q.mult = vldrwq_s32(quant->multiplier + o);
            q.lsh = vmaxq_s32(sh, vdupq_n_s32(0));
            q.rsh = vminq_s32(sh, vdupq_n_s32(0));
            for (r = 0; r < rows; r++) {
                const int8_t *const x = input + r * depth;
                int32x4_t a = dot_any(&s, x, g, 4 * period, rofs_full, o8, winners->index, off, 4);
                vstrbq_s32(output + r * out_c + o,
                           dt_mve_requantize(vaddq_s32(a, bv), &q, out_off, lo, hi));
            }
        }
        if (o < out_c) {
            const int32_t nv = out_c - o;
            const int8_t *const g = filter + o * depth;
            const mve_pred16_t ps = vctp32q((uint32_t)nv);
            const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + o, quant->shift + o, nv);
            const int32x4_t bv = bias != NULL ? vldrwq_z_s32(bias + o, ps) : vdupq_n_s32(0);
            int32_t rofs[4]; /* missing rows repeat the last one (not stored) */
            for (i = 0; i < 4; i++) {
                rofs[i] = (i < nv ? i : nv - 1) * period;
            }
            for (r = 0; r < rows; r++) {
                const int8_t *const x = input + r * depth;
                int32x4_t a = dot_any(&s, x, g, nv * period, rofs, o8, winners->index, off, nv);
                vstrbq_p_s32(output + r * out_c + o,
                             dt_mve_requantize(vaddq_s32(a, bv), &q, out_off, lo, hi), ps);
            }
        }
    }
    return DT_OK;
}

#endif /* __ARM_FEATURE_MVE */
