"""What a goal measures: a noun phrase found from the sentence, then what is known about it.

A goal may measure anything ("email list", "sessieduur", "win rate"), so the metric is never a
word looked up in a closed list. It is the noun phrase the sentence points at: the object of a
direction verb ("increase X", "X verhogen", "shorten X"), the noun a count or a change attaches
to ("generate 200 leads", "X from A to B", "het aantal X", "20% of X"). Only then does the
lexicon say what it knows about the phrase's head (better up or down, vanity), and a
phrase it does not know is still the metric.

Every phrase is scored by the cues around it and the best one wins; a phrase without any cue
(a noun that just happens to be there) is no metric. All of it is set look-ups over tokens
that ``goals/tokens.py`` made, so it costs a few microseconds a goal. The word tables are in
``lexicon/metric_cues.py``.
"""

from __future__ import annotations

from ..lexicon.directions import DUTCH_DIRECTION_WORDS
from ..lexicon.metric_cues import (
    BEFORE_A_NUMBER,
    CHANGE_ENDS,
    CHANGE_TAILS,
    CONCESSIVE,
    COUNT_NOUNS,
    DEGREE_WORDS,
    DEMONSTRATIVES,
    DOMAIN_ADJECTIVE_TAILS,
    DUTCH_MODALS,
    GROWTHS,
    IDIOMATIC_NOUNS,
    MEASURE_OF,
    MEASURE_UNITS,
    MONEY_VERBS,
    MUST,
    OF,
    PLACE_LINKS,
    PREPOSITIONS,
    SHARES,
    TIME_WORDS,
    VAGUE_COUNTS,
    WORK_PARTICIPLES,
)
from ..lexicon.owners import INTENT_VERBS
from ..lexicon.word_classes import (
    CHANGE_NOUNS,
    COUNT_QUALIFIERS,
    DETERMINERS,
    PHRASE_BREAKS,
    UNIT_WORDS,
)
from .cues import booked, clause_opening, comparative_verb, direction_later, phrase_cues
from .metric_clauses import (
    COMPLEMENT_OPENERS,
    PURPOSE_GATE,
    TIME_LEAD,
    counted_scope,
    goal_clause,
    opening_after_a_time,
    split_at_commas,
    subject_past_its_complement,
)
from .metric_frames import FRAME_WORDS, framed, heading_named, label_prefix_end, what_is_counted
from .metric_heads_nl import DUTCH_HEAD_GATE, dutch_phrases, reads_heads
from .metric_means_en import from_to_points
from .metric_names import TITLES, may_be_a_name, names_in, titled_person
from .metric_places import (
    HEADING_LABELS,
    PLACING,
    RELATIVE_GATE,
    STRUCTURE_WORDS,
    changed_by_degree,
    counted_by_er,
    headed,
    heading_end,
    placed_points,
    relative_change_points,
    structure_points,
)
from .metric_reported_en import SAYING, reported_clause, wished_of
from .metric_shapes import (
    SHAPE_HINTS,
    SIDE_CLAUSES,
    WORDED_BRACKET,
    amount_named,
    lost_or_lessened,
    main_clause,
    money_at,
    money_named,
    never_the_metric,
    outside_brackets,
    shape_points,
    shapes_of,
    stands_alone,
)
from .phrases import MetricPhrase, content_flags, is_number, name_phrase, noun_phrases


def find_metric(tokens, words: list[str], used: list[bool], directions: dict[str, str],
                lang: str = "en", text: str = "") -> MetricPhrase | None:
    """The metric a goal's tokens name, or None when the goal names none.

    ``directions`` maps each word that names a direction to it (``WORD_DIRECTIONS``);
    ``used`` marks tokens that a date or period took.

    An aside in brackets is read as if it were not there (issue 12, class "an aside in brackets":
    "Nieuwe omzet (nieuwe klanten, cross- en upsell) wordt …", "activation rate (users completing
    setup) from 60% to 75%", "klanttevredenheidsscore (NPS)"): what it explains or abbreviates is
    named outside it. When the goal names nothing outside its brackets, or its only figures stand
    in them, they are read too.

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("grow our email list from 2,000 to 3,000")
    >>> words = [t[1] for t in tokens]
    >>> find_metric(tokens, words, [False] * len(words), WORD_DIRECTIONS).words
    'email list'
    """
    outside = outside_brackets(tokens, words, text) if "(" in text and WORDED_BRACKET.search(text) else None
    # (most goals have no brackets, and most brackets hold no word: "(#12)", "(2)")
    if outside is not None:
        found = _find_metric([tokens[k] for k in outside], [words[k] for k in outside],
                             [used[k] for k in outside], directions, lang, text)
        if found is not None:
            return found
    # "The minister said bus ridership will increase by 15%": the reported clause, as if its lead were not there
    reported = reported_clause(words, text) if lang == "en" and not SAYING.isdisjoint(words[1:13]) else None
    found = _find_metric(tokens[reported:], words[reported:], used[reported:], directions, lang, text) if reported else None
    return found or _find_metric(tokens, words, used, directions, lang, text)


