// SPDX-License-Identifier: GPL-2.0
/*
 * uring-nop: submit io_uring NOP requests in batches and report how many
 * completed per second. Every request is an io_kiocb from io_uring's
 * req_cachep, a SLAB_ACCOUNT cache that io_uring fills with
 * kmem_cache_alloc_bulk(GFP_KERNEL_ACCOUNT): the one in-tree user of
 * accounted bulk allocation. Run in a memory cgroup, the requests are
 * charged to it.
 *
 *   uring-nop [-n REQUESTS] [-b BATCH] [-r RINGS] [-H SECONDS] [-R REPS -N NAME]
 *
 * With -r, RINGS rings run REQUESTS each, one after another: a new ring has
 * an empty request cache, so its first batches go to the slab allocator.
 * With -H, the rings stay open until the end, and the program sleeps
 * SECONDS after its start ("uring-nop: started") and after the last ring
 * ("uring-nop: holding N rings"), so that another program can read what is
 * charged before and while they hold their requests. With -R (scripts/bench),
 * the whole run is repeated REPS times and one line in the format of
 * vm/bench/procbench.c is printed instead:
 *   NAME min=US median=US unit=us/req ops_s=BEST ops_s_median=MED reps=REPS
 * (wall time per request, ring setup and teardown included). Exit status 0 only
 * when every request completed with result 0. Built by scripts/check (step ext-io-uring) and scripts/bench
 * against Debian's liburing-dev.
 */
#include <liburing.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Submit @total NOPs on @ring, a new one, @batch at a time; 0 on success.
 * The ring is left open.
 */
static int run_ring(struct io_uring *ring, long total, unsigned int batch)
{
	struct io_uring_cqe *cqe;
	long done = 0;
	unsigned int i;
	int ret;

	ret = io_uring_queue_init(batch, ring, 0);
	if (ret < 0) {
		fprintf(stderr, "uring-nop: io_uring_queue_init: %s\n", strerror(-ret));
		return 1;
	}
	while (done < total) {
		unsigned int n = total - done < batch ? total - done : batch;

		for (i = 0; i < n; i++)
			io_uring_prep_nop(io_uring_get_sqe(ring));
		ret = io_uring_submit_and_wait(ring, n);
		if (ret != (int)n) {
			fprintf(stderr, "uring-nop: submitted %d of %u: %s\n", ret, n,
				ret < 0 ? strerror(-ret) : "short");
			return 1;
		}
		for (i = 0; i < n; i++) {
			ret = io_uring_wait_cqe(ring, &cqe);
			if (ret < 0 || cqe->res != 0) {
				fprintf(stderr, "uring-nop: completion %ld: %s\n", done + i,
					strerror(ret < 0 ? -ret : -cqe->res));
				return 1;
			}
			io_uring_cqe_seen(ring, cqe);
		}
		done += n;
	}
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* -R: REPS runs of RINGS rings, each opened, run and closed; one result line */
static int bench(const char *name, long total, unsigned int batch, long rings, int reps)
{
	double us[100], t, med;
	struct io_uring ring;
	long r;
	int i;

	for (i = 0; i < reps; i++) {
		t = now();
		for (r = 0; r < rings; r++) {
			if (run_ring(&ring, total, batch))
				return 1;
			io_uring_queue_exit(&ring);
		}
		us[i] = (now() - t) * 1e6 / (total * rings);
	}
	qsort(us, reps, sizeof(us[0]), cmp_double);
	med = reps % 2 ? us[reps / 2] : (us[reps / 2 - 1] + us[reps / 2]) / 2;
	printf("%s min=%.3f median=%.3f unit=us/req ops_s=%.1f ops_s_median=%.1f reps=%d\n",
	       name, us[0], med, 1e6 / us[0], 1e6 / med, reps);
	return 0;
}

int main(int argc, char **argv)
{
	long total = 1000000, rings = 1, r, i;
	unsigned int batch = 32, hold = 0;
	const char *name = "uring-nop";
	struct io_uring *ring;
	int opt, ret = 0, reps = 0;
	double t;

	while ((opt = getopt(argc, argv, "n:b:r:H:R:N:")) != -1) {
		switch (opt) {
		case 'n':
			total = atol(optarg);
			break;
		case 'b':
			batch = atoi(optarg);
			break;
		case 'r':
			rings = atol(optarg);
			break;
		case 'H':
			hold = atoi(optarg);
			break;
		case 'R':
			reps = atoi(optarg);
			break;
		case 'N':
			name = optarg;
			break;
		default:
			fprintf(stderr, "usage: %s [-n REQUESTS] [-b BATCH] [-r RINGS] [-H SECONDS] "
				"[-R REPS -N NAME]\n", argv[0]);
			return 2;
		}
	}
	if (total <= 0 || rings <= 0 || rings > 4096 || batch == 0 || batch > 4096) {
		fprintf(stderr, "uring-nop: bad -n, -b or -r\n");
		return 2;
	}
	if (reps) {
		if (reps < 0 || reps > 100 || hold) {
			fprintf(stderr, "uring-nop: -R takes 1 to 100 and no -H\n");
			return 2;
		}
		if (bench(name, total, batch, rings, reps)) {
			printf("%s error a request failed\n", name);
			return 1;
		}
		return 0;
	}
	ring = calloc(rings, sizeof(*ring));
	if (!ring) {
		perror("uring-nop: calloc");
		return 1;
	}
	if (hold) {
		printf("uring-nop: started\n");
		fflush(stdout);
		sleep(hold);
	}
	t = now();
	/* On return, r rings ran; with -H, they are still open. */
	for (r = 0; r < rings; r++) {
		ret = run_ring(&ring[r], total, batch);
		if (ret)
			break;
		if (!hold)
			io_uring_queue_exit(&ring[r]);
	}
	t = now() - t;
	if (!ret) {
		printf("uring-nop: %ld requests, batch %u, %ld ring(s) in %.3f s: %.0f requests/s\n",
		       total * rings, batch, rings, t, total * rings / t);
		if (hold) {
			printf("uring-nop: holding %ld rings\n", r);
			fflush(stdout);
			sleep(hold);
		}
	}
	if (hold)
		for (i = 0; i < r; i++)
			io_uring_queue_exit(&ring[i]);
	free(ring);
	return ret;
}
