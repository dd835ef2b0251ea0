// SPDX-License-Identifier: GPL-2.0
/*
 * kmem_bench: in-kernel loops for the linux-kmem benchmarks.
 *
 * Built out of tree against each kernel (make -C BUILD M=bench), so the base and
 * the series run the same benchmark code. Driven through debugfs by a user task,
 * so that allocations take the task->objcg path of the task's cgroup:
 *
 *   echo "kmalloc 1000000 100" > /sys/kernel/debug/kmem_bench/run
 *   cat /sys/kernel/debug/kmem_bench/run
 *
 * Commands (all times in nanoseconds unless the unit says otherwise):
 *   kmalloc N REPS        N x kmalloc(64, GFP_KERNEL_ACCOUNT) into an array (timed),
 *                         then N x kfree (untimed); REPS repetitions (seed 000)
 *   bulk NOBJ ROUNDS REPS ACCT
 *                         ROUNDS x (kmem_cache_alloc_bulk + kmem_cache_free_bulk of
 *                         NOBJ 64-byte objects) from a cache with (ACCT=1) or
 *                         without (ACCT=0) SLAB_ACCOUNT; per-object time
 *   kfree N REPS          N x kmalloc(64, GFP_KERNEL_ACCOUNT) (untimed), then N x
 *                         kfree (timed): the free side of the kmalloc loop
 *   kmalloc-plain N REPS, kfree-plain N REPS
 *                         the same with GFP_KERNEL (kmalloc-64, the cache of the
 *                         nokmem floor's loops), for a like-for-like floor
 *   cache N REPS ACCT     N x kmem_cache_alloc of one 64-byte object from a cache
 *                         with (ACCT=1) or without (ACCT=0) SLAB_ACCOUNT (timed),
 *                         then N x kmem_cache_free (untimed); "cache-free N REPS
 *                         ACCT" times the frees instead
 *   percpu SIZE N REPS [ACCT]
 *                         N x __alloc_percpu_gfp(SIZE, GFP_KERNEL_ACCOUNT), then N x
 *                         free_percpu, both timed; per alloc+free pair. ACCT=0:
 *                         GFP_KERNEL instead ("percpu-noacct")
 *   pingpong N REPS MODE  N x (allocate one 64-byte object, free it at once), timed
 *                         per pair: MODE 0 kmem_cache_alloc/free from a cache
 *                         without SLAB_ACCOUNT, 1 with it, 2 kfree(kmalloc(64,
 *                         GFP_KERNEL_ACCOUNT)), 3 the same with GFP_KERNEL, 4 an
 *                         8-byte percpu area with GFP_KERNEL_ACCOUNT, 5 with
 *                         GFP_KERNEL
 *
 * Reading "run" gives one line: "<cmd> min=<v> median=<v> max=<v> unit=<u> reps=<r>".
 * "run1" .. "run3" are the same with their own state, so that several tasks (one
 * per CPU, each in its own cgroup if wanted) can run loops at the same time.
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#define MAX_REPS	1000
#define MAX_BULK	1024
#define NR_SLOTS	4

/* One per debugfs file: a loop runs under its slot's lock. */
struct bench_slot {
	struct mutex lock;
	char result[256];
	u64 samples[MAX_REPS];
};

static struct bench_slot slots[NR_SLOTS];
static struct dentry *bench_dir;

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

/* Sorted samples, divided by div, as "min=X median=X max=X" with one decimal. */
static void report(struct bench_slot *sl, const char *cmd, int reps, u64 div,
		   const char *unit)
{
	u64 *samples = sl->samples;
	u64 v[3];
	int i;

	sort(samples, reps, sizeof(samples[0]), cmp_u64, NULL);
	v[0] = samples[0];
	v[1] = samples[reps / 2];
	v[2] = samples[reps - 1];
	for (i = 0; i < 3; i++)
		v[i] = div64_u64(v[i] * 10, div);
	snprintf(sl->result, sizeof(sl->result),
		 "%s min=%llu.%llu median=%llu.%llu max=%llu.%llu unit=%s reps=%d\n", cmd,
		 v[0] / 10, v[0] % 10, v[1] / 10, v[1] % 10, v[2] / 10, v[2] % 10,
		 unit, reps);
}