def _find_metric(tokens, words: list[str], used: list[bool], directions: dict[str, str], lang: str,
                 text: str) -> MetricPhrase | None:
    """:func:`find_metric` on the words as given."""
    best: tuple[int, int, MetricPhrase] | None = None
    flags = content_flags(tokens, words, used, directions)
    first = True
    names: frozenset[str] | None = None  # the words the text capitalises mid-sentence, found when needed
    seen: list[tuple[int, int, MetricPhrase]] = []  # the phrases named so far, which "dat aantal" may point back to
    opening: int | None = None  # where the clause's first content word stands, found when needed
    timed = 0  # where it stands past a date or period that opens the sentence, found with it
    unit: tuple[int, int, MetricPhrase] | None = None  # a number's unit alone, the metric if nothing else is
    present = _GATE_WORDS.intersection(words)  # (the gate words below the goal holds, one pass over its words)
    concessive = not CONCESSIVE.isdisjoint(present)  # (most goals concede nothing: no word to look back for)
    shaped = not SHAPE_HINTS.isdisjoint(present)  # (most goals: only a direction word after a phrase gives points)
    shapes = shapes_of(words) if shaped else (False, None)  # (what the shapes of metric_shapes.py need, once a goal)
    english = lang == "en"
    apostrophe = english and ("'" in text or "’" in text)  # (a possessive needs one: most goals have none)
    placing = not PLACING.isdisjoint(present)  # (placed_points reads a phrase after one of these words only)
    structured = not STRUCTURE_WORDS.isdisjoint(present)  # (what structure_points looks for: of/van, by/door, per)
    closing = not english and len(words) > 3 and words[-1] in DUTCH_DIRECTION_WORDS  # (a Dutch verb of change last)
    aside: tuple[int, int, MetricPhrase] | None = None  # the best phrase of a side clause
    degree = not DEGREE_WORDS.isdisjoint(present)  # ("will drop a little": a degree after a verb of change)
    heading = heading_end(words, text) if text and not HEADING_LABELS.isdisjoint(present) else -1  # ("X - Target: 5")
    prefix = label_prefix_end(words, text) if ":" in text else 0  # ("SMART goal: …", "Verkoopdoel: …")
    side = (prefix, len(words)) if SIDE_CLAUSES.isdisjoint(present) else main_clause(words, text)  # (most: one set test)
    side = side if not prefix and PURPOSE_GATE.isdisjoint(present) else goal_clause(
        tokens, words, used, directions, side, prefix)  # (past a label that opens the line, before a purpose)
    spans = noun_phrases(words, used, flags, english)
    dutch = dutch_phrases(tokens, words, used, spans, text, present) if not english and reads_heads(
        words, present, text) else None  # ("het aandeel X", "te", "De X van Y moet": metric_heads_nl.py)
    spans = dutch.spans if dutch else spans
    for start, end in spans if ", " not in text else split_at_commas(spans, words, text):
        if (concessive and conceded(words, directions, start)) or (dutch and start in dutch.skipped):
            continue  # "Ondanks de groei van het inwonersaantal, …", "Het aandeel X dat Y …": not the goal's metric
        named, pointed_back = (dutch.names.get((start, end)) if dutch else None) or name_phrase(tuple(words[start:end])), False
        if named is None:  # (most phrases name something themselves, a cached look-up)
            named, pointed_back = _named_otherwise(tokens, words, used, start, end, seen)
        before_word = words[start - 1 - (start > 1 and words[start - 1] in DETERMINERS)] if placing and start else ""
        after = words[end] if end < len(words) else ""  # (the tests below on the words around a phrase
        before = words[start - 2] if start > 1 else ""  # are set look-ups: most phrases pass them all)
        if named is None or after in WORK_PARTICIPLES or ((end - start == 1 or apostrophe or after == "to" or words[
                end - 1] in IDIOMATIC_NOUNS or (start and words[start - 1] == "to")) and never_the_metric(
                tokens, words, used, flags, directions, start, end, english, named.known is None)):
            continue  # ("the number of kiosks installed in our stores": work done, issue 12; "the company's
            # plan", "divert 80% of waste": a possessive, the verb of a count)
        seen.append((start, end, named))
        if lang == "nl" and end - start == 1 and named.known is None and _a_dutch_verb(words, start):
            continue
        if opening is None:
            opening = clause_opening(words)
            timed = opening_after_a_time(words, used, opening) if opening < len(words) and (
                used[opening] or words[opening] in TIME_LEAD) else opening  # ("By 2027, the X for Y will …")
        opens_at = _clause_opening_at(words, start, opening) if before in _SUBORDINATORS or (
            words[start - 1] in _SUBORDINATORS) else opening
        score = phrase_cues(tokens, words, used, directions, flags, start, end, english, opens_at) + (
            3 if named.known is not None else 0) + _own_cues(words, directions, end, pointed_back,
                                                             closing and start <= opens_at, degree) + (
            placed_points(tokens, words, used, flags, directions, start, end, english) if before_word in PLACING else 0) + (
            shape_points(tokens, words, used, directions, start, end, start <= opens_at, shapes)
            if shaped or after in directions else 0) + (
            _level_stated(tokens, words, used, flags, start, end, opens_at) if after in _STATING or (
                before in _BEFORE_THE_SUBJECT) else 0) + (
            subject_past_its_complement(tokens, words, used, flags, directions, end)
            if after in COMPLEMENT_OPENERS and (start <= opens_at or start <= timed) else 0) - (
            3 if start > 2 and tokens[start - 1][2] is not None and counted_scope(tokens, words, start) else 0)  # (scope)
        score = score if end != heading else headed(score, start, opens_at)  # ("Bounce rate - Target: <60%")
        score -= structure_points(tokens, words, used, flags, start, end) if score >= 3 and structured else 0
        score += from_to_points(tokens, words, used, flags, start, end) if after == "from" and english and score >= 3 else 0
        score = max(score, dutch.floors.get((start, end), 0)) if dutch and score > -5 else score
        if score >= 3 and named.known is None and text and may_be_a_name(tokens, words, directions, start, end, lang):
            if names is None:
                names = names_in(text)
            if all(word in names for word in words[start:end]):
                # A place, person or organisation is who acts or where, never what is measured:
                # "werft het Rode Kruis nieuwe leden", "a massive expansion in India", "Quang Ninh
                # targets 16 million tourists", "in Amsterdam maximaal 20 miljoen overnachtingen".
                score -= 4
        score -= 100 * (score >= 3 and named.known is None and not TITLES.isdisjoint(words[max(0, start - 1):end])
                        and titled_person(words, start, end, named.words))  # ("…, schat bestuurder Wim Boomkamp")
        if score >= 3 and end - start == 1 and words[start] in MEASURE_UNITS and is_number(tokens, used, start - 1):
            # "met 5 megaton omlaag": the unit of a number says how much; what it measures is named
            # elsewhere, and the unit is the metric only when nothing else is ("55 TWh opwekken")
            unit = unit or (score, start, named)
            continue
        if score >= 3:
            named = _with_growth(words, end, named) if after in GROWTHS else named
            # "Sales goal: close 30 deals", "Key Result 1: ensure that …": the line's label (outside the main
            # clause) names its metric only where the rest of the line names none ("Revenue goal: $5M")
            score -= 100 * (start < prefix)
            if not side[0] <= start < side[1]:
                # "Om de doelstelling … te halen, wil X dat …": a purpose's metric is the goal's only where
                # the goal's own clause names none as strongly; "… while keeping churn below 5%": a condition
                # kept only where it names none at all
                score = score if start < side[0] else score - 100
                aside = aside if aside is not None and aside[0] >= score else (score, start, named)
                continue
            if first:
                score += 1  # of two metrics named alike, the goal is about the first
                first = False
            if best is None or score > best[0]:
                best = (score, start, named)
    return _the_metric(tokens, words, used, flags, best or unit, aside, seen, text)


