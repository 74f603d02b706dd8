"""A time an export cannot hold is malformed: counted in the report, the item kept without it, and the
timeline's range follows the real data (issue 26, item 7)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCharts import QAreaSeries, QChartView, QDateTimeAxis

from tests.generators import tiktok
from tests.ui.driving import create_vault, import_export
from ui.desktop import workspace as ws
from ui.importing import run_import
from vault.brands import timeline


def _tiktok_with_broken_times(folder: Path) -> Path:
    """TikTok's user_data_tiktok.json with two impossible times among good ones: `"Date": "20"` (seen in a
    real export, read as 20 s after 1970) and a date decades after the export was made."""
    data = tiktok.export("2024")
    watched = data["Activity"]["Video Browsing History"]["VideoList"]
    watched[0]["Date"] = "20"
    watched[1]["Date"] = "2087-01-01 10:00:00"
    path = folder / tiktok.FILE_NAME["2024"]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_impossible_times_are_counted_and_dropped(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = run_import(vault, [_write_good(tmp_path / "good")])
    summary = run_import(vault, [_tiktok_with_broken_times(tmp_path)])
    assert summary.items_seen == good.items_seen  # nothing lost: both items are kept, without their time
    broken = [i for i in summary.coverage.issues if "a time the export cannot hold" in i]
    assert len(broken) == 2 and all(i.startswith("user_data_tiktok.json: ") for i in broken)
    assert any("1970-01-01" in i for i in broken) and any("2087-01-01" in i for i in broken)
    months = [month for month, _kind, _n in timeline(vault.store)]
    assert months[0] >= "2014-01" and months[-1] <= datetime.now(UTC).strftime("%Y-%m")


def _write_good(folder: Path) -> Path:
    folder.mkdir()
    path = folder / tiktok.FILE_NAME["2024"]
    path.write_text(json.dumps(tiktok.export("2024")), encoding="utf-8")
    return path


def test_overview_timeline_spans_only_the_real_data(make_window, vault_dir: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    import_export(qtbot, space, [_tiktok_with_broken_times(tmp_path)])
    overview = space.show_screen(ws.OVERVIEW)
    overview.refresh()
    qtbot.waitUntil(lambda: any(_time_axis(v) for v in overview.findChildren(QChartView)), timeout=10_000)
    view = next(v for v in overview.findChildren(QChartView) if _time_axis(v))
    axis = _time_axis(view)
    assert axis.min().date().year() == 2024 and axis.max().date().year() == 2024  # not 1970, not 2087
    names = [s.name() for s in view.chart().series() if isinstance(s, QAreaSeries)]
    assert names and all(name.endswith(")") and "(" in name for name in names)  # each layer with its count


def _time_axis(view: QChartView) -> QDateTimeAxis | None:
    return next((a for a in view.chart().axes() if isinstance(a, QDateTimeAxis)), None)
