/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dtcount.c - QEMU TCG plugin: deterministic instruction counts per inference and per layer,
 * instruction mix and a static cycle estimate, for the dasnet-tiny firmware runner.
 *
 * Build (host gcc): gcc -std=c99 -O2 -shared -fPIC -o libdtcount.so dtcount.c
 * Use: qemu-system-arm ... -plugin libdtcount.so,out=counts.txt,begin=0x..,end=0x..,hook=0x..,
 *                                              costs=costs.txt
 *
 * Arguments (key=value):
 *   out=PATH     results file (required)
 *   begin=ADDR   address of dt_inference_begin (required)
 *   end=ADDR     address of dt_inference_end (required)
 *   hook=ADDR    address of NAME_layer_hook (optional; without it there is one slot)
 *   costs=PATH   per-instruction table (optional), one line per instruction:
 *                  <addr hex> <class> <taken_class> <cost> <cost_after_mem> <taken_extra> <is_mem>
 *                class/taken_class: instruction-class index (< 32) when the instruction falls
 *                through / when it is the last one of a block and control does not fall through
 *                (a taken branch); cost: cycles; cost_after_mem: cycles when the previous
 *                instruction of the block has is_mem=1 (pipelined load); taken_extra: cycles
 *                added when taken. Instructions missing from the table: class 0, 1 cycle.
 *
 * Method: every translation block (TB) is summarised at translation time (instruction count,
 * class counts, cycles assuming fall-through). A TB-execution callback adds the summary to the
 * current inference/layer slot; when the next TB does not start at the previous TB's
 * fall-through address, the previous TB's last instruction was a taken branch and its class and
 * cycles are corrected. The marker functions' own TBs are not counted: everything executed from
 * the return of `begin` up to the call of `end` is one inference, each call of `hook` closes one
 * layer slot (slot k = instructions up to the k-th hook call; the last slot is the tail after the
 * last hook).
 *
 * Output (text, one record per line):
 *   dtcount 1
 *   T <instructions executed in total>
 *   O <instructions executed outside inferences>
 *   I <inference> <instructions> <cycles>
 *   L <inference> <slot> <instructions> <cycles>
 *   C <inference> <class> <count>          (non-zero classes only)
 *   P <instructions> <cycles>              (an inference still open at exit: crash / timeout)
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu_plugin_api.h"

DT_QEMU_PLUGIN_EXPORT int qemu_plugin_version = DT_QEMU_PLUGIN_API_VERSION;

#define NCLASS 32

enum { MARK_NONE = 0, MARK_BEGIN, MARK_END, MARK_HOOK };

typedef struct {
    uint64_t addr;
    uint8_t cls, taken_cls, is_mem, used;
    uint32_t cost, cost_after_mem, taken_extra;
} CostEntry;

typedef struct {
    uint64_t vaddr;
    uint64_t fallthrough;
    uint32_t n_insns;
    int marker;
    uint64_t cycles;
    uint8_t last_cls, last_taken_cls;
    uint32_t last_taken_extra;
    uint32_t class_counts[NCLASS];
} TBInfo;

typedef struct {
    uint64_t insns, cycles;
} Slot;

typedef struct {
    uint64_t insns, cycles;
    uint64_t classes[NCLASS];
    Slot *slots;
    size_t n_slots, cap_slots;
} Inference;

static char *out_path;
static uint64_t addr_begin = UINT64_MAX, addr_end = UINT64_MAX, addr_hook = UINT64_MAX;

static CostEntry *cost_table;
static size_t cost_cap; /* power of two */

static Inference *infs;
static size_t n_infs, cap_infs;
static Inference cur;
static int in_inference;

static const TBInfo *prev_tb; /* last counted TB, to detect taken branches */
static size_t prev_slot;
static uint64_t total_insns, outside_insns;

static void die(const char *msg, const char *detail)
{
    char line[512];
    snprintf(line, sizeof line, "dtcount: %s%s%s\n", msg, detail ? ": " : "", detail ? detail : "");
    qemu_plugin_outs(line);
}

static size_t hash_addr(uint64_t a)
{
    a ^= a >> 17;
    a *= UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(a >> 20);
}

static const CostEntry *cost_lookup(uint64_t addr)
{
    size_t i;
    if (cost_table == NULL) {
        return NULL;
    }
    for (i = hash_addr(addr) & (cost_cap - 1);; i = (i + 1) & (cost_cap - 1)) {
        if (!cost_table[i].used) {
            return NULL;
        }
        if (cost_table[i].addr == addr) {
            return &cost_table[i];
        }
    }
}

