// SPDX-License-Identifier: GPL-2.0
/*
 * procbench: process and tc benchmarks of scripts/bench (issue 3, workloads 4-6).
 * Built static; runs in the benchmark VM and in the UML benchmark root.
 *
 *   procbench bench WORKLOAD [-j JOBS] [-t SECONDS] [-r REPS]
 *	WORKLOAD is exec (a process that execs itself with a counter, until the
 *	deadline), fork (fork + child _exit + wait), forkexec (fork + child
 *	execs this binary, which exits at once + wait) or epoll (an eventfd
 *	added to and deleted from an epoll instance: an accounted epitem and
 *	poll entry allocated, the entry freed at once and the epitem with
 *	kfree_rcu(), which in 7.2 goes through the cache's RCU sheaf). JOBS workers run in
 *	parallel for SECONDS, REPS times. Prints one line:
 *	  WORKLOAD-jJOBS min=US median=US unit=us/op ops_s=BEST ops_s_median=MED reps=REPS
 *	us/op is wall time per operation of all workers together (1e6 / ops_s).
 *
 *   procbench count WORKLOAD [-n N] [-T TRACEFS]
 *	Runs N operations of WORKLOAD (one worker) with the percpu_alloc_percpu
 *	tracepoint on, and counts the percpu allocations per operation.
 *	Non-atomic ones (is_atomic=0) are the ones that take pcpu_alloc_mutex.
 *	WORKLOAD may also be tc (N flower filters added, then deleted).
 *	  pcpu-WORKLOAD min=X median=X unit=mutex/op atomic=A reserved=R other=O n=N
 *	then "# site SYMBOL COUNT" lines for the non-atomic call sites.
 *
 *   procbench tc [-n N] [-r REPS] [-d DEV] [-b TC]
 *	tc flower filters with a gact action on DEV's ingress qdisc: N added
 *	with one "tc -batch", then deleted with another, REPS times. Prints
 *	tc-add, tc-del (wall us per filter, filters/s) and tc-add-sys,
 *	tc-del-sys (system time of the tc process per filter, from wait4()).
 *
 * Everything is measured with CLOCK_MONOTONIC and getrusage-style wait4();
 * a workload that cannot run prints "NAME error REASON" and exits 2.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_JOBS	64
#define MAX_REPS	100

static char self[PATH_MAX];
static const char *name = "procbench";

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

static void fail(const char *what, const char *why)
{
	printf("%s error %s%s%s\n", what, why, errno ? ": " : "", errno ? strerror(errno) : "");
	fflush(stdout);
	exit(2);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ---- the exec chain: this binary, re-executed with its state in argv ---- */

/* argv: --chain COUNT DEADLINE_NS LIMIT FD */
static int chain(char **argv)
{
	uint64_t count = strtoull(argv[2], NULL, 10);
	uint64_t deadline = strtoull(argv[3], NULL, 10);
	uint64_t limit = strtoull(argv[4], NULL, 10);
	int fd = atoi(argv[5]);
	char c[32];
	char *args[] = { argv[0], "--chain", c, argv[3], argv[4], argv[5], NULL };
	char *envp[] = { NULL };

	if ((limit && count >= limit) || (deadline && now_ns() >= deadline)) {
		if (write(fd, &count, sizeof(count)) != sizeof(count))
			_exit(3);
		_exit(0);
	}
	snprintf(c, sizeof(c), "%llu", (unsigned long long)count + 1);
	/* argv[0] is the absolute path (exec of /proc/self/exe would name the
	 * task "exe") */
	execve(argv[0], args, envp);
	_exit(4);
}

static void exec_exit(void)
{
	char *args[] = { "procbench", "--exit", NULL };
	char *envp[] = { NULL };

	execve(self, args, envp);
	_exit(4);
}

/*
 * One worker: waits for its deadline on the start pipe, then runs the
 * workload until the deadline (or LIMIT operations) and writes the number of
 * operations done to the report pipe.
 */
