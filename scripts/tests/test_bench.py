#!/usr/bin/env python3
"""Unit tests for the readers of scripts/bench: the result lines of a boot and
the base-vs-series table.

  python3 scripts/tests/test_bench.py  (make check runs it in step "tooling")
"""
import math
import os
import shutil
import tempfile
import unittest

import scripts

bench = scripts.load('bench')


def row(kernel, rnd, v, workload='kmalloc', setting='user', mode='uml'):
	return dict(mode=mode, kernel=kernel, round=rnd, setting=setting, workload=workload,
		    min=v, median=v, unit='ns/op')


class ParseResultTest(unittest.TestCase):
	def test_values(self):
		r = bench.parse_result('user kmalloc min=12.5 median=13.0 unit=ns/op n=1000000'.split())
		self.assertEqual((r['setting'], r['workload'], r['min'], r['median'], r['unit']),
				 ('user', 'kmalloc', 12.5, 13.0, 'ns/op'))
		self.assertEqual(r['n'], '1000000')

	def test_error(self):
		r = bench.parse_result('root tc error no tc binary'.split())
		self.assertTrue(r['error'])
		self.assertEqual(r['why'], 'no tc binary')

	def test_short_line_is_an_error(self):
		self.assertTrue(bench.parse_result(['user'])['error'])


class SummarizeTest(unittest.TestCase):
	def test_min_median_spread_ratio(self):
		rows = [row('base', 0, 10.0), row('series', 0, 8.0),
			row('base', 1, 12.0), row('series', 1, 9.0),
			row('base', 2, 11.0), row('series', 2, 10.0)]
		t, = bench.summarize(rows)
		self.assertEqual(t['base'][:2], (10.0, 11.0))
		self.assertEqual(t['series'][:2], (8.0, 9.0))
		# spread: (max - min) / median, in percent
		self.assertAlmostEqual(t['base'][2], 100.0 * 2 / 11)
		self.assertAlmostEqual(t['ratio_min'], 0.8)
		self.assertAlmostEqual(t['ratio_median'], 9.0 / 11.0)

	def test_paired_ratio_is_the_median_within_rounds(self):
		# the base drifts between rounds; within a round the series is 0.9x
		rows = [row('base', 0, 10.0), row('series', 0, 9.0),
			row('base', 1, 20.0), row('series', 1, 18.0),
			row('base', 2, 30.0), row('series', 2, 24.0),
			row('series', 3, 1.0)]	# a round without a base boot
		t, = bench.summarize(rows)
		self.assertAlmostEqual(t['ratio_paired'], 0.9)
		self.assertEqual(t['paired_range'], (0.8, 0.9))

	def test_errors_and_one_sided_workloads_are_left_out(self):
		rows = [row('base', 0, 10.0), row('series', 0, 5.0),
			dict(row('series', 1, 1.0), error=True),
			row('base', 0, 3.0, workload='only-base')]
		table = bench.summarize(rows)
		self.assertEqual([t['workload'] for t in table], ['kmalloc'])
		self.assertEqual(table[0]['series'][:2], (5.0, 5.0))

	def test_zero_base_gives_nan(self):
		t, = bench.summarize([row('base', 0, 0.0), row('series', 0, 1.0)])
		self.assertTrue(math.isnan(t['ratio_min']))

	def test_modes_and_settings_are_apart(self):
		rows = [row('base', 0, 1.0), row('series', 0, 2.0),
			row('base', 0, 4.0, setting='root'), row('series', 0, 4.0, setting='root'),
			row('base', 0, 8.0, mode='vm-tcg-2cpu'), row('series', 0, 4.0, mode='vm-tcg-2cpu')]
		got = {(t['mode'], t['setting']): t['ratio_min'] for t in bench.summarize(rows)}
		self.assertEqual(got, {('uml', 'user'): 2.0, ('uml', 'root'): 1.0,
				       ('vm-tcg-2cpu', 'user'): 0.5})



class GoalLinesTest(unittest.TestCase):
	def test_ratios_within_a_kernel_and_counts(self):
		rows = []
		for k, user, floor in (('base', 20.0, 10.0), ('series', 14.0, 10.0)):
			rows += [row(k, 0, user), row(k, 0, floor, setting='nokmem')]
			rows.append(dict(row(k, 0, 4.0 if k == 'base' else 0.0, setting='user',
					     workload='lock-pcpu_lock-forkexec', mode='vm-tcg-2cpu'),
					 unit='lock/op'))
		lines = bench.goal_lines(bench.summarize(rows))
		alloc = next(l for l in lines if l.strip().startswith('user kmalloc(64) loop, alloc'))
		self.assertEqual(alloc.split()[-4:], ['2.000', '1.400', '1.5', 'met'])
		lock = next(l for l in lines if l.strip().startswith('pcpu_lock per'))
		self.assertEqual(lock.split()[-4:], ['4.000', '0.000', '0', 'met'])
		# a row that is not a goal: the series against the base
		rows2 = [row('base', 0, 10.0, workload='pingpong-kmalloc-plain'),
			 row('series', 0, 13.0, workload='pingpong-kmalloc-plain')]
		plain = next(l for l in bench.goal_lines(bench.summarize(rows2))
			     if 'unaccounted kfree(kmalloc(64))' in l)
		self.assertIn('series/base 1.300', plain)
		# no bulk rows in this run
		bulk = next(l for l in lines if l.strip().startswith('bulk 32'))
		self.assertIn('not measured', bulk)


