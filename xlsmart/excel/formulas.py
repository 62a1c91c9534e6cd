"""The template's formula columns: what each one says, and what it shows before Excel calculates.

One home for the formulas (as the file stores them and as a user types them), the defined names
they use, and the values of the example rows computed by the worksheet functions, which the
classic template caches in its formula cells and the Lite template holds as plain values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from xlsmart import schema
from xlsmart.excel import udfs

# Cached values of the formula cells are computed as of this date, so builds are reproducible.
# Excel shows them until macros run (classic: Workbook_Open recalculates on Windows); the As-of
# setting itself stays empty (today).
TEMPLATE_AS_OF = date(2026, 6, 30)
SETTING_NAMES = {s.key: "xlsmart_" + ("lang" if s.key == "language" else s.key) for s in schema.SETTINGS}
LIST_NAMES = {name: f"xlsmart_list_{name}" for name in schema.LISTS}


def table_name(kind: str, lang: str) -> str:
    """The Excel table (ListObject) name of a kind of sheet: its sheet title, e.g. "Doelstellingen"."""
    return schema.SHEET_BY_KIND[kind].title(lang)


def this_row(table: str, header: str) -> str:
    """A structured reference to a column in the formula's own row, as Excel stores it in the file.

    Excel shows ``[@Goal]``; the file holds ``Goals[[#This Row],[Goal]]``.

    >>> this_row("Goals", "Goal")
    'Goals[[#This Row],[Goal]]'
    """
    return f"{table}[[#This Row],[{_escaped(header)}]]"


def typed_this_row(header: str) -> str:
    """A reference to a column in the formula's own row as a user types it in a table: ``[@Goal]``.

    >>> typed_this_row("Goal"), typed_this_row("SMART score")
    ('[@Goal]', '[@[SMART score]]')
    """
    escaped = _escaped(header)
    return f"[@{escaped}]" if header.replace("_", "").isalnum() else f"[@[{escaped}]]"


def _escaped(header: str) -> str:
    """A column header as a structured reference writes it: ``[``, ``]``, ``#`` and ``'`` escaped
    with ``'``.

    >>> _escaped("Cost [#1]")
    "Cost '['#1']"
    """
    return "".join("'" + ch if ch in "[]#'" else ch for ch in header)


def formulas(lang: str, typed: bool = False) -> dict[str, dict[str, str]]:
    """The formula of each formula column, by kind and column key (without the leading ``=``).

    By default as the file stores it; ``typed=True`` gives what a user types in Excel in that
    language (``[@Goal]`` references; ``;`` between arguments in Dutch Excel).

    >>> formulas("en")["budgets"]["roi"]
    'ROI(Budgets[[#This Row],[Revenue]],Budgets[[#This Row],[Actual]])'
    >>> formulas("nl", typed=True)["budgets"]["roi"]
    'ROI([@Opbrengst];[@Besteed])'
    """
    separator = ";" if typed and lang == "nl" else ","

    def ref(kind: str, key: str) -> str:
        header = schema.SHEET_BY_KIND[kind].column(key).header(lang)
        return typed_this_row(header) if typed else this_row(table_name(kind, lang), header)

    smart_args = separator.join(
        [ref("goals", k) for k in ("goal", "owner", "metric", "direction", "baseline", "target", "start", "deadline")]
        + [SETTING_NAMES[k] for k in ("as_of", "language", "max_increase", "max_decrease")]
    )
    kpi_args = separator.join(
        [ref("kpis", k) for k in ("baseline", "target", "actual", "start", "deadline")]
        + [SETTING_NAMES["as_of"], ref("kpis", "kind"), SETTING_NAMES["language"], SETTING_NAMES["on_track"],
           SETTING_NAMES["at_risk"]]
    )
    return {
        "goals": {"smart_score": f"SMART_SCORE({smart_args})", "smart_gaps": f"SMART_GAPS({smart_args})"},
        "kpis": {"status": f"KPI_STATUS({kpi_args})"},
        "budgets": {"roi": f"ROI({ref('budgets', 'revenue')}{separator}{ref('budgets', 'actual')})"},
    }


def settings_values(lang: str) -> dict[str, Any]:
    """The Settings sheet's values in a new template: the defaults, in ``lang``."""
    values = {s.key: s.default for s in schema.SETTINGS}
    values["language"] = lang
    return values


def column_values(kind: str, row: dict[str, Any], lang: str) -> dict[str, Any]:
    """Each formula column's value for one example row, computed by the worksheet functions (the core).

    As of :data:`TEMPLATE_AS_OF`, with the default settings: what the template shows until Excel
    recalculates.

    >>> column_values("budgets", {"revenue": 18000, "actual": 4200}, "en")["roi"] > 3
    True
    """
    s = settings_values(lang)
    if kind == "goals":
        args = [row.get(k) for k in ("goal", "owner", "metric", "direction", "baseline", "target", "start", "deadline")]
        tail = (TEMPLATE_AS_OF, lang, s["max_increase"], s["max_decrease"])
        return {"smart_score": udfs.SMART_SCORE(*args, *tail), "smart_gaps": udfs.SMART_GAPS(*args, *tail)}
    if kind == "kpis":
        args = [row.get(k) for k in ("baseline", "target", "actual", "start", "deadline")]
        return {"status": udfs.KPI_STATUS(*args, TEMPLATE_AS_OF, row.get("kind"), lang, s["on_track"], s["at_risk"])}
    return {"roi": udfs.ROI(row.get("revenue"), row.get("actual"))}