static void worker(const char *wl, int start_fd, int report_fd, uint64_t limit)
{
	uint64_t deadline, ops = 0;
	pid_t pid;

	if (read(start_fd, &deadline, sizeof(deadline)) != sizeof(deadline))
		_exit(5);
	close(start_fd);
	if (!strcmp(wl, "exec")) {
		char d[32], l[32], f[16];
		char *args[] = { self, "--chain", "1", d, l, f, NULL };
		char *envp[] = { NULL };

		snprintf(d, sizeof(d), "%llu", limit ? 0ull : (unsigned long long)deadline);
		snprintf(l, sizeof(l), "%llu", (unsigned long long)limit);
		snprintf(f, sizeof(f), "%d", report_fd);
		execve(self, args, envp);
		_exit(4);
	}
	if (!strcmp(wl, "epoll")) {
		struct epoll_event ev = { .events = EPOLLIN };
		int ep = epoll_create1(0), efd = eventfd(0, 0);

		if (ep < 0 || efd < 0)
			_exit(8);
		/* the deadline is read once per 64 operations */
		while (limit ? ops < limit : now_ns() < deadline) {
			for (int i = 0; i < 64 && (!limit || ops < limit); i++, ops++)
				if (epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev) ||
				    epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL))
					_exit(9);
		}
		if (write(report_fd, &ops, sizeof(ops)) != sizeof(ops))
			_exit(3);
		_exit(0);
	}
	for (;;) {
		if (limit ? ops >= limit : now_ns() >= deadline)
			break;
		pid = fork();
		if (pid < 0)
			_exit(6);
		if (pid == 0) {
			if (!strcmp(wl, "forkexec"))
				exec_exit();
			_exit(0);
		}
		if (waitpid(pid, NULL, 0) != pid)
			_exit(7);
		ops++;
	}
	if (write(report_fd, &ops, sizeof(ops)) != sizeof(ops))
		_exit(3);
	_exit(0);
}

/*
 * Start JOBS workers, release them together, wait for all. Returns the
 * total number of operations and the wall time in *ns. before() runs after
 * the workers exist and before they start, after() once they are all gone
 * (the tracing of count mode: worker creation is not counted).
 */
