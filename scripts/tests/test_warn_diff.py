#!/usr/bin/env python3
"""Unit tests for the build-log reader of scripts/warn-diff.

  python3 scripts/tests/test_warn_diff.py  (make check runs it in step "tooling")
"""
import collections
import os
import shlex
import tempfile
import unittest
from unittest import mock

import scripts

wd = scripts.load('warn-diff')
SRC, OUT = '/t/linux', '/t/build/warn-series-i386'


class ParseWarningsTest(unittest.TestCase):
	def test_overflow_on_32bit(self):
		# The line gcc printed for slab_dtor_kunit.c's 64-bit magic on i386.
		log = ("/t/linux/mm/tests/slab_dtor_kunit.c:33:25: warning: conversion from "
		       "'long long unsigned int' to 'long unsigned int' changes value from "
		       "'7740954855030943602' to '1685352306' [-Woverflow]\n"
		       "   33 | #define OBJ_MAGIC 0x6b6d656d64746f72UL\n")
		found = wd.parse_warnings(log, SRC, OUT)
		self.assertEqual(list(found), ['mm/tests/slab_dtor_kunit.c'])
		(kind, text), = found['mm/tests/slab_dtor_kunit.c']
		self.assertEqual(kind, 'warning')
		self.assertTrue(text.endswith('[-Woverflow]'))

	def test_line_is_not_part_of_the_key(self):
		log = ('/t/linux/mm/slub.c:10:5: warning: unused variable [-Wunused-variable]\n'
		       '/t/linux/mm/slub.c:99:5: warning: unused variable [-Wunused-variable]\n')
		found = wd.parse_warnings(log, SRC, OUT)
		self.assertEqual(found['mm/slub.c'][('warning', 'unused variable [-Wunused-variable]')], 2)

	def test_build_dir_and_relative_paths(self):
		log = ('/t/build/warn-series-i386/include/generated/x.h:1: error: boom\n'
		       'mm/percpu.c:5: warning: w [-Wextra]\n'
		       'make[2]: *** [mm/percpu.o] Error 1\n')
		found = wd.parse_warnings(log, SRC, OUT)
		self.assertEqual(sorted(found), ['include/generated/x.h', 'mm/percpu.c'])
		self.assertIn(('error', 'boom'), found['include/generated/x.h'])

	def test_fatal_error_is_an_error(self):
		log = '/t/linux/mm/tests/new_kunit.c:3:10: fatal error: asm/x.h: No such file or directory\n'
		found = wd.parse_warnings(log, SRC, OUT)
		self.assertEqual(list(found['mm/tests/new_kunit.c']),
				 [('error', 'asm/x.h: No such file or directory')])


