# kunit.py --qemu_config for x86_64 under TCG with two real NUMA nodes (use
# with --arch=x86_64): QEMU's -numa options go to the guest as an ACPI SRAT,
# one CPU and 512 MiB on each node, so that no per-node case runs on a node
# without CPUs (numa=fake, as in kunit-x86_64-tcg.py, puts both CPUs on node 0).
# X86_64_ACPI_NUMA, the SRAT parser, depends on PCI.
import os
import sys

from qemu_config import QemuArchParams

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import cmdline, two_nodes, use_tcg  # noqa: E402

use_tcg()

QEMU_ARCH = QemuArchParams(linux_arch='x86_64',
			   kconfig='''
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y
CONFIG_SMP=y
CONFIG_NUMA=y
CONFIG_PCI=y
CONFIG_ACPI=y
CONFIG_ACPI_NUMA=y
CONFIG_X86_64_ACPI_NUMA=y''',
			   qemu_arch='x86_64',
			   kernel_path='arch/x86/boot/bzImage',
			   kernel_command_line=cmdline('console=ttyS0'),
			   extra_qemu_params=two_nodes())
