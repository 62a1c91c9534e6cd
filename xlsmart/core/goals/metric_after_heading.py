"""Issue 12, class "a category heading over a figure of change": plan tables and KPI lists write
"Impact: 25-35% meer directe calls", "Cost Reduction: 40-60% lagere CPC door optimalisaties",
"Operationele efficiëntie: -20% handmatig werk", "Efficiency: 20% less manual work". The words
before the colon name the category the line belongs to (impact, efficiency, a cost); what moves
is what the figure of change, with its comparative or its sign, counts right after the colon
(DOMAIN.md S: the metric is what the numbers measure). A known metric word in the heading
("impact", "efficiency") used to outscore the unknown phrase after the figure.

The reader takes over only when the metric chosen stands in the heading, so a heading that is
the measure itself with a plain level ("Omzet: € 2 miljoen") or a line whose own phrase was
already found keeps its reading. Gated by a colon near the start: one compiled match per goal
that has one."""

from __future__ import annotations

import re
from typing import Final

from .phrases import MetricPhrase, name_phrase

_COMPARATIVES: Final = ("meer", "minder", "lagere", "hogere", "lager", "hoger", "kortere", "snellere", "more", "less",
                        "fewer", "lower", "higher", "shorter", "faster", "extra")
_FIGURE_AFTER_HEADING: Final = re.compile(
    r"^\W*(?P<head>(?:[^\W\d_][\w'’&./-]*\s+){0,3}[^\W\d_][\w'’&./-]*)\s*:\s*"
    r"(?P<sign>[-+−~≈]?)\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%\s+"
    r"(?:(?P<cmp>" + "|".join(_COMPARATIVES) + r")\s+)?"
    r"(?P<phrase>[^\W\d_][\w'’&/.-]*(?:\s+[^\W\d_][\w'’&/.-]*){0,2})", re.IGNORECASE)

# Words that end the counted phrase: a means, a place, a time or a comparison after it.
_PHRASE_ENDS: Final = frozenset({
    "door", "via", "in", "op", "tegen", "voor", "per", "binnen", "met", "dan", "bij", "na", "en", "tov", "t.o.v.",
    "by", "through", "within", "with", "than", "at", "on", "for", "and", "from", "vs", "versus", "to", "tot",
    "naar", "van", "of", "across", "over", "dankzij", "thanks", "due",
})


def figure_after_heading(text: str, found: MetricPhrase | None) -> MetricPhrase | None:
    """The phrase a figure of change counts right after a line's category heading, when the metric
    ``found`` stands in the heading (or none was found); else ``found``.

    >>> figure_after_heading("Impact: 25-35% meer directe calls", MetricPhrase("impact", None)).words
    'directe calls'
    >>> figure_after_heading("Omzet: 20% van de markt", MetricPhrase("omzet", None)).words
    'omzet'
    """
    matched = _FIGURE_AFTER_HEADING.match(text)
    if matched is None or not (matched["cmp"] or matched["sign"]):
        return found  # ("Omzet: 20% van de markt": a plain share, no change; the heading may be the measure)
    head = matched["head"].lower()
    if found is not None and found.words not in head:
        return found  # (the line's own phrase was found)
    words = []
    for word in matched["phrase"].lower().split():
        if word in _PHRASE_ENDS or len(word.rstrip(".")) < 2:
            break  # ("-20% handmatig werk door …", "+2% t.o.v. vorig jaar": a means or a comparison, no name)
        words.append(word.rstrip("."))
        if word.endswith("."):
            break
    if not words:
        return found
    return name_phrase(tuple(words)) or MetricPhrase(" ".join(words), None)
