# vm/ext/lib.sh: sourced by the guest scripts of make check-ext (scripts/check
# steps ext-*), which scripts/vm-run runs in its guest with the host's sh.
#
# ext_setup NAME MAX makes the cgroups /sys/fs/cgroup/NAME ($P) and $P/load
# ($C, memory.max MAX) and takes $P's baseline; ext_judge removes $C and
# compares $P's memory.stat with the baseline, the way vm/stress/init does:
# percpu exact, slab and kernel within what the per-CPU obj stocks may hold.
# Tests print TAP lines; ext_done prints "P passed, F failed".

CG=/sys/fs/cgroup
passed=0 failed=0 ntests=0
say() { echo "# $*"; }
ok() { ntests=$((ntests + 1)); passed=$((passed + 1)); echo "ok $ntests $*"; }
notok() { ntests=$((ntests + 1)); failed=$((failed + 1)); echo "not ok $ntests $*"; }
ext_done() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; }

# percpu, slab and kernel of a cgroup's memory.stat, in bytes
stat_of() {
	awk '$1 == "percpu" { p = $2 } $1 == "slab" { s = $2 } $1 == "kernel" { k = $2 }
	     END { print p + 0, s + 0, k + 0 }' "$1/memory.stat"
}

# stressng_ops FILE STRESSOR: the bogo ops of STRESSOR in stress-ng's
# --metrics-brief output FILE, lines like
# "stress-ng: metrc: [123] fork                134      3.02 ..."
stressng_ops() {
	awk -v s="$2" '$2 == "metrc:" && $4 == s && $5 ~ /^[0-9]+$/ { print $5 }' "$1"
}

# tdc_tap FILE: each case of tdc's TAP output FILE as a test here. Its lines:
# "[not ]ok N ID - NAME[ # skipped - REASON]", failure details indented below.
# Skips are counted in $skipped, with their reason.
skipped=0
tdc_tap() {
	local line
	while IFS= read -r line; do
		case $line in
		"not ok "*) set -- $line; notok "tdc ${line#not ok $3 }" ;;
		"ok "*"# skipped"*) skipped=$((skipped + 1)); set -- $line
			echo "ok - tdc $3 # SKIP ${line#*# skipped - }" ;;
		"ok "*) set -- $line; ok "tdc ${line#ok $2 }" ;;
		"	"*) echo "#$line" ;;
		esac
	done < "$1"
}

# ext_netns: a network namespace for the load, /run/netns/kmem-ext, made
# from the caller's cgroup, not from $P, so that the namespace's own objects
# are not the load's. What the load allocates in it (sockets) is, and must
# come back: ext_judge deletes the namespace first, which frees the TCP
# sockets that would wait 60 s in TIME_WAIT, charged. (ip's warning that
# it could not flock /run/netns: the VM kernel has no CONFIG_FILE_LOCKING.)
NETNS=/run/netns/kmem-ext
ext_netns() {
	ip netns add kmem-ext && ip -n kmem-ext link set lo up ||
		{ notok "network namespace $NETNS"; ext_done; exit 1; }
}

# in_load CMD...: CMD in $C (a shell joins it and execs CMD).
in_load() {
	sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$C" "$@"
}

# ext_run CMD...: CMD as user nobody in $C, in the network namespace of
# ext_netns and a mount namespace of its own, which dies with it. Files
# outlive their processes, and what they hold, charged to $C, would count
# against the load: /tmp (the working directory), /var/tmp and /dev/shm,
# the guest's only places nobody may write, get a 32M tmpfs each, gone with
# the namespace. SysV shm is limited to 32M too (ext_setup); the load can
# still fill $C with memfds and shared anonymous maps (trinity's memfd fds
# did, into a memcg OOM kill). SysV IPC objects and POSIX message queues
# outlive their processes as well, and ext_judge removes them (the VM kernel
# has no CONFIG_IPC_NS).
ext_run() {
	in_load nsenter --net=$NETNS unshare -m --propagation private sh -c '
			for d in /tmp /var/tmp /dev/shm; do
				mount -t tmpfs -o size=32M,mode=1777 tmpfs $d || exit 1
			done
			cd /tmp && exec "$@"' sh \
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$@" < /dev/null
}

