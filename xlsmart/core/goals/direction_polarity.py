"""The polarity of a scorecard row: "Average wait time Low 4 minutes", "Delivery rate High 98%".

Issue 12, class "a polarity before the target" (DOMAIN.md S: at most and at least are directions).
Scorecards flattened into text put the KPI's polarity (good is low, good is high) right before its
target figure; "Low 4 minutes" asks for at most four minutes, "High 98%" (and Dutch "Laag", "Hoog") for
at least 98 %. Only right before a figure: "a high delivery rate" says nothing of a target.
"""

from __future__ import annotations

from ..lexicon.directions import AT_LEAST, AT_MOST

POLARITIES = {"low": AT_MOST, "laag": AT_MOST, "high": AT_LEAST, "hoog": AT_LEAST}


def polarity_before_a_figure(words: list[str]) -> str | None:
    """The bound a polarity word right before a figure sets ("Low 4 minutes"), or None."""
    for i in range(len(words) - 1):
        bound = POLARITIES.get(words[i])
        figure = words[i + 1]
        if bound is not None and figure[:1].isdigit() and not (len(figure) == 4 and "1990" <= figure <= "2100"):
            return bound  # (not a year: "a high 2027 season")
    return None
