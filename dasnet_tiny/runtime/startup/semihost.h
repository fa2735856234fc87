/* SPDX-License-Identifier: Apache-2.0 */
/*
 * semihost.h - minimal Arm semihosting calls (BKPT 0xAB on M-profile).
 *
 * Used by the runner for binary file I/O, console messages and the exit status, without going
 * through newlib's stdio (no malloc, no buffering, a handful of instructions per call).
 * QEMU: -semihosting-config enable=on,target=native. Paths are relative to QEMU's working
 * directory.
 */
#ifndef DT_SEMIHOST_H
#define DT_SEMIHOST_H

#include <stddef.h>
#include <stdint.h>

#define DT_SH_OPEN_RB 1 /* "rb" */
#define DT_SH_OPEN_WB 5 /* "wb" */

/* Returns a handle >= 0, or -1. */
int32_t dt_sh_open(const char *path, int32_t mode);
int32_t dt_sh_close(int32_t handle);
/* Length of an open file in bytes, or -1. */
int32_t dt_sh_flen(int32_t handle);
/* Reads exactly len bytes; returns 0 on success, -1 on a short read or an error. */
int32_t dt_sh_read_all(int32_t handle, void *buf, uint32_t len);
/* Writes exactly len bytes; returns 0 on success, -1 otherwise. */
int32_t dt_sh_write_all(int32_t handle, const void *buf, uint32_t len);
/* Writes a NUL-terminated string to the debug console. */
void dt_sh_puts(const char *s);
/* Ends the emulation with this exit status (SYS_EXIT_EXTENDED). Never returns. */
void dt_sh_exit(int32_t status) __attribute__((noreturn));

/* Tiny formatting helpers (no stdio): append to buf, return the new end. */
char *dt_fmt_str(char *p, const char *s);
char *dt_fmt_u32(char *p, uint32_t v);
char *dt_fmt_i32(char *p, int32_t v);
char *dt_fmt_hex(char *p, uint32_t v);

#endif