/*
 * N x kmalloc(64) then N x kfree(); time one side. With GFP_KERNEL_ACCOUNT
 * (kmalloc-cg-64), or without (kmalloc-64, shared with the rest of the
 * kernel; "-plain"): the cache that the nokmem floor's loop uses, as
 * cgroup.memory=nokmem sends GFP_KERNEL_ACCOUNT there.
 */
static int bench_kmalloc(struct bench_slot *sl, unsigned long n, int reps, bool free,
			 bool acct)
{
	gfp_t gfp = acct ? GFP_KERNEL_ACCOUNT : GFP_KERNEL;
	ktime_t t0 = 0, t1 = 0;
	void **p;
	unsigned long i;
	int r;

	p = vmalloc_array(n, sizeof(*p));
	if (!p)
		return -ENOMEM;
	for (r = 0; r < reps; r++) {
		t0 = ktime_get();
		for (i = 0; i < n; i++)
			p[i] = kmalloc(64, gfp);
		t1 = ktime_get();
		for (i = 0; i < n; i++)
			kfree(p[i]);
		sl->samples[r] = free ? ktime_to_ns(ktime_sub(ktime_get(), t1)) :
					ktime_to_ns(ktime_sub(t1, t0));
		cond_resched();
	}
	vfree(p);
	report(sl, free ? (acct ? "kfree" : "kfree-plain") :
			  (acct ? "kmalloc" : "kmalloc-plain"), reps, 1000, "us");
	return 0;
}

/* The 64-byte cache of the cache and bulk loops, with or without SLAB_ACCOUNT. */
static struct kmem_cache *bench_cache_create(bool acct)
{
	return kmem_cache_create(acct ? "kmem_bench_acct" : "kmem_bench_noacct", 64, 0,
				 acct ? SLAB_ACCOUNT : 0, NULL);
}

/* N x kmem_cache_alloc() then N x kmem_cache_free() of 64 bytes; time one side. */
static int bench_cache(struct bench_slot *sl, unsigned long n, int reps, bool acct,
		       bool free)
{
	struct kmem_cache *s;
	ktime_t t0, t1;
	unsigned long i;
	int r, ret = 0;
	void **p;

	p = vmalloc_array(n, sizeof(*p));
	if (!p)
		return -ENOMEM;
	s = bench_cache_create(acct);
	if (!s) {
		vfree(p);
		return -ENOMEM;
	}
	for (r = 0; r < reps && !ret; r++) {
		t0 = ktime_get();
		for (i = 0; i < n; i++)
			p[i] = kmem_cache_alloc(s, GFP_KERNEL);
		t1 = ktime_get();
		for (i = 0; i < n; i++) {
			if (!p[i])
				ret = -ENOMEM;
			else
				kmem_cache_free(s, p[i]);
		}
		sl->samples[r] = free ? ktime_to_ns(ktime_sub(ktime_get(), t1)) :
					ktime_to_ns(ktime_sub(t1, t0));
		cond_resched();
	}
	if (!ret)
		report(sl, acct ? (free ? "cache-free" : "cache-alloc") :
			   (free ? "cache-noacct-free" : "cache-noacct-alloc"),
		       reps, n, "ns/op");
	kmem_cache_destroy(s);
	vfree(p);
	return ret;
}

/*
 * N x (alloc, free) of one object: the object comes back from the per-CPU
 * sheaf it went to, and in a memcg the charge goes back to the obj stock it
 * came from. The loop of upstream's kfree(kmalloc()) figures. At a few ns
 * per pair the timing follows the loop's code layout as much as the
 * allocator: each kind has its own loop, out of line and 64-byte aligned,
 * with no test of the mode inside (one shared loop with a switch moved the
 * same kernel's kfree(kmalloc(64)) pair from 8.5 to 13.3 ns on UML).
 * Each returns the number of pairs done.
 */
