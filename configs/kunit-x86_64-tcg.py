# kunit.py --qemu_config for x86_64 under TCG (use with --arch=x86_64); why TCG:
# kunit_tcg.use_tcg().
import os
import sys

from qemu_config import QemuArchParams

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import cmdline, use_tcg  # noqa: E402

use_tcg()

# Two NUMA nodes (numa=fake=2 splits memory; both CPUs stay on node 0), so
# that tests of per-node accounting have a second node without ACPI tables.
QEMU_ARCH = QemuArchParams(linux_arch='x86_64',
			   kconfig='''
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y
CONFIG_SMP=y
CONFIG_NUMA=y
CONFIG_NUMA_EMU=y''',
			   qemu_arch='x86_64',
			   kernel_path='arch/x86/boot/bzImage',
			   kernel_command_line=cmdline('console=ttyS0 numa=fake=2'),
			   extra_qemu_params=['-bios', 'qboot.rom', '-smp', '2'])
