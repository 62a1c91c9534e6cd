"""What cannot be guessed, told: which sheet holds what, and what a header means.

xlsmart recognises sheets and headers as people write them (see :mod:`xlsmart.schema`),
but a workbook may call its goals sheet "Plan FY27" and its owner column "Wie". A mapping says so,
from ``xlsmart.toml`` (or ``[tool.xlsmart]`` in ``pyproject.toml``) in the working folder, or from
``--map`` on the command line::

    [sheets]                        # sheet name = goals | kpis | budgets | settings | ignore
    "Plan FY27" = "goals"
    "Archief" = "ignore"

    [columns]                       # header = column key, on every sheet, or "Sheet/Header" on one
    "Wie" = "owner"
    "Plan FY27/Klaar op" = "deadline"

Pure: imports only the standard library and the schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xlsmart import schema

ROLES = ("goals", "kpis", "budgets", "settings", "ignore")
ANY_SHEET = "*"
CONFIG_FILE = "xlsmart.toml"
COLUMN_KEYS = sorted({column.key for spec in schema.SHEETS for column in spec.columns if not column.formula})


@dataclass(frozen=True)
class WorkbookMap:
    """Sheet roles and header meanings a user has told; empty, it changes nothing."""

    sheets: dict[str, str] = field(default_factory=dict)  # normalised sheet name -> role
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # normalised sheet name or "*" -> header label -> key

    def role(self, sheet: str) -> str | None:
        """The role told for a sheet ("ignore" included), or None."""
        return self.sheets.get(schema.normalise_label(sheet))

    def headers(self, sheet: str, kind: str) -> dict[str, tuple[str, None]]:
        """Header label -> (column key, no language) told for this sheet, for columns its kind has.

        >>> told = parse_entries(["Wie=owner", "Plan/Klaar op=deadline", "Plan/Doel=goal"])
        >>> told.headers("Plan", "kpis")
        {'wie': ('owner', None), 'klaar op': ('deadline', None)}
        """
        keys = {column.key for column in schema.SHEET_BY_KIND[kind].columns}
        told = {**self.columns.get(ANY_SHEET, {}), **self.columns.get(schema.normalise_label(sheet), {})}
        return {label: (key, None) for label, key in told.items() if key in keys}

    def __or__(self, other: WorkbookMap) -> WorkbookMap:
        """This mapping with ``other``'s entries added (``other`` wins): the config, then ``--map``."""
        columns = {sheet: dict(labels) for sheet, labels in self.columns.items()}
        for sheet, labels in other.columns.items():
            columns.setdefault(sheet, {}).update(labels)
        return WorkbookMap({**self.sheets, **other.sheets}, columns)

    def __bool__(self) -> bool:
        return bool(self.sheets or self.columns)


def parse_entries(entries: Iterable[str]) -> WorkbookMap:
    """``--map`` entries: ``Sheet=role``, ``Header=column`` or ``Sheet/Header=column``. A value
    that is a role names a sheet; otherwise the left side is a header (after the first ``/``, the
    sheet's, with ``*/`` for a header on every sheet that holds a ``/`` itself).

    >>> parse_entries(["Plan FY27=goals", "Wie=owner"]).sheets
    {'plan fy27': 'goals'}
    """
    sheets: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for entry in entries:
        left, equals, value = entry.rpartition("=")
        value = value.strip().casefold().replace(" ", "_")
        if not equals or not left.strip() or not value:
            raise ValueError(f"--map {entry!r}: write Sheet=goals, Header=owner or Sheet/Header=owner")
        if value in ROLES:
            sheets[schema.normalise_label(left)] = value
            continue
        sheet, slash, header = left.partition("/")
        sheet, header = (sheet, header) if slash else (ANY_SHEET, left)
        columns.setdefault(ANY_SHEET if sheet.strip() == ANY_SHEET else schema.normalise_label(sheet), {})[
            schema.header_label(header)] = _column_key(value, entry)
    return WorkbookMap(sheets, columns)


def from_config(data: Mapping[str, Any], source: str) -> WorkbookMap:
    """A mapping from a parsed config table with ``sheets`` and ``columns`` tables."""
    unknown = set(data) - {"sheets", "columns"}
    if unknown:
        raise ValueError(f"{source}: unknown key {', '.join(sorted(unknown))} (expected sheets, columns)")
    entries = [f"{sheet}={role}" for sheet, role in _table(data, "sheets", source).items()]
    entries += [f"{header}={key}" if "/" in header else f"*/{header}={key}"
                for header, key in _table(data, "columns", source).items()]
    try:
        return parse_entries(entries)
    except ValueError as error:
        raise ValueError(f"{source}: {str(error).split(': ', 1)[-1]}") from None


def load_config(folder: Path) -> WorkbookMap:
    """The mapping in ``xlsmart.toml``, else in ``pyproject.toml``'s ``[tool.xlsmart]``, in ``folder``."""
    for name in (CONFIG_FILE, "pyproject.toml"):
        if (folder / name).is_file():
            told = read_config(folder / name)
            if told or name == CONFIG_FILE:
                return told
    return WorkbookMap()


def read_config(file: Path) -> WorkbookMap:
    """The mapping in a TOML file: its ``[sheets]`` and ``[columns]``, or for a ``pyproject.toml``
    those of ``[tool.xlsmart]``. A file that cannot be read or holds a wrong entry raises
    ``ValueError`` naming it."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    try:
        data: Any = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"{file}: cannot read: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{file}: not valid TOML ({error})") from None
    if file.name == "pyproject.toml":
        data = data.get("tool", {}).get("xlsmart", {})
    return from_config(data if isinstance(data, dict) else {}, str(file))


def _table(data: Mapping[str, Any], key: str, source: str) -> dict[str, str]:
    table = data.get(key, {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise ValueError(f"{source}: [{key}] must map names to text, such as \"Plan FY27\" = \"goals\"")
    return table


def _column_key(value: str, entry: str) -> str:
    if value not in COLUMN_KEYS:
        raise ValueError(f"--map {entry!r}: {value!r} is no column; columns are {', '.join(COLUMN_KEYS)}; "
                         f"sheets take {', '.join(ROLES)}")
    return value