# reclaim: drop the page cache, dentries and inodes, and flush the per-CPU
# sheaves of every slab cache without a constructor. Objects freed by
# kfree_rcu() wait in a per-CPU rcu_free sheaf until it fills, still charged
# (a stress-ng sock run left 3-15 KB so, on the base too; none with
# slab_debug=U, whose caches have no sheaves); a cache's shrink hands the
# sheaf to RCU. Caches with constructed objects are left alone: a shrink
# would run the destructors of patch 14's caches (whose ctor file is empty:
# it shows ->ctor, not ->ctor_gfp), which could hide a charge they keep.
reclaim() {
	local d ctor n
	echo 3 > /proc/sys/vm/drop_caches
	for d in /sys/kernel/slab/*; do
		[ ! -L "$d" ] || continue	# an alias of a merged cache
		ctor= n=0
		read -r ctor < "$d/ctor"
		# the series' count; the base has no such file
		[ ! -e "$d/constructed_objects" ] || read -r n < "$d/constructed_objects"
		[ -z "$ctor" ] && [ "$n" = 0 ] || continue
		echo 1 > "$d/shrink" || return 1
	done
}

# ext_setup NAME MAX: the baseline is $P's before $C exists: $C's own
# memcg (its percpu stats, its per-node structs) is charged to $P, and goes
# with $C (on the debug kernel 6976 bytes of percpu and 12304 of slab).
ext_setup() {
	P=$CG/$1 C=$CG/$1/load
	mkdir "$P" && echo +memory > "$P/cgroup.subtree_control" ||
		{ notok "cgroup $P"; ext_done; exit 1; }
	echo 8192 > /proc/sys/kernel/shmall || notok "SysV shm limit (kernel.shmall 8192 pages)"
	sync
	reclaim || notok "flushing the slab caches (/sys/kernel/slab/*/shrink)"
	sleep 1
	BASE=$(stat_of "$P")
	mkdir "$C" && echo "$2" > "$C/memory.max" || { notok "cgroup $C"; ext_done; exit 1; }
	say "$P before $C: percpu, slab, kernel = $BASE bytes; $C memory.max $2"
}

# ext_judge: kill what is left in $C, remove it and what outlives its
# processes, wait for the deferred frees and the dying cgroup, compare.
# Prints the largest difference.
ext_judge() {
	local i t0 dying dp ds dk possible tol ktol largest d
	echo 1 > "$C/cgroup.kill" 2>/dev/null
	i=0
	until grep -qx 'populated 0' "$C/cgroup.events" || [ $i -ge 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	rmdir "$C" || notok "rmdir $C: $(wc -l < "$C/cgroup.procs") tasks left"
	if [ -e $NETNS ]; then ip netns del kmem-ext || notok "ip netns del kmem-ext"; fi
	ipcrm --all || notok "ipcrm --all"
	unshare -m sh -c 'mount -t mqueue mqueue /mnt && rm -f /mnt/*' ||
		notok "removing the POSIX message queues"
	sleep 2
	t0=$(date +%s)
	while :; do
		reclaim
		dying=$(awk '$1 == "nr_dying_descendants" { print $2 }' "$P/cgroup.stat")
		[ "$dying" = 0 ] || [ $(($(date +%s) - t0)) -ge 60 ] && break
		sleep 1
	done
	i=$(($(date +%s) - t0))
	[ "$dying" = 0 ] && ok "no dying cgroup under $P after ${i}s" ||
		notok "$dying dying cgroups under $P after ${i}s"
	# The tolerances of vm/stress/init: less than a page of pre-charged bytes
	# and of unflushed slab statistics per possible CPU in the obj stocks,
	# and 4 pages per CPU of "kernel" for a removed child's reparented objcg.
	possible=$(awk -F- '{ print $NF + 1 }' /sys/devices/system/cpu/possible)
	tol=$((possible * 4096)) ktol=$((possible * 4 * 4096))
	# Frees are deferred (RCU, io_uring rings) and the stats flushed every
	# 2 s: read until within the tolerances, 30 s at most.
	t0=$(date +%s)
	while :; do
		set -- $BASE $(stat_of "$P")
		dp=$(($4 - $1)) ds=$(($5 - $2)) dk=$(($6 - $3))
		[ $dp = 0 ] && [ ${ds#-} -le $tol ] && [ ${dk#-} -le $ktol ] && break
		[ $(($(date +%s) - t0)) -lt 30 ] || break
		sleep 1
		reclaim
	done
	i=$(($(date +%s) - t0))
	largest=0
	for d in ${dp#-} ${ds#-} ${dk#-}; do [ "$d" -le $largest ] || largest=$d; done
	say "$P after - before (${i}s of settling): percpu $dp, slab $ds, kernel $dk bytes"
	[ $dp = 0 ] && ok "percpu charges back to the baseline" ||
		notok "percpu $dp bytes from the baseline"
	[ ${ds#-} -le $tol ] && ok "slab back to the baseline (+-$tol)" ||
		notok "slab $ds bytes from the baseline (+-$tol)"
	[ ${dk#-} -le $ktol ] && ok "kernel back to the baseline (+-$ktol)" ||
		notok "kernel $dk bytes from the baseline (+-$ktol)"
	say "largest charge difference: $largest bytes"
	rmdir "$P"
	kmemleak_check
}

# On a kernel with kmemleak: a scan now (the automatic one runs every 10
# minutes) must find no unreferenced object.
kmemleak_check() {
	local f=/sys/kernel/debug/kmemleak n
	[ -e $f ] || return 0
	sleep 6		# kmemleak ignores objects younger than 5 s
	echo scan > $f && sleep 1 && echo scan > $f || { notok "kmemleak: could not scan"; return; }
	n=$(grep -c '^unreferenced object' $f)
	if [ "$n" = 0 ]; then
		ok "kmemleak: no unreferenced object"
	else
		head -n 60 $f | sed 's/^/# /'
		notok "kmemleak: $n unreferenced objects"
	fi
}
