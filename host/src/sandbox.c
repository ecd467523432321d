/* sandbox.c - seccomp and Landlock on Linux, a memory cap everywhere
 * (docs/SANDBOX.md). One file with a section per system, so no system
 * compiles an empty file. */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* O_PATH */
#endif
#include "sandbox.h"

#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* AddressSanitizer reserves terabytes of address space and LeakSanitizer
 * stops the process with ptrace at exit: sanitizer builds (tests) get no
 * address-space cap and a filter that lets the leak check run. */
#if defined(__SANITIZE_ADDRESS__)
#define SANDBOX_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define SANDBOX_SANITIZER 1
#endif
#endif
#ifndef SANDBOX_SANITIZER
#define SANDBOX_SANITIZER 0
#endif

static void say(char *done, size_t done_len, const char *what)
{
    if (done && done_len) {
        size_t used = strlen(done);
        snprintf(done + used, done_len - used, "%s%s", used ? ", " : "", what);
    }
}

/* ========================================================================
 * POSIX (Linux, macOS): the memory cap and the self-test
 * ===================================================================== */
#ifndef _WIN32

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int sandbox_limit_memory(size_t mb, char *done, size_t done_len, char *err)
{
    if (done && done_len)
        done[0] = '\0';
    if (mb == 0) {
        say(done, done_len, "no memory cap (memory_limit_mb = 0)");
        return 0;
    }
    if (SANDBOX_SANITIZER) {
        say(done, done_len, "no memory cap under AddressSanitizer");
        return 0;
    }
    if (mb > ((rlim_t)-1 >> 20)) {
        err_set(err, "memory_limit_mb = %zu is too large", mb);
        return -1;
    }
    rlim_t want = (rlim_t)mb << 20;
    struct rlimit now;
    if (getrlimit(RLIMIT_AS, &now) < 0) {
        err_set(err, "getrlimit(RLIMIT_AS): %s", strerror(errno));
        return -1;
    }
    if (now.rlim_max != RLIM_INFINITY && now.rlim_max < want)
        want = now.rlim_max; /* never raise a limit set from outside */
    /* the hard limit too: a compromised host cannot lift it again */
    struct rlimit cap = {want, want};
    if (setrlimit(RLIMIT_AS, &cap) < 0) {
        err_set(err, "setrlimit(RLIMIT_AS, %zu MiB): %s", mb, strerror(errno));
        return -1;
    }
    char what[80];
    snprintf(what, sizeof what, "address space capped at %llu MiB", (unsigned long long)(want >> 20));
    say(done, done_len, what);
    return 0;
}

static void report(FILE *log, const char *what, int refused, int saved_errno)
{
    if (refused)
        fprintf(log, "smallprint-host: sandbox self-test: %s: refused (%s)\n", what, strerror(saved_errno));
    else
        fprintf(log, "smallprint-host: sandbox self-test: %s: ALLOWED\n", what);
    fflush(log);
}

void sandbox_selftest(const char *data_dir, FILE *log)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    report(log, "socket(AF_INET)", fd < 0, errno);
    if (fd >= 0)
        close(fd);
    fd = socket(AF_UNIX, SOCK_STREAM, 0);
    report(log, "socket(AF_UNIX)", fd < 0, errno);
    if (fd >= 0)
        close(fd);
    /* If this succeeds the host becomes /bin/true and stops answering:
     * the test sees that too. */
    char *const argv[] = {(char *)"/bin/true", NULL};
    char *const envp[] = {NULL};
    execve("/bin/true", argv, envp);
    report(log, "execve(/bin/true)", 1, errno);
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    report(log, "fork()", pid < 0, errno);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    fd = open("/etc/hostname", O_RDONLY | O_CLOEXEC);
    report(log, "open(/etc/hostname) outside the data directory", fd < 0, errno);
    if (fd >= 0)
        close(fd);
    if (data_dir) {
        char path[4200];
        snprintf(path, sizeof path, "%s/.sandbox-selftest", data_dir);
        fd = open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
        report(log, "open(a new file in the data directory)", fd < 0, errno);
        if (fd >= 0) {
            close(fd);
            unlink(path);
        }
    }
}

#endif /* !_WIN32 */

/* ========================================================================
 * Linux: Landlock, then seccomp
 * ===================================================================== */
