# kunit.py --qemu_config for arm64 under TCG (use with --arch=arm64
# --cross_compile=aarch64-linux-gnu-). The page size comes from the step
# (--kconfig_add CONFIG_ARM64_64K_PAGES=y for kunit-arm64-64k).
#
# Two CPUs on two real NUMA nodes: QEMU's virt machine puts numa-node-id
# properties for CPUs and memory into the device tree, so the per-node cases
# of mm/tests run instead of skipping (kunit_tcg.arm64()).
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import arm64, use_tcg  # noqa: E402

use_tcg()

QEMU_ARCH = arm64()
