/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_nn.h - dasnet-tiny int8 neural network kernels (public API).
 *
 * CMSIS-NN style: every kernel is a pure function of pointers, dimensions and quantization
 * parameters. No allocation, no globals; kernels that need scratch memory take a dt_context and
 * have a *_get_buffer_size() function beside them. Tensors are int8, NHWC, batch first; weights
 * are int8 with zero point 0 (per-tensor or per-channel scales, folded by the generator into one
 * multiplier/shift pair per output channel); biases are int32.
 *
 * Arithmetic is TensorFlow Lite Micro's reference integer arithmetic, bit for bit:
 *   acc = bias + sum((x + input_offset) * w)           (input_offset = -input zero point)
 *   y   = clamp(MultiplyByQuantizedMultiplier(acc, multiplier, shift) + output_offset,
 *               activation.min, activation.max)
 * with gemmlowp's double rounding (see dt_nn_support.h).
 *
 * Winners-take-all (dynamic activation sparsity): dt_wta_select_s8() picks the k winning
 * channels of an activation and writes their indices, ascending, to a small index list. The
 * dense kernels know nothing of it; the *_wta_s8 kernels (one file each) read only the listed
 * input channels: a loser channel is never read. Its contribution is that of the zero point, which is
 * exactly zero in the (x - zero point) formulation, so the result is bit-exact with running the
 * kernel on the input whose losers were set to the zero point.
 *
 * Status: kernels return DT_OK (0) or DT_ERR_ARG (-1) when the arguments are inconsistent.
 * The same prototypes are implemented by the portable C kernels here and by any
 * target-optimized variants (e.g. __ARM_FEATURE_DSP / MVE) that may replace them.
 */
#ifndef DT_NN_H
#define DT_NN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DT_NN_VERSION_MAJOR 1
#define DT_NN_VERSION_MINOR 0

/* ---- portability ------------------------------------------------------------------------ */
#if defined(__GNUC__) || defined(__clang__) || defined(__ARMCC_VERSION) || defined(__TI_ARM__)
#define DT_ALIGNED(n) __attribute__((aligned(n)))
#define DT_WEAK __attribute__((weak))
#elif defined(__ICCARM__)
#define DT_DO_PRAGMA(x) _Pragma(#x)
#define DT_ALIGNED(n) DT_DO_PRAGMA(data_alignment = n)
#define DT_WEAK __weak
#else
#define DT_ALIGNED(n)
#define DT_WEAK
#endif

/* ---- common types ----------------------------------------------------------------------- */
typedef enum {
    DT_OK = 0,        /* success */
    DT_ERR_ARG = -1   /* inconsistent dimensions, parameters or missing scratch buffer */
} dt_status;

/* Maximum rank of the N-dimensional kernels (add, mul, mean, pad). */
#define DT_MAX_DIMS 6

/* Tensor dimensions, NHWC. */
typedef struct {
    int32_t n;
    int32_t h;
    int32_t w;
    int32_t c;
} dt_dims;

/* A height/width pair (stride, padding, dilation, filter size). */
typedef struct {
    int32_t h;
    int32_t w;
} dt_tile;

/* Clamp range of the (int8) output, i.e. the fused activation. */
typedef struct {
    int32_t min;
    int32_t max;
} dt_activation;

/* Scratch memory handed to a kernel; size in bytes. buf may be NULL when the kernel's
 * *_get_buffer_size() is 0. */
typedef struct {
    void *buf;
    int32_t size;
} dt_context;

/* One requantization multiplier and shift per output channel
 * (real multiplier = multiplier * 2^(shift - 31)). */
typedef struct {
    const int32_t *multiplier;
    const int32_t *shift;
} dt_per_channel_quant_params;

/* The input channels a kernel reads (WTA winners). `index` holds `count` channel indices in
 * ascending order, each in [0, num_channels). An element at flat position j of the input belongs
 * to channel j % num_channels (NHWC order; also after a flatten of an NHWC tensor). A NULL
 * dt_channel_list pointer means: all channels. */
typedef struct {
    const uint16_t *index;
    int32_t count;
    int32_t num_channels;
} dt_channel_list;

/* ---- parameters ------------------------------------------------------------------------- */
typedef struct {
    int32_t input_offset;   /* -input zero point */
    int32_t output_offset;  /* output zero point */
    dt_tile stride;
    dt_tile padding;        /* top / left padding (the odd extra of SAME goes bottom / right) */
    dt_tile dilation;
    dt_activation activation;
} dt_conv_params;

typedef struct {
    int32_t input_offset;
    int32_t output_offset;
    int32_t ch_mult;        /* depth multiplier: output channel = input channel * ch_mult + m */
    dt_tile stride;
    dt_tile padding;
    dt_tile dilation;
    dt_activation activation;
} dt_dw_conv_params;

typedef struct {
    int32_t input_offset;
    int32_t output_offset;
    dt_activation activation;
} dt_fc_params;