#if defined(__linux__)

#include <linux/landlock.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif

/* Close the file system except data_dir (and /proc, read-only, for the
 * sanitizers' reports). Returns 1 when in force, 0 when the kernel has no
 * Landlock, -1 on error. */
static int landlock_confine(const char *data_dir, char *err)
{
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 0)
        return 0; /* ENOSYS or disabled at boot: seccomp alone */
    __u64 handled = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE |
                    LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR | LANDLOCK_ACCESS_FS_REMOVE_FILE |
                    LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
                    LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK |
                    LANDLOCK_ACCESS_FS_MAKE_SYM;
    if (abi >= 2)
        handled |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        handled |= LANDLOCK_ACCESS_FS_TRUNCATE;
    struct landlock_ruleset_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.handled_access_fs = handled;
    int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0);
    if (ruleset < 0) {
        err_set(err, "landlock_create_ruleset: %s", strerror(errno));
        return -1;
    }
    struct {
        const char *path;
        __u64 access;
    } allow[2] = {{NULL, 0}, {NULL, 0}};
    /* the data directory: files in it, not programs, devices or sockets */
    if (data_dir)
        allow[0].path = data_dir, allow[0].access = handled & ~(__u64)(LANDLOCK_ACCESS_FS_EXECUTE |
                                                                     LANDLOCK_ACCESS_FS_MAKE_CHAR |
                                                                     LANDLOCK_ACCESS_FS_MAKE_SOCK |
                                                                     LANDLOCK_ACCESS_FS_MAKE_FIFO |
                                                                     LANDLOCK_ACCESS_FS_MAKE_BLOCK |
                                                                     LANDLOCK_ACCESS_FS_MAKE_SYM);
    if (SANDBOX_SANITIZER)
        allow[1].path = "/proc", allow[1].access = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
    for (int k = 0; k < 2; k++) {
        if (!allow[k].path)
            continue;
        int dir = open(allow[k].path, O_PATH | O_CLOEXEC | O_DIRECTORY);
        if (dir < 0) {
            err_set(err, "landlock: %s: %s", allow[k].path, strerror(errno));
            close(ruleset);
            return -1;
        }
        struct landlock_path_beneath_attr beneath;
        memset(&beneath, 0, sizeof beneath);
        beneath.allowed_access = allow[k].access;
        beneath.parent_fd = dir;
        long rc = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &beneath, 0);
        int saved = errno;
        close(dir);
        if (rc < 0) {
            err_set(err, "landlock_add_rule(%s): %s", allow[k].path, strerror(saved));
            close(ruleset);
            return -1;
        }
    }
    long rc = syscall(SYS_landlock_restrict_self, ruleset, 0);
    int saved = errno;
    close(ruleset);
    if (rc < 0) {
        err_set(err, "landlock_restrict_self: %s", strerror(saved));
        return -1;
    }
    return 1;
}

/* What the host does after start-up (strace of a session with hello,
 * analyze of every rule's examples and a 5 MB page), and what the history
 * file needs. Names that do not exist on this architecture are skipped. */
static const char *const allowed[] = {
    /* stdin, stdout, stderr; stdio checks its streams with fstat */
    "read", "readv", "write", "writev", "pread64", "pwrite64", "lseek", "close", "fstat", "newfstatat",
    "statx", "stat", "lstat", "fcntl",
    /* memory; PCRE2's JIT maps executable memory after start-up */
    "brk", "mmap", "munmap", "mremap", "mprotect", "madvise",
    /* time, locks, randomness (libsodium nonces), qsort's memory probe */
    "clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep", "clock_nanosleep", "futex",
    "getrandom", "sysinfo", "sched_yield",
    /* signals and leaving: abort() raises SIGABRT on itself */
    "rt_sigreturn", "rt_sigprocmask", "rt_sigaction", "getpid", "gettid", "exit", "exit_group",
    /* the history file in the data directory (Landlock keeps these there) */
    "openat", "open", "rename", "renameat", "renameat2", "unlink", "unlinkat", "fsync", "fdatasync", "flock",
    "ftruncate", "mkdir", "mkdirat", "fchmod", "getdents64", "access", "faccessat", "faccessat2",
};