static int load_costs(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[256];
    size_t n_lines = 0, i;
    if (f == NULL) {
        die("cannot open the cost table", path);
        return -1;
    }
    while (fgets(line, sizeof line, f) != NULL) {
        n_lines++;
    }
    cost_cap = 1024;
    while (cost_cap < 2 * n_lines + 16) {
        cost_cap *= 2;
    }
    cost_table = calloc(cost_cap, sizeof *cost_table);
    if (cost_table == NULL) {
        fclose(f);
        return -1;
    }
    rewind(f);
    while (fgets(line, sizeof line, f) != NULL) {
        uint64_t addr;
        unsigned cls, tcls, cost, cost_mem, extra, is_mem;
        if (line[0] == '#' || line[0] == '\n') {
            continue;
        }
        if (sscanf(line, "%" SCNx64 " %u %u %u %u %u %u", &addr, &cls, &tcls, &cost, &cost_mem,
                   &extra, &is_mem) != 7 ||
            cls >= NCLASS || tcls >= NCLASS) {
            die("malformed cost table line", line);
            fclose(f);
            return -1;
        }
        for (i = hash_addr(addr) & (cost_cap - 1); cost_table[i].used && cost_table[i].addr != addr;
             i = (i + 1) & (cost_cap - 1)) {
        }
        cost_table[i].addr = addr;
        cost_table[i].used = 1;
        cost_table[i].cls = (uint8_t)cls;
        cost_table[i].taken_cls = (uint8_t)tcls;
        cost_table[i].cost = cost;
        cost_table[i].cost_after_mem = cost_mem;
        cost_table[i].taken_extra = extra;
        cost_table[i].is_mem = (uint8_t)(is_mem != 0);
    }
    fclose(f);
    return 0;
}

static Slot *slot_at(Inference *inf, size_t k)
{
    if (k >= inf->cap_slots) {
        size_t cap = inf->cap_slots ? inf->cap_slots * 2 : 16;
        while (cap <= k) {
            cap *= 2;
        }
        inf->slots = realloc(inf->slots, cap * sizeof *inf->slots);
        if (inf->slots == NULL) {
            die("out of memory", NULL);
            abort();
        }
        memset(inf->slots + inf->cap_slots, 0, (cap - inf->cap_slots) * sizeof *inf->slots);
        inf->cap_slots = cap;
    }
    if (k >= inf->n_slots) {
        inf->n_slots = k + 1;
    }
    return &inf->slots[k];
}

static void resolve_prev_exit(uint64_t next_vaddr)
{
    const TBInfo *p = prev_tb;
    prev_tb = NULL;
    if (p == NULL || !in_inference || next_vaddr == p->fallthrough) {
        return;
    }
    /* The previous TB did not fall through: its last instruction was a taken branch. */
    cur.classes[p->last_cls]--;
    cur.classes[p->last_taken_cls]++;
    cur.cycles += p->last_taken_extra;
    slot_at(&cur, prev_slot)->cycles += p->last_taken_extra;
}

static void tb_exec(unsigned int vcpu_index, void *udata)
{
    const TBInfo *tb = (const TBInfo *)udata;
    size_t c;
    (void)vcpu_index;

    total_insns += tb->n_insns;
    resolve_prev_exit(tb->vaddr);

    switch (tb->marker) {
    case MARK_BEGIN:
        free(cur.slots);
        memset(&cur, 0, sizeof cur);
        (void)slot_at(&cur, 0);
        in_inference = 1;
        return;
    case MARK_END:
        if (in_inference) {
            if (n_infs == cap_infs) {
                cap_infs = cap_infs ? cap_infs * 2 : 64;
                infs = realloc(infs, cap_infs * sizeof *infs);
                if (infs == NULL) {
                    die("out of memory", NULL);
                    abort();
                }
            }
            infs[n_infs++] = cur;
            memset(&cur, 0, sizeof cur);
            in_inference = 0;
        }
        return;
    case MARK_HOOK:
        if (in_inference) {
            (void)slot_at(&cur, cur.n_slots); /* open the next slot */
        }
        return;
    default:
        break;
    }

    if (!in_inference) {
        outside_insns += tb->n_insns;
        return;
    }
    {
        Slot *s = slot_at(&cur, cur.n_slots - 1);
        s->insns += tb->n_insns;
        s->cycles += tb->cycles;
        prev_slot = cur.n_slots - 1;
    }
    cur.insns += tb->n_insns;
    cur.cycles += tb->cycles;
    for (c = 0; c < NCLASS; c++) {
        cur.classes[c] += tb->class_counts[c];
    }
    prev_tb = tb;
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    TBInfo *info = calloc(1, sizeof *info);
    size_t n = qemu_plugin_tb_n_insns(tb), i;
    int prev_mem = 0;
    (void)id;
    if (info == NULL) {
        die("out of memory", NULL);
        abort();
    }
    info->vaddr = qemu_plugin_tb_vaddr(tb);
    info->n_insns = (uint32_t)n;
    if (info->vaddr == addr_begin) {
        info->marker = MARK_BEGIN;
    } else if (info->vaddr == addr_end) {
        info->marker = MARK_END;
    } else if (info->vaddr == addr_hook) {
        info->marker = MARK_HOOK;
    }
    for (i = 0; i < n; i++) {
        const struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t a = qemu_plugin_insn_vaddr(insn);
        const CostEntry *e = cost_lookup(a);
        uint8_t cls = 0, tcls = 0;
        uint32_t cost = 1, extra = 0;
        int mem = 0;
        if (e != NULL) {
            cls = e->cls;
            tcls = e->taken_cls;
            cost = prev_mem ? e->cost_after_mem : e->cost;
            extra = e->taken_extra;
            mem = e->is_mem;
        }
        info->class_counts[cls]++;
        info->cycles += cost;
        info->last_cls = cls;
        info->last_taken_cls = tcls;
        info->last_taken_extra = extra;
        info->fallthrough = a + qemu_plugin_insn_size(insn);
        prev_mem = mem;
    }
    /* TBInfo is never freed: a TB may be re-executed until QEMU exits. */
    qemu_plugin_register_vcpu_tb_exec_cb(tb, tb_exec, QEMU_PLUGIN_CB_NO_REGS, info);
}

