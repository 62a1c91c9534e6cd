"""Cell references and sheet names as formulas and parts write them, and Excel's grid limits.

Column letters are written by :func:`xlsmart.model.column_letter` (rules name cells in their
messages with it), so this module reads them back and re-exports that one writer; sheet names
are quoted by :func:`xlsmart.model.quote_sheet` for the same reason.
"""

from __future__ import annotations

import re

from xlsmart.model import column_letter, quote_sheet

__all__ = ["MAX_CELL_TEXT", "MAX_COLUMNS", "MAX_ROWS", "cell_position", "column_letter", "column_number",
           "quote_sheet", "unquote_sheet"]

MAX_ROWS = 1_048_576  # Excel's grid ends at XFD1048576
MAX_COLUMNS = 16_384
MAX_CELL_TEXT = 32_767  # characters in one cell, as Excel allows
_REF = re.compile(r"\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})")


def column_number(letters: str) -> int:
    """Excel column letters (upper case) to the 1-based column: ``"A"`` -> 1, ``"AB"`` -> 28.

    >>> column_number("A"), column_number("AB"), column_number("XFD"), column_number("")
    (1, 28, 16384, 0)
    """
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def cell_position(ref: str) -> tuple[int, int]:
    """``"J7"`` (or ``"$j$7"``) -> (6, 9): the 0-based row and column; (-1, -1) if not a single cell.

    >>> cell_position("J7"), cell_position("$j$7"), cell_position("A1:B2")
    ((6, 9), (6, 9), (-1, -1))
    """
    found = _REF.fullmatch(ref.strip().upper())
    if found is None:
        return (-1, -1)
    return int(found.group(2)) - 1, column_number(found.group(1)) - 1


def unquote_sheet(text: str) -> str:
    """A sheet name as a reference wrote it back to the name: :func:`quote_sheet` undone.

    >>> unquote_sheet("'KPI''s'"), unquote_sheet("Goals")
    ("KPI's", 'Goals')
    """
    return text[1:-1].replace("''", "'") if text.startswith("'") else text
