#!/usr/bin/env python3
"""Unit tests for the readers in vm/ext/lib.sh, the guest side of make
check-ext, run with dash (the guest's /bin/sh is the host's, Debian's dash):
stress-ng's metrics and tdc's TAP output.

  python3 scripts/tests/test_vm_ext.py     (make check runs it as step "tooling")
"""
import os
import shutil
import subprocess
import tempfile
import unittest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIB = os.path.join(TOP, 'vm', 'ext', 'lib.sh')
SH = shutil.which('dash') or '/bin/sh'


def sh(script, text):
	"""Run script after sourcing lib.sh, with $F a file holding text."""
	with tempfile.NamedTemporaryFile('w', delete=False) as f:
		f.write(text)
	try:
		return subprocess.run([SH, '-c', '. "$0"; F="$1"; ' + script, LIB, f.name],
				      stdout=subprocess.PIPE, text=True, check=True).stdout
	finally:
		os.unlink(f.name)


class StressNgOpsTest(unittest.TestCase):
	OUT = ('stress-ng: info:  [10] dispatching hogs: 1 fork, 1 eventfd\n'
	       'stress-ng: metrc: [10] stressor       bogo ops real time  usr time\n'
	       'stress-ng: metrc: [10] fork                134      3.02      0.37\n'
	       'stress-ng: metrc: [10] eventfd           71506      3.00      0.45\n')

	def test_ops(self):
		self.assertEqual(sh('stressng_ops "$F" fork', self.OUT), '134\n')
		self.assertEqual(sh('stressng_ops "$F" eventfd', self.OUT), '71506\n')

	def test_missing_stressor(self):
		self.assertEqual(sh('stressng_ops "$F" msg', self.OUT), '')


class TdcTapTest(unittest.TestCase):
	TAP = ('1..4\n'
	       'ok 1 e1a2 - Add gact action\n'
	       'not ok 2 ab12 - Delete gact action\n'
	       '\tCommands executed in this test case:\n'
	       '\t\t/sbin/tc actions del action gact index 1\n'
	       'ok 3 ffff - Add ife action # skipped - no ife\n'
	       'ok 4 0001 - Replace gact action\n')

	def test_counts_and_lines(self):
		out = sh('tdc_tap "$F"; echo "$passed $failed $skipped"', self.TAP)
		lines = out.splitlines()
		self.assertEqual(lines[-1], '2 1 1')
		self.assertIn('ok 1 tdc e1a2 - Add gact action', lines)
		self.assertIn('not ok 2 tdc ab12 - Delete gact action', lines)
		self.assertIn('ok - tdc ffff # SKIP no ife', lines)
		self.assertIn('#\t\t/sbin/tc actions del action gact index 1', lines)


if __name__ == '__main__':
	unittest.main()
