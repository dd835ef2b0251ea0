"""The scripts under test, loaded as modules: they have no .py suffix."""
import importlib.machinery
import importlib.util
import os

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
	"""scripts/<name> as a module named kmem_<name>."""
	modname = 'kmem_' + name.replace('-', '_')
	loader = importlib.machinery.SourceFileLoader(modname, os.path.join(SCRIPTS, name))
	spec = importlib.util.spec_from_loader(modname, loader)
	mod = importlib.util.module_from_spec(spec)
	loader.exec_module(mod)
	return mod
