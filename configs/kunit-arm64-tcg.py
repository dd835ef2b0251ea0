# kunit.py --qemu_config for arm64 under TCG (use with --arch=arm64
# --cross_compile=aarch64-linux-gnu-). The page size comes from the step
# (--kconfig_add CONFIG_ARM64_64K_PAGES=y for kunit-arm64-64k).
#
# Two CPUs on two real NUMA nodes: QEMU's virt machine puts numa-node-id
# properties for CPUs and memory into the device tree, so the per-node cases
# of mm/tests run instead of skipping. kunit.py passes "-m 1024"; the two
# memory backends add up to it.
import os

from qemu_config import QemuArchParams

_WRAPPER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'qemu-tcg')
if os.environ.get('KMEM_ACCEL', 'tcg') == 'tcg':
	os.environ['PATH'] = _WRAPPER_DIR + os.pathsep + os.environ.get('PATH', '')

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
			   extra_qemu_params=[
				   '-machine', 'virt', '-cpu', 'max,pauth-impdef=on',
				   '-smp', '2',
				   '-object', 'memory-backend-ram,id=m0,size=512M',
				   '-object', 'memory-backend-ram,id=m1,size=512M',
				   '-numa', 'node,nodeid=0,cpus=0,memdev=m0',
				   '-numa', 'node,nodeid=1,cpus=1,memdev=m1'])
