"""The benchmarks still run end to end at a tiny size. No timing is asserted: speed lives in benchmarks/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks import brands_view, hostile_inputs, import_e2e, import_speed


def test_import_speed_runs() -> None:
    entry = import_speed.main(["--sizes", "2000", "--no-save"])
    (run,) = entry["runs"]
    assert run["items"] == 2000 and run["import"]["peak_rss_mb"] > 0


def test_memory_security_comparison_runs() -> None:
    entry = import_speed.main(["--sizes", "2000", "--memory-security", "--no-save"])
    (run,) = entry["runs"]
    assert run["items"] == 2000 and run["on"]["items"] == run["off"]["items"] >= 2000
    assert len(run["time_cost_in_turns"]) == 1


def test_brands_view_runs() -> None:
    entry = brands_view.main(["--items", "3000", "--brands", "200", "--import-items", "2000", "--no-save"])
    assert (entry["items"], entry["brands"]) == (3000, 200)
    assert set(entry["met"]) == {"open", "search", "import_gap"}
    # The export's items, and one per kind of record the platform keeps (importers/held.py: a handful).
    assert 2000 <= entry["import_gap"]["items"] <= 2020


def test_hostile_inputs_runs() -> None:
    entry = hostile_inputs.main(["--only", "108 MB directory", "--no-save"])
    unlock, case = entry["cases"]
    assert unlock["unlock_only"]["exit"] == 0 and unlock["unlock_only"]["peak_tree_rss_mb"] > 0
    assert case["reader"]["outcome"] == "refused" and case["reader"]["ceiling_mb"] == 512
    # The import plan looks at each file before it asks for the unlock: a hostile zip is refused before it.
    assert case["cli"]["exit"] == 1 and case["cli"]["unlocked_at"] is None
    assert case["cli"]["stderr"].startswith("mecloud: facebook-export.zip: its table of contents takes")


def test_a_child_is_measured_only_once_it_runs_its_own_program() -> None:
    # Between fork and exec a child shows the parent's memory; the peaks must not take that copy.
    assert import_speed._same_program(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        for _ in range(100):  # until it has exec'd
            if not import_speed._same_program(child.pid):
                break
            subprocess.run(["sleep", "0.05"], check=True)
        assert not import_speed._same_program(child.pid)
    finally:
        child.kill()
        child.wait()


def test_runs_in_turns_pair_up_for_the_ratio() -> None:
    assert import_speed.pair_ratios([2.0, 4.0, 3.0], [3.0, 5.0, 6.0]) == [1.5, 1.25, 2.0]
    row = {"items": 10, "mail": 0, "zip_mb": 0.1, "ratio_core_vs_gtp": 2.0, "ratio_core_zip_vs_gtp": 1.9,
           "ratio_parse_vs_gtp": 3.0, "ratio_pairs": [1.5, 1.25, 2.0]}  # fmt: skip
    assert "runs in turns: 1.50x, 1.25x, 2.00x; median 1.50x" in import_speed._fmt(row)


def test_trees_share_a_vault_template_only_when_their_init_source_is_the_same(tmp_path: Path) -> None:
    # A --baseline tree with as many schema steps but another store setup must not get this tree's template.
    def tree(name: str) -> Path:
        root = tmp_path / name
        for sub in ("vault/store", "vault/keys"):
            shutil.copytree(import_e2e.ROOT / sub, root / sub, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(import_e2e.ROOT / "vault/session.py", root / "vault/session.py")
        return root

    same, other = tree("same"), tree("other")
    assert import_e2e.template_name(same) == import_e2e.template_name(import_e2e.ROOT)
    database = other / "vault/store/database.py"
    database.write_text(database.read_text() + "\n# another init\n")
    assert (other / "vault/store/schema.py").read_bytes() == (same / "vault/store/schema.py").read_bytes()
    assert import_e2e.template_name(other) != import_e2e.template_name(same)