def _the_metric(tokens, words: list[str], used: list[bool], flags: list[bool], best: tuple[int, int, MetricPhrase] | None,
                aside: tuple[int, int, MetricPhrase] | None, seen: list[tuple[int, int, MetricPhrase]],
                text: str = "") -> MetricPhrase | None:
    """The metric from the best phrase of the main clause and of a side clause: as measured, in its frame."""
    chosen = (best if aside is None else _main_or_aside(best, aside)) or (
        None if "er" not in words else counted_by_er(tokens, words, used, seen))
    found = _as_measured(tokens, words, used, chosen)
    counted = what_is_counted(tokens, words, flags, chosen, found)  # ("een bedrag van … aan X", "measured in X")
    if counted is not found:
        return counted
    if found is None and text:
        return heading_named(words, text)  # ("Time to first success: Reduce from 45 min to under 20 min")
    if found is not None and chosen is not None and found is chosen[2] and (
            words[chosen[1]] in FRAME_WORDS or words[chosen[1] - 1] in FRAME_WORDS or words[chosen[1]][-2:] == "'s"):
        return framed(words, flags, chosen[1], found)  # ("share" of what, "average number of" what)
    return found


def _with_growth(words: list[str], end: int, named: MetricPhrase) -> MetricPhrase:
    """A known metric with "growth" after it names its growth: "revenue growth", "omzetgroei"."""
    if end < len(words) and words[end] in ("growth", "groei") and named.known is not None:
        return MetricPhrase(f"{named.words} {words[end]}", named.known)
    return named


