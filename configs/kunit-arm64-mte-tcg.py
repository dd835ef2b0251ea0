# kunit.py --qemu_config for arm64 with MTE under TCG (use with --arch=arm64
# --cross_compile=aarch64-linux-gnu-), for hardware tag-based KASAN
# (CONFIG_KASAN_HW_TAGS): "-machine virt,mte=on" gives the guest tag memory,
# and QEMU's "max" CPU implements MTE in TCG. Otherwise as kunit-arm64-tcg.py.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kunit_tcg import arm64, use_tcg  # noqa: E402

use_tcg()

QEMU_ARCH = arm64('virt,mte=on', '\nCONFIG_ARM64_MTE=y')