static uint64_t run_workers(const char *wl, int jobs, uint64_t dur_ns, uint64_t limit,
			    uint64_t *ns, void (*before)(void), void (*after)(void))
{
	int sp[2], rp[2], i, status, bad = 0;
	uint64_t t0, t1, deadline, total = 0, ops;
	pid_t pids[MAX_JOBS];

	if (pipe(sp) || pipe(rp))
		fail(wl, "pipe");
	for (i = 0; i < jobs; i++) {
		pids[i] = fork();
		if (pids[i] < 0)
			fail(wl, "fork");
		if (pids[i] == 0) {
			close(sp[1]);
			close(rp[0]);
			worker(wl, sp[0], rp[1], limit);
		}
	}
	close(sp[0]);
	close(rp[1]);
	if (before)
		before();
	t0 = now_ns();
	deadline = t0 + dur_ns;
	for (i = 0; i < jobs; i++)
		if (write(sp[1], &deadline, sizeof(deadline)) != sizeof(deadline))
			fail(wl, "start pipe");
	for (i = 0; i < jobs; i++) {
		if (waitpid(pids[i], &status, 0) != pids[i] || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			bad = 1;
	}
	t1 = now_ns();
	if (after)
		after();
	close(sp[1]);
	while (read(rp[0], &ops, sizeof(ops)) == sizeof(ops))
		total += ops;
	close(rp[0]);
	if (bad) {
		errno = 0;
		fail(wl, "a worker failed");
	}
	*ns = t1 - t0;
	return total;
}

static int is_workload(const char *wl)
{
	return !strcmp(wl, "exec") || !strcmp(wl, "fork") || !strcmp(wl, "forkexec") ||
	       !strcmp(wl, "epoll");
}

static int cmd_bench(const char *wl, int jobs, double secs, int reps)
{
	double us[MAX_REPS], med_us;
	uint64_t ns, ops;
	int r;

	if (!is_workload(wl) || jobs < 1 || jobs > MAX_JOBS || reps < 1 || reps > MAX_REPS)
		return fprintf(stderr, "%s: bad bench arguments\n", name), 1;
	for (r = 0; r < reps; r++) {
		ops = run_workers(wl, jobs, (uint64_t)(secs * 1e9), 0, &ns, NULL, NULL);
		if (!ops) {
			errno = 0;
			fail(wl, "no operation completed");
		}
		us[r] = ns / 1e3 / ops;
	}
	med_us = median(us, reps);	/* sorts: us[0] is the minimum */
	printf("%s-j%d min=%.2f median=%.2f unit=us/op ops_s=%.1f ops_s_median=%.1f reps=%d\n",
	       wl, jobs, us[0], med_us, 1e6 / us[0], 1e6 / med_us, reps);
	return 0;
}

/* ---- tracefs: count percpu_alloc_percpu events ---- */

static const char *tracefs = "/sys/kernel/tracing";

static int write_file(const char *rel, const char *val, int trunc)
{
	char path[PATH_MAX];
	int fd, ok;

	snprintf(path, sizeof(path), "%s/%s", tracefs, rel);
	fd = open(path, O_WRONLY | (trunc ? O_TRUNC : 0));
	if (fd < 0)
		return -1;
	ok = write(fd, val, strlen(val)) == (ssize_t)strlen(val);
	close(fd);
	return ok ? 0 : -1;
}

static void trace_on(void)
{
	/* more pids than the default 128 keep their comm (forkexec) */
	write_file("saved_cmdlines_size", "4096", 0);
	if (write_file("trace", "", 1) ||
	    write_file("events/percpu/percpu_alloc_percpu/enable", "1", 0) ||
	    write_file("tracing_on", "1", 0))
		fail("pcpu", "cannot enable events/percpu/percpu_alloc_percpu");
	/* the lock-counting kprobes of vm-init, where the kernel has them */
	write_file("events/kmem_lock/enable", "1", 0);
}

/*
 * The global locks whose acquisitions are counted: vm-init defines the
 * kprobe events kmem_lock/<lock>_<n> on the spinlock entry points, filtered
 * on the lock's address, for each lock that the kernel has.
 */
static const char *const locks[] = { "pcpu_lock", "percpu_counters_lock" };
#define NR_LOCKS (sizeof(locks) / sizeof(locks[0]))

static int lock_defined(int i)
{
	char path[PATH_MAX];
	struct stat st;

	snprintf(path, sizeof(path), "%s/events/kmem_lock/%s_0", tracefs, locks[i]);
	return !stat(path, &st);
}

static void trace_off(void)
{
	write_file("events/percpu/percpu_alloc_percpu/enable", "0", 0);
	write_file("events/kmem_lock/enable", "0", 0);
}

struct site {
	char sym[96];
	long n;
};

struct tally {
	long nonatomic, atomic, reserved, other;
	long lock[NR_LOCKS];	/* acquisitions, by any task */
	struct site sites[32];
	int nsites;
};

static struct site *site_of(struct tally *t, const char *sym)
{
	int i;

	for (i = 0; i < t->nsites; i++)
		if (!strcmp(t->sites[i].sym, sym))
			return &t->sites[i];
	if (t->nsites == 32)
		return NULL;
	snprintf(t->sites[t->nsites].sym, sizeof(t->sites[0].sym), "%s", sym);
	t->sites[t->nsites].n = 0;
	return &t->sites[t->nsites++];
}

/*
 * Parse the trace buffer into *t: the events of our tasks (comm procbench
 * or tc) by kind and non-atomic call site; the others only counted.
 */
static void parse_trace(const char *wl, struct tally *t)
{
	char path[PATH_MAX], line[1024], ev[64], *p, *q;
	unsigned long in_buf = 0, written = 0;
	struct site *site;
	unsigned int i;
	FILE *f;

	memset(t, 0, sizeof(*t));
	snprintf(path, sizeof(path), "%s/trace", tracefs);
	f = fopen(path, "r");
	if (!f)
		fail(wl, "cannot read the trace");
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#') {
			p = strstr(line, "entries-in-buffer/entries-written:");
			if (p)
				sscanf(p, "entries-in-buffer/entries-written: %lu/%lu",
				       &in_buf, &written);
			continue;
		}
		for (i = 0; i < NR_LOCKS; i++) {
			snprintf(ev, sizeof(ev), " %s_", locks[i]);
			if (strstr(line, ev) && strstr(line, "lock=0x"))
				t->lock[i]++;
		}
		if (!strstr(line, "percpu_alloc_percpu:"))
			continue;
		for (p = line; *p == ' '; p++)
			;
		if (strncmp(p, "procbench-", 10) && strncmp(p, "tc-", 3)) {
			t->other++;
			continue;
		}
		if (strstr(line, " reserved=1"))
			t->reserved++;
		if (strstr(line, " is_atomic=1")) {
			t->atomic++;
			continue;
		}
		t->nonatomic++;
		p = strstr(line, "call_site=");
		if (!p)
			continue;
		p += 10;
		q = strchr(p, ' ');
		if (q)
			*q = 0;
		site = site_of(t, p);
		if (site)
			site->n++;
	}
	fclose(f);
	if (written > in_buf) {
		errno = 0;
		fail(wl, "trace buffer overrun (lower -n)");
	}
}