def _main_or_aside(best: tuple[int, int, MetricPhrase] | None, aside: tuple[int, int, MetricPhrase] | None
                   ) -> tuple[int, int, MetricPhrase] | None:
    """The main clause's metric, unless a side clause names one more strongly (or the main clause none):
    "Om de uitval te verminderen hebben hogescholen programma's ontwikkeld" is about the uitval."""
    return best if aside is None or (best is not None and best[0] >= aside[0]) else aside


# Every word whose presence :func:`_find_metric` tests before it reads a phrase.
_GATE_WORDS = (CONCESSIVE | SHAPE_HINTS | PLACING | STRUCTURE_WORDS | DEGREE_WORDS | HEADING_LABELS | SIDE_CLAUSES
               | PURPOSE_GATE | DUTCH_HEAD_GATE)

# Words that open a clause of their own, whose subject may be what changes.
_SUBORDINATORS = frozenset({"dat", "zodat", "waardoor", "that"})
_BEFORE_THE_SUBJECT = MUST | _SUBORDINATORS  # "moet de X …", "dat de X …": a subject with its verb last


def _clause_opening_at(words: list[str], start: int, opening: int) -> int:
    """Where the clause of the phrase at ``start`` opens, for the phrase as a subject: the goal's
    first clause, or a clause a subordinator opens right before it (issue 12, class "the subject of
    a clause that changes itself": "zorgen dat de populatie weer kan groeien", "we want it so that
    our churn will drop below 3%")."""
    k = start - 1
    if k >= 0 and words[k] in DETERMINERS:
        k -= 1
    return start if k >= 0 and words[k] in _SUBORDINATORS else opening


def _named_otherwise(tokens, words: list[str], used: list[bool], start: int, end: int,
                     seen: list[tuple[int, int, MetricPhrase]]) -> tuple[MetricPhrase | None, bool]:
    """What the phrase at ``words[start:end]`` names when it names nothing itself, and whether it
    points back to a count said before ("dat aantal"): a share of anything, a domain's change."""
    named = None
    if _share_of(tokens, words, used, start):
        # "95% of product packaging", "de helft van alle windmolens": a share of anything is measured
        named = MetricPhrase(" ".join(words[max(start, end - 3):end]), None)
    if named is None and end < len(words) and words[end] in CHANGE_NOUNS and words[end - 1].endswith(
            DOMAIN_ADJECTIVE_TAILS):
        named = MetricPhrase(f"{words[end - 1]} {words[end]}", None)  # "de economische groei": the economy's
    if named is None and seen and end - start == 1 and words[start] in COUNT_NOUNS and (
            words[start - 1] in DEMONSTRATIVES):
        # "25 deelscooters, maar dat aantal wil men opvoeren tot 100": the number said before
        named = next((earlier for at, until, earlier in reversed(seen) if _counted(tokens, words, used, at, until)),
                     None)
        if named is not None:
            return named, True
    if named is None and is_number(tokens, used, start - 1 - (words[start] in DETERMINERS)) and booked(
            words, start - 1, end):
        named = MetricPhrase(" ".join(words[max(start, end - 3):end]), None)  # "book 20 qualified meetings"
    if named is None and end - start == 1 and words[start] in ("percentage", "percentages") and start > 0 and (
            words[start - 1] in DEMONSTRATIVES or words[start - 1] in ("het", "the")):
        named = MetricPhrase(words[start], None)  # "dit percentage zo laag mogelijk", "het percentage zakt"
    return named, False


