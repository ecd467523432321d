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
#endif