/* t - base (the cost of starting the program that ran the operations) */
static void subtract(struct tally *t, struct tally *base)
{
	struct site *site;
	int i;

	t->nonatomic -= base->nonatomic;
	t->atomic -= base->atomic;
	t->reserved -= base->reserved;
	t->other -= base->other;
	for (i = 0; i < (int)NR_LOCKS; i++)
		t->lock[i] -= base->lock[i];
	for (i = 0; i < base->nsites; i++) {
		site = site_of(t, base->sites[i].sym);
		if (site)
			site->n -= base->sites[i].n;
	}
}

static void print_tally(const char *wl, struct tally *t, uint64_t n, const char *per)
{
	unsigned int l;
	int i;

	/* "pcpu-forkexec" -> "lock-pcpu_lock-forkexec" */
	for (l = 0; l < NR_LOCKS; l++)
		printf("lock-%s-%s min=%.3f median=%.3f unit=lock/%s %s n=%llu\n",
		       locks[l], wl + 5, (double)t->lock[l] / n,
		       (double)t->lock[l] / n, per,
		       lock_defined(l) ? "counted=1" : "absent=1",
		       (unsigned long long)n);

	printf("%s min=%.3f median=%.3f unit=mutex/%s atomic=%.3f reserved=%ld other=%ld n=%llu\n",
	       wl, (double)t->nonatomic / n, (double)t->nonatomic / n, per,
	       (double)t->atomic / n, t->reserved, t->other, (unsigned long long)n);
	for (i = 0; i < t->nsites; i++)
		if (t->sites[i].n)
			printf("# site %s %.3f/%s\n", t->sites[i].sym,
			       (double)t->sites[i].n / n, per);
}

/* ---- tc ---- */

struct timed {
	uint64_t wall_ns, sys_us, user_us;
	int status;
};

/* Run argv (a path and its arguments), wait for it, with its rusage. */
static struct timed run_timed(char **argv, int quiet)
{
	struct timed t = { 0 };
	struct rusage ru;
	uint64_t t0 = now_ns();
	pid_t pid = fork();

	if (pid < 0)
		fail("tc", "fork");
	if (pid == 0) {
		if (quiet) {
			int fd = open("/dev/null", O_WRONLY);

			if (fd >= 0) {
				dup2(fd, 1);
				dup2(fd, 2);
			}
		}
		execv(argv[0], argv);
		fprintf(stderr, "%s: exec %s: %s\n", name, argv[0], strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &t.status, 0, &ru) != pid)
		fail("tc", "wait4");
	t.wall_ns = now_ns() - t0;
	t.sys_us = ru.ru_stime.tv_sec * 1000000ull + ru.ru_stime.tv_usec;
	t.user_us = ru.ru_utime.tv_sec * 1000000ull + ru.ru_utime.tv_usec;
	return t;
}

