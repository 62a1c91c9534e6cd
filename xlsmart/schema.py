"""Sheets, headers and list values of an xlsmart workbook, in English and Dutch.

One table serves the reader (which recognises headers in either language), the rules (which
name columns by their canonical key) and the template builder (which writes the headers).
Pure data: importing this module imports nothing but ``re``.
"""

from __future__ import annotations

import re
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
        Column("id", "ID", "ID", required=True,
               aliases=("goal id", "goal ref", "goal nr", "goal no", "goal number", "doel id", "doelnummer", "nr", "nr.", "no", "no.", "number", "nummer", "#", "ref", "reference", "referentie", "code")),
        Column("goal", "Goal", "Doelstelling", required=True, distinct=True,
               aliases=("goals", "objective", "objectives", "doel", "doelen", "doelstellingen", "goal description", "description",
                        "omschrijving", "beschrijving", "doelomschrijving", "smart goal", "smart doel", "goal statement")),
        Column("category", "Category", "Categorie", aliases=("goal type", "type", "soort", "soort doel")),
        Column("metric", "Metric", "Maatstaf", aliases=("meetwaarde", "measure", "indicator", "kpi", "metric name", "kengetal")),
        Column("direction", "Direction", "Richting"),
        Column("baseline", "Baseline", "Nulmeting", aliases=("startwaarde", "nulmeting", "uitgangswaarde", "beginwaarde", "current", "current value", "huidig", "huidige waarde", "start value", "baseline value")),
        Column("target", "Target", "Streefwaarde", aliases=("doelwaarde", "target value", "goal value", "norm", "streefcijfer", "target figure")),
        Column("unit", "Unit", "Eenheid", aliases=("units", "eenheden")),
        Column("start", "Start", "Start", aliases=("startdatum", "start date", "begin", "begin date", "begindatum", "start datum", "ingangsdatum", "from date")),
        Column("deadline", "Deadline", "Deadline", aliases=("einddatum", "eind datum", "due", "due date", "deadline date", "end", "end date", "target date", "finish date", "completion date", "by when", "uiterlijk", "datum gereed", "opleverdatum", "streefdatum")),
        Column("owner", "Owner", "Eigenaar", aliases=("verantwoordelijke", "verantwoordelijk", "responsible", "accountable", "person responsible", "responsible person", "assignee", "assigned to", "who", "wie", "lead", "trekker", "eigenaren", "owners")),
        Column("parent", "Parent", "Hoofddoel", aliases=("parent goal", "parent id", "parent objective", "bovenliggend doel",
                                                         "contributes to", "draagt bij aan")),
        Column("smart_score", "SMART score", "SMART-score", formula=True, aliases=("smart", "smart-score")),
        Column("smart_gaps", "SMART gaps", "SMART-tekorten", formula=True),
        Column("notes", "Notes", "Opmerkingen", distinct=True,
               aliases=("notities", "remarks", "comments", "toelichting", "commentaar", "opmerking")),
    ),
    aliases=("goal", "doelen", "doel"),
)

KPIS = SheetSpec(
    "kpis",
    "KPIs",
    "KPIs",
    (
        Column("id", "ID", "ID", required=True, distinct=True,
               aliases=("kpi id", "kpi ref", "kpi nr", "kpi no", "kpi number", "kpi nummer", "nr", "nr.", "no", "no.", "number", "nummer", "#", "ref", "reference", "referentie", "code")),
        Column("goal_id", "Goal ID", "Doel-ID", required=True, aliases=("goal", "goals", "goal ref", "goal reference", "goal nr", "goal no", "goal number", "linked goal", "related goal", "parent goal", "doel", "doelen", "doel id", "doelid", "doelnummer", "hoort bij doel")),
        Column("kpi", "KPI", "KPI", required=True,
               aliases=("kpis", "kpi name", "kpi naam", "indicator", "metric", "measure", "kengetal", "name", "naam",
                        "description", "omschrijving", "kpi description")),
        Column("team", "Team", "Team", aliases=("department", "afdeling")),
        Column("owner", "Owner", "Eigenaar", aliases=("verantwoordelijke", "verantwoordelijk", "responsible", "accountable", "person responsible", "responsible person", "assignee", "assigned to", "who", "wie", "lead", "trekker", "eigenaren", "owners")),
        Column("baseline", "Baseline", "Nulmeting", aliases=("startwaarde", "nulmeting", "uitgangswaarde", "beginwaarde", "huidig", "huidige waarde", "start value", "baseline value")),
        Column("target", "Target", "Streefwaarde", aliases=("doelwaarde", "target value", "goal value", "norm", "streefcijfer", "target figure")),
        Column("actual", "Actual", "Actueel", aliases=("werkelijk", "realisatie", "actuals", "actual value", "current",
                                                       "current value", "realised", "realized", "result", "resultaat",
                                                       "stand", "huidige stand", "huidige waarde")),
        Column("start", "Start", "Start", aliases=("startdatum", "start date", "begin", "begin date", "begindatum", "start datum", "ingangsdatum", "from date")),
        Column("deadline", "Deadline", "Deadline", aliases=("einddatum", "eind datum", "due", "due date", "deadline date", "end", "end date", "target date", "finish date", "completion date", "by when", "uiterlijk", "datum gereed", "opleverdatum", "streefdatum")),
        Column("kind", "Kind", "Soort", aliases=("type", "target type", "norm type")),
        Column("review", "Review", "Evaluatie", aliases=("review rhythm", "review frequency", "frequency", "cadence", "ritme",
                                                         "frequentie", "evaluatiemoment", "reporting frequency")),
        Column("status", "Status", "Status", formula=True),
    ),
    aliases=("kpi", "kpi's"),
)

