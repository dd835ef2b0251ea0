// SPDX-License-Identifier: GPL-2.0
/*
 * coldfork: the latency of fork()+exit()+wait() with the mm_struct cache
 * cold and warm (review pmt F13: a fork that finds the cache empty
 * constructs a whole new slab of mms, each with its percpu areas).
 *
 *   coldfork [ROUNDS]     (as root, in the guest of scripts/vm-run)
 *
 * Cold: before each round, /sys/kernel/slab/mm_struct/shrink empties the
 * cache (on the series it also waits for the destructors), so the fork
 * takes a new slab. Warm: the same rounds without the shrink. Prints, per
 * kind, "coldfork: <kind> rounds=N min_us=.. median_us=.. p90_us=..
 * p99_us=.. max_us=..". Times are wall clock in the guest.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SHRINK "/sys/kernel/slab/mm_struct/shrink"

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int shrink(void)
{
	int fd = open(SHRINK, O_WRONLY);
	int ok;

	if (fd < 0)
		return -1;
	ok = write(fd, "1", 1) == 1;
	close(fd);
	return ok ? 0 : -1;
}

static int run(const char *kind, int rounds, int cold)
{
	double *t = calloc(rounds, sizeof(*t));
	int i, status;

	if (!t)
		return -1;
	for (i = 0; i < rounds; i++) {
		double t0;
		pid_t pid;

		if (cold && shrink())
			return -1;
		t0 = now_us();
		pid = fork();
		if (pid < 0)
			return -1;
		if (!pid)
			_exit(0);
		if (waitpid(pid, &status, 0) != pid)
			return -1;
		t[i] = now_us() - t0;
	}
	qsort(t, rounds, sizeof(*t), cmp);
	printf("coldfork: %s rounds=%d min_us=%.0f median_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f\n",
	       kind, rounds, t[0], t[rounds / 2], t[rounds * 9 / 10],
	       t[rounds * 99 / 100], t[rounds - 1]);
	free(t);
	return 0;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 200;

	if (rounds < 10) {
		fprintf(stderr, "coldfork: at least 10 rounds\n");
		return 2;
	}
	if (run("warm", rounds, 0) || run("cold", rounds, 1) || run("warm", rounds, 0)) {
		perror("coldfork");
		return 1;
	}
	return 0;
}
