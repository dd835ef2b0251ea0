#!/usr/bin/env python3
"""Unit tests for scripts/vm-run: the command file the guest runs, the exit
status it reports, the QEMU command line.

  python3 scripts/tests/test_vm_run.py     (make check runs it as step "tooling")
"""
import os
import shlex
import tempfile
import unittest
from unittest import mock

import scripts

vm_run = scripts.load('vm-run')


class CommandFileTest(unittest.TestCase):
	def test_quoting_and_directory(self):
		a = vm_run.parse_args(['--', 'sh', '-c', "echo 'a b' $HOME"])
		with tempfile.NamedTemporaryFile('r') as f:
			vm_run.command_file(a, f.name)
			lines = f.read().splitlines()
		self.assertEqual(lines[0], '# cwd: ' + os.getcwd())
		self.assertEqual(lines[1], 'cd %s 2>/dev/null || cd /' % shlex.quote(os.getcwd()))
		self.assertEqual(shlex.split(lines[-1]), ['exec', 'sh', '-c', "echo 'a b' $HOME"])

	def test_no_command_is_a_shell(self):
		a = vm_run.parse_args([])
		with tempfile.NamedTemporaryFile('r') as f:
			vm_run.command_file(a, f.name)
			last = f.read().splitlines()[-1]
		self.assertRegex(last, r'^exec /\S+$')


class KconfigTest(unittest.TestCase):
	def test_names(self):
		self.assertEqual(vm_run.kconfig_name('configs/vm-tdc.config'), 'vm-tdc')
		self.assertEqual(vm_run.kconfig_name('x/tc-testing/config'), 'tc-testing')

	def test_modules_built_in(self):
		with tempfile.NamedTemporaryFile('w', suffix='.config') as f:
			f.write('# c\nCONFIG_A=m\nCONFIG_B=y\n# CONFIG_C is not set\n')
			f.flush()
			self.assertEqual(vm_run.kconfig_options(f.name), ['CONFIG_A=y', 'CONFIG_B=y'])

	def test_build_dirs(self):
		frag = os.path.join(vm_run.TOP, 'configs', 'vm-tdc.config')
		a = vm_run.parse_args(['--base', '--debug', '--kconfig', frag, '--', 'x'])
		build, opts = vm_run.build_dir_and_options(a)
		self.assertTrue(build.endswith('build/vm-x86_64-base-debug-vm-tdc'))
		self.assertIn('CONFIG_KASAN=y', opts)
		self.assertIn('CONFIG_NETDEVICES=y', opts)


class GuestStatusTest(unittest.TestCase):
	def status(self, text):
		with tempfile.NamedTemporaryFile('w', delete=False) as f:
			f.write(text)
		try:
			return vm_run.guest_status(f.name)
		finally:
			os.unlink(f.name)

	def test_last_status(self):
		self.assertEqual(self.status('KMEM-RUN-EXIT: 3\nx\nKMEM-RUN-EXIT: 0\n'), 0)

	def test_none(self):
		self.assertIsNone(self.status('Kernel panic - not syncing\n'))

	def test_missing_log(self):
		self.assertIsNone(vm_run.guest_status('/nonexistent/log'))


class QemuCommandTest(unittest.TestCase):
	def test_read_only_root_and_init(self):
		a = vm_run.parse_args(['--smp', '4', '--mem', '512', '--', 'true'])
		with mock.patch.object(vm_run, 'interactive', return_value=False):
			cmd = vm_run.qemu_command(a, '/k/bzImage', '/x/cmd.1', '/l/console.log')
		self.assertIn('-fsdev', cmd)
		self.assertIn('readonly=on', cmd[cmd.index('-fsdev') + 1])
		self.assertEqual(cmd[cmd.index('-accel') + 1], 'tcg')
		self.assertEqual(cmd[cmd.index('-smp') + 1], '4')
		append = cmd[cmd.index('-append') + 1].split()
		self.assertIn('kmem.run=/x/cmd.1', append)
		self.assertIn('ro', append)
		self.assertIn('pci=noacpi', append)
		self.assertIn('init=' + os.path.join(vm_run.TOP, 'vm', 'run', 'init'), append)
		self.assertNotIn('slab_debug=FZPU', append)
		# a pipe on this side: no terminal in the guest
		self.assertIn('kmem.tty=0', append)
		con = cmd[cmd.index('-device', cmd.index('virtio-serial-pci')) + 1]
		self.assertEqual(con, 'virtconsole,chardev=con')
		self.assertIn('signal=off', cmd[cmd.index('-chardev', cmd.index('-serial')) + 1])

	def test_debug_command_line(self):
		a = vm_run.parse_args(['--debug', '--', 'true'])
		cmd = vm_run.qemu_command(a, '/k', '/c', '/l')
		self.assertIn('slab_debug=FZPU', cmd[cmd.index('-append') + 1].split())


if __name__ == '__main__':
	unittest.main()
