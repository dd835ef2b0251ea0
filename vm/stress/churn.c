// SPDX-License-Identifier: GPL-2.0
/*
 * churn: one worker of the stress run (vm/stress/init), allocating and
 * freeing kernel memory of the kinds memcg accounts, for SECS seconds.
 *
 *   churn objects  SECS         pipes, UNIX socket pairs, epoll + eventfd,
 *                               timerfd, files in the current directory:
 *                               made, then all closed (slab, kmalloc)
 *   churn forkexec SECS PROG    fork + exec PROG + wait (mm_struct with its
 *                               percpu parts, task_struct, page tables)
 *   churn cgroups  SECS DIR     mkdir + rmdir of memory cgroups in DIR (their
 *                               percpu statistics are charged to DIR)
 *   churn pressure SECS MB      touch MB of anonymous memory, free it, again
 *                               (drives a small memory.max into reclaim and
 *                               the memcg OOM killer)
 *
 * Allocation failures are part of the test, not errors: ENOMEM, EMFILE,
 * ENFILE, EAGAIN and ENOSPC are counted, any other errno ends the worker with
 * exit status 1. A fork child killed by SIGKILL (the OOM killer) is counted
 * too. At the end (or on SIGTERM) it prints one line:
 *   churn MODE: OPS ops, FAILS failures, KILLED killed
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NR_FDS	96

static const char *mode;
static unsigned long ops, fails, killed;
static volatile sig_atomic_t stop;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* An expected allocation failure (counted), or a real error (exit 1). */
static int failed(const char *what)
{
	switch (errno) {
	case ENOMEM: case EMFILE: case ENFILE: case EAGAIN: case ENOSPC:
		fails++;
		return -1;
	}
	fprintf(stderr, "churn %s: %s: %s\n", mode, what, strerror(errno));
	exit(1);
}

static void close_all(int *fds, int *n)
{
	while (*n > 0)
		close(fds[--*n]);
}

/* One round of short-lived kernel objects, all closed again. */
static void objects_round(unsigned long round)
{
	int fds[NR_FDS], n = 0, i, ep, sv[2], p[2], fd;
	struct epoll_event ev = { .events = EPOLLIN };
	char name[64];

	for (i = 0; i < 8 && n + 2 <= NR_FDS; i++) {
		if (pipe(p))
			goto out_fail;
		fds[n++] = p[0];
		fds[n++] = p[1];
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
			goto out_fail;
		fds[n++] = sv[0];
		fds[n++] = sv[1];
	}
	ep = epoll_create1(0);
	if (ep < 0)
		goto out_fail;
	fds[n++] = ep;
	for (i = 0; i < 8; i++) {
		fd = eventfd(0, 0);
		if (fd < 0)
			goto out_fail;
		fds[n++] = fd;
		ev.data.fd = fd;
		if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev))
			goto out_fail;
	}
	fd = timerfd_create(CLOCK_MONOTONIC, 0);
	if (fd < 0)
		goto out_fail;
	fds[n++] = fd;
	for (i = 0; i < 8; i++) {
		snprintf(name, sizeof(name), "churn.%d.%lu.%d", getpid(), round, i);
		fd = open(name, O_CREAT | O_RDWR | O_EXCL, 0600);
		if (fd < 0)
			goto out_fail;
		unlink(name);
		fds[n++] = fd;
	}
	ops++;
	close_all(fds, &n);
	return;
out_fail:
	failed("allocating");
	close_all(fds, &n);
}

static void forkexec_round(const char *prog)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		failed("fork");
		usleep(10000);
		return;
	}
	if (pid == 0) {
		execl(prog, prog, (char *)NULL);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		failed("waitpid");
	else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
		killed++;
	else if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		fprintf(stderr, "churn forkexec: %s: status %#x\n", prog, status);
		exit(1);
	}
	ops++;
}

static void cgroups_round(const char *dir, unsigned long round)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/churn%d.%lu", dir, getpid(), round % 8);
	if (mkdir(path, 0755)) {
		failed("mkdir");
		return;
	}
	if (rmdir(path))
		failed("rmdir");
	else
		ops++;
}

static void pressure_round(size_t bytes)
{
	char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	size_t off;

	if (p == MAP_FAILED) {
		failed("mmap");
		return;
	}
	for (off = 0; off < bytes && !stop; off += 4096)
		p[off] = (char)off;
	munmap(p, bytes);
	ops++;
}

int main(int argc, char **argv)
{
	double end;
	unsigned long round = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: churn objects|forkexec|cgroups|pressure SECS [ARG]\n");
		return 2;
	}
	mode = argv[1];
	end = now() + atof(argv[2]);
	signal(SIGTERM, on_term);
	signal(SIGPIPE, SIG_IGN);
	if (strcmp(mode, "objects") && argc < 4) {
		fprintf(stderr, "churn %s: missing argument\n", mode);
		return 2;
	}
	while (!stop && now() < end) {
		if (!strcmp(mode, "objects"))
			objects_round(round);
		else if (!strcmp(mode, "forkexec"))
			forkexec_round(argv[3]);
		else if (!strcmp(mode, "cgroups"))
			cgroups_round(argv[3], round);
		else if (!strcmp(mode, "pressure"))
			pressure_round((size_t)atol(argv[3]) << 20);
		else {
			fprintf(stderr, "churn: unknown mode %s\n", mode);
			return 2;
		}
		round++;
	}
	printf("churn %s: %lu ops, %lu failures, %lu killed\n", mode, ops, fails, killed);
	return 0;
}