class LockLinesTest(unittest.TestCase):
	def test_rows_under_a_header(self):
		rows = [dict(row('base', 0, 4.0, workload='lock-pcpu_lock-exec', mode='vm-tcg-2cpu'),
			     unit='lock/op'),
			dict(row('series', 0, 0.0, workload='lock-pcpu_lock-exec', mode='vm-tcg-2cpu'),
			     unit='lock/op'),
			row('base', 0, 1.0), row('series', 0, 1.0)]
		lines = bench.lock_lines(bench.summarize(rows))
		self.assertEqual(len(lines), 2)
		self.assertIn('per operation', lines[0])
		self.assertIn('lock-pcpu_lock-exec', lines[1])
		self.assertIn('base   4.000  series   0.000 lock/op', lines[1])

	def test_absent_lock(self):
		# a lock the kernel was not found to have is "absent", not a count of
		# 0, and a goal on it is not measured when the base lacks it (the
		# base has every lock: a base without one means the lookup failed)
		def lock(k, absent):
			r = dict(row(k, 0, 0.0, workload='lock-pcpu_lock-forkexec', mode='vm-tcg-2cpu'),
				 unit='lock/op')
			r['absent'] = '1' if absent else None
			return r
		table = bench.summarize([lock('base', True), lock('series', True)])
		self.assertIn('base  absent  series  absent', bench.lock_lines(table)[1])
		goal = next(l for l in bench.goal_lines(table) if l.strip().startswith('pcpu_lock per'))
		self.assertIn('not measured', goal)
		self.assertNotIn(' met', goal)
		table = bench.summarize([dict(lock('base', False), min=4.0, median=4.0),
					 lock('series', True)])
		self.assertIn('base   4.000  series  absent', bench.lock_lines(table)[1])
		goal = next(l for l in bench.goal_lines(table) if l.strip().startswith('pcpu_lock per'))
		self.assertIn('met', goal)

	def test_lock_arg(self):
		with tempfile.TemporaryDirectory() as d:
			out = os.path.join(d, 'bench-vm-x')
			os.makedirs(out)
			with open(os.path.join(out, '.config'), 'w') as f:
				f.write('# CONFIG_RELOCATABLE is not set\n')
			with open(os.path.join(out, 'System.map'), 'w') as f:
				f.write('ffffffff81de50e4 B pcpu_lock\nffffffff81000000 T _text\n')
			old, bench.BUILD = bench.BUILD, d
			try:
				image = os.path.join(out, 'arch', 'x86', 'boot', 'bzImage')
				self.assertEqual(bench.lock_arg(image),
						 'kmem.locks=pcpu_lock:0xffffffff81de50e4')
				with open(os.path.join(out, '.config'), 'w') as f:
					f.write('CONFIG_RELOCATABLE=y\n')
				self.assertEqual(bench.lock_arg(image), '')
			finally:
				bench.BUILD = old

	def test_no_rows_no_header(self):
		lines = bench.lock_lines(bench.summarize([row('base', 0, 1.0), row('series', 0, 1.0)]))
		self.assertEqual(len(lines), 1)
		self.assertIn('not counted', lines[0])


class LockArgTest(unittest.TestCase):
	"""kmem.locks= comes from the System.map of the build dir of the kernel
	image that is booted (session 48: it read build/bench-vm-base for a base
	named Ebase, found nothing, and the base's lock rows said "not found")."""

	def test_from_the_booted_image(self):
		d = tempfile.mkdtemp(prefix='kmem-bench-test-')
		self.addCleanup(shutil.rmtree, d)
		out = os.path.join(d, 'bench-vm-Ebase')
		os.makedirs(os.path.join(out, 'arch', 'x86', 'boot'))
		with open(os.path.join(out, '.config'), 'w') as f:
			f.write('CONFIG_SMP=y\n')
		with open(os.path.join(out, 'System.map'), 'w') as f:
			f.write('ffffffff82000000 d pcpu_alloc_mutex\nffffffff82000040 b pcpu_lock\n')
		arg = bench.lock_arg(os.path.join(out, 'arch', 'x86', 'boot', 'bzImage'))
		self.assertEqual(arg, 'kmem.locks=pcpu_lock:0xffffffff82000040')

	def test_relocatable_kernel(self):
		d = tempfile.mkdtemp(prefix='kmem-bench-test-')
		self.addCleanup(shutil.rmtree, d)
		os.makedirs(os.path.join(d, 'arch', 'x86', 'boot'))
		with open(os.path.join(d, '.config'), 'w') as f:
			f.write('CONFIG_RELOCATABLE=y\n')
		self.assertEqual(bench.lock_arg(os.path.join(d, 'arch', 'x86', 'boot', 'bzImage')), '')

if __name__ == '__main__':
	unittest.main()