BUDGETS = SheetSpec(
    "budgets",
    "Budgets",
    "Budget",
    (
        Column("id", "ID", "ID", required=True, distinct=True,
               aliases=("budget id", "line id", "budget line", "budgetregel", "nr", "nr.", "no", "no.", "number", "nummer", "#", "ref", "reference", "referentie", "code")),
        Column("budget_group", "Budget group", "Budgetgroep", required=True, aliases=("group", "groep", "budget category",
                                                                                    "budgetcategorie")),
        Column("campaign", "Campaign", "Campagne", aliases=("activity", "activiteit", "initiative")),
        Column("channel", "Channel", "Kanaal", aliases=("medium",)),
        Column("period", "Period", "Periode", aliases=("month", "maand", "quarter", "kwartaal")),
        Column("goal_id", "Goal ID", "Doel-ID", aliases=("goal", "goals", "goal ref", "goal reference", "goal nr", "goal no", "goal number", "linked goal", "related goal", "parent goal", "doel", "doelen", "doel id", "doelid", "doelnummer", "hoort bij doel")),
        Column("planned", "Planned", "Begroot", required=True,
               aliases=("budget", "gepland", "planned budget", "budgeted", "begroting", "planned spend", "allocated", "toegekend")),
        Column("actual", "Actual", "Besteed", aliases=("spent", "spend", "werkelijk", "actueel", "actual spend", "actual cost",
                                                       "costs", "kosten", "uitgegeven", "realisatie")),
        Column("revenue", "Revenue", "Opbrengst", aliases=("omzet", "return", "income", "inkomsten", "sales", "attributed revenue")),
        Column("roi", "ROI", "ROI", formula=True),
    ),
    aliases=("budgetten", "budget"),
)

SHEETS: tuple[SheetSpec, ...] = (GOALS, KPIS, BUDGETS)
SHEET_BY_KIND = {spec.kind: spec for spec in SHEETS}

HEADER_SCAN_ROWS = 50  # title rows above the header occur; a header lower than this is not one

# Settings: a two-column table (Setting | Value). Keys are matched like headers.
SETTINGS_SHEET = {"en": "Settings", "nl": "Instellingen"}
LISTS_SHEET = {"en": "Lists", "nl": "Lijsten"}
FINDINGS_SHEET = {"en": "Findings", "nl": "Bevindingen"}
# Sheets of the template that hold no goals, KPIs or budgets: never looked at for a header row.
OTHER_TEMPLATE_SHEETS = frozenset({*LISTS_SHEET.values(), *FINDINGS_SHEET.values(), "Dashboard", "xlwings.conf"})


@dataclass(frozen=True)
class Setting:
    """One row of the Settings sheet.

    A ``share`` is a fraction of a whole, as Excel stores a cell formatted as a percentage:
    0.9 is 90 %, 1 is 100 %, 3 is 300 %. Written with its sign ("90%", "90 %") it is a
    percentage. ``most_share`` is the largest share the setting can mean; a bare number above
    it can only be percentage points (a threshold of 90 is 90 %), so it is read as such. A
    setting without ``most_share`` takes any bare number as a share: 6 is 600 %, never 6 %.
    """

    key: str
    en: str
    nl: str
    default: object
    share: bool = False
    most_share: float | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("language", "Language", "Taal", "en"),
    Setting("min_score", "Minimum SMART score", "Minimale SMART-score", 5),
    Setting("max_increase", "Largest realistic increase", "Grootste realistische stijging", 1.0, share=True),
    Setting("max_decrease", "Largest realistic decrease", "Grootste realistische daling", 0.5, share=True, most_share=1.0),
    Setting("on_track", "On track threshold", "Drempel op koers", 0.9, share=True, most_share=1.0),
    Setting("at_risk", "At risk threshold", "Drempel risico", 0.7, share=True, most_share=1.0),
    Setting("as_of", "As-of date", "Peildatum", None),
)
SETTING_BY_KEY = {setting.key: setting for setting in SETTINGS}

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


