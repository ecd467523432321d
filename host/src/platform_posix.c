/* platform_posix.c - Linux and macOS. */
#ifndef _WIN32
#include "platform.h"

#include "common.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

void platform_binary_stdio(void) {}

uint64_t platform_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int platform_exe_path(char *out, size_t out_len, char *err)
{
#ifdef __APPLE__
    char raw[PATH_MAX];
    uint32_t size = sizeof raw;
    if (_NSGetExecutablePath(raw, &size) != 0) {
        err_set(err, "executable path too long");
        return -1;
    }
    if (!realpath(raw, out)) {
        err_set(err, "realpath(%s): %s", raw, strerror(errno));
        return -1;
    }
    (void)out_len;
    return 0;
#else
    ssize_t n = readlink("/proc/self/exe", out, out_len - 1);
    if (n < 0) {
        err_set(err, "readlink(/proc/self/exe): %s", strerror(errno));
        return -1;
    }
    out[n] = '\0';
    return 0;
#endif
}

static int xdg_dir(const char *var, const char *fallback, char *out, size_t out_len, char *err)
{
    const char *x = getenv(var);
    int n;
    if (x && *x == '/') {
        n = snprintf(out, out_len, "%s/smallprint", x);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home) {
            err_set(err, "neither %s nor HOME is set", var);
            return -1;
        }
        n = snprintf(out, out_len, "%s/%s/smallprint", home, fallback);
    }
    if (n < 0 || (size_t)n >= out_len) {
        err_set(err, "%s path too long", var);
        return -1;
    }
    return 0;
}

int platform_config_dir(char *out, size_t out_len, char *err)
{
    return xdg_dir("XDG_CONFIG_HOME", ".config", out, out_len, err);
}

int platform_data_dir(char *out, size_t out_len, char *err)
{
    return xdg_dir("XDG_DATA_HOME", ".local/share", out, out_len, err);
}

int platform_isatty(int fd) { return isatty(fd); }

int platform_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
#endif
