#!/usr/bin/env python3
"""Unit tests for the build-log reader of scripts/warn-diff.

  python3 scripts/tests/test_warn_diff.py  (make check runs it in step "tooling")
"""
import importlib.machinery
import importlib.util
import os
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
WARN_DIFF = os.path.join(os.path.dirname(HERE), 'warn-diff')


def load():
	loader = importlib.machinery.SourceFileLoader('kmem_warn_diff', WARN_DIFF)
	spec = importlib.util.spec_from_loader('kmem_warn_diff', loader)
	mod = importlib.util.module_from_spec(spec)
	loader.exec_module(mod)
	return mod


wd = load()
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

	def test_new_warnings_are_a_multiset_difference(self):
		base = wd.parse_warnings('/t/linux/mm/a.c:1: warning: w [-Wx]\n', SRC, OUT)
		series = wd.parse_warnings('/t/linux/mm/a.c:7: warning: w [-Wx]\n'
					   '/t/linux/mm/a.c:9: warning: w [-Wx]\n', SRC, OUT)
		new = series['mm/a.c'] - base['mm/a.c']
		self.assertEqual(sum(new.values()), 1)

	def test_builds(self):
		self.assertEqual(wd.BUILDS['x86_64'], ('x86_64', []))
		self.assertIn('# CONFIG_64BIT is not set', wd.BUILDS['i386'][1])
		self.assertEqual(wd.BUILDS['x86_64-kasan'][0], 'x86_64')


if __name__ == '__main__':
	unittest.main()
