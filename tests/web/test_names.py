"""The client's file name is only displayed: sanitised, never a path."""

from __future__ import annotations

import pytest

from xlsmart.web.app import checked_name, content_disposition, display_name


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plan.xlsx", "plan.xlsx"),
        ("../../etc/passwd.xlsx", "passwd.xlsx"),
        ("C:\\Users\\me\\plan.xlsm", "plan.xlsm"),
        ("..", "workbook.xlsx"),
        ("", "workbook.xlsx"),
        (None, "workbook.xlsx"),
        ("pl\x00an\r\n.xlsx", "plan.xlsx"),
        ("doel\u200b.xlsx", "doel.xlsx"),
        ("x" * 300 + ".xlsx", "x" * 110 + ".xlsx"),
    ],
)
def test_display_name(raw: str | None, shown: str) -> None:
    assert display_name(raw) == shown


def test_checked_name_keeps_macro_workbooks_xlsm() -> None:
    assert checked_name("Q1 plan.XLSM", True) == "Q1 plan-checked.xlsm"
    assert checked_name("Q1 plan.xlsx", False) == "Q1 plan-checked.xlsx"


def test_content_disposition_is_safe_for_any_name() -> None:
    header = content_disposition('doelen "Q1";\r\nX-Evil: 1.xlsx')
    assert "\r" not in header and "\n" not in header
    assert header.startswith('attachment; filename="doelen _Q1____X-Evil_ 1.xlsx"; ')
    assert header.endswith("filename*=UTF-8''doelen%20%22Q1%22%3B%0D%0AX-Evil%3A%201.xlsx")
