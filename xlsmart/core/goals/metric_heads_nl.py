"""Dutch noun phrases whose head is not where the plain run of words puts it (issue 12).

``phrases.noun_phrases`` cuts a goal into runs of words that can name something; these Dutch
structures cross those runs, and each is read here as the one noun phrase it is, whatever its words:

- **an infinitive with "te" before its noun** (:func:`te_modified_start`): "het aantal aan te planten
  bomen", "300.000 te bouwen woningen", "het aantal moeilijk te vervullen vacatures", "de nog te
  renoveren woningen". The infinitive describes the noun after it, as an adjective does; the count
  before it ("het aantal", a number) counts that noun. The plain runs stop at "te" and name the
  verb as part of the noun ("planten bomen") or nothing at all.
- **a compound cut short before "en"/"of"** (:func:`coordinated_end`): "wind- en zonneparken",
  "dag- en excursietoerisme", "jongeren- en seniorenleden", "aantrekkings- en belevingswaarde". The
  first part shares the second's head; the plain runs split them at "en" and keep only the first
  part ("wind"), or only the second.
- **adjectives joined before one noun** (:func:`adjectives_joined`): "dierlijke en plantaardige eiwitten",
  "nieuwe of gerenoveerde speeltuinen", "een jonger en diverser publiek", "nieuw of vernieuwd fietspad". The
  first adjective has no noun of its own; the plain runs split at "en" and named the adjective alone.
- **the finite verb in second place** (:func:`verb_in_second_place`): "Het aantal bezoekers neemt in 2027
  toe", "Het ziekteverzuim dringen we terug tot 4%": a Dutch main clause puts its finite verb right after its
  first phrase, and a separable verb's stem (whose particle follows later) or a verb before the subject
  pronoun is that verb, never the phrase's last noun.
- **a share or percentage followed by what it is a share of, without "van"** (:func:`bare_share`):
  "het aandeel duurzame producten", "het aandeel vrouwen in de top", "het percentage werklozen".
  What follows the share is its complement, not a verb (a plural in -en there is "vrouwen", not an
  infinitive), and a share of anything is measured, whatever it is a share of.

The structures of the clause around such a phrase (what restricts a subject, a condition kept, a phrase of
respect, a level) are read in ``metric_clauses_nl.py``.

All of it runs only for a Dutch goal that opens with an article or a count (a subject that may be restricted)
or holds a word of :data:`DUTCH_HEAD_GATE` or "- " (:func:`reads_heads`, set tests on words the goal already
has), and costs about a microsecond a goal there.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..lexicon.directions import SEPARABLE_PARTICLES
from ..lexicon.metric_cues import PARTICLES
from ..lexicon.metrics import metric_for_word
from ..lexicon.word_classes import DETERMINERS, QUANTITY_WORDS
from .metric_clauses_nl import (
    BEFORE_THE_SUBJECT,
    INTENT_VERBS_NL,
    KEPT_GATE,
    LEVEL_NOUNS,
    OPENING_THE_SUBJECT,
    RESPECT_WORDS,
    SHARE_OPENERS,
    SUBJECT_PRONOUNS_NL,
    SUBORDINATORS,
    condition_kept,
    conjoined_subject,
    in_respect_of,
    level_stated,
    object_opening,
    raised_to_a_level,
    restricted_subject,
    subordinate_subject,
)
from .phrases import MetricPhrase, is_number, name_phrase
from .tokens import clean_text, tokenize

# The words before "te" that still belong to the infinitive's group: a separable particle ("aan te
# planten", "af te handelen") or an adverb of how or when ("nog te renoveren", "moeilijk te vervullen").
_BEFORE_TE: Final = frozenset(PARTICLES[1:]) | frozenset({
    "nog", "moeilijk", "makkelijk", "gemakkelijk", "eenvoudig", "lastig", "direct", "zelf", "opnieuw", "jaarlijks",
})
# What may stand before the group so that it describes a noun: an article, a count, "meer"/"extra".
# Infinitives that never describe a noun: modals and verbs of being ("te kunnen zitten", "op 25 procent te zitten").
_NO_ADJECTIVE: Final = frozenset({"kunnen", "moeten", "zullen", "willen", "mogen", "gaan", "laten", "blijven", "zijn",
                                  "worden", "zitten", "staan", "liggen", "komen", "hebben", "krijgen", "houden"})
_BEFORE_THE_GROUP: Final = DETERMINERS | QUANTITY_WORDS | frozenset({"meer", "minder", "extra", "van", "aan", "op"})
# Verbs of arriving at or stopping at a level, whose subject is what reaches it ("Het totaal moet uitkomen op
# 2,4 miljoen", "het percentage blijft steken op 92,8"): the end of the phrase before them.
_ARRIVING: Final = frozenset({"uitkomen", "uitkomt", "landen", "landt", "eindigen", "eindigt", "afklokken", "afklokt",
                              "stranden", "strandt", "steken", "hangen"})
# Every word whose presence lets one of the readers here or in metric_clauses_nl.py look further (the caller's
# set test).
# Units of time whose count is a duration measured ("het aantal dagen tussen bestelling en levering").
_TIME_UNITS: Final = frozenset({"dagen", "werkdagen", "uren", "minuten", "seconden", "weken", "maanden"})
_COUNTS: Final = frozenset({"aantal", "gemiddeld", "gemiddelde"})
DUTCH_HEAD_GATE: Final = SHARE_OPENERS | RESPECT_WORDS | LEVEL_NOUNS | KEPT_GATE | SUBORDINATORS | _ARRIVING | (
    _TIME_UNITS) | {"te", "en", "of"}
_CUT_SHORT: Final = re.compile(r"([^\W\d_][\w]*)- (?:en|of|tot) ")


# Each stem of a separable verb of change, with the particles it goes with ("neemt": toe, af, weg).
_PARTICLES_OF: Final = {stem: frozenset(p for p, (_way, stems) in SEPARABLE_PARTICLES.items() if stem in stems)
                        for _way, stems in SEPARABLE_PARTICLES.values() for stem in stems}

# The words of which one must be in the goal for a verb in second place to end a phrase (the stems of split
# verbs, the verbs of arriving, the subject pronouns after a topicalised object).
_SECOND_PLACE_WORDS: Final = frozenset(_PARTICLES_OF) | _ARRIVING | SUBJECT_PRONOUNS_NL


def verb_in_second_place(words: list[str], end: int) -> bool:
    """Whether the last word of the phrase ending at ``end`` is the finite verb of a Dutch main clause: a
    separable verb's stem whose particle follows within the clause ("Het aantal bezoekers neemt in 2027 toe"),
    or a verb right before the subject pronoun ("Het ziekteverzuim dringen we terug"; not a known metric).

    >>> verb_in_second_place("het aantal bezoekers neemt in 2027 toe".split(), 4)
    True
    """
    last = words[end - 1]
    if last in _ARRIVING:
        return end < len(words) and words[end] in ("op", "tot", "naar", "bij")
    if last in _PARTICLES_OF:
        return not _PARTICLES_OF[last].isdisjoint(words[end:end + 10])
    return end < len(words) and words[end] in SUBJECT_PRONOUNS_NL and metric_for_word(last) is None and (
        last[-2:] in ("en", "rt", "dt", "kt", "pt") or last[-1:] == "t")


_MODALS: Final = frozenset({"zou", "zouden", "zal", "zullen", "moet", "moeten", "kan", "kunnen", "mag", "mogen",
                           "wil", "willen"})
_AFTER_A_CLAUSE_VERB: Final = frozenset({"dat", "om", "zodat", "waardoor", "en", "maar", "of", "omdat"})


def infinitive_after_a_modal(words: list[str], at: int) -> bool:
    """Whether the one word at ``at`` is the infinitive of a modal's clause: after the modal, before a clause
    that follows it or at the end ("Dat zou betekenen dat …", "… moet lukken"), never a noun.

    >>> infinitive_after_a_modal("dat zou betekenen dat sparta meer sponsors krijgt".split(), 2)
    True
    """
    word, after = words[at], words[at + 1] if at + 1 < len(words) else ""
    if word in _ARRIVING:  # ("het percentage blijft steken op 92,8")
        return after in ("", "op", "tot", "naar")
    return word[-2:] == "en" and words[at - 1] in _MODALS and (after == "" or after in _AFTER_A_CLAUSE_VERB)


def _before_the_verb(words: list[str], start: int, end: int, names: dict[tuple[int, int], MetricPhrase],
                     floors: dict[tuple[int, int], int]) -> int:
    """Where the phrase ``words[start:end]`` ends before the finite verb in second place (:func:`verb_in_second_place`),
    with its name, and its floor where a split verb of change or a verb of arriving follows it as the clause's
    opening phrase ("Het verzuim brengen we terug", "Het ledental blijft steken op 800")."""
    if end - start > 1 and verb_in_second_place(words, end):
        end -= 1
        if (named := name_phrase(tuple(words[start:end]))) is not None:
            names[(start, end)] = named  # ("Het aantal bezoekers | neemt … toe")
    if end < len(words) and (words[end] in _PARTICLES_OF or not _ARRIVING.isdisjoint(words[end:end + 3])) and (
            _changes_or_arrives(words, end)) and all(word in BEFORE_THE_SUBJECT for word in words[:start]):
        floors[(start, end)] = 3
    return end


def _changes_or_arrives(words: list[str], end: int) -> bool:
    """Whether a split verb of change with no object of its own ("brengen we … terug", "neemt … toe") or a verb
    of arriving with its "op"/"tot" ("blijft steken op", "moet uitkomen op") follows the phrase that ends at
    ``end``."""
    if words[end] in _PARTICLES_OF:
        # (with an object of its own the phrase before the verb is who acts: "De fabriek voert de productie op")
        particle = next((k for k in range(end + 1, min(end + 11, len(words))) if words[k] in _PARTICLES_OF[words[end]]),
                        None)
        return particle is not None and DETERMINERS.isdisjoint(words[end + 1:particle])
    at = next(k for k in range(end, min(end + 3, len(words))) if words[k] in _ARRIVING)
    # (after a verb of intent the phrase is who acts: "Het bedrijf wil uitkomen op 300 winkels")
    return verb_in_second_place(words, at + 1) and INTENT_VERBS_NL.isdisjoint(words[end:at])


def te_modified_start(tokens, words: list[str], used: list[bool], start: int, end: int) -> int | None:
    """Where the phrase ``words[start:end]`` begins when an infinitive with "te" describes its noun
    ("het aantal aan te planten bomen": the group "aan te planten" before "bomen"), or None.

    The phrase may start at its noun (the infinitive was no part of it) or at the infinitive.

    >>> words = "het aantal aan te planten bomen".split()
    >>> te_modified_start([("word", w, None) for w in words], words, [False] * 6, 5, 6)
    2
    """
    if start > 0 and words[start - 1][-2:] == "en" and start > 1 and words[start - 2] == "te":
        te = start - 2  # (the run starts at the noun: "planten" was read as a verb)
    elif end - start >= 2 and words[start][-2:] == "en" and start > 0 and words[start - 1] == "te":
        te = start - 1  # (the run took the infinitive in: "verwerken orders")
    else:
        return None
    if words[te + 1] in _NO_ADJECTIVE:
        return None
    first = te - (te > 0 and words[te - 1] in _BEFORE_TE)
    before = first - 1
    if before < 0 or not (words[before] in _BEFORE_THE_GROUP or is_number(tokens, used, before)):
        return None  # ("om de omzet te verhogen", "we hopen te groeien": a verb, no noun after it)
    return first


def te_modified(tokens, words: list[str], used: list[bool], start: int, end: int) -> tuple[int, MetricPhrase] | None:
    """The phrase at ``words[start:end]`` with the infinitive group that describes its noun, and
    where it begins; None when there is none or the noun names nothing."""
    first = te_modified_start(tokens, words, used, start, end)
    if first is None:
        return None
    noun = start + (words[start - 1] == "te")  # (past the infinitive when the run took it in)
    named = name_phrase(tuple(words[noun:end]))
    if named is None and not (words[first - 1] in QUANTITY_WORDS or is_number(tokens, used, first - 1)):
        return None  # (a count of it is measured whatever it is: "het aantal te nemen drempels")
    return first, MetricPhrase(" ".join(words[first:end]), named.known if named else None)


def cut_short_words(text: str) -> frozenset[str]:
    """The words the text writes cut short before "en"/"of" ("wind- en zonneparken": "wind")."""
    return frozenset(found.lower() for found in _CUT_SHORT.findall(text))


def coordinated_end(spans: list[tuple[int, int]], words: list[str], at: int, cut_short: frozenset[str]
                    ) -> tuple[int, MetricPhrase] | None:
    """Where the phrase ``spans[at]`` ends when its last word is a compound cut short before "en"/"of"
    and the next span completes it ("wind- en zonneparken"), with the phrase it names; else None.

    >>> words = "alle wind en zonneparken moeten".split()
    >>> coordinated_end([(1, 2), (3, 4)], words, 0, frozenset({"wind"}))
    (4, MetricPhrase(words='wind- en zonneparken', known=None))
    """
    start, end = spans[at]
    if at + 1 >= len(spans) or words[end - 1] not in cut_short or end + 1 >= len(words) or (
            spans[at + 1][0] != end + 1 or words[end] not in ("en", "of", "tot")):
        return None
    second_start, second_end = spans[at + 1]
    named = name_phrase(tuple(words[second_start:second_end]))
    if named is None:
        return None
    first = " ".join(words[start:end])
    return second_end, MetricPhrase(f"{first}- {words[end]} {' '.join(words[second_start:second_end])}", named.known)


def cut_short_before(words: list[str], start: int, end: int, cut_short: frozenset[str], free_from: int
                     ) -> tuple[int, MetricPhrase] | None:
    """The phrase ``words[start:end]`` widened to a compound cut short before its "en"/"of" that is no phrase
    itself ("de groei van dag- en excursietoerisme", "de in- en uitstroom": a time word, a preposition), with
    where it begins; else None. ``free_from``: where the previous phrase ended.

    >>> cut_short_before("de in en uitstroom".split(), 3, 4, frozenset({"in"}), 0)
    (1, MetricPhrase(words='in- en uitstroom', known=None))
    """
    if start < 2 or words[start - 1] not in ("en", "of") or words[start - 2] not in cut_short or free_from > start - 2:
        return None
    named = name_phrase(tuple(words[start:end]))
    if named is None:
        return None
    return start - 2, MetricPhrase(f"{words[start - 2]}- {' '.join(words[start - 1:end])}", named.known)


def adjectives_joined(spans: list[tuple[int, int]], words: list[str], at: int) -> tuple[int, MetricPhrase] | None:
    """Where the phrase ``spans[at]`` ends when it is one adjective that "en"/"of" joins to the adjective
    opening the next span, before the noun both describe ("dierlijke en plantaardige eiwitten"), with the
    phrase it names; else None. Both adjectives are inflected alike ("-e", comparatives in "-er"), or the
    second is a participle after a bare first ("nieuw of vernieuwd fietspad"); a noun is neither
    ("omzet en nieuwe klanten", "leads en nieuwe klanten" stay two phrases).

    >>> adjectives_joined([(1, 2), (3, 5)], "het dierlijke en plantaardige eiwit".split(), 0)
    (5, MetricPhrase(words='dierlijke en plantaardige eiwit', known=None))
    """
    start, end = spans[at]
    if at + 1 >= len(spans) or spans[at + 1][0] != end + 1 or spans[at + 1][1] - spans[at + 1][0] < 2:
        return None
    first, second = words[end - 1], words[end + 1]  # (the first may follow a share: "aandeel dierlijke en …")
    alike = (first[-1:] == "e" and second[-1:] == "e") or (first[-2:] == "er" and second[-2:] == "er") or (
        first[-1:] not in "esn" and second[-1:] in "dt" and len(second) > 5)
    if not alike or metric_for_word(first) is not None:
        return None
    named = name_phrase(tuple(words[end + 1:spans[at + 1][1]]))
    if named is None:
        return None
    return spans[at + 1][1], MetricPhrase(" ".join(words[start:spans[at + 1][1]]), named.known)


def bare_share(words: list[str], start: int, end: int, named: MetricPhrase | None) -> MetricPhrase | None:
    """The share at ``words[start]`` with what it is a share of right after it ("het aandeel duurzame
    producten", "het aandeel vrouwen"), where the plain reading names the share alone or nothing.

    >>> bare_share("het aandeel vrouwen in de top".split(), 1, 3, None).words
    'aandeel vrouwen'
    """
    if end - start < 2 or words[start] not in SHARE_OPENERS or (
            named is not None and named.words != words[start]):
        return named  # ("het aandeel terugkerende klanten": the customers name it already)
    return MetricPhrase(" ".join(words[start:min(end, start + 4)]), metric_for_word(words[start]))



class DutchReading(NamedTuple):  # (a tuple: made once a Dutch goal, a frozen dataclass costs microseconds)
    """What :func:`dutch_phrases` read: the phrases, what the widened ones name, the places where no phrase of
    the goal's metric starts, and the least each phrase read here scores (as "het aantal X" earns 3, the
    object of a verb of change 6; the plain cues miss them)."""

    spans: list[tuple[int, int]]
    names: dict[tuple[int, int], MetricPhrase]
    skipped: frozenset[int]
    floors: dict[tuple[int, int], int]


def dutch_phrases(tokens, words: list[str], used: list[bool], spans, text: str, present: frozenset[str] | set[str]
                  ) -> DutchReading:
    """``spans`` (from ``noun_phrases``) with the infinitive groups, cut-short compounds and joined adjectives
    read into the phrases they belong to, what each names, where a clause that restricts the opening subject
    (:func:`restricted_subject`), a condition kept (:func:`condition_kept`) or a level (:func:`raised_to_a_level`)
    stands, and the floors of the phrases these make the metric (``present``: the goal's words of
    :data:`DUTCH_HEAD_GATE`)."""
    spans = list(spans)
    te = "te" in present
    counting = not _TIME_UNITS.isdisjoint(present)
    shares = not SHARE_OPENERS.isdisjoint(present)
    respect = not RESPECT_WORDS.isdisjoint(present)
    cut_short = cut_short_words(text) if "- " in text else frozenset()
    verbs = set(words)  # (what the per-phrase readers below need, one set a goal)
    second = not verbs.isdisjoint(_SECOND_PLACE_WORDS)  # (a split stem, a verb of arriving, a subject pronoun)
    modal = not verbs.isdisjoint(_MODALS) or not verbs.isdisjoint(_ARRIVING)
    joined: dict[tuple[int, int], MetricPhrase] = {}
    floors: dict[tuple[int, int], int] = {}
    out: list[tuple[int, int]] = []
    at = 0
    while at < len(spans):
        start, end = spans[at]
        end = _before_the_verb(words, start, end, joined, floors) if second else end
        if counting and words[end - 1] in _COUNTS and end < len(words) and words[end] in _TIME_UNITS and not used[end]:
            end += 1  # ("het aantal dagen tussen bestelling en levering": a count of days is a duration measured)
            if at + 1 < len(spans) and spans[at + 1][0] == end:
                at, end = at + 1, spans[at + 1][1]  # ("het aantal dagen ziekteverzuim per medewerker")
            joined[(start, end)], floors[(start, end)] = MetricPhrase(" ".join(words[start:end]), None), 3
        if te and (widened := te_modified(tokens, words, used, start, end)) is not None:
            start, joined[(widened[0], end)] = widened
            if words[start - 1] in QUANTITY_WORDS or is_number(tokens, used, start - 1):
                floors[(start, end)] = 3  # ("het aantal aan te planten bomen": what the count counts)
        if cut_short and (widened := cut_short_before(words, start, end, cut_short, out[-1][1] if out else 0)):
            start, joined[(widened[0], end)] = widened
        coordinated = coordinated_end(spans, words, at, cut_short) if cut_short else None
        if coordinated is None and end < len(words) and words[end] in ("en", "of"):
            coordinated = adjectives_joined(spans, words, at)
        if coordinated is not None:
            end, joined[(start, coordinated[0])] = coordinated
            at += 1
        if respect and end - start > 1 and words[start] == "betreft" and start and words[start - 1] == "wat":
            start += 1  # ("wat betreft klanttevredenheid": the verb of the phrase of respect)
        if respect and (start, end) not in joined and in_respect_of(words, start):
            named = name_phrase(tuple(words[start:end]))
            if named is not None:
                joined[(start, end)], floors[(start, end)] = named, 6  # (what the goal is measured in)
        if shares and words[start] in SHARE_OPENERS and end - start > 1:
            share = joined.get((start, end)) or bare_share(words, start, end, name_phrase(tuple(words[start:end])))
            if share is not None:
                joined[(start, end)], floors[(start, end)] = share, 3  # (what it is a share of is counted)
        if modal and end - start == 1 and start and infinitive_after_a_modal(words, start):
            at += 1
            continue  # ("Dat zou betekenen dat …": the verb of the clause, no phrase)
        out.append((start, end))
        at += 1
    return DutchReading(out, joined, _clause_places(tokens, words, used, text, out, joined, floors, present), floors)


def _clause_places(tokens, words: list[str], used: list[bool], text: str, spans: list[tuple[int, int]],
                   names: dict[tuple[int, int], MetricPhrase], floors: dict[tuple[int, int], int],
                   present: frozenset[str] | set[str]) -> frozenset[int]:
    """Where no phrase of the goal's metric starts (a clause that restricts the opening subject, a condition
    kept, what stands before a level), with the floors and names of the subject or object these make the
    metric added to ``floors`` and ``names``."""
    opening = len(tokenize(clean_text(text[:text.index(": ")]))) if ": " in text else 0  # (past a heading)
    restricted = restricted_subject(words, spans, opening)
    if restricted is None and (infinitive := object_opening(words)) is not None:
        opening, restricted = infinitive, restricted_subject(words, spans, infinitive, used)  # (an object)
    kept = condition_kept(words, spans) if not KEPT_GATE.isdisjoint(present) else None
    subject = subordinate_subject(tokens, words, used, spans) if not SUBORDINATORS.isdisjoint(present) else None
    if subject is None and "en" in present and not SUBORDINATORS.isdisjoint(present):
        joint = conjoined_subject(words, spans)  # ("dat X wordt gestopt en de populatie weer kan groeien")
        subject = None if joint is None else (joint, -1)
    if subject is not None:
        floors[spans[subject[0]]] = max(floors.get(spans[subject[0]], 0), 3)  # ("dat … het ledental 500 zal bedragen")
        kept = kept or ((spans[subject[1]][0] - 1, len(words)) if subject[1] >= 0 else None)  # (its verb: no metric)
    raised = raised_to_a_level(words, spans) if not LEVEL_NOUNS.isdisjoint(present) else None
    if raised is not None:
        floors[spans[raised[0]]] = 6  # (the object raised to a level: as a verb of change's object)
        kept = kept or (spans[raised[0]][1] - 1, raised[1] + 1)  # (the level and what stands before it: no metric)
    if restricted is not None and level_stated(words, restricted[1]):
        first = next(span for span in spans if span[0] >= opening)
        names.setdefault(first, name_phrase(tuple(words[first[0]:first[1]])) or MetricPhrase(
            " ".join(words[first[0]:first[1]]), metric_for_word(words[first[0]])))  # (the subject: a share)
        floors[first] = max(floors.get(first, 0), 3)
    return frozenset(k for region in (restricted, kept) if region is not None for k in range(region[0] + 1, region[1]))


def reads_heads(words: list[str], present: frozenset[str] | set[str], text: str) -> bool:
    """Whether a Dutch goal may hold one of the structures read here (``present``: its words of
    :data:`DUTCH_HEAD_GATE`): "te", a share, a condition kept, a compound cut short, or a subject opening it."""
    return not DUTCH_HEAD_GATE.isdisjoint(present) or "- " in text or (bool(words) and words[0] in OPENING_THE_SUBJECT)