static const char *tc_bin = "/bin/tc", *tc_dev = "dummy0";

static int tc_ok(char *a1, char *a2, char *a3, char *a4, char *a5, char *a6)
{
	char *argv[] = { (char *)tc_bin, a1, a2, a3, a4, a5, a6, NULL };
	struct timed t = run_timed(argv, 1);

	return WIFEXITED(t.status) && WEXITSTATUS(t.status) == 0;
}

static void write_batches(int n)
{
	FILE *a = fopen("/tmp/tc-add.batch", "w"), *d = fopen("/tmp/tc-del.batch", "w");
	int i;

	if (!a || !d)
		fail("tc", "cannot write /tmp/tc-*.batch");
	/* Like tools/testing/selftests/tc-testing/tdc_batch.py: one flower
	 * filter per handle, distinct MACs, each with its own drop action. */
	for (i = 1; i <= n; i++) {
		fprintf(a, "filter add dev %s ingress protocol ip prio 1 handle %d flower skip_hw "
			"src_mac e4:11:00:%02x:%02x:%02x dst_mac e4:12:00:%02x:%02x:%02x action drop\n",
			tc_dev, i, (i >> 16) & 255, (i >> 8) & 255, i & 255,
			(i >> 16) & 255, (i >> 8) & 255, i & 255);
		fprintf(d, "filter del dev %s ingress protocol ip prio 1 handle %d flower\n",
			tc_dev, i);
	}
	fclose(a);
	fclose(d);
}

static void tc_setup(void)
{
	char path[PATH_MAX];

	errno = 0;
	if (access(tc_bin, X_OK))
		fail("tc", "no tc binary in the image");
	if (!tc_ok("-V", NULL, NULL, NULL, NULL, NULL)) {
		errno = 0;
		fail("tc", "tc -V does not run (missing shared libraries?)");
	}
	snprintf(path, sizeof(path), "/sys/class/net/%s", tc_dev);
	if (access(path, F_OK))
		fail("tc", "no dummy device (CONFIG_DUMMY?)");
	tc_ok("qdisc", "del", "dev", (char *)tc_dev, "ingress", NULL);
	errno = 0;
	if (!tc_ok("qdisc", "add", "dev", (char *)tc_dev, "ingress", NULL))
		fail("tc", "tc qdisc add ingress failed (CONFIG_NET_SCH_INGRESS?)");
}

static struct timed tc_batch(const char *file)
{
	char *argv[] = { (char *)tc_bin, "-batch", (char *)file, NULL };
	struct timed t = run_timed(argv, 0);

	if (!WIFEXITED(t.status) || WEXITSTATUS(t.status)) {
		errno = 0;
		fail("tc", strstr(file, "add") ? "tc -batch add failed (CONFIG_NET_CLS_FLOWER, "
			"CONFIG_NET_ACT_GACT?)" : "tc -batch del failed");
	}
	return t;
}

static void report(const char *what, double *v, int reps, int n, int rate)
{
	double med = median(v, reps), best = v[0];	/* sorted */
	printf("%s min=%.2f median=%.2f unit=us/filter", what, best, med);
	if (rate)
		printf(" filters_s=%.1f filters_s_median=%.1f", 1e6 / best, 1e6 / med);
	printf(" n=%d reps=%d\n", n, reps);
}

static int cmd_tc(int n, int reps)
{
	double add[MAX_REPS], del[MAX_REPS], adds[MAX_REPS], dels[MAX_REPS];
	struct timed t;
	int r;

	if (n < 1 || reps < 1 || reps > MAX_REPS)
		return fprintf(stderr, "%s: bad tc arguments\n", name), 1;
	tc_setup();
	write_batches(n);
	for (r = 0; r < reps; r++) {
		t = tc_batch("/tmp/tc-add.batch");
		add[r] = t.wall_ns / 1e3 / n;
		adds[r] = (double)t.sys_us / n;
		t = tc_batch("/tmp/tc-del.batch");
		del[r] = t.wall_ns / 1e3 / n;
		dels[r] = (double)t.sys_us / n;
	}
	report("tc-add", add, reps, n, 1);
	report("tc-del", del, reps, n, 1);
	report("tc-add-sys", adds, reps, n, 0);
	report("tc-del-sys", dels, reps, n, 0);
	return 0;
}

