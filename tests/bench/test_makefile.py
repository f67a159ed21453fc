"""The Makefile's framing-layer target and `make help`, read as text (no target is run)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _recipe(target: str) -> str:
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
    assert match, f"no recipe for {target}"
    return match.group(1)


def test_the_framing_layer_target_reads_only_the_repository():
    recipe = _recipe("framing-layer")
    assert "/work/" not in recipe and "awk" not in recipe
    assert "--look data/devown" in recipe and "--check data/devown" in recipe
    assert re.search(r"^LAYER_CHECK_IDS \?= 925-930$", MAKEFILE, re.MULTILINE)


def test_make_help_pads_every_target_name_to_one_column():
    targets = re.findall(r"^([a-zA-Z_-]+):.*## ", MAKEFILE, re.MULTILINE)
    width = int(re.search(r'printf "  %-(\d+)s %s\\n"', _recipe("help")).group(1))
    assert width >= max(map(len, targets))


def test_the_layer_form_defaults_to_g_m_and_g_mp_is_a_form_the_bench_exports():
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from framing_model import EXPORT_FORMS

    assert re.search(r"^LAYER_FORM \?= (\S+)$", MAKEFILE, re.MULTILINE).group(1) == "G_m"
    assert {"G", "G_ps", "G_m", "G_mp"} <= set(EXPORT_FORMS)
    assert "--form $(LAYER_FORM)" in _recipe("framing-layer")