typedef struct {
    dt_tile stride;
    dt_tile padding;
    dt_activation activation;
} dt_pool_params;

/* ADD, as TFLite's quantized add: both inputs are shifted left by left_shift, rescaled to a
 * common scale, summed and rescaled to the output. */
typedef struct {
    int32_t input1_offset;
    int32_t input1_multiplier;
    int32_t input1_shift;
    int32_t input2_offset;
    int32_t input2_multiplier;
    int32_t input2_shift;
    int32_t left_shift;
    int32_t output_offset;
    int32_t output_multiplier;
    int32_t output_shift;
    dt_activation activation;
} dt_add_params;

typedef struct {
    int32_t input1_offset;
    int32_t input2_offset;
    int32_t output_offset;
    int32_t output_multiplier;
    int32_t output_shift;
    dt_activation activation;
} dt_mul_params;

/* Broadcast iteration space of a binary elementwise op, outermost dimension first: the output
 * has shape dims[0..DT_MAX_DIMS); input k advances by strideK[d] elements along dimension d
 * (0 for a broadcast dimension). Unused leading dimensions are 1. */
typedef struct {
    int32_t dims[DT_MAX_DIMS];
    int32_t stride1[DT_MAX_DIMS];
    int32_t stride2[DT_MAX_DIMS];
} dt_broadcast_shape;

/* MEAN over the dimensions flagged in reduce[] of an input of shape dims[] (outermost first,
 * unused leading dimensions 1). The output holds the kept dimensions in order.
 * multiplier/shift have 1/num_reduced folded in (TFLite Micro's QuantizedMeanOrSum). */
typedef struct {
    int32_t dims[DT_MAX_DIMS];
    int32_t reduce[DT_MAX_DIMS];
    int32_t input_offset;
    int32_t output_offset;
    int32_t multiplier;
    int32_t shift;
} dt_mean_params;

/* PAD: input shape dims[], before[d] / after[d] elements added on each side of dimension d. */
typedef struct {
    int32_t dims[DT_MAX_DIMS];
    int32_t before[DT_MAX_DIMS];
    int32_t after[DT_MAX_DIMS];
    int32_t pad_value;      /* the output zero point */
} dt_pad_params;

/* ---- kernels ---------------------------------------------------------------------------- */

/* CONV_2D. input [n, h, w, c]; filter [out_c, kh, kw, c] (filter_dims: n = out_c, h, w, c);
 * bias [out_c] or NULL; output [n, oh, ow, out_c]. */
dt_status dt_convolve_s8(const dt_context *ctx, const dt_conv_params *params,
                         const dt_per_channel_quant_params *quant,
                         const dt_dims *input_dims, const int8_t *input,
                         const dt_dims *filter_dims, const int8_t *filter,
                         const int32_t *bias,
                         const dt_dims *output_dims, int8_t *output);
int32_t dt_convolve_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims);

/* DEPTHWISE_CONV_2D. filter [1, kh, kw, c * ch_mult] (filter_dims: h, w, c = c * ch_mult). */
dt_status dt_depthwise_conv_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                               const dt_per_channel_quant_params *quant,
                               const dt_dims *input_dims, const int8_t *input,
                               const dt_dims *filter_dims, const int8_t *filter,
                               const int32_t *bias,
                               const dt_dims *output_dims, int8_t *output);
int32_t dt_depthwise_conv_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims);

/* FULLY_CONNECTED. input [rows, depth] (input_dims: n = rows, c = depth; any NHWC tensor is
 * flattened to this); filter [out_c, depth] (filter_dims: n = out_c, c = depth); bias [out_c]
 * or NULL; output [rows, out_c] (output_dims: n = rows, c = out_c). */
dt_status dt_fully_connected_s8(const dt_context *ctx, const dt_fc_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output);
int32_t dt_fully_connected_s8_get_buffer_size(const dt_dims *filter_dims);

/* AVERAGE_POOL_2D (the average of the in-bounds elements, rounded half away from zero, as
 * TFLite). filter_dims: h, w. */
dt_status dt_avgpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output);
int32_t dt_avgpool_s8_get_buffer_size(const dt_dims *output_dims);

/* MAX_POOL_2D; same conventions as dt_avgpool_s8. */
dt_status dt_maxpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output);

/* ---- WTA (sparse) consumers ----------------------------------------------------------------
 * A layer that reads a WTA output calls the _wta_ kernel of its op instead of the dense one (the
 * generator chooses at generate time, as arm_convolve_wrapper_s8 chooses a specialized kernel).
 * Arguments are the dense kernel's plus `winners`: the k winning input channels, ascending
 * (winners->num_channels == the input's channel count). Loser channels are never read; their
 * contribution is that of the zero point, i.e. exactly zero, so the result equals the dense
 * kernel's on the input whose losers hold the zero point. Each variant folder (dsp, mve) may
 * replace any of these files; `filter` is then in the layout that variant's generator module
 * (dasnet_tiny/variant_<v>.py, FILTER_LAYOUT) produced, the dense layout otherwise; the same
 * holds for a variant's dense kernels. */

