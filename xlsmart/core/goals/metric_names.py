"""Whether a phrase the metric reader found is a name: a place, person or organisation (issue 12).

``metrics.py`` scores every noun phrase by the cues around it; a phrase that stands where a name does and is
written with capitals inside the sentence is who acts or where, never what is measured: "werft het Rode Kruis
nieuwe leden", "a massive expansion in India", "Quang Ninh targets 16 million tourists", "in Amsterdam maximaal 20
miljoen overnachtingen". Read only for a phrase that scored as a metric and is unknown to the lexicon.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.metric_cues import PLACE_LINKS
from ..lexicon.owners import INTENT_VERBS, INVERTING_VERBS
from ..lexicon.word_classes import DETERMINERS

# A person's title before the name ("schat bestuurder Wim Boomkamp", "said CEO Anil Chadha").
TITLES: Final = frozenset({"bestuurder", "directeur", "directrice", "ceo", "cfo", "coo", "cmo", "topman", "topvrouw",
                     "voorzitter", "woordvoerder", "woordvoerster", "wethouder", "burgemeester", "minister", "manager",
                     "director", "chairman", "chairwoman", "chair", "president", "spokesman", "spokeswoman",
                     "spokesperson", "founder", "oprichter", "eigenaar", "owner", "coach", "trainer", "hoofd", "head",
                     "chief", "analist", "analyst", "econoom", "economist", "professor", "hoogleraar", "dr"})

_CAPITALISED: Final = re.compile(r"(?<![.!?:;\"“‘(]\s)(?<![.!?:;\"“‘(])(?<=\s)[A-Z][\w'’-]*")


def _after_a_verb(words: list[str], directions: dict[str, str], start: int) -> bool:
    """Whether a Dutch finite verb stands just before the phrase (determiners aside): inversion."""
    i = start - 1
    while i >= 0 and words[i] in DETERMINERS:
        i -= 1
    return i >= 0 and (words[i] in INVERTING_VERBS or (words[i] in directions and words[i].endswith("t")))


def may_be_a_name(tokens, words: list[str], directions: dict[str, str], start: int, end: int, lang: str) -> bool:
    """Whether the phrase stands where a name does: a Dutch subject after its verb ("werft het
    Rode Kruis"), a place after "in" ("expansion in India", "in Amsterdam"), a person after a title ("schat bestuurder
    Wim Boomkamp", "said CEO Anil Chadha"), or a subject before
    its verb ("Quang Ninh targets 16 million tourists"). A counted name ("1 miljoen Vlamingen")
    and a word with a digit ("CO2-uitstoot") are measured, never names."""
    before = start - 1
    while before >= 0 and words[before] in DETERMINERS:
        before -= 1
    if before >= 0 and tokens[before][0] in ("num", "range"):
        return False
    placed = ((lang == "nl" and _after_a_verb(words, directions, start))
              or (before >= 0 and (words[before] in PLACE_LINKS or words[before] in TITLES))
              or (end < len(words) and (words[end] in INTENT_VERBS or words[end] in directions)))
    return placed and all(word.replace("-", "").isalpha() for word in words[start:end])


def names_in(text: str) -> frozenset[str]:
    """Lower-cased words written with a capital inside a sentence (never its first word): names."""
    found = [match.group(0) for match in _CAPITALISED.finditer(text)]
    if len(found) * 2 > text.count(" "):
        return frozenset()  # "Double Your Calls from Google Maps": a headline capitalises every word
    # (a compound of a capitalised first part and a common noun, "OV-gebruik", "KNVB-competities", is no name)
    return frozenset(word.lower().rstrip("'’") for word in found if not word.isupper() and not (
        word.rpartition("-")[2][:1].islower()))


def titled_person(words: list[str], start: int, end: int, named: str) -> bool:
    """Issue 12, class "a person after a title": whether the phrase at ``words[start:end]``, named
    ``named``, is the name right after a person's title ("schat bestuurder Wim Boomkamp", "said CEO
    Anil Chadha", "zegt topman Jan Smit"): who speaks, never what is measured. Called only for a
    phrase with one of :data:`TITLES` in it or just before it."""
    name = named.split()
    k = end - len(name)
    return k > 0 and words[k:end] == name and words[k - 1] in TITLES
