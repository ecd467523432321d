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

/* ------------------------------------------------------------------------
 * Files that must survive crashes and stay private (signed packs, history)
 * ---------------------------------------------------------------------- */

/* Create directory path and any missing parents; directories created here
 * are private to the user (0700). */
int platform_mkdirs(const char *path, char *err);

/* Replace path with data[0..len) so that a crash or kill at any moment
 * leaves either the old file or the new one, never a mix: write path.tmp
 * (mode 0600 when private, else 0644), flush it to disk, rename it over
 * path, flush the directory. Callers writing the same path at once must
 * hold a lock (the temp name is shared). */
int platform_write_atomic(const char *path, const void *data, size_t len, int private_mode, char *err);

/* Create path with data, failing when it already exists (mode 0600 when
 * private, else 0644), flushed to disk. */
int platform_write_new(const char *path, const void *data, size_t len, int private_mode, char *err);

/* Permission bits a path grants to group and others (st_mode & 077);
 * 0 on Windows, where files in the profile are private already. */
unsigned platform_others_bits(const char *path);

/* Make a file readable and writable by its owner only (0600). */
int platform_make_private(const char *path, char *err);

/* An exclusive lock between processes on the lock file path (created 0600
 * when missing), waiting at most timeout_ms. On success *handle holds the
 * lock until platform_unlock. */
int platform_lock(const char *path, unsigned timeout_ms, intptr_t *handle, char *err);
void platform_unlock(intptr_t handle);

/* Rename a file (replacing the target). */
int platform_rename(const char *from, const char *to, char *err);

/* Remove a file; a missing file is not an error. */
int platform_remove(const char *path, char *err);

/* Path separator. */
#ifdef _WIN32
#define PLATFORM_SEP '\\'
#else
#define PLATFORM_SEP '/'
#endif

#endif
