/*
 * platform.h - the only place that knows which operating system this is.
 *
 * Linux is built and tested; platform_posix.c also serves macOS.
 * platform_win.c is written for Windows but not built or tested here.
 * Ownership: strings written into caller buffers; nothing allocated.
 * Errors: 0 / -1 with err filled.
 */
#ifndef SMALLPRINT_PLATFORM_H
#define SMALLPRINT_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* Put stdin/stdout in binary mode (a no-op off Windows). */
void platform_binary_stdio(void);

/* Monotonic clock in milliseconds. */
uint64_t platform_now_ms(void);

/* Absolute path of the running executable. */
int platform_exe_path(char *out, size_t out_len, char *err);

/* Directory for per-user configuration (~/.config/smallprint or
 * %APPDATA%\smallprint), honouring XDG_CONFIG_HOME. */
int platform_config_dir(char *out, size_t out_len, char *err);

/* Directory for per-user data (~/.local/share/smallprint), honouring
 * XDG_DATA_HOME. */
int platform_data_dir(char *out, size_t out_len, char *err);

/* True when the file descriptor is a terminal. */
int platform_isatty(int fd);

/* True when path names an existing directory. */
int platform_is_dir(const char *path);

/* Path separator. */
#ifdef _WIN32
#define PLATFORM_SEP '\\'
#else
#define PLATFORM_SEP '/'
#endif

#endif
