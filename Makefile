# linux-kmem: the series as a patch stack on the pinned base (BASE), and the tooling
# that materializes it in linux/, tests it, boots it and exports it again.
#
#   make run            setup + build the series kernel + boot it + show kmem accounting
#   make check          the test command (CI): checkpatch, KUnit (UML, x86_64), VM kselftests
#   make check-debug    KUnit and VM kselftests in KASAN/KMEMLEAK/DEBUG_OBJECTS/lockdep kernels
#   make check-matrix   KUnit where the assumptions change: arm64 4K, SW_TAGS, KMSAN, RT, NUMA, i386, !SMP; W=1
#   make check-ext      external suites on the series kernel: io_uring, stress-ng, trinity, tdc
#   make shell          a shell in the series kernel's VM, with the host's programs
#   make export         linux/ commits after the base -> patches/
#   make b4-dryrun      the mails of every topic series, as b4 sends them -> out/b4/<topic>/
#   make bisect-check   build and test every commit of the series; report the first bad one
#   make check-fixes    each review fix undone (fixes/*.diff): its test must fail (FIXES=id...)
#   make bench          base vs series benchmarks, interleaved rounds (ROUNDS=5)
#   make stress         bounded stress run in a debug VM (TIME=120 seconds, SEED=1)
#
# Logs go to logs/, build trees to build/, both git-ignored.

SHELL := /bin/bash
export CCACHE_DIR ?= $(HOME)/.cache/ccache
# Kbuild passes absolute source paths; hash them relative to the checkout, so
# that another clone of the project (CI's) hits the same cache entries.
export CCACHE_BASEDIR ?= $(CURDIR)

.PHONY: all deps setup run shell check check-debug check-matrix check-ext check-fixes check-% export b4-dryrun bisect-check bench stress clean help

all: help

help:
	@sed -n 's/^#   make/  make/p' Makefile

deps:
	@scripts/install-deps

setup: deps
	@scripts/setup

run: setup
	@scripts/vm-test run

check: setup
	@scripts/check $(STEPS)

# The KUnit suites and the VM kselftests in KASAN+KMEMLEAK+DEBUG_OBJECTS+lockdep+
# slab_debug kernels (configs/kunit-debug.config)
check-debug: setup
	@scripts/check kunit-debug vm-selftests-debug

check-matrix: setup
	@scripts/install-deps matrix
	@scripts/check matrix

check-ext: setup
	@scripts/install-deps ext
	@scripts/check ext

# an interactive shell on the VM kernel (scripts/vm-run; ARGS="--debug" etc.)
shell: setup
	@scripts/vm-run $(ARGS)

# the tests of the review's fixes, each run on the tip with its fix undone
check-fixes: setup
	@scripts/install-deps matrix
	@scripts/check-fixes $(FIXES)

# make check-kunit-um, check-vm-selftests, ...: one step of make check
check-%: setup
	@scripts/check $*

export:
	@scripts/export

b4-dryrun: setup
	@scripts/b4-dryrun $(TOPICS)

bisect-check: setup
	@RANGE=$(RANGE) scripts/bisect-check

ROUNDS ?= 5
bench: setup
	@scripts/bench --rounds $(ROUNDS)

TIME ?= 120
SEED ?= 1
stress: setup
	@scripts/stress --time $(TIME) --seed $(SEED)

clean:
	rm -rf build logs
