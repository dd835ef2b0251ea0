# kunit.py --qemu_config for arm64 with MTE under TCG (use with --arch=arm64
# --cross_compile=aarch64-linux-gnu-), for hardware tag-based KASAN
# (CONFIG_KASAN_HW_TAGS): "-machine virt,mte=on" gives the guest tag memory,
# and QEMU's "max" CPU implements MTE in TCG. Otherwise as kunit-arm64-tcg.py:
# two CPUs on two NUMA nodes.
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
CONFIG_NUMA=y
CONFIG_ARM64_MTE=y''',
			   qemu_arch='aarch64',
			   kernel_path='arch/arm64/boot/Image.gz',
			   kernel_command_line='console=ttyAMA0',
			   extra_qemu_params=['-machine', 'virt,mte=on',
					      '-cpu', 'max,pauth-impdef=on'] + two_nodes())
