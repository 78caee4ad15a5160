/* Runs a program and reports its wall time and rusage; used by bench/run for honest peak RSS.
 *
 * Usage: rusage OUTFILE PROGRAM [ARGS...]   (exit status: the program's, or 128+signal)
 * OUTFILE gets one line: "wall_s user_s sys_s maxrss_kb status".
 *
 * Why a C launcher: Linux keeps the largest RSS a process ever had, including the memory image it had
 * before exec. A child forked by the Python runner starts with the runner's ~17 MB, so wait4 from Python
 * never reports less. Forked from this tiny program instead, the child starts at a few hundred KB. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rusage OUTFILE PROGRAM [ARGS...]\n");
        return 2;
    }
    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("rusage: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("rusage: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("rusage: wait4");
        return 2;
    }
    double wall = now() - start;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE* f = fopen(argv[1], "w");
    if (!f) {
        perror("rusage: output");
        return 2;
    }
    fprintf(f, "%.6f %.6f %.6f %ld %d\n", wall, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
            ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss, code);
    fclose(f);
    return code;
}