class VerdictsTest(unittest.TestCase):
	W = ('warning', 'w [-Wx]')

	def run_verdicts(self, base, series, built=('mm/a.o',), base_built=('mm/a.o',),
			 files=('mm/a.c',), headers=(), base_checked=None, checked=None):
		def counters(d):
			return {f: collections.Counter(ws) for f, ws in d.items()}
		return wd.verdicts('b', list(files), list(headers), counters(base), list(base_built),
				   counters(series), list(built), base_checked, checked)

	def test_same_warnings_pass(self):
		v = self.run_verdicts({'mm/a.c': [self.W]}, {'mm/a.c': [self.W]})
		self.assertEqual([s for s, _, _ in v], ['pass'])

	def test_a_second_copy_is_new(self):
		v = self.run_verdicts({'mm/a.c': [self.W]}, {'mm/a.c': [self.W, self.W]})
		self.assertEqual(v[0][0], 'fail')
		self.assertEqual(v[0][2], ['warning: w [-Wx]'])

	def test_not_built_in_series_only_fails(self):
		v = self.run_verdicts({}, {}, built=())
		self.assertEqual(v[0][0], 'fail')
		self.assertIn('does not build', v[0][1])

	def test_new_file_with_an_error_fails(self):
		v = self.run_verdicts({}, {'mm/a.c': [('error', 'asm/x.h: missing')]}, built=(),
				      base_built=())
		self.assertEqual(v[0][0], 'fail')

	def test_outside_the_config_skips_but_a_build_must_compare_something(self):
		v = self.run_verdicts({}, {}, built=(), base_built=())
		self.assertEqual([s for s, _, _ in v], ['skip', 'fail'])
		self.assertIn('no changed C file', v[1][1])

	def test_headers_are_sets(self):
		v = self.run_verdicts({'mm/a.c': [], 'mm/slab.h': [self.W]},
				      {'mm/a.c': [], 'mm/slab.h': [self.W, self.W]},
				      headers=('mm/slab.h',))
		self.assertEqual([s for s, _, _ in v], ['pass', 'pass'])
		v = self.run_verdicts({'mm/a.c': []}, {'mm/a.c': [], 'mm/slab.h': [self.W]},
				      headers=('mm/slab.h',))
		self.assertEqual([s for s, _, _ in v], ['pass', 'fail'])


	E = ('error', 'incompatible types in comparison expression (different address spaces):')

	def test_a_new_sparse_error_in_a_built_file_is_new_not_a_build_failure(self):
		v = self.run_verdicts({'mm/a.c': []}, {'mm/a.c': [self.E]},
				      base_checked={'mm/a.c'}, checked={'mm/a.c'})
		self.assertEqual(v[0][0], 'fail')
		self.assertNotIn('does not build', v[0][1])
		self.assertEqual(v[0][2], ['error: ' + self.E[1]])

	def test_sparse_must_have_checked_the_file_in_both_trees(self):
		v = self.run_verdicts({}, {}, base_checked={'mm/a.c'}, checked=set())
		self.assertEqual(v[0][0], 'fail')
		self.assertIn('sparse did not run on it (series)', v[0][1])
		v = self.run_verdicts({}, {}, base_checked=set(), checked={'mm/a.c'})
		self.assertIn('(base)', v[0][1])
		# Not built in the base (a new file): nothing to check there.
		v = self.run_verdicts({}, {}, base_built=(), base_checked=set(), checked={'mm/a.c'})
		self.assertEqual([st for st, _, _ in v], ['pass'])

	def test_an_error_leaves_the_rest_of_the_file_unchecked(self):
		# kernel/fork.c: the base's error at mm_clear_owner(), in both trees.
		v = self.run_verdicts({'mm/a.c': [self.E]}, {'mm/a.c': [self.E]},
				      base_checked={'mm/a.c'}, checked={'mm/a.c'})
		self.assertEqual([st for st, _, _ in v], ['pass', 'skip'])
		self.assertIn('first error # SKIP', v[1][1])
		self.assertIn('different address spaces)', v[1][1])

	def test_without_sparse_nothing_is_asked_of_it(self):
		v = self.run_verdicts({'mm/a.c': [self.E]}, {'mm/a.c': [self.E]})
		self.assertEqual([st for st, _, _ in v], ['pass'])


class ParseCheckedTest(unittest.TestCase):
	def test_check_lines(self):
		log = ('  CC      mm/slub.o\n'
		       '  CHECK   /t/linux/mm/slub.c\n'
		       '  CHECK   /t/linux/scripts/mod/empty.c\n'
		       '/t/linux/mm/slub.c:1:1: warning: CHECK in a message\n')
		self.assertEqual(wd.parse_checked(log, '/t/linux'),
				 {'mm/slub.c', 'scripts/mod/empty.c'})

	def test_kbuild_turning_sparse_off_is_an_error(self):
		with mock.patch.object(wd, 'configure', return_value=['make']), \
		     mock.patch.object(wd, 'sh', return_value=(
			     'Makefile:1294: C=2 specified, but sparse is not available or '
			     'not up to date\n')), \
		     tempfile.TemporaryDirectory() as d:
			with self.assertRaises(SystemExit) as e:
				wd.warnings('/t/linux', os.path.join(d, 'out'), ['mm/a.c'], ['C=2'], 'b')
		self.assertIn('turned sparse off', str(e.exception))


class SparseOkTest(unittest.TestCase):
	"""Which sparse runs, and with which CF=, from what checker-valid.sh says."""
	def test_current_sparse_runs_as_is(self):
		self.assertEqual(wd.sparse_ok(lambda flags: True), (True, '', ''))

	def test_old_sparse_runs_with_the_shim(self):
		calls = []

		def valid(flags):
			calls.append(flags)
			return flags == wd.SPARSE_SHIM
		ok, cf, why = wd.sparse_ok(valid)
		self.assertTrue(ok)
		# make passes CF= to a shell: the define with parentheses is quoted.
		self.assertEqual(shlex.split(cf), wd.SPARSE_SHIM)
		self.assertIn("'-D__builtin_strlen(x)=(sizeof(x)-1)'", cf)
		self.assertIn('older sparse', why)
		self.assertEqual(calls, [[], wd.SPARSE_SHIM])

	def test_rejected_even_with_the_shim_skips(self):
		ok, cf, why = wd.sparse_ok(lambda flags: False)
		self.assertEqual((ok, cf), (False, ''))
		self.assertIn('rejected', why)


if __name__ == '__main__':
	unittest.main()
