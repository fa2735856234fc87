/* SPDX-License-Identifier: Apache-2.0 */
/*
 * qemu_plugin_api.h - the few declarations of QEMU's TCG plugin API (API version 1, as in
 * QEMU 6.x/7.x, e.g. Debian 12's qemu-system-arm 7.2) that dtcount.c uses.
 *
 * No distribution package ships QEMU's own plugin header, so the subset needed here is declared
 * by hand, following the documented ABI: the functions are resolved from the qemu-system-*
 * binary when QEMU dlopen()s the plugin; the plugin exports qemu_plugin_version and
 * qemu_plugin_install.
 */
#ifndef DT_QEMU_PLUGIN_API_H
#define DT_QEMU_PLUGIN_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DT_QEMU_PLUGIN_EXPORT __attribute__((visibility("default")))
#define DT_QEMU_PLUGIN_API_VERSION 1

typedef uint64_t qemu_plugin_id_t;

/* Passed to qemu_plugin_install(); only valid during that call. */
typedef struct qemu_info_t {
    const char *target_name;
    struct {
        int min;
        int cur;
    } version;
    bool system_emulation;
    union {
        struct {
            int smp_vcpus;
            int max_vcpus;
        } system;
    };
} qemu_info_t;

/* Opaque handles. */
struct qemu_plugin_tb;
struct qemu_plugin_insn;

enum qemu_plugin_cb_flags {
    QEMU_PLUGIN_CB_NO_REGS,
    QEMU_PLUGIN_CB_R_REGS,
    QEMU_PLUGIN_CB_RW_REGS,
};

typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);

/* Translation-time callback for every new translation block. */
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
/* Execution-time callback, registered from the translation callback, once per executed TB. */
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, qemu_plugin_vcpu_udata_cb_t cb,
                                          enum qemu_plugin_cb_flags flags, void *userdata);
/* Called when QEMU exits (also through a semihosting SYS_EXIT). */
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);

size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn);

/* Prints to QEMU's log (stderr unless -D is given). */
void qemu_plugin_outs(const char *string);

#endif