/* CONV_2D reading winners. Portable: the winners' input channels and weights are gathered into
 * ctx once per call and the dense dt_convolve_s8 runs on `count` channels. */
dt_status dt_convolve_wta_s8(const dt_context *ctx, const dt_conv_params *params,
                             const dt_per_channel_quant_params *quant,
                             const dt_dims *input_dims, const int8_t *input,
                             const dt_dims *filter_dims, const int8_t *filter,
                             const int32_t *bias,
                             const dt_dims *output_dims, int8_t *output,
                             const dt_channel_list *winners);
int32_t dt_convolve_wta_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count);

/* DEPTHWISE_CONV_2D reading winners: only the winners' channels are convolved; the output
 * channels of a loser input channel are its requantized bias (no MAC loop). */
dt_status dt_depthwise_conv_wta_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                                   const dt_per_channel_quant_params *quant,
                                   const dt_dims *input_dims, const int8_t *input,
                                   const dt_dims *filter_dims, const int8_t *filter,
                                   const int32_t *bias,
                                   const dt_dims *output_dims, int8_t *output,
                                   const dt_channel_list *winners);
int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count);

/* FULLY_CONNECTED reading winners: input element j of a row is read iff channel
 * j % winners->num_channels is a winner (depth % num_channels == 0; also after a flatten). */
dt_status dt_fully_connected_wta_s8(const dt_context *ctx, const dt_fc_params *params,
                                    const dt_per_channel_quant_params *quant,
                                    const dt_dims *input_dims, const int8_t *input,
                                    const dt_dims *filter_dims, const int8_t *filter,
                                    const int32_t *bias,
                                    const dt_dims *output_dims, int8_t *output,
                                    const dt_channel_list *winners);
int32_t dt_fully_connected_wta_s8_get_buffer_size(const dt_dims *filter_dims, int32_t count);

/* ADD with broadcasting (up to DT_MAX_DIMS dimensions). output may alias an input of the
 * output's shape. */
dt_status dt_add_s8(const dt_add_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output);

/* MUL with broadcasting; same conventions as dt_add_s8. */
dt_status dt_mul_s8(const dt_mul_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output);

/* SOFTMAX over rows of row_size elements (output scale 1/256, zero point -128), gemmlowp
 * fixed-point exp and reciprocal as TFLite Micro's reference int8 softmax. mult / shift /
 * diff_min as tflite::PreprocessSoftmaxScaling / CalculateInputRadius (5 integer bits). */
dt_status dt_softmax_s8(const int8_t *input, int32_t rows, int32_t row_size, int32_t mult,
                        int32_t shift, int32_t diff_min, int8_t *output);

/* MEAN over any set of dimensions. */
dt_status dt_mean_s8(const dt_mean_params *params, const int8_t *input, int8_t *output);

/* PAD any dimensions with pad_value. */
dt_status dt_pad_s8(const dt_pad_params *params, const int8_t *input, int8_t *output);

/* CONCATENATION: the output is `outer` repetitions of [input 0 block | input 1 block | ...]
 * where input i contributes inner_sizes[i] contiguous bytes per repetition. */
dt_status dt_concat_s8(const int8_t *const *inputs, const int32_t *inner_sizes,
                       int32_t num_inputs, int32_t outer, int8_t *output);

/* QUANTIZE int8 -> int8: y = clamp(MBQM(x + input_offset, multiplier, shift) + output_offset).
 * output may alias input. */
dt_status dt_requantize_s8(const int8_t *input, int32_t size, int32_t input_offset,
                           int32_t multiplier, int32_t shift, int32_t output_offset,
                           int8_t *output);

/* Winners-take-all selection. input: `positions` x `channels` (NHWC, H*W positions; or one
 * position of `channels` features for a dense layer). score[c] = sum over positions of
 * (x + input_offset) in int32; the k highest scores win, ties to the lower channel index.
 * Writes the k winner indices in ascending order to winners[0..k). O(C log k) time; needs
 * dt_wta_select_s8_get_buffer_size(channels) bytes of scratch (4-byte aligned) in ctx. */
dt_status dt_wta_select_s8(const dt_context *ctx, const int8_t *input, int32_t positions,
                           int32_t channels, int32_t input_offset, int32_t k, uint16_t *winners);
int32_t dt_wta_select_s8_get_buffer_size(int32_t channels);

/* output[p][c] = input[p][c] for the channels in `winners`, `value` for the others
 * (positions x winners->num_channels elements). output may equal input (then only the loser
 * channels are written). Materializes a WTA output (value = zero point) and fills the loser
 * channels of a pool that computed only the winners. */
dt_status dt_fill_losers_s8(const int8_t *input, int8_t *output, int32_t positions,
                            const dt_channel_list *winners, int8_t value);

#ifdef __cplusplus
}
#endif

#endif /* DT_NN_H */
