/* SPDX-License-Identifier: Apache-2.0 */
/* semihost.c - minimal Arm semihosting calls, see semihost.h. */
#include "semihost.h"

#define SYS_OPEN 0x01
#define SYS_CLOSE 0x02
#define SYS_WRITE0 0x04
#define SYS_WRITE 0x05
#define SYS_READ 0x06
#define SYS_FLEN 0x0C
#define SYS_EXIT 0x18
#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026
#define ADP_STOPPED_RUNTIME_ERROR 0x20023

static int32_t sh_call(int32_t op, const void *arg)
{
    register int32_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static uint32_t str_len(const char *s)
{
    uint32_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

int32_t dt_sh_open(const char *path, int32_t mode)
{
    uint32_t args[3];
    args[0] = (uint32_t)(uintptr_t)path;
    args[1] = (uint32_t)mode;
    args[2] = str_len(path);
    return sh_call(SYS_OPEN, args);
}

int32_t dt_sh_close(int32_t handle)
{
    uint32_t args[1];
    args[0] = (uint32_t)handle;
    return sh_call(SYS_CLOSE, args);
}

int32_t dt_sh_flen(int32_t handle)
{
    uint32_t args[1];
    args[0] = (uint32_t)handle;
    return sh_call(SYS_FLEN, args);
}

int32_t dt_sh_read_all(int32_t handle, void *buf, uint32_t len)
{
    uint8_t *p = (uint8_t *)buf;
    while (len > 0) {
        uint32_t args[3];
        int32_t left;
        args[0] = (uint32_t)handle;
        args[1] = (uint32_t)(uintptr_t)p;
        args[2] = len;
        left = sh_call(SYS_READ, args); /* bytes NOT read */
        if (left < 0 || (uint32_t)left >= len) {
            return -1;
        }
        p += len - (uint32_t)left;
        len = (uint32_t)left;
    }
    return 0;
}

int32_t dt_sh_write_all(int32_t handle, const void *buf, uint32_t len)
{
    uint32_t args[3];
    args[0] = (uint32_t)handle;
    args[1] = (uint32_t)(uintptr_t)buf;
    args[2] = len;
    return sh_call(SYS_WRITE, args) == 0 ? 0 : -1; /* returns bytes NOT written */
}

void dt_sh_puts(const char *s)
{
    (void)sh_call(SYS_WRITE0, s);
}

void dt_sh_exit(int32_t status)
{
    uint32_t args[2];
    args[0] = ADP_STOPPED_APPLICATION_EXIT;
    args[1] = (uint32_t)status;
    (void)sh_call(SYS_EXIT_EXTENDED, args);
    /* A host without SYS_EXIT_EXTENDED: plain SYS_EXIT (status 0 or 1 only). */
    (void)sh_call(SYS_EXIT, (const void *)(uintptr_t)(status == 0 ? ADP_STOPPED_APPLICATION_EXIT
                                                                   : ADP_STOPPED_RUNTIME_ERROR));
    for (;;) {
        __asm__ volatile("wfi");
    }
}

char *dt_fmt_str(char *p, const char *s)
{
    while (*s != '\0') {
        *p++ = *s++;
    }
    *p = '\0';
    return p;
}

char *dt_fmt_u32(char *p, uint32_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + (v % 10u));
        v /= 10u;
    } while (v != 0u);
    while (n > 0) {
        *p++ = tmp[--n];
    }
    *p = '\0';
    return p;
}

char *dt_fmt_i32(char *p, int32_t v)
{
    if (v < 0) {
        *p++ = '-';
        return dt_fmt_u32(p, 0u - (uint32_t)v);
    }
    return dt_fmt_u32(p, (uint32_t)v);
}

char *dt_fmt_hex(char *p, uint32_t v)
{
    static const char digits[] = "0123456789abcdef";
    int i;
    *p++ = '0';
    *p++ = 'x';
    for (i = 28; i >= 0; i -= 4) {
        *p++ = digits[(v >> i) & 0xFu];
    }
    *p = '\0';
    return p;
}
