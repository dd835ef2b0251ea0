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


def two_nodes():
	"""QEMU options for two NUMA nodes with one CPU and 512 MiB each (kunit.py
	passes -m 1024), and the -smp 2 they need."""
	return ['-smp', '2',
		'-object', 'memory-backend-ram,id=m0,size=512M',
		'-object', 'memory-backend-ram,id=m1,size=512M',
		'-numa', 'node,nodeid=0,cpus=0,memdev=m0',
		'-numa', 'node,nodeid=1,cpus=1,memdev=m1']
