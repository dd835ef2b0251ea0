# kunit.py --qemu_config for x86_64 under TCG (use with --arch=x86_64).
#
# kunit.py always passes "-accel kvm -accel hvf -accel tcg"; QEMU takes the first
# that initializes, and the nested /dev/kvm of these machines initializes and then
# hangs the guest. Put a qemu-system-x86_64 wrapper that drops kvm/hvf first on PATH.
import os

from qemu_config import QemuArchParams

_WRAPPER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'qemu-tcg')
if os.environ.get('KMEM_ACCEL', 'tcg') == 'tcg':
	os.environ['PATH'] = _WRAPPER_DIR + os.pathsep + os.environ.get('PATH', '')

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
			   kernel_command_line='console=ttyS0 numa=fake=2',
			   extra_qemu_params=['-bios', 'qboot.rom', '-smp', '2'])
