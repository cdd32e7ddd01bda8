/* bench/peak_rss.c — run a command and record its peak resident set size.
 *
 * The command's stdout and stderr pass through untouched, so bench/run
 * reads the command's own figure (its last stdout line) and the peak RSS
 * (written to FILE, in kB: getrusage's ru_maxrss of the waited-for child)
 * from the same run.  Exit status: the command's, 127 when it could not
 * be started, 2 on a usage error.
 *
 * usage: peak_rss FILE CMD [ARG...]
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: peak_rss FILE CMD [ARG...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("peak_rss: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("peak_rss: exec");
        _exit(127);
    }
    int st;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) {
        perror("peak_rss: wait4");
        return 127;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f || fprintf(f, "%ld\n", ru.ru_maxrss) < 0 || fclose(f) != 0) {
        perror("peak_rss: write");
        return 127;
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