static int cmd_count(const char *wl, uint64_t n)
{
	uint64_t ns, ops;
	struct stat st;
	char path[PATH_MAX], what[64];
	struct tally t, base;
	FILE *empty;

	snprintf(what, sizeof(what), "pcpu-%s%s", wl, strcmp(wl, "tc") ? "" : "-add");
	snprintf(path, sizeof(path), "%s/events/percpu/percpu_alloc_percpu/enable", tracefs);
	errno = 0;
	if (stat(path, &st))
		fail(what, "no events/percpu/percpu_alloc_percpu in tracefs "
		     "(CONFIG_EVENT_TRACING? tracefs mounted?)");
	if (!strcmp(wl, "tc")) {
		/* The add batch only: deleting frees, and frees do not
		 * count; the filters are deleted after the count. The fork
		 * and exec of tc itself are measured with an empty batch
		 * and subtracted. */
		tc_setup();
		write_batches(n);
		empty = fopen("/tmp/tc-empty.batch", "w");
		if (!empty)
			fail(what, "cannot write /tmp/tc-empty.batch");
		fclose(empty);
		trace_on();
		tc_batch("/tmp/tc-empty.batch");
		trace_off();
		parse_trace(what, &base);
		trace_on();
		tc_batch("/tmp/tc-add.batch");
		trace_off();
		tc_batch("/tmp/tc-del.batch");
		parse_trace(what, &t);
		subtract(&t, &base);
		print_tally(what, &t, n, "filter");
		return 0;
	}
	if (!is_workload(wl))
		return fprintf(stderr, "%s: bad count arguments\n", name), 1;
	ops = run_workers(wl, 1, 0, n, &ns, trace_on, trace_off);
	if (ops != n) {
		errno = 0;
		fail(wl, "wrong number of operations");
	}
	parse_trace(what, &t);
	print_tally(what, &t, n, "op");
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: %s bench exec|fork|forkexec [-j JOBS] [-t SECONDS] [-r REPS]\n"
		"       %s count exec|fork|forkexec|tc [-n N] [-T TRACEFS]\n"
		"       %s tc [-n N] [-r REPS] [-d DEV] [-b TC]\n", name, name, name);
	exit(1);
}

int main(int argc, char **argv)
{
	int jobs = 1, reps = 3, n = 0, opt;
	double secs = 1.0;
	const char *cmd, *wl = NULL;
	ssize_t len;

	if (argc >= 6 && !strcmp(argv[1], "--chain"))
		return chain(argv);
	if (argc >= 2 && !strcmp(argv[1], "--exit"))
		return 0;
	len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (len <= 0) {
		fprintf(stderr, "%s: /proc/self/exe: %s (is /proc mounted?)\n", name, strerror(errno));
		return 1;
	}
	self[len] = 0;
	if (argc < 2)
		usage();
	cmd = argv[1];
	optind = 2;
	if (strcmp(cmd, "tc") && argc >= 3 && argv[2][0] != '-') {
		wl = argv[2];
		optind = 3;
	}
	while ((opt = getopt(argc, argv, "j:t:r:n:T:d:b:")) != -1) {
		switch (opt) {
		case 'j': jobs = atoi(optarg); break;
		case 't': secs = atof(optarg); break;
		case 'r': reps = atoi(optarg); break;
		case 'n': n = atoi(optarg); break;
		case 'T': tracefs = optarg; break;
		case 'd': tc_dev = optarg; break;
		case 'b': tc_bin = optarg; break;
		default: usage();
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(cmd, "bench") && wl)
		return cmd_bench(wl, jobs, secs, reps);
	if (!strcmp(cmd, "count") && wl)
		return cmd_count(wl, n ? n : 100);
	if (!strcmp(cmd, "tc"))
		return cmd_tc(n ? n : 1000, reps);
	usage();
	return 1;
}
