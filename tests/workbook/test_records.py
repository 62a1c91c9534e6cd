"""Rows -> records: header detection, real rows, cleaning, merged cells, settings, speed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart.model import CellError
from xlsmart.workbook.records import SheetRows, clean_value, settings_from_rows, sheet_from_rows, workbook_from_sheets


def test_header_below_title_rows_and_blank_rows_keep_real_row_numbers():
    rows: list[list[Any]] = [["Marketing goals 2026"], [], ["Owner", "ID", "Goal", "Extra"], ["Ann", "G1", "More leads"], [], [None, " ", ""], [None, "G2", "x"]]
    sheet = sheet_from_rows("Goals", "goals", rows)
    assert sheet.header_row == 3
    assert sheet.columns == {"owner": 1, "id": 2, "goal": 3}
    assert [(r.row, r.get("id")) for r in sheet.records] == [(4, "G1"), (7, "G2")]
    assert sheet.first_col == 1 and sheet.last_col == 4  # the extra column is part of the table
    assert sheet.records[0].values == {"owner": "Ann", "id": "G1", "goal": "More leads"}


def test_origin_offsets_rows_and_columns():
    sheet = sheet_from_rows("KPIs", "kpis", [["ID", "Goal ID", "KPI"], ["K1", "G1", "leads"]], first_row=5, first_col=3)
    assert sheet.header_row == 5
    assert sheet.columns == {"id": 3, "goal_id": 4, "kpi": 5}
    assert sheet.records[0].row == 6
    assert sheet.letter("kpi") == "E"


def test_one_matching_word_in_a_title_is_not_a_header():
    sheet = sheet_from_rows("Goals", "goals", [["Start"], ["ID", "Goal"], ["G1", "g"]])
    assert sheet.header_row == 2


def test_no_header_gives_missing_required_columns():
    sheet = sheet_from_rows("Goals", "goals", [["just", "text"], [1, 2]])
    assert sheet.header_row == 0 and sheet.records == []
    assert set(sheet.missing) == {"id", "goal"}


@pytest.mark.parametrize(
    ("headers", "lang"),
    [(["ID", "Doelstelling", "Eigenaar"], "nl"), (["ID", "Goal", "Owner"], "en"), (["ID", "Goal", "Eigenaar"], None), (["ID", "Start", "Deadline"], None)],
)
def test_sheet_language_from_headers(headers, lang):
    assert sheet_from_rows("Goals", "goals", [headers]).lang == lang


def test_missing_required_and_headers_as_written():
    sheet = sheet_from_rows("Budgets", "budgets", [["  id ", "Kanaal", "BEGROOT"]])
    assert sheet.headers == {"id": "id", "channel": "Kanaal", "planned": "BEGROOT"}
    assert sheet.missing == ("budget_group",)


def test_values_are_cleaned_but_stay_raw():
    rows: list[list[Any]] = [["ID", "Goal", "Start", "Target", "Baseline"], [" G1 ", "  ", date(2026, 1, 1), "#DIV/0!", 3.0]]
    record = sheet_from_rows("Goals", "goals", rows).records[0]
    assert record.values == {"id": "G1", "goal": None, "start": date(2026, 1, 1), "target": CellError("#DIV/0!"), "baseline": 3.0}


def test_short_rows_are_padded():
    sheet = sheet_from_rows("Goals", "goals", [["ID", "Goal", "Owner"], ["G1"]])
    assert sheet.records[0].values == {"id": "G1", "goal": None, "owner": None}


def test_merged_cells_give_their_value_to_the_rows_they_cover_that_hold_something():
    rows: list[list[Any]] = [["ID", "Goal", "Owner"], ["G1", "a", "Team A"], ["G2", "b", None], [None, None, None]]
    sheet = sheet_from_rows("Goals", "goals", rows, merged=[(2, 3, 5, 3)])
    assert [(r.row, r.get("owner")) for r in sheet.records] == [(2, "Team A"), (3, "Team A")]  # not rows 4 and 5


@pytest.mark.parametrize("bottom", [50, 1_048_576])
def test_a_merge_reaching_far_below_the_table_makes_no_records(bottom):
    rows: list[list[Any]] = [["ID", "Goal", "Owner"], ["G1", "a", "Team A"], *([[None, None, None]] * 20)]
    sheet = sheet_from_rows("Goals", "goals", iter(rows), merged=[(2, 1, bottom, 12)])
    assert [r.row for r in sheet.records] == [2]


def test_stray_value_far_below_is_a_record():
    rows: list[list[Any]] = [["ID", "Goal"], ["G1", "a"], *([[None, None]] * 5000), [None, "stray"]]
    sheet = sheet_from_rows("Goals", "goals", rows)
    assert sheet.records[-1].row == 5003


def test_workbook_finds_sheets_in_both_languages_and_settings():
    data = workbook_from_sheets(
        [
            SheetRows("doelstellingen", [["ID", "Doel"], ["G1", "x"]]),
            ("KPIs", [["ID", "Goal ID", "KPI"], ["K1", "G1", "leads"]], (2, 2)),
            ("Notes", [["ID", "Goal"]]),
            ("Settings", [["Setting", "Value"], ["Minimum SMART score", 4], ["Peildatum", date(2026, 3, 1)], ["Nonsense", 1]]),
        ],
        name="book.xlsx",
    )
    assert set(data.sheets) == {"goals", "kpis"}
    assert data.sheets["kpis"].records[0].row == 3
    assert data.settings == {"min_score": 4, "as_of": date(2026, 3, 1)}
    assert data.lang == "nl"  # the Dutch sheet name decides
    assert data.name == "book.xlsx"


def test_english_workbook_is_en():
    data = workbook_from_sheets({"Goals": [["ID", "Goal"]], "Budgets": [["ID", "Budget group", "Planned"]]})
    assert data.lang == "en" and set(data.sheets) == {"goals", "budgets"}


def test_settings_value_may_sit_further_right():
    assert settings_from_rows([[None, "Taal", None, " nl "]]) == {"language": "nl"}


@given(st.text(max_size=20))
def test_clean_value_never_keeps_surrounding_whitespace(text):
    cleaned = clean_value(text)
    assert cleaned is None or isinstance(cleaned, CellError) or cleaned == text.strip() != ""


def test_a_large_sheet_gives_a_record_per_row_with_its_values():
    row = ["G1", "Increase leads from 100 to 200 by December", "customer", "leads", "increase", 100.0, 200.0, "leads",
           date(2026, 1, 1), date(2026, 12, 1), "Ann", None, 4.0, "", "note", "extra", "extra2"]
    header = ["ID", "Goal", "Category", "Metric", "Direction", "Baseline", "Target", "Unit", "Start", "Deadline",
              "Owner", "Parent", "SMART score", "SMART gaps", "Notes", "X", "Y"]
    sheet = sheet_from_rows("Goals", "goals", [header] + [row] * 20_000)
    assert len(sheet.records) == 20_000 and sheet.records[-1].row == 20_001
    assert sheet.records[-1].get("deadline") == date(2026, 12, 1) and sheet.records[-1].get("parent") is None
    assert "smart_score" not in sheet.records[0].index  # our own formula columns are not read


_CELLS = st.one_of(
    st.none(), st.sampled_from(["", " ", " G1 ", "#N/A", "#DIV/0! ", "Ann", "2027-01-01"]), st.text(max_size=5),
    st.floats(allow_nan=False), st.integers(-5, 5), st.booleans(), st.dates(),
)


@given(st.lists(st.lists(_CELLS, max_size=6), max_size=25), st.sampled_from([1, 2, 7, 4096]))
def test_records_hold_each_cell_cleaned_whatever_the_batches(body, batch):
    """Column by column in batches, each record still holds clean_value of each of its cells."""
    import xlsmart.workbook.records as records

    header = ["ID", "Goal", "Owner", "Baseline", "Start"]
    saved, records._BATCH = records._BATCH, batch
    try:
        sheet = sheet_from_rows("Goals", "goals", [header, *body])
    finally:
        records._BATCH = saved
    expected = []
    for number, raw in enumerate(body, start=2):
        cells = tuple(clean_value(raw[at]) if at < len(raw) else None for at in range(len(header)))
        if any(cell is not None for cell in cells):
            expected.append((number, cells))
    assert [(r.row, r.cells) for r in sheet.records] == expected
    assert all(type(a) is type(b) for r, (_, cells) in zip(sheet.records, expected, strict=True)
               for a, b in zip(r.cells, cells, strict=True))