static void write_results(qemu_plugin_id_t id, void *userdata)
{
    FILE *f;
    size_t i, k, c;
    (void)id;
    (void)userdata;
    f = fopen(out_path, "w");
    if (f == NULL) {
        die("cannot write the results file", out_path);
        return;
    }
    fprintf(f, "dtcount 1\n");
    fprintf(f, "T %" PRIu64 "\n", total_insns);
    fprintf(f, "O %" PRIu64 "\n", outside_insns);
    for (i = 0; i < n_infs; i++) {
        const Inference *inf = &infs[i];
        fprintf(f, "I %zu %" PRIu64 " %" PRIu64 "\n", i, inf->insns, inf->cycles);
        for (k = 0; k < inf->n_slots; k++) {
            fprintf(f, "L %zu %zu %" PRIu64 " %" PRIu64 "\n", i, k, inf->slots[k].insns,
                    inf->slots[k].cycles);
        }
        for (c = 0; c < NCLASS; c++) {
            if (inf->classes[c] != 0) {
                fprintf(f, "C %zu %zu %" PRIu64 "\n", i, c, inf->classes[c]);
            }
        }
    }
    if (in_inference) {
        fprintf(f, "P %" PRIu64 " %" PRIu64 "\n", cur.insns, cur.cycles);
    }
    if (fclose(f) != 0) {
        die("cannot write the results file", out_path);
    }
}

static int parse_addr(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    *out = strtoull(s, &end, 0);
    if (errno != 0 || end == s || *end != '\0') {
        return -1;
    }
    *out &= ~UINT64_C(1); /* Thumb bit */
    return 0;
}

DT_QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info,
                                              int argc, char **argv)
{
    int i;
    const char *costs = NULL;
    (void)info;
    for (i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *eq = strchr(a, '=');
        size_t klen;
        const char *v;
        if (eq == NULL) {
            die("argument is not key=value", a);
            return -1;
        }
        klen = (size_t)(eq - a);
        v = eq + 1;
        if (klen == 3 && strncmp(a, "out", 3) == 0) {
            out_path = strdup(v);
        } else if (klen == 5 && strncmp(a, "costs", 5) == 0) {
            costs = v;
        } else if (klen == 5 && strncmp(a, "begin", 5) == 0) {
            if (parse_addr(v, &addr_begin) != 0) {
                die("bad address", a);
                return -1;
            }
        } else if (klen == 3 && strncmp(a, "end", 3) == 0) {
            if (parse_addr(v, &addr_end) != 0) {
                die("bad address", a);
                return -1;
            }
        } else if (klen == 4 && strncmp(a, "hook", 4) == 0) {
            if (parse_addr(v, &addr_hook) != 0) {
                die("bad address", a);
                return -1;
            }
        } else {
            die("unknown argument", a);
            return -1;
        }
    }
    if (out_path == NULL || addr_begin == UINT64_MAX || addr_end == UINT64_MAX) {
        die("required arguments: out=PATH begin=ADDR end=ADDR", NULL);
        return -1;
    }
    if (costs != NULL && load_costs(costs) != 0) {
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, write_results, NULL);
    return 0;
}
