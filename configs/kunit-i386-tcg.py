# kunit.py --qemu_config for 32-bit x86 under TCG (use with --arch=i386), 2 CPUs:
# pointers, unsigned long and the obj stock's per-object sizes are 32-bit here,
# and only lowmem is slab memory. Why TCG: kunit_tcg.use_tcg().
import os
import sys

from qemu_config import QemuArchParams

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import cmdline, use_tcg  # noqa: E402

use_tcg()

QEMU_ARCH = QemuArchParams(linux_arch='i386',
			   kconfig='''
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y
CONFIG_SMP=y
CONFIG_HIGHMEM4G=y''',
			   qemu_arch='i386',
			   kernel_path='arch/x86/boot/bzImage',
			   kernel_command_line=cmdline('console=ttyS0'),
			   extra_qemu_params=['-smp', '2'])