/* Refused with EPERM in both modes (in strict mode too, so that the
 * self-test can report them): no network, no new program, no new process,
 * no debugging, no kernel interfaces a parser never needs. */
static const char *const refused[] = {
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg",
    "sendmmsg", "recvfrom", "recvmsg", "recvmmsg", "execve", "execveat", "fork", "vfork", "clone",
    "clone3", "ptrace", "process_vm_readv", "process_vm_writev", "kill", "tkill", "memfd_create",
    "io_uring_setup", "bpf", "userfaultfd", "perf_event_open", "mount", "setns", "unshare", "chroot",
    "pivot_root", "init_module", "finit_module", "kexec_load", "keyctl", "add_key", "request_key",
};

/* LeakSanitizer's exit-time check starts a tracer task (clone with
 * CLONE_VM, allowed below) that ptraces the host and lists /proc; allowed in
 * sanitizer builds only (tests). execve, socket and fork stay refused. */
static const char *const sanitizer_allowed[] = {
    "ptrace", "wait4", "prctl", "sigaltstack", "readlink", "sched_getaffinity", "getppid", "tkill",
    "getdents", "set_robust_list",
};

static int rule(scmp_filter_ctx ctx, uint32_t action, const char *name, char *err)
{
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR)
        return 0; /* not a system call on this architecture */
    int rc = seccomp_rule_add(ctx, action, nr, 0);
    if (rc < 0 && rc != -EEXIST) {
        err_set(err, "seccomp_rule_add(%s): %s", name, strerror(-rc));
        return -1;
    }
    return 0;
}

/* SCMP_A0() and friends leave fields out, which clang warns about */
static struct scmp_arg_cmp cmp_arg(unsigned arg, enum scmp_compare op, scmp_datum_t a, scmp_datum_t b)
{
    struct scmp_arg_cmp c = {arg, op, a, b};
    return c;
}

static int seccomp_confine(int strict, char *err)
{
    scmp_filter_ctx ctx = seccomp_init(strict ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_ERRNO(EPERM));
    if (!ctx) {
        err_set(err, "seccomp_init failed");
        return -1;
    }
    int rc = 0;
    if (SANDBOX_SANITIZER)
        for (size_t i = 0; rc == 0 && i < sizeof sanitizer_allowed / sizeof sanitizer_allowed[0]; i++)
            rc = rule(ctx, SCMP_ACT_ALLOW, sanitizer_allowed[i], err);
    for (size_t i = 0; rc == 0 && i < sizeof allowed / sizeof allowed[0]; i++)
        rc = rule(ctx, SCMP_ACT_ALLOW, allowed[i], err);
    /* explicit only in strict mode: otherwise the default already refuses
     * them, and libseccomp rejects a rule equal to the default */
    for (size_t i = 0; strict && rc == 0 && i < sizeof refused / sizeof refused[0]; i++) {
        if (SANDBOX_SANITIZER) {
            int skip = 0;
            for (size_t k = 0; k < sizeof sanitizer_allowed / sizeof sanitizer_allowed[0]; k++)
                skip |= strcmp(refused[i], sanitizer_allowed[k]) == 0;
            skip |= strcmp(refused[i], "clone") == 0; /* by its flags, below */
            if (skip)
                continue;
        }
        rc = rule(ctx, SCMP_ACT_ERRNO(EPERM), refused[i], err);
    }
    /* stdio asks whether a stream is a terminal (TCGETS); no other ioctl,
     * so not TIOCSTI (typing into the terminal) */
    if (rc == 0 && (rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, cmp_arg(1, SCMP_CMP_EQ, TCGETS, 0))) < 0)
        err_set(err, "seccomp_rule_add(ioctl): %s", strerror(-rc));
    if (SANDBOX_SANITIZER && rc == 0 &&
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                               cmp_arg(0, SCMP_CMP_MASKED_EQ, CLONE_VM, CLONE_VM))) < 0)
        err_set(err, "seccomp_rule_add(clone): %s", strerror(-rc));
    if (SANDBOX_SANITIZER && strict && rc == 0 &&
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                               cmp_arg(0, SCMP_CMP_MASKED_EQ, CLONE_VM, 0))) < 0)
        err_set(err, "seccomp_rule_add(clone): %s", strerror(-rc));
    /* raise() and abort() signal this process only */
    if (rc == 0 && (rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
                                          cmp_arg(0, SCMP_CMP_EQ, (scmp_datum_t)getpid(), 0))) < 0)
        err_set(err, "seccomp_rule_add(tgkill): %s", strerror(-rc));
    if (rc == 0 && (rc = seccomp_load(ctx)) < 0)
        err_set(err, "seccomp_load: %s", strerror(-rc));
    seccomp_release(ctx);
    return rc < 0 ? -1 : 0;
}

