#!/usr/bin/env python3
"""Unit tests for the kunit.py --qemu_config files of configs/: each one
describes a machine whose kernel ends QEMU when it panics.

  python3 scripts/tests/test_kunit_configs.py   (make check runs it as step "tooling")
"""
import collections
import glob
import importlib.util
import os
import sys
import types
import unittest
from unittest import mock

CONFIGS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
	os.path.abspath(__file__)))), 'configs')

# kunit.py's qemu_config module lives in the kernel tree, which the tooling
# step does not need: a stand-in with the same fields.
QemuArchParams = collections.namedtuple('QemuArchParams', [
	'linux_arch', 'kconfig', 'qemu_arch', 'kernel_path', 'kernel_command_line',
	'extra_qemu_params', 'serial'], defaults=['stdio'])


def load(path):
	"""The QEMU_ARCH of a --qemu_config file, loaded as kunit.py does."""
	stub = types.ModuleType('qemu_config')
	stub.QemuArchParams = QemuArchParams
	with mock.patch.dict(sys.modules, {'qemu_config': stub}), \
	     mock.patch.dict(os.environ), mock.patch.object(sys, 'path', list(sys.path)):
		sys.modules.pop('kunit_tcg', None)
		spec = importlib.util.spec_from_file_location('kmem_qemu_config', path)
		mod = importlib.util.module_from_spec(spec)
		spec.loader.exec_module(mod)
	return mod.QEMU_ARCH


class QemuConfigTest(unittest.TestCase):
	def test_every_config_ends_qemu_on_panic(self):
		paths = sorted(glob.glob(os.path.join(CONFIGS, 'kunit-*-tcg.py')))
		self.assertGreaterEqual(len(paths), 5)
		for path in paths:
			with self.subTest(config=os.path.basename(path)):
				args = load(path).kernel_command_line.split()
				self.assertIn('panic=-1', args)
				self.assertTrue(any(a.startswith('console=') for a in args))

	def test_tcg_only(self):
		"""use_tcg() puts the kvm-less qemu-system-* wrappers first on PATH."""
		with mock.patch.dict(os.environ, {'PATH': '/usr/bin'}):
			os.environ.pop('KMEM_ACCEL', None)
			sys.path.insert(0, CONFIGS)
			try:
				import kunit_tcg
				kunit_tcg.use_tcg()
			finally:
				sys.path.remove(CONFIGS)
				sys.modules.pop('kunit_tcg', None)
			self.assertEqual(os.environ['PATH'].split(os.pathsep)[0],
					 os.path.join(CONFIGS, 'qemu-tcg'))


if __name__ == '__main__':
	unittest.main()