def _a_dutch_verb(words: list[str], at: int) -> bool:
    """Whether the one word at ``at`` is a Dutch verb, not a noun: a verb used as a noun for work
    to do ("Isoleren van 2,5 miljoen woningen"), the infinitive that with a comparative closes
    the clause ("de winst nog hoger stuwen"), or the infinitive after "te" and a modal's infinitive (issue
    12, class "te + modal + infinitive": "het seizoen af te kunnen sluiten met 945.000 gasten")."""
    word = words[at]
    if word.endswith(("eren", "ëren")) and at + 1 < len(words) and words[at + 1] == "van":
        return True
    if at > 1 and word[-2:] == "en" and words[at - 1] in _MODAL_INFINITIVES and words[at - 2] == "te":
        return True
    return at > 0 and comparative_verb(words, at - 1)


_MODAL_INFINITIVES = frozenset({"kunnen", "moeten", "zullen", "willen", "mogen", "gaan", "laten", "blijven"})


def conceded(words: list[str], directions: dict[str, str], start: int) -> bool:
    """Whether the phrase at ``start`` stands in a concession ("despite the huge growth in
    visitors", "ondanks de daling van het aantal leden"): back over its own words (no verb, no
    clause break) to what opens it."""
    for i in range(start - 1, max(-1, start - 8), -1):
        word = words[i]
        if word in CONCESSIVE:
            return True
        if word in INTENT_VERBS or (word in directions and not (word in CHANGE_NOUNS and (
                words[i + 1] in OF or words[i + 1] in PLACE_LINKS))) or (
                word in PHRASE_BREAKS and word not in OF and word not in PLACE_LINKS):
            return False
    return False


def _own_cues(words: list[str], directions: dict[str, str], end: int, pointed_back: bool, subject: bool,
              degree: bool = False) -> int:
    """Points the phrase earns by itself: a count pointed back to that changes in its own clause,
    a Dutch compound that names a measure and its change, the subject of a Dutch clause whose modal
    leaves its verb of change to the end however far ("De CO2-uitstoot in de stad moet, ten opzichte
    van 1990, in 2030 met 55 procent … zijn teruggedrongen"; ``subject``: the phrase opens the clause
    and such a verb ends the goal)."""
    score = 3 if subject and end < len(words) and words[-1] in directions and (words[end] in DUTCH_MODALS or (
        words[end] in PREPOSITIONS and not DUTCH_MODALS.isdisjoint(words[end + 1:end + 5]))) and (
        _CLAUSE_BREAKS.isdisjoint(words[end:]) and not direction_later(words, directions, end)) else 0
    if end < len(words) and words[end] in RELATIVE_GATE:
        score += relative_change_points(words, directions, end)
    if degree:
        score += changed_by_degree(words, directions, end)
    if pointed_back and direction_later(words, directions, end):
        score += 3  # "…, dat aantal moet … verdubbeld zijn": the subject of its own clause
    head = words[end - 1]
    if head[-2:] in CHANGE_ENDS and len(head) > 7 and head.endswith(CHANGE_TAILS) and head not in CHANGE_NOUNS:
        score += 3  # "een CO2-reductie van 60%", "omzetgroei": the compound names a measure and its change
    return score


_CLAUSE_BREAKS = frozenset({"maar", "want", "omdat", "dat", "terwijl", "zodat", "waardoor"})  # (no other clause after)


# The words after the clause's subject that state a level for it: a modal, then a verb of being or
# reaching ("must be", "should reach", "to exceed", "moet … zijn").
_STATING = MUST | frozenset({"must", "should", "will", "shall", "needs", "need", "exceeds", "bedraagt", "to"})
_LEVEL_LINKS = frozenset({"be", "reach", "hit", "exceed", "surpass", "top", "stay", "remain", "zijn", "bedragen", "liggen",
                          "op", "at", "above", "below", "under", "boven", "onder", "to", "in", "by"}) | TIME_WORDS


