// SPDX-License-Identifier: GPL-2.0
/*
 * kmem-workload: a small workload for the run mode of the test VM.
 *
 *   kmem-workload READY_FILE [CGROUP_DIR]
 *
 * Allocates kernel memory of the kinds memcg accounts and holds it:
 *  - slab:   files in the current directory (dentries and inodes), pipes,
 *            UNIX socket pairs; fork + exec a few children that allocate
 *            pipes and sockets themselves (and each new mm has per-cpu rss
 *            counters)
 *  - percpu: memory cgroups created in CGROUP_DIR (their per-cpu statistics
 *            are charged to CGROUP_DIR's memcg). Per-cpu memory is charged
 *            only outside the first per-cpu chunk, which a small machine
 *            may not have left yet: hence more than a few of them.
 * Then it creates READY_FILE and waits to be killed (SIGTERM), so that the
 * caller can read memory.stat while everything is still charged. The
 * children die with it (PR_SET_PDEATHSIG).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define NR_CHILDREN	4
#define NR_PIPES	64
#define NR_SOCKPAIRS	64
#define NR_FILES	1000
#define NR_CGROUPS	32

static void die(const char *what)
{
	fprintf(stderr, "kmem-workload: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* Pipes and socket pairs are really freed when their last fd is closed. */
static void alloc_pipes_and_sockets(void)
{
	int fds[2], i;

	for (i = 0; i < NR_PIPES; i++)
		if (pipe(fds))
			die("pipe");
	for (i = 0; i < NR_SOCKPAIRS; i++)
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds))
			die("socketpair");
}

/* Dentries and inodes: they stay charged (tmpfs pins them) until removed. */
static void alloc_files(void)
{
	char name[64];
	int i, fd;

	if (mkdir("kmem-workload.d", 0755) && errno != EEXIST)
		die("mkdir");
	for (i = 0; i < NR_FILES; i++) {
		snprintf(name, sizeof(name), "kmem-workload.d/f%04d", i);
		fd = open(name, O_CREAT | O_WRONLY, 0644);
		if (fd < 0)
			die("open");
		close(fd);
	}
}

/* Memory cgroups: struct mem_cgroup (slab) and its per-cpu statistics. */
static void alloc_cgroups(const char *dir)
{
	char name[4096];
	int i;

	for (i = 0; i < NR_CGROUPS; i++) {
		snprintf(name, sizeof(name), "%s/kmem-workload-%02d", dir, i);
		if (mkdir(name, 0755) && errno != EEXIST)
			die("mkdir cgroup");
	}
}

/* Child mode: "kmem-workload --child FD": allocate, report on FD, wait. */
static void __attribute__((noreturn)) child_main(int fd)
{
	alloc_pipes_and_sockets();
	if (write(fd, "r", 1) != 1)
		die("write");
	close(fd);
	for (;;)
		pause();
}

int main(int argc, char **argv)
{
	int ready[2], i, fd;
	char c, arg[16];
	pid_t pid;

	if (argc == 3 && !strcmp(argv[1], "--child"))
		child_main(atoi(argv[2]));
	if (argc != 2 && argc != 3) {
		fprintf(stderr, "usage: kmem-workload READY_FILE [CGROUP_DIR]\n");
		return 2;
	}

	if (pipe(ready))
		die("pipe");
	for (i = 0; i < NR_CHILDREN; i++) {
		pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			close(ready[0]);
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			snprintf(arg, sizeof(arg), "%d", ready[1]);
			execl("/proc/self/exe", argv[0], "--child", arg, NULL);
			die("exec");
		}
	}
	close(ready[1]);

	alloc_files();
	alloc_pipes_and_sockets();
	if (argc == 3)
		alloc_cgroups(argv[2]);

	for (i = 0; i < NR_CHILDREN; i++)
		if (read(ready[0], &c, 1) != 1)
			die("a child failed");

	fd = open(argv[1], O_CREAT | O_WRONLY, 0644);
	if (fd < 0)
		die("open ready file");
	close(fd);
	printf("kmem-workload: %d processes hold %d pipes, %d socket pairs; %d files, %d cgroups\n",
	       NR_CHILDREN + 1, (NR_CHILDREN + 1) * NR_PIPES,
	       (NR_CHILDREN + 1) * NR_SOCKPAIRS, NR_FILES,
	       argc == 3 ? NR_CGROUPS : 0);
	fflush(stdout);
	for (;;)
		pause();
}
