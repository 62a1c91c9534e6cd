"""Independent readers: LibreOffice opens the templates of both editions and shows the example rows."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from xlsmart import schema
from xlsmart.excel import examples

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Text CSV, UTF-8 (76), formatted as shown, every sheet (-1) into its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _convert(path: Path, out: Path) -> dict[str, list[list[str]]]:
    profile = out / "profile"
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", CSV_FILTER,
         "--outdir", str(out), str(path)],
        check=True, timeout=180, capture_output=True,
    )
    sheets = {}
    for file in out.glob(f"{path.stem}-*.csv"):
        with file.open(encoding="utf-8", newline="") as handle:
            sheets[file.stem[len(path.stem) + 1:]] = list(csv.reader(handle))
    return sheets


@pytest.mark.parametrize("edition", ["classic", "lite"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_libreoffice_opens_the_template_and_keeps_the_examples(built: dict[str, Path], built_lite: dict[str, Path],
                                                                 lang: str, edition: str, tmp_path: Path) -> None:
    sheets = _convert((built if edition == "classic" else built_lite)[lang], tmp_path)
    for spec in schema.SHEETS:
        rows = sheets[spec.title(lang)]
        assert rows[0] == [c.header(lang) for c in spec.columns]
        ids = [r[0] for r in rows[1:] if r and r[0]]
        assert ids == [e["id"] for e in examples.ROWS[spec.kind](lang)]
    goals = sheets[schema.GOALS.title(lang)]
    text_col = [c.key for c in schema.GOALS.columns].index("goal")
    assert [r[text_col] for r in goals[1:]] == [e["goal"] for e in examples.goal_rows(lang)]
    score_col = [c.key for c in schema.GOALS.columns].index("smart_score")
    assert [r[score_col] for r in goals[1:]][:4] == ["5", "5", "5", "5"]  # cached values, not recomputed
    kpis = sheets[schema.KPIS.title(lang)]
    assert kpis[1][-1] == ("Op koers" if lang == "nl" else "On track")
    dashboard = sheets["Dashboard"]
    assert dashboard[3][1] == "3"  # COUNTIF of On track, from the cached value