def _level_stated(tokens, words: list[str], used: list[bool], flags: list[bool], start: int, end: int,
                  opening: int) -> int:
    """The points for a level stated of the phrase as its clause's subject (issue 12, class "a level
    stated of the clause's subject"): "the table occupancy must be 85%", "cleanliness compliance
    exceeds 90%", "de kostendekkingsgraad moet volgend jaar 52 procent zijn" (or, inverted, "volgend
    jaar moet de bezettingsgraad 80 procent zijn"). After the modal come only links and times, then
    a number that counts nothing of its own ("Acme must open 50 stores", "het bedrijf moet 20 nieuwe
    klanten werven" name what is counted; "10 procent van het gasverbruik" is a share of another)."""
    if end >= len(words):
        return 0
    if words[end] in _STATING and (start <= opening or wished_of(words, start)):  # ("wants X to reach 65%")
        k = end + 1
    elif start > 1 and words[start - 2] in _BEFORE_THE_SUBJECT and words[start - 1] in DETERMINERS:
        k = end  # ("En volgend jaar moet de kostendekkingsgraad 52 procent zijn", "… dat de X op 85% ligt")
    else:
        return 0  # (most phrases: two set tests)
    while k < len(words) and k <= end + 4 and (words[k] in _LEVEL_LINKS or words[k] in BEFORE_A_NUMBER or used[k]):
        k += 1
    if k >= len(words) or not is_number(tokens, used, k):
        return 0
    k += 1
    while k < len(words) and words[k] in MEASURE_UNITS:
        k += 1
    return 3 if k >= len(words) or words[k] in _LEVEL_LINKS or not (flags[k] or words[k] in OF) else 0


def _as_measured(tokens, words: list[str], used: list[bool], best: tuple[int, int, MetricPhrase] | None
                 ) -> MetricPhrase | None:
    """The best phrase as the metric: a weight lost or what is done less (``lost_or_lessened``), money
    raised where no known metric is named, the growth of X where the growth is what changes."""
    if best is None or best[2].known is None:  # (a known metric stands as it is: most goals)
        best = lost_or_lessened(tokens, words, used, best)
    if best is not None and best[2].known is None and not MONEY_VERBS.isdisjoint(words):
        at = money_at(tokens, words)
        if at is not None and stands_alone(tokens, words, at):
            return amount_named(tokens, words, at)  # "We will raise $100,000 to provide 500 families"
    if best is None:
        return money_named(tokens, words)
    start, named = best[1], best[2]
    i = start - 1
    while i > 2 and words[i] in DETERMINERS:
        i -= 1
    if i > 0 and words[i] in OF and words[i - 1] in MEASURE_OF and named.known is None:
        # "grow the value of the visitor economy", "reduce our use of virgin plastics": how much of it
        end = start + len(named.words.split())
        while end < len(words) and not " ".join(words[start:end]).endswith(named.words) and end - start < 6:
            end += 1  # (the phrase as written: "the value of Australia's visitor economy")
        return MetricPhrase(" ".join(words[i - 1:end]), None)
    if i > 1 and words[i] in OF and words[i - 1] in GROWTHS and words[i - 2] in ("de", "the"):
        # "de groei van het massatoerisme terugdringen", "curb the growth of X": the growth is what
        # changes (but in "een groei van de omzet met 10%" the growth is the direction)
        return MetricPhrase(" ".join(words[i - 1:start]) + " " + named.words, named.known)
    return named


def _counted(tokens, words: list[str], used: list[bool], start: int, end: int) -> bool:
    """Whether a number counts the phrase ("25 deelscooters", "enkele tientallen medewerkers"),
    so that a later "dat aantal" can point back to it."""
    i = start - 1
    while i >= 0 and (words[i] in COUNT_QUALIFIERS or words[i] in UNIT_WORDS):
        i -= 1
    return (i >= 0 and is_number(tokens, used, i)) or not VAGUE_COUNTS.isdisjoint(words[start:end])


def _share_of(tokens, words: list[str], used: list[bool], start: int) -> bool:
    """Whether a share introduces the phrase: "95% of …", "de helft van (alle) …", "30% van de …"."""
    i = start - 1
    while i >= 0 and words[i] in DETERMINERS:
        i -= 1
    if i < 1 or words[i] not in OF:
        return False
    before = words[i - 1]
    return before in SHARES or (
        tokens[i - 1][0] == "num" and tokens[i - 1][2][1])