static noinline __aligned(64) unsigned long pp_cache(struct kmem_cache *s, unsigned long n)
{
	unsigned long i;
	void *obj;

	for (i = 0; i < n; i++) {
		obj = kmem_cache_alloc(s, GFP_KERNEL);
		if (!obj)
			break;
		kmem_cache_free(s, obj);
	}
	return i;
}

static noinline __aligned(64) unsigned long pp_kmalloc(unsigned long n, gfp_t gfp)
{
	unsigned long i;
	void *obj;

	for (i = 0; i < n; i++) {
		obj = kmalloc(64, gfp);
		if (!obj)
			break;
		kfree(obj);
	}
	return i;
}

static noinline __aligned(64) unsigned long pp_percpu(unsigned long n, gfp_t gfp)
{
	void __percpu *area;
	unsigned long i;

	for (i = 0; i < n; i++) {
		area = __alloc_percpu_gfp(8, 8, gfp);
		if (!area)
			break;
		free_percpu(area);
	}
	return i;
}

static int bench_pingpong(struct bench_slot *sl, unsigned long n, int reps,
			  unsigned long mode)
{
	static const char *const names[] = {
		"pingpong-noacct", "pingpong-acct", "pingpong-kmalloc", "pingpong-kmalloc-plain",
		"pingpong-percpu", "pingpong-percpu-noacct"
	};
	struct kmem_cache *s = NULL;
	unsigned long done;
	int r, ret = 0;

	if (mode >= ARRAY_SIZE(names))
		return -EINVAL;
	if (mode < 2) {
		s = bench_cache_create(mode);
		if (!s)
			return -ENOMEM;
	}
	for (r = 0; r < reps; r++) {
		ktime_t t0 = ktime_get();

		if (mode < 2)
			done = pp_cache(s, n);
		else if (mode < 4)
			done = pp_kmalloc(n, mode == 2 ? GFP_KERNEL_ACCOUNT : GFP_KERNEL);
		else
			done = pp_percpu(n, mode == 4 ? GFP_KERNEL_ACCOUNT : GFP_KERNEL);
		sl->samples[r] = ktime_to_ns(ktime_sub(ktime_get(), t0));
		if (done < n) {
			ret = -ENOMEM;
			break;
		}
		cond_resched();
	}
	if (!ret)
		report(sl, names[mode], reps, n, "ns/op");
	kmem_cache_destroy(s);
	return ret;
}

