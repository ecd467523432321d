/* platform_win.c - Windows (designed for, not built or tested here). */
#ifdef _WIN32
#include "platform.h"

#include "common.h"

#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <windows.h>

void platform_binary_stdio(void)
{
    /* Text mode would turn \n into \r\n inside frames and break lengths. */
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
}

uint64_t platform_now_ms(void) { return (uint64_t)GetTickCount64(); }

int platform_exe_path(char *out, size_t out_len, char *err)
{
    DWORD n = GetModuleFileNameA(NULL, out, (DWORD)out_len);
    if (n == 0 || n >= out_len) {
        err_set(err, "GetModuleFileName failed");
        return -1;
    }
    return 0;
}

static int appdata_dir(char *out, size_t out_len, char *err)
{
    const char *a = getenv("APPDATA");
    if (!a) {
        err_set(err, "APPDATA is not set");
        return -1;
    }
    int n = snprintf(out, out_len, "%s\\smallprint", a);
    if (n < 0 || (size_t)n >= out_len) {
        err_set(err, "APPDATA path too long");
        return -1;
    }
    return 0;
}

int platform_config_dir(char *out, size_t out_len, char *err) { return appdata_dir(out, out_len, err); }
int platform_data_dir(char *out, size_t out_len, char *err) { return appdata_dir(out, out_len, err); }
int platform_isatty(int fd) { return _isatty(fd); }

int platform_is_dir(const char *path)
{
    struct _stat st;
    return _stat(path, &st) == 0 && (st.st_mode & _S_IFDIR);
}
/* ------------------------------------------------------------------------
 * Durable and private files (files under %APPDATA% are private to the
 * user already, so modes are not changed here)
 * ---------------------------------------------------------------------- */

int platform_mkdirs(const char *path, char *err)
{
    char p[4096];
    int n = snprintf(p, sizeof p, "%s", path);
    if (n < 0 || (size_t)n >= sizeof p) {
        err_set(err, "path too long: %.200s", path);
        return -1;
    }
    for (char *s = p + 3; s <= p + n; s++) {
        if (*s != '\\' && *s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (!CreateDirectoryA(p, NULL) && GetLastError() != ERROR_ALREADY_EXISTS) {
            err_set(err, "cannot create directory %s (error %lu)", p, (unsigned long)GetLastError());
            return -1;
        }
        *s = c;
    }
    return 0;
}

static int write_file(const char *path, DWORD disposition, const void *data, size_t len, char *err)
{
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, disposition, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        err_set(err, "cannot create %s (error %lu)", path, (unsigned long)GetLastError());
        return -1;
    }
    const char *p = data;
    while (len) {
        DWORD chunk = len > 0x40000000u ? 0x40000000u : (DWORD)len, done = 0;
        if (!WriteFile(h, p, chunk, &done, NULL)) {
            err_set(err, "cannot write %s (error %lu)", path, (unsigned long)GetLastError());
            CloseHandle(h);
            return -1;
        }
        p += done;
        len -= done;
    }
    if (!FlushFileBuffers(h)) {
        err_set(err, "cannot flush %s (error %lu)", path, (unsigned long)GetLastError());
        CloseHandle(h);
        return -1;
    }
    CloseHandle(h);
    return 0;
}

int platform_write_atomic(const char *path, const void *data, size_t len, int private_mode, char *err)
{
    (void)private_mode;
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (write_file(tmp, CREATE_ALWAYS, data, len, err) < 0)
        return -1;
    if (!MoveFileExA(tmp, path, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        err_set(err, "cannot replace %s (error %lu)", path, (unsigned long)GetLastError());
        DeleteFileA(tmp);
        return -1;
    }
    return 0;
}

int platform_write_new(const char *path, const void *data, size_t len, int private_mode, char *err)
{
    (void)private_mode;
    return write_file(path, CREATE_NEW, data, len, err);
}

unsigned platform_others_bits(const char *path)
{
    (void)path;
    return 0;
}

int platform_make_private(const char *path, char *err)
{
    (void)path;
    (void)err;
    return 0;
}

int platform_lock(const char *path, unsigned timeout_ms, intptr_t *handle, char *err)
{
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        err_set(err, "cannot open lock file %s (error %lu)", path, (unsigned long)GetLastError());
        return -1;
    }
    uint64_t until = platform_now_ms() + timeout_ms;
    for (;;) {
        OVERLAPPED ov = {0};
        if (LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov))
            break;
        if (platform_now_ms() >= until) {
            err_set(err, "%s is locked by another smallprint-host for more than %u ms", path, timeout_ms);
            CloseHandle(h);
            return -1;
        }
        Sleep(5);
    }
    *handle = (intptr_t)h;
    return 0;
}

void platform_unlock(intptr_t handle)
{
    if (handle && (HANDLE)handle != INVALID_HANDLE_VALUE)
        CloseHandle((HANDLE)handle); /* closing releases the lock */
}

int platform_rename(const char *from, const char *to, char *err)
{
    if (!MoveFileExA(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        err_set(err, "cannot rename %s to %s (error %lu)", from, to, (unsigned long)GetLastError());
        return -1;
    }
    return 0;
}

int platform_remove(const char *path, char *err)
{
    if (!DeleteFileA(path) && GetLastError() != ERROR_FILE_NOT_FOUND) {
        err_set(err, "cannot remove %s (error %lu)", path, (unsigned long)GetLastError());
        return -1;
    }
    return 0;
}
#endif
