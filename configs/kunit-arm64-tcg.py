# kunit.py --qemu_config for arm64 under TCG (use with --arch=arm64
# --cross_compile=aarch64-linux-gnu-). The page size comes from the step
# (--kconfig_add CONFIG_ARM64_64K_PAGES=y for kunit-arm64-64k).
#
# Two CPUs on two real NUMA nodes: QEMU's virt machine puts numa-node-id
# properties for CPUs and memory into the device tree, so the per-node cases
# of mm/tests run instead of skipping (kunit_tcg.two_nodes()).
import os
import sys

from qemu_config import QemuArchParams

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import two_nodes, use_tcg  # noqa: E402

use_tcg()

QEMU_ARCH = QemuArchParams(linux_arch='arm64',
			   kconfig='''
CONFIG_SERIAL_AMBA_PL011=y
CONFIG_SERIAL_AMBA_PL011_CONSOLE=y
CONFIG_SMP=y
CONFIG_NUMA=y''',
			   qemu_arch='aarch64',
			   kernel_path='arch/arm64/boot/Image.gz',
			   kernel_command_line='console=ttyAMA0',
			   # pauth-impdef: QEMU's own pointer-auth hash, much faster
			   # under TCG than the architected QARMA one.
			   extra_qemu_params=['-machine', 'virt',
					      '-cpu', 'max,pauth-impdef=on'] + two_nodes())