static int bench_bulk(struct bench_slot *sl, unsigned long nobj, unsigned long rounds, int reps, bool acct)
{
	struct kmem_cache *s;
	unsigned long i;
	int r, ret = 0;
	void **p;

	if (nobj < 1 || nobj > MAX_BULK)
		return -EINVAL;
	p = kmalloc_array(nobj, sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	s = bench_cache_create(acct);
	if (!s) {
		kfree(p);
		return -ENOMEM;
	}
	for (r = 0; r < reps; r++) {
		ktime_t t0 = ktime_get();

		for (i = 0; i < rounds; i++) {
			if (!kmem_cache_alloc_bulk(s, GFP_KERNEL, nobj, p)) {
				ret = -ENOMEM;
				goto out;
			}
			kmem_cache_free_bulk(s, nobj, p);
		}
		sl->samples[r] = ktime_to_ns(ktime_sub(ktime_get(), t0));
		cond_resched();
	}
	report(sl, acct ? "bulk-acct" : "bulk-noacct", reps, rounds * nobj, "ns/obj");
out:
	kmem_cache_destroy(s);
	kfree(p);
	return ret;
}

static int bench_percpu(struct bench_slot *sl, unsigned long size, unsigned long n, int reps,
			bool acct)
{
	gfp_t gfp = acct ? GFP_KERNEL_ACCOUNT : GFP_KERNEL;
	void __percpu **p;
	unsigned long i;
	int r, ret = 0;

	if (size < 1 || size > PAGE_SIZE)
		return -EINVAL;
	p = vmalloc_array(n, sizeof(*p));
	if (!p)
		return -ENOMEM;
	for (r = 0; r < reps; r++) {
		ktime_t t0 = ktime_get();

		for (i = 0; i < n; i++) {
			p[i] = __alloc_percpu_gfp(size, 8, gfp);
			if (!p[i])
				break;
		}
		while (i--)
			free_percpu(p[i]);
		sl->samples[r] = ktime_to_ns(ktime_sub(ktime_get(), t0));
		if (r == 0 && !sl->samples[r])
			ret = -ENOMEM;
		cond_resched();
	}
	vfree(p);
	report(sl, acct ? "percpu" : "percpu-noacct", reps, n, "ns/op");
	return ret;
}

static ssize_t run_write(struct file *file, const char __user *ubuf,
			 size_t len, loff_t *ppos)
{
	struct bench_slot *sl = file->private_data;
	char buf[96], cmd[16];
	unsigned long a = 0, b = 0, c = 0, d = 0;
	int ret, nr;

	if (len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	nr = sscanf(buf, "%15s %lu %lu %lu %lu", cmd, &a, &b, &c, &d);
	if (nr < 2)
		return -EINVAL;

	mutex_lock(&sl->lock);
	sl->result[0] = '\0';
	if (!strcmp(cmd, "kmalloc") && nr == 3 && b >= 1 && b <= MAX_REPS)
		ret = bench_kmalloc(sl, a, b, false, true);
	else if (!strcmp(cmd, "kfree") && nr == 3 && b >= 1 && b <= MAX_REPS)
		ret = bench_kmalloc(sl, a, b, true, true);
	else if (!strcmp(cmd, "kmalloc-plain") && nr == 3 && b >= 1 && b <= MAX_REPS)
		ret = bench_kmalloc(sl, a, b, false, false);
	else if (!strcmp(cmd, "kfree-plain") && nr == 3 && b >= 1 && b <= MAX_REPS)
		ret = bench_kmalloc(sl, a, b, true, false);
	else if (!strcmp(cmd, "cache") && nr == 4 && b >= 1 && b <= MAX_REPS)
		ret = bench_cache(sl, a, b, c, false);
	else if (!strcmp(cmd, "cache-free") && nr == 4 && b >= 1 && b <= MAX_REPS)
		ret = bench_cache(sl, a, b, c, true);
	else if (!strcmp(cmd, "bulk") && nr == 5 && c >= 1 && c <= MAX_REPS && b >= 1)
		ret = bench_bulk(sl, a, b, c, d);
	else if (!strcmp(cmd, "pingpong") && nr == 4 && b >= 1 && b <= MAX_REPS)
		ret = bench_pingpong(sl, a, b, c);
	else if (!strcmp(cmd, "percpu") && (nr == 4 || nr == 5) && c >= 1 && c <= MAX_REPS &&
		 b >= 1)
		ret = bench_percpu(sl, a, b, c, nr == 4 || d);
	else
		ret = -EINVAL;
	mutex_unlock(&sl->lock);
	return ret ? ret : len;
}

static ssize_t run_read(struct file *file, char __user *ubuf, size_t len, loff_t *ppos)
{
	struct bench_slot *sl = file->private_data;
	ssize_t ret;

	mutex_lock(&sl->lock);
	ret = simple_read_from_buffer(ubuf, len, ppos, sl->result, strlen(sl->result));
	mutex_unlock(&sl->lock);
	return ret;
}

static const struct file_operations run_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.read = run_read,
	.write = run_write,
	.llseek = default_llseek,
};

static int __init kmem_bench_init(void)
{
	char name[8];
	int i;

	bench_dir = debugfs_create_dir("kmem_bench", NULL);
	for (i = 0; i < NR_SLOTS; i++) {
		mutex_init(&slots[i].lock);
		if (i)
			snprintf(name, sizeof(name), "run%d", i);
		else
			strscpy(name, "run");
		debugfs_create_file(name, 0600, bench_dir, &slots[i], &run_fops);
	}
	return 0;
}

static void __exit kmem_bench_exit(void)
{
	debugfs_remove_recursive(bench_dir);
}

module_init(kmem_bench_init);
module_exit(kmem_bench_exit);
MODULE_DESCRIPTION("linux-kmem benchmark loops (accounted slab and percpu allocations)");
MODULE_LICENSE("GPL");
