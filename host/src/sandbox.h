/*
 * sandbox.h - what the native messaging host gives up once it has started,
 * and its memory cap (docs/SANDBOX.md).
 *
 * After start-up (config read, rules loaded, history file opened) the host
 * needs only its stdin, stdout and stderr, memory (PCRE2 compiles and JITs
 * patterns lazily, so executable memory too), the clock, and files in its
 * own data directory for history. sandbox_enter takes everything else away:
 *
 *   Linux   a seccomp filter (libseccomp) allowing only the system calls
 *           the host makes; sockets, new programs and new processes are
 *           refused with EPERM, other calls outside the list too. Where the
 *           kernel has Landlock (5.13 and later), the file system is closed
 *           except for the data directory.
 *   macOS   and other POSIX systems: the memory cap only.
 *   Windows the memory cap and no child processes, through a job object
 *           (written, not built or tested here).
 *
 * Ownership: nothing allocated outlives a call; descriptions are written
 * into caller buffers.
 * Errors: 0 / -1 with err. When sandbox_enter fails the process is left as
 * it was or partly confined; the caller may go on serving (and says so).
 */
#ifndef SMALLPRINT_SANDBOX_H
#define SMALLPRINT_SANDBOX_H

#include <stddef.h>
#include <stdio.h>

typedef struct sandbox_opts {
    const char *data_dir; /* the one directory left readable and writable (history), or NULL */
    int strict;           /* tests: kill the process on a system call outside the list,
                             instead of failing the call with EPERM */
} sandbox_opts;

/* Cap the address space at mb MiB (0: no cap), so that running out of
 * memory is a failed allocation the host answers with error 12, not an
 * out-of-memory kill. Never raises an existing lower limit. Not applied
 * under AddressSanitizer, which reserves terabytes of address space (what
 * was done is written into `done`, done_len bytes). */
int sandbox_limit_memory(size_t mb, char *done, size_t done_len, char *err);

/* Confine the process for good. `done` receives what is in force, such as
 * "seccomp filter, Landlock (data directory only)". */
int sandbox_enter(const sandbox_opts *o, char *done, size_t done_len, char *err);

/* For tests: try what the sandbox must refuse (open a socket, start a
 * program, start a process, read a file outside the data directory) and
 * what it must allow (a file in the data directory), and write one line for
 * each to log: "sandbox self-test: socket(AF_INET): refused (...)". */
void sandbox_selftest(const char *data_dir, FILE *log);

#endif