_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Deadline (dd-mm-yyyy)", "Planned [€]"


def header_label(text: str) -> str:
    """A header as compared: :func:`normalise_label`, less a unit or format in brackets at the
    end, trailing ``:``/``*``/``.``, and with ``-``, ``_`` and ``/`` read as spaces.

    >>> header_label(" Deadline (dd-mm-yyyy): "), header_label("Goal_ID*"), header_label("Doel-ID")
    ('deadline', 'goal id', 'doel id')
    """
    label = normalise_label(text).replace("\u2019", "'")
    label = _UNIT_SUFFIX.sub("", label.rstrip(":*. ")).rstrip(":*. ")
    return " ".join(label.replace("-", " ").replace("_", " ").replace("/", " ").split()) or label


def _header_index() -> dict[str, dict[str, tuple[str, str | None]]]:
    """kind -> header label -> (column key, language it identifies or None if shared)."""
    index: dict[str, dict[str, tuple[str, str | None]]] = {}
    for spec in SHEETS:
        table: dict[str, tuple[str, str | None]] = {}
        for column in spec.columns:
            en, nl = header_label(column.en), header_label(column.nl)
            table[en] = (column.key, None if en == nl else "en")
            table.setdefault(nl, (column.key, "nl"))
        for column in spec.columns:  # the template's own headers first: an alias never takes one
            for alias in column.aliases:
                table.setdefault(header_label(alias), (column.key, None))
        index[spec.kind] = table
    return index


HEADERS = _header_index()

# Words that name a kind of sheet inside longer names ("Goals 2027", "KPI-overzicht",
# "Marketingdoelen", "Budget Q3"); a name that holds words of two kinds names neither.
SHEET_WORDS = {
    "goals": ("goal", "goals", "objective", "objectives", "okr", "okrs", "doel", "doelen", "doelstelling", "doelstellingen"),
    "kpis": ("kpi", "kpis", "kpi's", "kpi’s", "metrics", "kengetallen", "prestatie-indicatoren"),
    "budgets": ("budget", "budgets", "budgetten", "begroting", "begrotingen", "spend"),
}
# What may follow a kind's word inside one word: "Doelenoverzicht", "Budgetplanning", "KPIlijst".
SHEET_NOUN_TAILS = ("overzicht", "overview", "lijst", "list", "plan", "planning", "tabel", "table", "sheet", "tracker", "blad")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def sheet_match(sheet_name: str) -> tuple[str, bool] | None:
    """(kind, exact) for a sheet name: exact for the template's names and their plain aliases,
    not exact for a name that holds one kind's word among others (years, quarters, "plan").

    >>> sheet_match("Doelstellingen"), sheet_match("Goals 2027"), sheet_match("KPI-overzicht Q1")
    (('goals', True), ('goals', False), ('kpis', False))
    >>> sheet_match("Marketingdoelen"), sheet_match("Goals & KPIs"), sheet_match("Notes")
    (('goals', False), None, None)
    """
    wanted = normalise_label(sheet_name)
    for spec in SHEETS:
        if wanted in _EXACT_NAMES[spec.kind]:
            return spec.kind, True
    kinds = {kind for word in _WORD.findall(wanted) for kind in _kinds_of(word)}
    return (kinds.pop(), False) if len(kinds) == 1 else None


def _kinds_of(word: str) -> set[str]:
    found = set()
    for kind, words in SHEET_WORDS.items():
        for name in words:
            if word == name or (len(name) >= 4 and word.endswith(name)) or (
                    word.startswith(name) and word[len(name):] in SHEET_NOUN_TAILS):
                found.add(kind)
    return found


_EXACT_NAMES = {spec.kind: {normalise_label(n) for n in (spec.en, spec.nl, *spec.aliases)} for spec in SHEETS}


def sheet_kind(sheet_name: str) -> str | None:
    """Which kind of sheet a name denotes ("Doelstellingen", "Goals 2027" -> "goals"), or None."""
    match = sheet_match(sheet_name)
    return match[0] if match else None


def expected_sheet_names() -> str:
    return ", ".join(f"{s.en}/{s.nl}" if s.en != s.nl else s.en for s in SHEETS)

# Fills the validator paints (ARGB). Chosen apart from Excel's preset "Bad"/"Neutral" styles so
# that a second run can tell our colours from colours a user set, and replace only ours.
FILL_COLOURS = {"error": "FFF6C9C4", "warning": "FFFCE3A9"}
