#!/usr/bin/env python3
"""Unit tests for the topic list and the note placement of scripts/b4-dryrun.

  python3 scripts/tests/test_b4_dryrun.py  (make check runs it in step "tooling")
"""
import os
import unittest

import scripts

b4 = scripts.load('b4-dryrun')

MAIL = ('From: linux-kmem <linux-kmem@example.org>\n'
	'Subject: [PATCH 1/2] mm: x\n'
	'To: A <a@example.org>, B <b@example.org>\n'
	'Cc: list@example.org, A <a@example.org>\n'
	'\n'
	'Why.\n'
	'\n'
	'Signed-off-by: linux-kmem <linux-kmem@example.org>\n'
	'---\n'
	' mm/x.c | 1 +\n'
	'\n'
	'diff --git a/mm/x.c b/mm/x.c\n'
	'--- a/mm/x.c\n')


class ReadTopicsTest(unittest.TestCase):
	def test_topics_in_order(self):
		text = '# topic patches\nfixes 1-2\nbatch 3-7  # the batch\n\nuser 8-8\n'
		self.assertEqual(b4.read_topics(text, 8),
				 [('fixes', 1, 2, 1, []), ('batch', 3, 7, 1, []), ('user', 8, 8, 1, [])])

	def test_revision_and_prefixes(self):
		text = 'a 1-2 v2\nb 3-3 v2 RFC\nc 4-5 net-next\n'
		self.assertEqual(b4.read_topics(text, 5),
				 [('a', 1, 2, 2, []), ('b', 3, 3, 2, ['RFC']),
				  ('c', 4, 5, 1, ['net-next'])])

	def test_bad_revision(self):
		with self.assertRaisesRegex(ValueError, 'bad topic line'):
			b4.read_topics('a 1-2 v0\n', 2)

	def test_gap_is_an_error(self):
		with self.assertRaisesRegex(ValueError, 'start at 3'):
			b4.read_topics('a 1-2\nb 4-5\n', 5)

	def test_overlap_is_an_error(self):
		with self.assertRaises(ValueError):
			b4.read_topics('a 1-3\nb 3-5\n', 5)

	def test_must_end_with_the_series(self):
		# a patch added to the series without a topic is not sent
		with self.assertRaisesRegex(ValueError, 'end at patch 35, the series at 36'):
			b4.read_topics('kmem 1-35\n', 36)

	def test_name_twice(self):
		with self.assertRaisesRegex(ValueError, 'twice'):
			b4.read_topics('a 1-1\na 2-2\n', 2)

	def test_bad_line(self):
		with self.assertRaisesRegex(ValueError, 'bad topic line'):
			b4.read_topics('a 1 to 2\n', 2)

	def test_empty(self):
		with self.assertRaises(ValueError):
			b4.read_topics('# nothing\n', 0)


class AddNoteTest(unittest.TestCase):
	def test_note_below_the_cut(self):
		out = b4.add_note(MAIL, 'checkpatch FILE_PATH_CHANGES: covered.\n')
		msg, below = out.split('\n---\n', 1)
		self.assertNotIn('checkpatch', msg)
		self.assertTrue(below.startswith('\nNotes:\n    checkpatch FILE_PATH_CHANGES: covered.\n\n'
						 ' mm/x.c | 1 +\n'))

	def test_as_format_patch_notes_writes_it(self):
		# the block that scripts/check's patch_notes() reads back
		check = scripts.load('check')
		out = b4.add_note(MAIL, 'one\n\ntwo\n')
		self.assertEqual(check.patch_notes(out), '    one\n\n    two\n\n')

	def test_no_note_no_change(self):
		self.assertEqual(b4.add_note(MAIL, ''), MAIL)
		self.assertEqual(b4.add_note(MAIL, '\n'), MAIL)

	def test_the_diff_is_left_alone(self):
		out = b4.add_note(MAIL, 'n\n')
		self.assertEqual(out.count('Notes:'), 1)
		self.assertTrue(out.endswith('diff --git a/mm/x.c b/mm/x.c\n--- a/mm/x.c\n'))


class RecipientsTest(unittest.TestCase):
	def test_to_and_cc_once_each(self):
		self.assertEqual(b4.recipients(MAIL), ['a@example.org', 'b@example.org',
						       'list@example.org'])


class CommittedTopicsTest(unittest.TestCase):
	"""patches/topics as committed: it covers patches/series, and every topic
	of more than one patch has its cover letter, a subject line and a body,
	with no placeholder left and lines that fit a mail."""

	def test_topics_and_covers(self):
		top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
		with open(os.path.join(top, 'patches', 'series')) as f:
			series = [l for l in f.read().split('\n') if l.strip() and not l.startswith('#')]
		with open(os.path.join(top, 'patches', 'topics')) as f:
			topics = b4.read_topics(f.read(), len(series))
		if len(topics) == 1:
			return
		for name, first, last, _, _ in topics:
			path = os.path.join(top, 'patches', 'covers', name + '.txt')
			if first == last:
				continue
			self.assertTrue(os.path.exists(path), 'no cover letter for ' + name)
			with open(path) as f:
				text = f.read()
			subject, _, body = text.partition('\n\n')
			self.assertTrue(subject.strip() and '\n' not in subject.strip(), name)
			self.assertTrue(body.strip(), name)
			self.assertFalse('@@' in text, name + ': a placeholder is left')
			long = [l for l in text.split('\n')[1:] if len(l) > 74]
			self.assertEqual(long, [], name + ': lines longer than 74 columns')


if __name__ == '__main__':
	unittest.main()
