#!/usr/bin/env python3
"""Unit tests for the readers in scripts/check: KUnit summaries, skip
reasons, kernel-log reports, "N passed, N failed" lines.

  python3 scripts/tests/test_check.py      (make check runs it as step "tooling")
"""
import os
import shutil
import subprocess
import tempfile
import unittest

import scripts

check = scripts.load('check')


def build_dir_with_log(text):
	d = tempfile.mkdtemp(prefix='kmem-check-test-')
	with open(os.path.join(d, 'test.log'), 'w') as f:
		f.write(text)
	return d


class KunitResultTest(unittest.TestCase):
	OUT = ('[16:23:24] [PASSED] memcg_batch_mixed_nodes\n'
	       '[16:23:24] [SKIPPED] memcg_mm_reuse_charge\n'
	       '[16:23:24] Testing complete. Ran 80 tests: passed: 66, failed: 13, skipped: 1\n')

	def test_counts(self):
		res = check.kunit_result(1, self.OUT)
		self.assertEqual((res.passed, res.failed, res.skipped), (66, 13, 1))

	KASAN = ('[11:33:19] [PASSED] kasan_memcmp\n'
		 '[11:33:19]     # kasan_strings: EXPECTATION FAILED at mm/kasan/kasan_test_c.c:1708\n'
		 '[11:33:19] [FAILED] kasan_strings\n'
		 '[11:33:23] ==================== [FAILED] kasan ====================\n'
		 '[11:33:23] Testing complete. Ran 76 tests: passed: 65, failed: 1, skipped: 10\n')

	def test_base_failure_is_a_skip_with_its_reason(self):
		res = check.kunit_result(1, self.KASAN, base_failures={'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'see log')})
		self.assertEqual((res.passed, res.failed, res.skipped), (65, 0, 11))
		self.assertIn('kasan_strings failed at mm/kasan/kasan_test_c.c:1708, as on the base: see log', res.note)
		self.assertNotIn('[FAILED] kasan ', res.note)

	def test_base_failure_named_from_an_out_of_tree_build(self):
		out = self.KASAN.replace('at mm/kasan/', 'at ../../linux/mm/kasan/')
		res = check.kunit_result(1, out, base_failures={'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual((res.passed, res.failed, res.skipped), (65, 0, 11))
		# A file that only ends like it is another file.
		out = self.KASAN.replace('at mm/kasan/', 'at ../../linux/mm/xkasan/')
		res = check.kunit_result(1, out, base_failures={'kasan_strings': ('kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual(res.failed, 1)

	def test_base_case_failing_without_an_expectation_still_fails(self):
		out = self.KASAN.replace(
			'[11:33:19]     # kasan_strings: EXPECTATION FAILED at mm/kasan/kasan_test_c.c:1708\n', '')
		res = check.kunit_result(1, out, base_failures={'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual((res.failed, res.skipped), (1, 10))

	def test_other_failures_still_fail(self):
		res = check.kunit_result(1, self.KASAN, base_failures={'kasan_bitops': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual((res.passed, res.failed, res.skipped), (65, 1, 10))
		out = self.KASAN.replace('failed: 1', 'failed: 2') + '[11:33:20] [FAILED] kasan_rcu_uaf\n'
		res = check.kunit_result(1, out, base_failures={'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual((res.failed, res.skipped), (1, 11))
		self.assertIn('kasan_rcu_uaf', res.note)

	def test_base_case_failing_elsewhere_still_fails(self):
		out = self.KASAN.replace('kasan_test_c.c:1708', 'kasan_test_c.c:1721')
		res = check.kunit_result(1, out, base_failures={
			'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual((res.failed, res.skipped), (1, 10))
		out = self.KASAN.replace('[11:33:19] [FAILED]', '[11:33:19]     # kasan_strings: '
					 'EXPECTATION FAILED at mm/kasan/kasan_test_c.c:1721\n[11:33:19] [FAILED]')
		res = check.kunit_result(1, out, base_failures={
			'kasan_strings': ('mm/kasan/kasan_test_c.c:1708', 'x')})
		self.assertEqual(res.failed, 1)

	def test_no_summary_is_a_failure(self):
		res = check.kunit_result(0, 'make: *** [Makefile] Error 2\n')
		self.assertEqual((res.passed, res.failed), (0, 1))

	def test_nonzero_exit_without_failures_fails(self):
		res = check.kunit_result(1, 'Ran 3 tests: passed: 3\n')
		self.assertEqual(res.failed, 1)

	def test_clean_log_counts_one_test(self):
		d = build_dir_with_log('    ok 1 foo\n')
		res = check.kunit_result(0, 'Ran 1 test: passed: 1\n', d)
		self.assertEqual((res.passed, res.failed), (2, 0))

	def test_report_in_log_fails(self):
		d = build_dir_with_log('[    3.141593] BUG: KASAN: slab-out-of-bounds in foo\n    ok 1 foo\n')
		res = check.kunit_result(0, 'Ran 1 test: passed: 1\n', d)
		self.assertEqual((res.passed, res.failed), (1, 1))
		self.assertIn('KASAN', res.note)

	def test_must_run_skipped(self):
		d = build_dir_with_log('    ok 1 memcg_mm_reuse_charge # SKIP needs two online CPUs\n')
		res = check.kunit_result(0, 'Ran 2 tests: passed: 1, skipped: 1\n'
					    '[PASSED] memcg_batch_mixed_nodes\n'
					    '[SKIPPED] memcg_mm_reuse_charge\n', d,
					 must_run=('memcg_batch_mixed_nodes', 'memcg_mm_reuse_charge'))
		self.assertEqual(res.failed, 1)
		self.assertIn('needs two online CPUs', res.note)

	def test_must_run_missing(self):
		res = check.kunit_result(0, 'Ran 1 test: passed: 1\n[PASSED] a\n',
					 must_run=('a', 'b'))
		self.assertEqual((res.passed, res.failed), (1, 1))
		self.assertIn('b did not run (not in the output)', res.note)

	def test_must_run_all_ran(self):
		res = check.kunit_result(0, 'Ran 1 test: passed: 1\n[PASSED] a\n', must_run=('a',))
		self.assertEqual((res.passed, res.failed), (2, 0))


class MeminitTest(unittest.TestCase):
	def result(self, text):
		return check.kunit_result(0, 'Ran 1 test: passed: 1\n', build_dir_with_log(text),
					  meminit=True)

	def test_all_passed(self):
		res = self.result('[    1.5] test_meminit: all 40 tests in test_pages passed\n'
				  '[    1.9] test_meminit: all 442 tests passed!\n')
		self.assertEqual((res.passed, res.failed), (1 + 442 + 1, 0))

	def test_failures(self):
		res = self.result('test_meminit: test_kmemcache failed 2 out of 100 times\n'
				  'test_meminit: failures: 2 out of 442\n')
		self.assertEqual((res.passed, res.failed), (1 + 440 + 1, 2))
		self.assertIn('test_kmemcache failed 2 out of 100 times', res.note)

	def test_no_verdict_fails(self):
		res = self.result('    ok 1 foo\n')
		self.assertEqual((res.passed, res.failed), (2, 1))
		self.assertIn('no verdict', res.note)


class SkippedCasesTest(unittest.TestCase):
	def test_reasons(self):
		got = check.skipped_cases('    ok 3 memcg_batch_mixed_nodes # SKIP needs two memory nodes\n'
					  '        ok 1 64 bytes\n'
					  'not ok 2 bar # SKIP\n')
		self.assertEqual(got, {'memcg_batch_mixed_nodes': 'needs two memory nodes', 'bar': ''})


class LogReportsTest(unittest.TestCase):
	def reports(self, text, suites=()):
		return check.log_reports(os.path.join(build_dir_with_log(text), 'test.log'), suites)

	def test_missing_log_is_a_report(self):
		self.assertEqual(len(check.log_reports('/nonexistent/test.log')), 1)

	def test_kinds(self):
		text = ('BUG: KMSAN: uninit-value in foo\n'
			'WARNING: CPU: 1 PID: 7 at mm/slub.c:1 bar\n'
			'kmemleak: 1 new suspected memory leaks\n'
			'kmemleak: Kernel memory leak detector initialized\n'
			'ODEBUG: free active (active state 0) object\n'
			'possible circular locking dependency detected\n'
			'__kmem_cache_create_args(kunit_dtor_bad1) failed with error -22\n')
		self.assertEqual(len(self.reports(text)), 5)

	def test_arm64_oops_and_panic(self):
		text = ('[   12.5] Internal error: Oops: 000000009600002b [#1]  SMP\n'
			'[   12.6] Kernel panic - not syncing: Oops: Fatal exception\n')
		self.assertEqual(len(self.reports(text)), 2)

	def test_kasan_suite_reports_are_expected(self):
		text = ('    KTAP version 1\n'
			'    # Subtest: kasan\n'
			'BUG: KASAN: slab-out-of-bounds in kmalloc_oob_right\n'
			'    ok 1 kmalloc_oob_right\n'
			'ok 9 kasan\n'
			'BUG: KASAN: use-after-free in destroy_slab_objects\n')
		got = self.reports(text, ('kasan',))
		self.assertEqual(got, ['BUG: KASAN: use-after-free in destroy_slab_objects'])
		self.assertEqual(len(self.reports(text)), 2)


class CountedResultTest(unittest.TestCase):
	def test_last_line_wins(self):
		res = check.counted_result('x', 0, '1 passed, 0 failed\nnot ok 2 y\n9 passed, 1 failed\n')
		self.assertEqual((res.passed, res.failed), (9, 1))
		self.assertIn('not ok 2 y', res.note)

	def test_no_line(self):
		res = check.counted_result('x', 0, 'nothing\n')
		self.assertEqual((res.passed, res.failed), (0, 1))

	def test_skipped_count(self):
		res = check.counted_result('x', 0, 'ok a\nok b # SKIP why\n1 passed, 0 failed, 1 skipped\n')
		self.assertEqual((res.passed, res.failed, res.skipped), (1, 0, 1))

	def test_exit_status(self):
		res = check.counted_result('x', 3, '4 passed, 0 failed\n')
		self.assertEqual(res.failed, 1)


class ExtResultTest(unittest.TestCase):
	def log(self, text):
		d = build_dir_with_log(text)
		return os.path.join(d, 'test.log')

	def test_clean_log_is_one_more_test(self):
		res = check.ext_result('ext-x', 0, 'ok 1 a\nok 2 b\n2 passed, 0 failed\n',
				       self.log('KMEM-RUN-EXIT: 0\n'))
		self.assertEqual((res.passed, res.failed), (3, 0))

	def test_report_in_log_fails(self):
		res = check.ext_result('ext-x', 0, '2 passed, 0 failed\n',
				       self.log('[  3.1] BUG: KASAN: slab-use-after-free in x\n'))
		self.assertEqual((res.passed, res.failed), (2, 1))
		self.assertIn('KASAN', res.note)

	def test_no_result_line_fails(self):
		res = check.ext_result('ext-x', 125, 'vm-run: error\n', self.log(''))
		self.assertEqual(res.failed, 1)


class TdcBaseVerdictTest(unittest.TestCase):
	OUT = ('ok 1 tdc cccc - z\nnot ok 2 tdc aaaa - x\nnot ok 3 tdc bbbb - y\n'
	       '1 passed, 2 failed, 0 skipped\n')

	def test_failure_on_base_too_is_a_skip(self):
		base = 'not ok 1 tdc aaaa - x\nok 2 tdc bbbb - y\n1 passed, 1 failed, 0 skipped\n'
		res = check.tdc_base_verdict(check.Result(10, 2, 1), self.OUT, [base])
		self.assertEqual((res.passed, res.failed, res.skipped), (10, 1, 2))
		self.assertIn('aaaa: fails on the base too', res.note)
		self.assertIn('bbbb: passes on the base', res.note)

	def test_a_failure_in_any_base_run_is_a_skip(self):
		runs = ['ok 1 tdc aaaa - x\nok 2 tdc bbbb - y\n2 passed, 0 failed\n',
			'not ok 1 tdc aaaa - x\nok 2 tdc bbbb - y\n1 passed, 1 failed\n']
		res = check.tdc_base_verdict(check.Result(10, 2, 1), self.OUT, runs)
		self.assertEqual((res.passed, res.failed, res.skipped), (10, 1, 2))
		self.assertIn('aaaa: fails on the base too', res.note)
		self.assertIn('bbbb: passes on the base (2 runs)', res.note)

	def test_an_unfinished_base_run_changes_nothing(self):
		runs = ['not ok 1 tdc aaaa - x\n1 passed, 1 failed\n', 'ok 1 tdc bbbb - y\n']
		res = check.tdc_base_verdict(check.Result(1, 2), self.OUT, runs)
		self.assertEqual((res.passed, res.failed), (1, 2))

	def test_no_base_result_changes_nothing(self):
		res = check.tdc_base_verdict(check.Result(1, 2), self.OUT, ['not ok 1 tdc aaaa - x\n'])
		self.assertEqual((res.passed, res.failed), (1, 2))

	def test_no_series_result_changes_nothing(self):
		# the series run died after two failures: its failures stand
		out = 'not ok 1 tdc aaaa - x\nnot ok 2 tdc bbbb - y\n'
		base = 'not ok 1 tdc aaaa - x\nnot ok 2 tdc bbbb - y\n0 passed, 2 failed\n'
		res = check.tdc_base_verdict(check.Result(0, 1), out, [base])
		self.assertEqual(res.failed, 1)

	def test_failures_are_read_from_tap(self):
		self.assertEqual(check.TDC_FAIL.findall(self.OUT), ['aaaa', 'bbbb'])

	def test_verdict_lines_are_not_cases(self):
		# read as a case named "exit", it was rerun on the base
		out = 'not ok 1 tdc exit status 1, 0 cases passed\nnot ok 2 tdc.py exit status 1, 0 cases passed\n'
		self.assertEqual(check.TDC_FAIL.findall(out), [])


class CheckpatchVerdictTest(unittest.TestCase):
	CLEAN = 'total: 0 errors, 0 warnings, 0 checks, 120 lines checked\n'
	WARN = ('WARNING:FILE_PATH_CHANGES: does MAINTAINERS need updating?\n'
		'total: 0 errors, 1 warnings, 0 checks, 120 lines checked\n')
	TWO = ('WARNING:FILE_PATH_CHANGES: does MAINTAINERS need updating?\n'
	       'WARNING:DATA_RACE: data_race without comment\n'
	       'total: 0 errors, 2 warnings, 0 checks, 120 lines checked\n')
	ERR = 'ERROR:TRAILING_WHITESPACE: y\ntotal: 1 errors, 0 warnings, 0 checks, 120 lines checked\n'
	PLAIN = 'Subject: [PATCH] mm: x\n\nWhy.\n---\n mm/x.c | 1 +\n'
	JUSTIFIED = ('Subject: [PATCH] mm: x\n\nWhy.\n---\n\nNotes:\n'
		     '    checkpatch FILE_PATH_CHANGES: MAINTAINERS covers the file.\n\n'
		     ' mm/x.c | 1 +\n\ndiff --git a/mm/x.c b/mm/x.c\n')

	def test_clean(self):
		self.assertEqual(check.checkpatch_verdict(self.CLEAN, self.PLAIN), (True, ''))

	def test_warning_needs_a_reason(self):
		ok, why = check.checkpatch_verdict(self.WARN, self.PLAIN)
		self.assertFalse(ok)
		self.assertIn('FILE_PATH_CHANGES', why)

	def test_warning_with_a_reason(self):
		ok, why = check.checkpatch_verdict(self.WARN, self.JUSTIFIED)
		self.assertTrue(ok)
		self.assertIn('justified', why)

	def test_each_type_needs_its_reason(self):
		# 0013 once passed with an unexplained DATA_RACE next to an explained
		# FILE_PATH_CHANGES: naming checkpatch once is not enough.
		ok, why = check.checkpatch_verdict(self.TWO, self.JUSTIFIED)
		self.assertFalse(ok)
		self.assertIn('not explained: DATA_RACE', why)

	def test_naming_the_type_without_checkpatch_is_not_enough(self):
		patch = 'Subject: x\n\nWhy.\n---\n\nNotes:\n    FILE_PATH_CHANGES is fine.\n\n'
		self.assertFalse(check.checkpatch_verdict(self.WARN, patch)[0])

	def test_reason_in_the_message_fails(self):
		# issue 23: no checkpatch arguments in commit messages
		patch = ('Subject: [PATCH] mm: x\n\nWhy. checkpatch\'s FILE_PATH_CHANGES does '
			 'not apply.\n---\n mm/x.c | 1 +\n')
		ok, why = check.checkpatch_verdict(self.WARN, patch)
		self.assertFalse(ok)
		self.assertIn('below ---', why)
		self.assertFalse(check.checkpatch_verdict(self.CLEAN, patch)[0])

	def test_subject_only_commit(self):
		# no message below the headers: the subject is not an argument
		patch = 'From: a\nSubject: [PATCH] a checkpatch false positive\n\n---\n'
		self.assertTrue(check.checkpatch_verdict(self.CLEAN, patch)[0])

	def test_checkpatch_in_the_subject_is_allowed(self):
		patch = 'Subject: [PATCH] checkpatch: x\n\nWhy.\n---\n'
		self.assertTrue(check.checkpatch_verdict(self.CLEAN, patch)[0])

	def test_reason_in_the_diff_does_not_count(self):
		patch = self.PLAIN + "\ndiff --git a/x b/x\n+ checkpatch FILE_PATH_CHANGES\n"
		self.assertFalse(check.checkpatch_verdict(self.WARN, patch)[0])

	def test_notes_block(self):
		self.assertIn('FILE_PATH_CHANGES', check.patch_notes(self.JUSTIFIED))
		self.assertEqual(check.patch_notes(self.PLAIN), '')

	def test_error_is_never_justified(self):
		self.assertFalse(check.checkpatch_verdict(self.ERR, self.JUSTIFIED)[0])

	def test_warnings_without_types_fail(self):
		out = 'WARNING: x\ntotal: 0 errors, 1 warnings, 0 checks, 1 lines checked\n'
		self.assertFalse(check.checkpatch_verdict(out, self.JUSTIFIED)[0])

	def test_no_summary(self):
		self.assertFalse(check.checkpatch_verdict('perl: crashed\n', self.PLAIN)[0])

class TreeStateTest(unittest.TestCase):
	"""A step fails when linux/ moves under it: tree_state() must see a new
	commit and an uncommitted edit, and nothing else."""

	def setUp(self):
		self.d = tempfile.mkdtemp(prefix='kmem-check-tree-')
		env = dict(os.environ, GIT_AUTHOR_NAME='t', GIT_AUTHOR_EMAIL='t@t',
			   GIT_COMMITTER_NAME='t', GIT_COMMITTER_EMAIL='t@t')
		self.git = lambda *a: subprocess.run(['git', '-C', self.d] + list(a), env=env,
						     check=True, stdout=subprocess.DEVNULL)
		self.git('init', '-q')
		with open(os.path.join(self.d, 'f'), 'w') as f:
			f.write('1\n')
		self.git('add', 'f')
		self.git('commit', '-q', '-m', 'one')

	def tearDown(self):
		shutil.rmtree(self.d)

	def test_same_tree_same_state(self):
		self.assertEqual(check.tree_state(self.d), check.tree_state(self.d))

	def test_untracked_build_output_is_not_a_change(self):
		before = check.tree_state(self.d)
		open(os.path.join(self.d, 'new.o'), 'w').close()
		self.assertEqual(check.tree_state(self.d), before)

	def test_round_trip_is_a_change(self):
		before = check.tree_state(self.d)
		self.git('checkout', '-q', '--detach', 'HEAD')
		self.git('checkout', '-q', '-')
		self.assertNotEqual(check.tree_state(self.d), before)

	def test_not_a_repository(self):
		self.assertIsNone(check.tree_state(tempfile.mkdtemp(prefix='kmem-check-nogit-')))

	def test_commit_and_edit_are_changes(self):
		before = check.tree_state(self.d)
		self.git('commit', '-q', '--amend', '-m', 'reworded')
		moved = check.tree_state(self.d)
		self.assertNotEqual(moved, before)
		with open(os.path.join(self.d, 'f'), 'w') as f:
			f.write('2\n')
		self.assertNotEqual(check.tree_state(self.d), moved)



class RecordTest(unittest.TestCase):
	"""A matrix step that passed is not run again on the same tree with the
	same scripts and configs, and nothing else is reused."""

	def setUp(self):
		self.d = tempfile.mkdtemp(prefix='kmem-check-rec-')
		self.tree = os.path.join(self.d, 'linux')
		self.top = os.path.join(self.d, 'top')
		self.path = os.path.join(self.d, 'cache', 'check.good')
		env = dict(os.environ, GIT_AUTHOR_NAME='t', GIT_AUTHOR_EMAIL='t@t',
			   GIT_COMMITTER_NAME='t', GIT_COMMITTER_EMAIL='t@t')
		self.git = lambda *a: subprocess.run(['git', '-C', self.tree] + list(a), env=env,
						     check=True, stdout=subprocess.DEVNULL)
		os.makedirs(self.tree)
		self.git('init', '-q')
		self.write(os.path.join(self.tree, 'f'), '1\n')
		self.git('add', 'f')
		self.git('commit', '-q', '-m', 'one')
		self.write(os.path.join(self.top, 'scripts', 'check'), 'v1\n')
		self.write(os.path.join(self.top, 'configs', 'a.config'), 'CONFIG_A=y\n')

	def tearDown(self):
		shutil.rmtree(self.d)

	@staticmethod
	def write(path, text):
		os.makedirs(os.path.dirname(path), exist_ok=True)
		with open(path, 'w') as f:
			f.write(text)

	def key(self):
		return check.record_key('kunit-rt', self.tree, self.top)

	def test_passed_step_is_found(self):
		key = self.key()
		self.assertIsNone(check.recorded(key, self.path))
		self.assertTrue(check.record(key, check.Result(passed=90, skipped=2), 1400, self.path))
		self.assertTrue(check.recorded(key, self.path).startswith('90 passed, 2 skipped'))
		self.assertIsNone(check.recorded(key.replace('kunit-rt', 'kunit-i386'), self.path))

	def test_failed_or_empty_step_is_not_recorded(self):
		key = self.key()
		self.assertFalse(check.record(key, check.Result(passed=90, failed=1), 1, self.path))
		self.assertFalse(check.record(key, check.Result(), 1, self.path))
		self.assertIsNone(check.recorded(key, self.path))

	def test_new_commit_or_tooling_is_a_new_key(self):
		key = self.key()
		self.write(os.path.join(self.top, 'configs', 'a.config'), 'CONFIG_A=n\n')
		self.assertNotEqual(self.key(), key)
		key = self.key()
		self.write(os.path.join(self.top, 'scripts', 'check'), 'v2\n')
		self.assertNotEqual(self.key(), key)
		key = self.key()
		self.write(os.path.join(self.tree, 'f'), '2\n')
		self.git('commit', '-q', '-am', 'two')
		self.assertNotEqual(self.key(), key)

	def test_script_tests_do_not_count(self):
		key = self.key()
		self.write(os.path.join(self.top, 'scripts', 'tests', 'test_x.py'), 'pass\n')
		self.assertEqual(self.key(), key)

	def test_narrowed_run_has_no_key(self):
		os.environ['KMEM_KUNIT_FILTER'] = 'slab_dtor.*'
		try:
			self.assertIsNone(self.key())
		finally:
			del os.environ['KMEM_KUNIT_FILTER']
		self.assertIsNotNone(self.key())

	def test_toolchain_is_in_the_key(self):
		key = self.key()
		old = check.TOOLS
		check.TOOLS = old + ('kmem-no-such-tool',)
		try:
			self.assertNotEqual(self.key(), key)
		finally:
			check.TOOLS = old

	def test_uncommitted_change_has_no_key(self):
		self.write(os.path.join(self.tree, 'f'), '3\n')
		self.assertIsNone(self.key())
		self.assertFalse(check.record(None, check.Result(passed=1), 1, self.path))

if __name__ == '__main__':
	unittest.main()
