/* platform_posix.c - Linux and macOS. */
#ifndef _WIN32
#include "platform.h"

#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
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
/* ------------------------------------------------------------------------
 * Durable and private files
 * ---------------------------------------------------------------------- */

int platform_mkdirs(const char *path, char *err)
{
    char p[4096];
    int n = snprintf(p, sizeof p, "%s", path);
    if (n < 0 || (size_t)n >= sizeof p) {
        err_set(err, "path too long: %.200s", path);
        return -1;
    }
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0700) < 0 && errno != EEXIST) {
            err_set(err, "cannot create directory %s: %s", p, strerror(errno));
            return -1;
        }
        *s = c;
        if (!c)
            break;
    }
    if (!platform_is_dir(path)) {
        err_set(err, "%s is not a directory", path);
        return -1;
    }
    return 0;
}

static int write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Flush the directory holding path, so a rename in it is on disk. */
static void sync_dir_of(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash == dir)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

static int write_file(const char *path, int flags, const void *data, size_t len, int private_mode, char *err)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | flags, private_mode ? 0600 : 0644);
    if (fd < 0) {
        err_set(err, "cannot create %s: %s", path, strerror(errno));
        return -1;
    }
    /* an older file of the same name keeps its mode: set it */
    if ((private_mode && fchmod(fd, 0600) < 0) || write_all(fd, data, len) < 0 || fsync(fd) < 0) {
        err_set(err, "cannot write %s: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    if (close(fd) < 0) {
        err_set(err, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int platform_write_atomic(const char *path, const void *data, size_t len, int private_mode, char *err)
{
    char tmp[4200];
    int n = snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        err_set(err, "path too long: %.200s", path);
        return -1;
    }
    if (write_file(tmp, O_TRUNC, data, len, private_mode, err) < 0) {
        unlink(tmp);
        return -1;
    }
    if (rename(tmp, path) < 0) {
        err_set(err, "cannot replace %s: %s", path, strerror(errno));
        unlink(tmp);
        return -1;
    }
    sync_dir_of(path);
    return 0;
}

int platform_write_new(const char *path, const void *data, size_t len, int private_mode, char *err)
{
    if (write_file(path, O_EXCL, data, len, private_mode, err) < 0)
        return -1;
    sync_dir_of(path);
    return 0;
}

unsigned platform_others_bits(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return 0;
    return (unsigned)(st.st_mode & 077);
}

int platform_make_private(const char *path, char *err)
{
    if (chmod(path, 0600) < 0) {
        err_set(err, "chmod 0600 %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int platform_lock(const char *path, unsigned timeout_ms, intptr_t *handle, char *err)
{
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        err_set(err, "cannot open lock file %s: %s", path, strerror(errno));
        return -1;
    }
    uint64_t until = platform_now_ms() + timeout_ms;
    for (;;) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            err_set(err, "cannot lock %s: %s", path, strerror(errno));
            close(fd);
            return -1;
        }
        if (platform_now_ms() >= until) {
            err_set(err, "%s is locked by another smallprint-host for more than %u ms", path, timeout_ms);
            close(fd);
            return -1;
        }
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    *handle = fd;
    return 0;
}

void platform_unlock(intptr_t handle)
{
    if (handle >= 0)
        close((int)handle); /* closing the descriptor releases the flock */
}

int platform_rename(const char *from, const char *to, char *err)
{
    if (rename(from, to) < 0) {
        err_set(err, "cannot rename %s to %s: %s", from, to, strerror(errno));
        return -1;
    }
    sync_dir_of(to);
    return 0;
}

int platform_remove(const char *path, char *err)
{
    if (unlink(path) < 0 && errno != ENOENT) {
        err_set(err, "cannot remove %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}
#endif
