"""Sheets, headers and list values of an xlsmart workbook, in English and Dutch.

One table serves the reader (which recognises headers in either language), the rules (which
name columns by their canonical key) and the template builder (which writes the headers).
Pure data: importing this module imports nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("en", "nl")


@dataclass(frozen=True)
class Column:
    key: str  # canonical, used by the rules: "goal_id", "planned", ...
    en: str  # header as the English template writes it
    nl: str  # header as the Dutch template writes it
    required: bool = False
    formula: bool = False  # filled by one of our worksheet functions; never trusted as input
    distinct: bool = False  # values rarely repeat (free text, a sheet's own IDs): not worth pooling
    aliases: tuple[str, ...] = ()  # further spellings users type

    def header(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class SheetSpec:
    kind: str  # "goals" | "kpis" | "budgets"
    en: str
    nl: str
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)


GOALS = SheetSpec(
    "goals",
    "Goals",
    "Doelstellingen",
    (
        Column("id", "ID", "ID", required=True),
        Column("goal", "Goal", "Doelstelling", required=True, distinct=True, aliases=("objective", "doel")),
        Column("category", "Category", "Categorie"),
        Column("metric", "Metric", "Maatstaf", aliases=("meetwaarde",)),
        Column("direction", "Direction", "Richting"),
        Column("baseline", "Baseline", "Nulmeting", aliases=("startwaarde",)),
        Column("target", "Target", "Streefwaarde", aliases=("doelwaarde",)),
        Column("unit", "Unit", "Eenheid"),
        Column("start", "Start", "Start", aliases=("startdatum", "start date")),
        Column("deadline", "Deadline", "Deadline", aliases=("einddatum", "due", "due date")),
        Column("owner", "Owner", "Eigenaar", aliases=("verantwoordelijke",)),
        Column("parent", "Parent", "Hoofddoel", aliases=("parent goal", "parent id")),
        Column("smart_score", "SMART score", "SMART-score", formula=True, aliases=("smart", "smart-score")),
        Column("smart_gaps", "SMART gaps", "SMART-tekorten", formula=True),
        Column("notes", "Notes", "Opmerkingen", distinct=True, aliases=("notities",)),
    ),
    aliases=("goal", "doelen", "doel"),
)

KPIS = SheetSpec(
    "kpis",
    "KPIs",
    "KPIs",
    (
        Column("id", "ID", "ID", required=True, distinct=True),
        Column("goal_id", "Goal ID", "Doel-ID", required=True, aliases=("goal", "doel id", "doelid")),
        Column("kpi", "KPI", "KPI", required=True),
        Column("team", "Team", "Team"),
        Column("owner", "Owner", "Eigenaar", aliases=("verantwoordelijke",)),
        Column("baseline", "Baseline", "Nulmeting", aliases=("startwaarde",)),
        Column("target", "Target", "Streefwaarde", aliases=("doelwaarde",)),
        Column("actual", "Actual", "Actueel", aliases=("werkelijk", "realisatie")),
        Column("start", "Start", "Start", aliases=("startdatum", "start date")),
        Column("deadline", "Deadline", "Deadline", aliases=("einddatum", "due", "due date")),
        Column("kind", "Kind", "Soort", aliases=("type",)),
        Column("review", "Review", "Evaluatie", aliases=("review rhythm", "ritme")),
        Column("status", "Status", "Status", formula=True),
    ),
    aliases=("kpi", "kpi's"),
)

BUDGETS = SheetSpec(
    "budgets",
    "Budgets",
    "Budget",
    (
        Column("id", "ID", "ID", required=True, distinct=True),
        Column("budget_group", "Budget group", "Budgetgroep", required=True),
        Column("campaign", "Campaign", "Campagne"),
        Column("channel", "Channel", "Kanaal"),
        Column("period", "Period", "Periode"),
        Column("goal_id", "Goal ID", "Doel-ID", aliases=("doel id", "doelid")),
        Column("planned", "Planned", "Begroot", required=True, aliases=("budget", "gepland")),
        Column("actual", "Actual", "Besteed", aliases=("spent", "werkelijk", "actueel")),
        Column("revenue", "Revenue", "Opbrengst", aliases=("omzet",)),
        Column("roi", "ROI", "ROI", formula=True),
    ),
    aliases=("budgetten", "budget"),
)

SHEETS: tuple[SheetSpec, ...] = (GOALS, KPIS, BUDGETS)
SHEET_BY_KIND = {spec.kind: spec for spec in SHEETS}

# Settings: a two-column table (Setting | Value). Keys are matched like headers.
SETTINGS_SHEET = {"en": "Settings", "nl": "Instellingen"}
LISTS_SHEET = {"en": "Lists", "nl": "Lijsten"}
FINDINGS_SHEET = {"en": "Findings", "nl": "Bevindingen"}


@dataclass(frozen=True)
class Setting:
    key: str
    en: str
    nl: str
    default: object


SETTINGS: tuple[Setting, ...] = (
    Setting("language", "Language", "Taal", "en"),
    Setting("min_score", "Minimum SMART score", "Minimale SMART-score", 5),
    Setting("max_increase", "Largest realistic increase", "Grootste realistische stijging", 1.0),
    Setting("max_decrease", "Largest realistic decrease", "Grootste realistische daling", 0.5),
    Setting("on_track", "On track threshold", "Drempel op koers", 0.9),
    Setting("at_risk", "At risk threshold", "Drempel risico", 0.7),
    Setting("as_of", "As-of date", "Peildatum", None),
)

# List values behind the dropdowns: canonical key -> (English, Dutch). Both are accepted.
LISTS: dict[str, dict[str, tuple[str, str]]] = {
    "category": {
        "input": ("input", "input"),
        "throughput": ("throughput", "throughput"),
        "customer": ("customer", "klant"),
        "output_short": ("output short-term", "output korte termijn"),
        "output_long": ("output long-term", "output lange termijn"),
        "seeding": ("seeding", "zaaien"),
    },
    "direction": {
        "increase": ("increase", "verhogen"),
        "decrease": ("decrease", "verlagen"),
        "keep": ("keep", "behouden"),
        "at_most": ("at most", "maximaal"),
        "at_least": ("at least", "minimaal"),
    },
    "budget_group": {
        "internal_preparation": ("internal preparation", "intern voorbereiden"),
        "external_seeding": ("external seeding", "extern zaaien"),
        "external_harvest": ("external short-term harvest", "extern oogsten korte termijn"),
        "internal_handling": ("internal handling", "intern afhandelen"),
    },
    "review": {
        "weekly": ("weekly", "wekelijks"),
        "monthly": ("monthly", "maandelijks"),
        "quarterly": ("quarterly", "per kwartaal"),
        "yearly": ("yearly", "jaarlijks"),
    },
    "kind": {
        "auto": ("auto", "auto"),
        "at_most": ("at most", "maximaal"),
        "at_least": ("at least", "minimaal"),
    },
}


def normalise_label(text: str) -> str:
    """Lower-case, trimmed, inner whitespace collapsed: how headers and list values are compared."""
    return " ".join(str(text).replace("\u00a0", " ").split()).casefold()


def list_key(list_name: str, value: object) -> str | None:
    """Canonical key of a list value typed in either language, or None if it is not on the list.

    >>> list_key("direction", " Verhogen ")
    'increase'
    """
    if value is None:
        return None
    index = _LIST_INDEX[list_name]
    found = index.get(value) if value.__class__ is str else None  # as typed: the usual case, one look-up
    return found if found is not None else index.get(normalise_label(str(value)))


_LIST_INDEX: dict[str, dict[str, str]] = {
    name: {
        label: key
        for key, labels in values.items()
        for label in (key.replace("_", " "), normalise_label(labels[1]), normalise_label(labels[0]),
                      labels[0], labels[1])
    }
    for name, values in LISTS.items()
}


def list_label(list_name: str, key: str, lang: str) -> str:
    en, nl = LISTS[list_name][key]
    return nl if lang == "nl" else en


def _header_index() -> dict[str, dict[str, tuple[str, str | None]]]:
    """kind -> normalised header -> (column key, language it identifies or None if shared)."""
    index: dict[str, dict[str, tuple[str, str | None]]] = {}
    for spec in SHEETS:
        table: dict[str, tuple[str, str | None]] = {}
        for column in spec.columns:
            en, nl = normalise_label(column.en), normalise_label(column.nl)
            table[en] = (column.key, None if en == nl else "en")
            table.setdefault(nl, (column.key, "nl"))
            for alias in column.aliases:
                table.setdefault(normalise_label(alias), (column.key, None))
        index[spec.kind] = table
    return index


HEADERS = _header_index()


def sheet_kind(sheet_name: str) -> str | None:
    """Which kind of sheet a name denotes ("Doelstellingen" -> "goals"), case-insensitive."""
    wanted = normalise_label(sheet_name)
    for spec in SHEETS:
        names = {normalise_label(n) for n in (spec.en, spec.nl, *spec.aliases)}
        if wanted in names:
            return spec.kind
    return None


def expected_sheet_names() -> str:
    return ", ".join(f"{s.en}/{s.nl}" if s.en != s.nl else s.en for s in SHEETS)

# Fills the validator paints (ARGB). Chosen apart from Excel's preset "Bad"/"Neutral" styles so
# that a second run can tell our colours from colours a user set, and replace only ours.
FILL_COLOURS = {"error": "FFF6C9C4", "warning": "FFFCE3A9"}
