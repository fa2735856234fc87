/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_host_main.c - host runner for a dasnet-tiny generated model.
 *
 * Build with the model's folder on the include path and
 *   -DDT_MODEL=NAME -DDT_MODEL_HEADER='"NAME.h"'
 * Usage: runner INPUT.bin OUTPUT.bin [DUMP.bin]
 *   INPUT.bin  N samples of NAME_INPUT_SIZE bytes (int8), back to back;
 *   OUTPUT.bin written: N samples of NAME_OUTPUT_SIZE bytes;
 *   DUMP.bin   (builds with -DDT_DUMP) records of int32 {sample, layer, tensor, size} followed by
 *              `size` bytes: every layer's output tensor (tensor -1: a WTA winner list, uint16).
 * With -DDT_HOST_HOOKS the runner overrides NAME_layer_hook, checks that the layers report in
 * order and prints "hooks: <calls per inference>" on stderr.
 * Exit status: 0 ok, 2 usage / file errors, 3 NAME_invoke failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include DT_MODEL_HEADER

#define DT_CAT_(a, b) a##b
#define DT_CAT(a, b) DT_CAT_(a, b)
#define DT_M(suffix) DT_CAT(DT_MODEL, suffix)

static int32_t current_sample;

#ifdef DT_DUMP
static FILE *dump_file;

void dt_dump_tensor(int layer, int tensor, const void *data, int32_t size);
void dt_dump_tensor(int layer, int tensor, const void *data, int32_t size)
{
    int32_t header[4];
    header[0] = current_sample;
    header[1] = (int32_t)layer;
    header[2] = (int32_t)tensor;
    header[3] = size;
    if (dump_file != NULL) {
        if (fwrite(header, sizeof(header), 1, dump_file) != 1 ||
            (size > 0 && fwrite(data, (size_t)size, 1, dump_file) != 1)) {
            fprintf(stderr, "dt_host_main: cannot write the dump file\n");
            exit(2);
        }
    }
}
#endif

#ifdef DT_HOST_HOOKS
static long hook_calls;
static int hook_next;

void DT_M(_layer_hook)(int layer_index)
{
    if (layer_index != hook_next) {
        fprintf(stderr, "dt_host_main: layer hook %d out of order (expected %d)\n", layer_index,
                hook_next);
        exit(4);
    }
    hook_next = (hook_next + 1) % DT_M(_NUM_LAYERS);
    hook_calls++;
}
#endif

static unsigned char *read_file(const char *path, long *size)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (*size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        if (f != NULL) {
            fclose(f);
        }
        return NULL;
    }
    buf = (unsigned char *)malloc((size_t)*size + 1);
    if (buf == NULL || (*size > 0 && fread(buf, (size_t)*size, 1, f) != 1)) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    long in_bytes = 0, n, i;
    unsigned char *inputs;
    int8_t *outputs;
    FILE *out;
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s INPUT.bin OUTPUT.bin [DUMP.bin]\n", argv[0]);
        return 2;
    }
    inputs = read_file(argv[1], &in_bytes);
    if (inputs == NULL) {
        fprintf(stderr, "dt_host_main: cannot read %s\n", argv[1]);
        return 2;
    }
    if (in_bytes % DT_M(_INPUT_SIZE) != 0) {
        fprintf(stderr, "dt_host_main: %s has %ld bytes, not a multiple of the input size %d\n",
                argv[1], in_bytes, (int)DT_M(_INPUT_SIZE));
        return 2;
    }
    n = in_bytes / DT_M(_INPUT_SIZE);
    outputs = (int8_t *)malloc((size_t)(n > 0 ? n : 1) * DT_M(_OUTPUT_SIZE));
    if (outputs == NULL) {
        return 2;
    }
#ifdef DT_DUMP
    if (argc == 4) {
        dump_file = fopen(argv[3], "wb");
        if (dump_file == NULL) {
            fprintf(stderr, "dt_host_main: cannot write %s\n", argv[3]);
            return 2;
        }
    }
#endif
    for (i = 0; i < n; i++) {
        int rc;
        current_sample = (int32_t)i;
        rc = DT_M(_invoke)((const int8_t *)inputs + i * DT_M(_INPUT_SIZE),
                           outputs + i * DT_M(_OUTPUT_SIZE));
        if (rc != 0) {
            fprintf(stderr, "dt_host_main: invoke failed with %d on sample %ld\n", rc, i);
            return 3;
        }
    }
    (void)current_sample;
#ifdef DT_DUMP
    if (dump_file != NULL) {
        fclose(dump_file);
    }
#endif
    out = fopen(argv[2], "wb");
    if (out == NULL || (n > 0 && fwrite(outputs, (size_t)(n * DT_M(_OUTPUT_SIZE)), 1, out) != 1)) {
        fprintf(stderr, "dt_host_main: cannot write %s\n", argv[2]);
        return 2;
    }
    fclose(out);
#ifdef DT_HOST_HOOKS
    fprintf(stderr, "hooks: %ld\n", n > 0 ? hook_calls / n : 0L);
#endif
    free(inputs);
    free(outputs);
    return 0;
}