int sandbox_enter(const sandbox_opts *o, char *done, size_t done_len, char *err)
{
    if (done && done_len)
        done[0] = '\0';
    /* What libc would load lazily from files: the time zone. */
    tzset();
    /* Required by both, and keeps setuid programs from gaining anything. */
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) {
        err_set(err, "prctl(PR_SET_NO_NEW_PRIVS): %s", strerror(errno));
        return -1;
    }
    char lerr[ERR_LEN] = "";
    int ll = landlock_confine(o->data_dir, lerr);
    if (seccomp_confine(o->strict, err) < 0) {
        if (ll > 0)
            say(done, done_len, o->data_dir ? "Landlock (data directory only)" : "Landlock (no files)");
        return -1;
    }
    say(done, done_len, o->strict ? "seccomp filter (strict: calls outside the list are fatal)" : "seccomp filter");
    if (ll > 0)
        say(done, done_len, o->data_dir ? "Landlock (data directory only)" : "Landlock (no files)");
    else if (ll == 0)
        say(done, done_len, "no Landlock in this kernel (files stay reachable)");
    else {
        char what[ERR_LEN + 40];
        snprintf(what, sizeof what, "no Landlock (%s)", lerr);
        say(done, done_len, what);
    }
    return 0;
}

/* ========================================================================
 * Windows: a job object (written for Windows, not built or tested here)
 * ===================================================================== */
#elif defined(_WIN32)

#include <windows.h>

static HANDLE job;

static int job_limits(size_t mb, char *err)
{
    if (!job && !(job = CreateJobObjectW(NULL, NULL))) {
        err_set(err, "CreateJobObject failed (error %lu)", (unsigned long)GetLastError());
        return -1;
    }
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info;
    memset(&info, 0, sizeof info);
    /* one process: this one, so no child process can be started */
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_ACTIVE_PROCESS | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    info.BasicLimitInformation.ActiveProcessLimit = 1;
    if (mb) {
        info.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY;
        info.ProcessMemoryLimit = (SIZE_T)mb << 20;
    }
    if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &info, sizeof info) ||
        !AssignProcessToJobObject(job, GetCurrentProcess())) {
        err_set(err, "job object limits failed (error %lu)", (unsigned long)GetLastError());
        return -1;
    }
    return 0;
}

static size_t memory_mb;

int sandbox_limit_memory(size_t mb, char *done, size_t done_len, char *err)
{
    (void)err;
    if (done && done_len)
        done[0] = '\0';
    memory_mb = mb; /* applied with the job object in sandbox_enter */
    say(done, done_len, mb ? "memory cap set when the sandbox starts" : "no memory cap (memory_limit_mb = 0)");
    return 0;
}

int sandbox_enter(const sandbox_opts *o, char *done, size_t done_len, char *err)
{
    (void)o;
    if (done && done_len)
        done[0] = '\0';
    if (job_limits(memory_mb, err) < 0)
        return -1;
    say(done, done_len, "job object: no child processes");
    if (memory_mb)
        say(done, done_len, "process memory capped");
    say(done, done_len, "no network or file system restriction on Windows");
    return 0;
}

void sandbox_selftest(const char *data_dir, FILE *log)
{
    (void)data_dir;
    fprintf(log, "smallprint-host: sandbox self-test: not written for Windows\n");
}

/* ========================================================================
 * macOS and other POSIX systems: the memory cap only
 * ===================================================================== */
#else

int sandbox_enter(const sandbox_opts *o, char *done, size_t done_len, char *err)
{
    (void)o;
    (void)err;
    if (done && done_len)
        done[0] = '\0';
    say(done, done_len, "no system call or file system sandbox on this system");
    return 0;
}

#endif
