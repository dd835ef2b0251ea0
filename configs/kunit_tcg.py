# Shared by the kunit.py --qemu_config files of this directory.
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def use_tcg():
	"""kunit.py always passes "-accel kvm -accel hvf -accel tcg"; QEMU takes
	the first that initializes, and the nested /dev/kvm of these machines
	initializes and then hangs the guest. Put the qemu-system-* wrappers of
	qemu-tcg/, which drop kvm/hvf, first on PATH (KMEM_ACCEL=kvm: don't)."""
	if os.environ.get('KMEM_ACCEL', 'tcg') == 'tcg':
		os.environ['PATH'] = os.path.join(_HERE, 'qemu-tcg') + os.pathsep + \
			os.environ.get('PATH', '')


def cmdline(console):
	"""The kernel command line of the kunit-*-tcg.py configs: @console, and
	panic=-1, so that a kernel that panics (at boot, before any test has
	run) restarts at once, which ends QEMU (kunit.py passes -no-reboot),
	rather than waiting for kunit.py's timeout with nothing printed."""
	return console + ' panic=-1'


def two_nodes():
	"""QEMU options for two NUMA nodes with one CPU and 512 MiB each (kunit.py
	passes -m 1024), and the two CPUs they need, each a socket of its own:
	two cores of one socket share a last-level cache, which x86 warns about
	when they sit on different nodes ("llc-sibling CPU #0 is not on the same
	node")."""
	return ['-smp', '2,sockets=2,cores=1,threads=1',
		'-object', 'memory-backend-ram,id=m0,size=512M',
		'-object', 'memory-backend-ram,id=m1,size=512M',
		'-numa', 'node,nodeid=0,cpus=0,memdev=m0',
		'-numa', 'node,nodeid=1,cpus=1,memdev=m1']


def arm64(machine='virt', kconfig=''):
	"""The arm64 QEMU machine of the kunit-arm64*-tcg.py configs: two CPUs on
	two NUMA nodes (two_nodes()), QEMU's max CPU with its own pointer-auth
	hash (pauth-impdef, much faster under TCG than the architected QARMA),
	on -machine @machine, with @kconfig added to the kunit.py config."""
	from qemu_config import QemuArchParams
	return QemuArchParams(linux_arch='arm64',
			      kconfig='''
CONFIG_SERIAL_AMBA_PL011=y
CONFIG_SERIAL_AMBA_PL011_CONSOLE=y
CONFIG_SMP=y
CONFIG_NUMA=y''' + kconfig,
			      qemu_arch='aarch64',
			      kernel_path='arch/arm64/boot/Image.gz',
			      kernel_command_line=cmdline('console=ttyAMA0'),
			      extra_qemu_params=['-machine', machine,
						 '-cpu', 'max,pauth-impdef=on'] + two_nodes())
