#!/usr/bin/env python3
"""Unit tests for the readers in scripts/check-fixes: the header of a
fixes/<id>.diff, the expected failures in a step's output, and the evidence
kept in fixes/<id>.result.

  python3 scripts/tests/test_check_fixes.py   (make check runs it as step "tooling")
"""
import os
import tempfile
import unittest

import scripts

cf = scripts.load('check-fixes')

KUNIT_OUT = """\
[03:46:11] # memcg_batch_stock_page: EXPECTATION FAILED at mm/tests/memcg_slab_batch_kunit.c:194
[03:46:11] Expected st.charged - base->charged == bytes, but
[03:46:11]     st.charged - base->charged == 65536 (0x10000)
[03:46:11]     bytes == 0 (0x0)
[03:46:11] # memcg_batch_stock_page: first failure with 1 objects of 72 bytes, PAGE_SIZE 65536
[03:46:11] ============= [FAILED] memcg_batch_stock_page ==============
[03:46:11] [PASSED] memcg_batch_stock_refs
[03:46:11] # memcg_batch_bulk: EXPECTATION FAILED at mm/tests/memcg_slab_batch_kunit.c:200
[03:46:11] Expected a == b, but
[03:46:11]     a == 1 (0x1)
[03:46:11] [FAILED] memcg_batch_bulk
"""

TAP_OUT = """\
ok 1 test_kmem_basic
# forked 4096 sleepers, 0 of their mms charged
# no mm charged
not ok 2 test_kmem_mm_fork_exec
ok 3 test_kmem_mm_fork_limit
"""


class HeaderTest(unittest.TestCase):
	def test_keys_and_continuations(self):
		with tempfile.NamedTemporaryFile('w', suffix='.diff', delete=False) as f:
			f.write('Bug: one\n  two\nStep: kunit-um\nExpect: a b\n\n'
				'diff --git a/x b/x\n--- a/x\n+++ b/x\nStep: not a key\n')
		try:
			h = cf.header(f.name)
		finally:
			os.unlink(f.name)
		self.assertEqual(h, {'bug': 'one two', 'step': 'kunit-um', 'expect': 'a b'})


class ExpectedFailuresTest(unittest.TestCase):
	def test_kunit_failed_case(self):
		found = cf.expected_failures(KUNIT_OUT, ['memcg_batch_stock_page'])
		self.assertIn('[FAILED] memcg_batch_stock_page', found['memcg_batch_stock_page'])

	def test_passed_case_is_not_a_failure(self):
		self.assertIsNone(cf.expected_failures(KUNIT_OUT, ['memcg_batch_stock_refs'])
				  ['memcg_batch_stock_refs'])

	def test_prefix_of_another_case_does_not_match(self):
		self.assertIsNone(cf.expected_failures(KUNIT_OUT, ['memcg_batch'])['memcg_batch'])

	def test_kselftest(self):
		found = cf.expected_failures(TAP_OUT, ['test_kmem_mm_fork_exec',
						       'test_kmem_mm_fork_limit'])
		self.assertTrue(found['test_kmem_mm_fork_exec'])
		self.assertIsNone(found['test_kmem_mm_fork_limit'])

	def test_must_run_and_log(self):
		out = ('  memcg_mm_reuse_charge did not run (not in the output)\n'
		       '  kernel log: BUG: KMSAN: uninit-value in test_reuse\n')
		found = cf.expected_failures(out, ['memcg_mm_reuse_charge', 'log:KMSAN', 'log:KASAN'])
		self.assertTrue(found['memcg_mm_reuse_charge'])
		self.assertTrue(found['log:KMSAN'])
		self.assertIsNone(found['log:KASAN'])


class PassedCasesTest(unittest.TestCase):
	def test_passed_failed_and_absent(self):
		ok = cf.passed_cases(KUNIT_OUT + 'ok 4 test_kmem_tc\n',
				     ['memcg_batch_stock_refs', 'memcg_batch_stock_page',
				      'memcg_batch_absent', 'test_kmem_tc'])
		self.assertEqual(ok, {'memcg_batch_stock_refs': True, 'memcg_batch_stock_page': False,
				      'memcg_batch_absent': False, 'test_kmem_tc': True})

	def test_log_pattern_passes_without_report(self):
		self.assertEqual(cf.passed_cases('  kernel log: BUG: KASAN: x\n', ['log:KMSAN', 'log:KASAN']),
				 {'log:KMSAN': True, 'log:KASAN': False})


class EvidenceTest(unittest.TestCase):
	def test_kunit_values_kept_other_cases_dropped(self):
		ev = cf.evidence(KUNIT_OUT, ['memcg_batch_stock_page'])
		self.assertIn('    st.charged - base->charged == 65536 (0x10000)', ev)
		self.assertIn('[FAILED] memcg_batch_stock_page', ev)
		self.assertFalse([l for l in ev if 'memcg_batch_bulk' in l or 'a == 1' in l])

	def test_nested_case_lines(self):
		out = ('[03:47:47]     # memcg_objcg_mount_keeps_options: EXPECTATION FAILED at x.c:245\n'
		       '[03:47:47]     Expected now == FLAGS, but\n'
		       '[03:47:47]         now == 0 (0x0)\n'
		       '[03:47:47]     ok 2 memcg_objcg_irq_scopes\n'
		       '[03:47:47] [FAILED] memcg_objcg_mount_keeps_options\n')
		self.assertEqual(cf.evidence(out, ['memcg_objcg_mount_keeps_options']), [
			'# memcg_objcg_mount_keeps_options: EXPECTATION FAILED at x.c:245',
			'Expected now == FLAGS, but', '    now == 0 (0x0)',
			'[FAILED] memcg_objcg_mount_keeps_options'])

	def test_kselftest_comments_before_not_ok(self):
		ev = cf.evidence(TAP_OUT, ['test_kmem_mm_fork_exec'])
		self.assertEqual(ev, ['# forked 4096 sleepers, 0 of their mms charged',
				      '# no mm charged', 'not ok 2 test_kmem_mm_fork_exec'])


if __name__ == '__main__':
	unittest.main()
