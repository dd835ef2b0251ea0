#!/usr/bin/env python3
"""Unit tests for scripts/patch-note, which scripts/setup uses to turn the notes
below a patch's "---" back into git notes, and for the round trip with git
format-patch --notes in a throwaway repository.

  python3 scripts/tests/test_patch_note.py  (make check runs it in step "tooling")
"""
import os
import subprocess
import tempfile
import unittest

import scripts

NOTE = os.path.join(scripts.SCRIPTS, 'patch-note')
check = scripts.load('check')


def note_of(text):
	with tempfile.NamedTemporaryFile('w', suffix='.patch') as f:
		f.write(text)
		f.flush()
		return subprocess.run([NOTE, f.name], check=True, stdout=subprocess.PIPE,
				      text=True).stdout


class PatchNoteTest(unittest.TestCase):
	HEAD = 'Subject: [PATCH] x\n\nWhy.\n\nSigned-off-by: a <a@b>\n---\n'
	DIFF = ' x | 1 +\n 1 file changed\n\ndiff --git a/x b/x\n--- a/x\n+++ b/x\n'

	def test_no_note(self):
		self.assertEqual(note_of(self.HEAD + self.DIFF), '')

	def test_one_line(self):
		text = self.HEAD + '\nNotes:\n    checkpatch X: why.\n\n' + self.DIFF
		self.assertEqual(note_of(text), 'checkpatch X: why.\n')

	def test_paragraphs_and_indent(self):
		text = (self.HEAD + '\nNotes:\n    one\n\n    two\n    \tthree\n\n' + self.DIFF)
		self.assertEqual(note_of(text), 'one\n\ntwo\n\tthree\n')

	def test_diff_lines_are_not_notes(self):
		text = self.HEAD + self.DIFF + '+Notes:\n+    x\n'
		self.assertEqual(note_of(text), '')


class RoundTripTest(unittest.TestCase):
	"""git notes -> format-patch --notes -> patch-note gives the note back."""

	def test_round_trip(self):
		note = 'checkpatch FILE_PATH_CHANGES: covered.\n\nSecond paragraph.\n'
		with tempfile.TemporaryDirectory() as d:
			env = dict(os.environ, GIT_AUTHOR_NAME='a', GIT_AUTHOR_EMAIL='a@b',
				   GIT_COMMITTER_NAME='a', GIT_COMMITTER_EMAIL='a@b')

			def git(*args):
				return subprocess.run(['git', '-C', d] + list(args), check=True, env=env,
						      stdout=subprocess.PIPE, text=True).stdout
			git('init', '-q')
			with open(os.path.join(d, 'x'), 'w') as f:
				f.write('1\n')
			git('add', 'x')
			git('commit', '-q', '-m', 'base')
			with open(os.path.join(d, 'x'), 'a') as f:
				f.write('2\n')
			git('commit', '-q', '-am', 'change', '-m', 'Why.')
			git('notes', 'add', '-m', note.rstrip('\n'), 'HEAD')
			patch = git('format-patch', '-1', '--stdout', '--no-notes',
				    '--notes=refs/notes/commits')
		self.assertEqual(note_of(patch), note)
		self.assertIn('FILE_PATH_CHANGES', check.patch_notes(patch))
		self.assertNotIn('checkpatch', patch.split('\n---\n')[0])


if __name__ == '__main__':
	unittest.main()
