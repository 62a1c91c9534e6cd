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

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.directions import (
    ACQUISITION_VERBS,
    DIRECTION_PHRASES,
    DUTCH_DIRECTION_WORDS,
    SEPARABLE_PARTICLES,
    WORD_DIRECTIONS,
)
from ..lexicon.metric_cues import (
    ACQUIRING,
    ACTIVITY_TAILS,
    ADJECTIVE_TAILS,
    ADJECTIVE_TAILS_ANYWHERE,
    ADJECTIVES_AFTER_MORE,
    AND,
    AUXILIARY_VERBS,
    AVERAGES,
    AVERAGES_OR_FRACTIONS,
    BARE_PARTICIPLE_TAILS,
    BARE_QUANTITY,
    BEFORE_A_NUMBER,
    BOUNDS,
    CHANGE_ENDS,
    CHANGE_LINKS,
    CHANGE_TAILS,
    COMPARATIVES,
    COMPLEMENT_LINKS,
    CONTEXTUAL,
    COUNT_NOUNS,
    CURRENCY_WORDS,
    DEMONSTRATIVES,
    DESIRES,
    DOMAIN_ADJECTIVE_TAILS,
    DOWN_UP,
    DUTCH_ADJECTIVE_TAILS,
    DUTCH_ADVERB_TAILS,
    DUTCH_MODALS,
    DUTCH_VERB_FORMS,
    GROWTHS,
    INSTITUTIONS,
    INTENSIFIERS,
    LABELS,
    LINES_OF_BUSINESS,
    LONE_MEASURES,
    MODALS,
    MONEY_BOUNDS,
    MONEY_NOUNS,
    MONEY_VERBS,
    MUST,
    NAMING_QUALIFIERS,
    NEVER_CONTENT,
    NOUNS_IN_LY,
    NOUNS_LIKE_PARTICIPLES,
    NUMBER_LINKS,
    OF,
    OF_UNITS,
    PARTICLES,
    PER_HEADS,
    PHRASE_ENDS,
    PLACE_LINKS,
    PREPOSITIONS,
    ROUGHLY,
    SCALE_SUFFIXES,
    SHARES,
    SPEAKING,
    TIME_TAILS,
    TIME_WORDS,
    VAGUE_COUNTS,
    WORK_NOUNS,
)
from ..lexicon.metrics import (
    GENERIC_HEADS,
    METRIC_PHRASE_STARTS,
    METRIC_PHRASES,
    METRIC_WORDS,
    RATE_HEADS,
    Metric,
    metric_for_word,
)
from ..lexicon.owners import ACTOR_SUFFIXES, INTENT_VERBS, INVERTING_VERBS
from ..lexicon.word_classes import (
    ACTIVITY_NOUNS,
    ACTIVITY_VERBS,
    BUILD_VERBS,
    CHANGE_NOUNS,
    COUNT_QUALIFIERS,
    COUNTING_WORDS,
    DETERMINERS,
    MORE_WORDS,
    NOUN_OR_VERB,
    PERIOD_UNIT_NAMES,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
    RHYTHM_WORDS,
    UNIT_WORDS,
    VAGUE_NOUNS,
    can_be_built,
)
from ..numbers import ARTICLES, SCALE_WORDS, word_number


@dataclass(frozen=True, slots=True)
class MetricPhrase:
    """The metric as the goal names it: its words, and what the lexicon knows of it (if anything)."""

    words: str  # the head phrase as written, lower case: "email list", "cost per lead"
    known: Metric | None  # the lexicon's knowledge of its head, or None for a metric it does not know


def find_metric(tokens, words: list[str], used: list[bool], directions: dict[str, str],
                lang: str = "en", text: str = "") -> MetricPhrase | None:
    """The metric a goal's tokens name, or None when the goal names none.

    ``directions`` maps each word that names a direction to it (``WORD_DIRECTIONS``);
    ``used`` marks tokens that a date or period took.

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("grow our email list from 2,000 to 3,000")
    >>> words = [t[1] for t in tokens]
    >>> find_metric(tokens, words, [False] * len(words), WORD_DIRECTIONS).words
    'email list'
    """
    best: tuple[int, int, MetricPhrase] | None = None
    flags = _content_flags(tokens, words, used, directions)
    first = True
    names: frozenset[str] | None = None  # the words the text capitalises mid-sentence, found when needed
    seen: list[tuple[int, int, MetricPhrase]] = []  # the phrases named so far, which "dat aantal" may point back to
    opening: int | None = None  # where the clause's first content word stands, found when needed
    for start, end in _noun_phrases(words, used, flags, lang == "en"):
        named = _name(tuple(words[start:end]))
        if named is None and _share_of(tokens, words, used, start):
            # "95% of product packaging", "de helft van alle windmolens": a share of anything is measured
            named = MetricPhrase(" ".join(words[max(start, end - 3):end]), None)
        if named is None and end < len(words) and words[end] in CHANGE_NOUNS and words[end - 1].endswith(
                DOMAIN_ADJECTIVE_TAILS):
            named = MetricPhrase(f"{words[end - 1]} {words[end]}", None)  # "de economische groei": the economy's
        pointed_back = False
        if named is None and seen and end - start == 1 and words[start] in COUNT_NOUNS and (
                words[start - 1] in DEMONSTRATIVES):
            # "25 deelscooters, maar dat aantal wil men opvoeren tot 100": the number said before
            named = next((earlier for at, until, earlier in reversed(seen) if _counted(tokens, words, used, at, until)),
                         None)
            pointed_back = named is not None
        if named is None:
            continue
        seen.append((start, end, named))
        if (lang == "nl" and end - start == 1 and named.known is None and words[start].endswith(("eren", "ëren"))
                and end < len(words) and words[end] == "van"):
            continue  # "Isoleren van 2,5 miljoen woningen": a verb used as a noun, work to do
        if opening is None:
            opening = _opening(words)
        score = _cues(tokens, words, used, directions, flags, start, end, lang == "en", opening) + (
            3 if named.known is not None else 0)
        if pointed_back and _direction_later(words, directions, end):
            score += 3  # "…, dat aantal moet … verdubbeld zijn": the subject of its own clause
        head = words[end - 1]
        if head[-2:] in CHANGE_ENDS and len(head) > 7 and head.endswith(CHANGE_TAILS) and head not in CHANGE_NOUNS:
            score += 3  # "een CO2-reductie van 60%", "omzetgroei": the compound names a measure and its change
        if score >= 3 and named.known is None and text and _may_be_a_name(tokens, words, directions, start, end, lang):
            if names is None:
                names = _names_in(text)
            if all(word in names for word in words[start:end]):
                # A place, person or organisation is who acts or where, never what is measured:
                # "werft het Rode Kruis nieuwe leden", "a massive expansion in India", "Quang Ninh
                # targets 16 million tourists", "in Amsterdam maximaal 20 miljoen overnachtingen".
                score -= 4
        if score >= 3:
            if first:
                score += 1  # of two metrics named alike, the goal is about the first
                first = False
            if end < len(words) and words[end] in ("growth", "groei") and named.known is not None:
                named = MetricPhrase(f"{named.words} {words[end]}", named.known)  # "revenue growth"
            if best is None or score > best[0]:
                best = (score, start, named)
    if best is not None and best[2].known is None and not MONEY_VERBS.isdisjoint(words):
        at = _money_at(tokens, words)
        if at is not None and _stands_alone(tokens, words, at):
            return MetricPhrase(tokens[at][1], None)  # "We will raise $100,000 to provide 500 families"
    if best is None:
        return _money(tokens, words)
    start, named = best[1], best[2]
    i = start - 1
    while i > 2 and words[i] in DETERMINERS:
        i -= 1
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
    return (i >= 0 and _is_number(tokens, used, i)) or not VAGUE_COUNTS.isdisjoint(words[start:end])


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


_CAPITALISED = re.compile(r"(?<![.!?:;\"“‘(]\s)(?<![.!?:;\"“‘(])(?<=\s)[A-Z][\w'’-]*")


def _after_a_verb(words: list[str], directions: dict[str, str], start: int) -> bool:
    """Whether a Dutch finite verb stands just before the phrase (determiners aside): inversion."""
    i = start - 1
    while i >= 0 and words[i] in DETERMINERS:
        i -= 1
    return i >= 0 and (words[i] in INVERTING_VERBS or (words[i] in directions and words[i].endswith("t")))


def _may_be_a_name(tokens, words: list[str], directions: dict[str, str], start: int, end: int, lang: str) -> bool:
    """Whether the phrase stands where a name does: a Dutch subject after its verb ("werft het
    Rode Kruis"), a place after "in" ("expansion in India", "in Amsterdam"), or a subject before
    its verb ("Quang Ninh targets 16 million tourists"). A counted name ("1 miljoen Vlamingen")
    and a word with a digit ("CO2-uitstoot") are measured, never names."""
    before = start - 1
    while before >= 0 and words[before] in DETERMINERS:
        before -= 1
    if before >= 0 and tokens[before][0] in ("num", "range"):
        return False
    placed = ((lang == "nl" and _after_a_verb(words, directions, start))
              or (before >= 0 and words[before] in PLACE_LINKS)
              or (end < len(words) and (words[end] in INTENT_VERBS or words[end] in directions)))
    return placed and all(word.replace("-", "").isalpha() for word in words[start:end])


def _names_in(text: str) -> frozenset[str]:
    """Lower-cased words written with a capital inside a sentence (never its first word): names."""
    found = [match.group(0) for match in _CAPITALISED.finditer(text)]
    if len(found) * 2 > text.count(" "):
        return frozenset()  # "Double Your Calls from Google Maps": a headline capitalises every word
    return frozenset(word.lower().rstrip("'’") for word in found if not word.isupper())


def _money(tokens, words: list[str]) -> MetricPhrase | None:
    """"Raise $10,000": money with no noun is what the goal measures, named by its amount."""
    at = _money_at(tokens, words)
    if at is not None:
        return MetricPhrase(tokens[at][1], None)
    for i in range(1, len(words)):
        if words[i] in CURRENCY_WORDS and words[i - 1] in SCALE_WORDS and i > 1 and words[i - 2] in (
                "a", "an", "een", "one") and i > 2 and words[i - 3] in MONEY_VERBS:
            return MetricPhrase(" ".join(words[i - 2:i + 1]), None)  # "make a million dollars"
    return None


def _money_at(tokens, words: list[str]) -> int | None:
    """Where an amount of money stands that a money verb governs ("raise $10,000", "€ 5.000 ophalen")."""
    for i, (kind, raw, value) in enumerate(tokens):
        if kind != "num" or not (value[2] or (i + 1 < len(words) and words[i + 1] in CURRENCY_WORDS)):
            continue
        j = i - 1
        while j >= 0 and (words[j] in ("a", "an", "een", "one", "half", "halve") or words[j] in MONEY_BOUNDS):
            j -= 1  # "make a million dollars", "raise at least $250,000", "minstens € 5.000 ophalen"
        if (j >= 0 and words[j] in MONEY_VERBS) or (i + 1 < len(words) and words[i + 1] in MONEY_VERBS):
            return i
    return None


def _stands_alone(tokens, words: list[str], at: int) -> bool:
    """Whether the money raised at ``at`` names no noun of its own ("raise $100,000 to provide 500
    families"; but "raise $10,000 in unrestricted gifts" counts the gifts)."""
    k = at + 1
    while k < len(words) and (words[k] in SCALE_WORDS or words[k] in CURRENCY_WORDS):
        k += 1
    if k + 1 < len(words) and words[k] in AND and tokens[k + 1][0] == "num" and not tokens[k + 1][2][2]:
        return False  # "raise $625,000 and 400,000 pounds of food": the goods counted beside it are measured
    return k >= len(words) or words[k] not in ("in", "of", "aan", "van", "worth")


# --- the phrases -------------------------------------------------------------------------------


def _noun_phrases(words: list[str], used: list[bool], flags: list[bool], english: bool):
    """(start, end) spans of runs of words that can name something."""
    n = len(words)
    i = 0
    while i < n:
        width = _known_phrase(words, used, i) if words[i] in METRIC_PHRASE_STARTS else 0
        if not width and not flags[i]:
            i += 1
            continue
        start = i
        while i < n:
            width = _known_phrase(words, used, i) if words[i] in METRIC_PHRASE_STARTS else 0
            if width:
                i += width  # "open rate", "share of voice": a name, whatever its words are elsewhere
                continue
            if flags[i] and not (english and i > start and not flags[i + 1] and _verb_form(words[i])
                                 and i + 1 < n and (words[i + 1] in DETERMINERS or words[i + 1] in PREPOSITIONS)):
                i += 1
                continue
            if (words[i] == "per" and i + 1 < n and (words[i - 1] in PER_HEADS or not english)
                    and words[i + 1] not in PERIOD_UNIT_NAMES
                    and flags[i + 1]):
                i += 2  # "cost per lead", "omzet per klant"
                continue
            break
        end = i
        # A rhythm word ends no name: "leads monthly" is "leads" at a rate.
        while end > start + 1 and (words[end - 1] in RHYTHM_WORDS or (
                words[end - 1].endswith("ly") and words[end - 1] not in NOUNS_IN_LY)):
            end -= 1  # "likers organically": an adverb ends no name
        if end - start > 5:
            start = end - 5  # a long run is mostly modifiers; the name is at its end
        yield start, end


def _known_phrase(words: list[str], used: list[bool], i: int) -> int:
    """How many words a known metric's name takes at ``i`` ("open rate": 2), or 0."""
    if words[i] in METRIC_PHRASE_STARTS and not used[i]:
        for size in (3, 2):
            if i + size <= len(words) and tuple(words[i:i + size]) in METRIC_PHRASES:
                return size
    return 0


def _verb_form(word: str) -> bool:
    """An English participle after a noun ends its name: "users completing", "posts published"."""
    return (len(word) > 5 and word.endswith(("ing", "ed")) and word not in NAMING_QUALIFIERS
            and metric_for_word(word) is None)


def _content_flags(tokens, words: list[str], used: list[bool], directions: dict[str, str]) -> list[bool]:
    """For each token, whether it can be part of a name; worked out once a goal, right to left
    (a rhythm word or an -ing modifier depends on the word after it), with one extra False at
    the end so that ``flags[i + 1]`` is always there."""
    n = len(words)
    flags = [False] * (n + 1)
    never = NEVER_CONTENT
    for i in range(n - 1, -1, -1):
        word = words[i]
        if tokens[i][0] != "word" or used[i] or word in never or tokens[i][2] is not None:
            continue  # (a word with a value writes out a number: "vijftigduizend")
        if word not in CONTEXTUAL:
            # most words: a name's word wherever they stand ("average" in "my average number of
            # engagements" is no part of what is counted)
            flags[i] = not (word in AVERAGES_OR_FRACTIONS and i + 1 < n and (
                words[i + 1] in OF or (words[i + 1] in QUANTITY_WORDS and _opens_quantity(words, i + 1))))
            # ("an average of 10 comments", "een kwart van de woningen": what is averaged or shared is measured)
            continue
        if word in QUANTITY_WORDS and _opens_quantity(words, i):
            continue
        if word in RHYTHM_WORDS:
            flags[i] = flags[i + 1]
        elif word in NOUN_OR_VERB or word in directions:
            if word.endswith("ing") and word in directions and i > 0 and flags[i + 1]:
                flags[i] = words[i - 1] in DETERMINERS  # "an onboarding success rate"
            elif word in NOUN_OR_VERB and i == 0:
                flags[i] = i + 1 < n and words[i + 1] in directions  # "Verkoop verhogen": the noun, then the verb
            elif word in NOUN_OR_VERB and i > 0:
                # "our reach", "organic reach", "increase reach", "de verkopen": a noun here
                before = words[i - 1]
                flags[i] = before in DETERMINERS or _is_number(tokens, used, i - 1) or before in directions or (
                    before in QUANTITY_WORDS) or (not before.endswith("s") and  # ("clients reach": a verb)
                    tokens[i - 1][0] == "word" and before not in PHRASE_BREAKS
                    and before not in COUNT_QUALIFIERS and before not in QUANTITY_WORDS
                    and before not in ACTIVITY_VERBS and before not in COUNTING_WORDS)
        else:
            flags[i] = True
    return flags


def _opens_quantity(words: list[str], i: int) -> bool:
    """"number of", "het aantal": a quantity word that opens the phrase naming what is counted."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt in OF or (words[i] in BARE_QUANTITY and nxt != "" and nxt not in PHRASE_BREAKS)


# --- naming: what the lexicon knows of a phrase ---------------------------------------------------


@lru_cache(maxsize=16_384)  # goals name the same few things: "website leads", "de omzet"
def _name(phrase: tuple[str, ...]) -> MetricPhrase | None:
    """The metric a noun phrase names: the lexicon's knowledge of its head, its short words.

    The head is the last word that is not generic ("engagement rate" -> engagement, "sales
    cycle" -> cycle); a known word before an unknown head does not name the phrase.
    """
    if len(phrase) >= 2 and _spells_out(phrase[:-1], phrase[-1]):
        # "Customer Satisfaction (CSAT)", "Units Per Transaction (UPT)": the name, not its acronym
        return _name(phrase[:-1])
    if len(phrase) >= 3 and "".join(word[0] for word in phrase[1:]) in (phrase[0], phrase[0].rstrip("s")):
        return _name(phrase[:1])  # "NPS (Net Promoter Score)": the acronym, as the goal leads with it
    if all(word in COUNT_QUALIFIERS for word in phrase):
        return None  # "new" alone ("new and returning visitors"): a qualifier, no name
    rate = False
    end = len(phrase)
    while end > 0 and phrase[end - 1] in GENERIC_HEADS:
        rate = rate or phrase[end - 1] in RATE_HEADS
        three, two = tuple(phrase[end - 3:end]), tuple(phrase[end - 2:end])
        if (end >= 3 and three in METRIC_PHRASES) or (end >= 2 and two in METRIC_PHRASES):
            break  # "conversion rate", "net promoter score": the generic word is part of a name
        end -= 1
    if end == 0:
        if len(phrase) == 1 and phrase[0] in LONE_MEASURES:
            return MetricPhrase(phrase[0], None)  # "een minimale score van een 7": a score alone is measured
        return None  # only generic words: "the rate", "het aantal"
    if "per" in phrase[1:end]:
        per = phrase.index("per", 1)
        head_end, known = per, _known(phrase[:per]) or _known(phrase[:end])
        if phrase[per - 1] in ("cost", "costs", "kosten"):
            known = METRIC_PHRASES[("cost", "per")]
        anchor = per - 1
    else:
        head_end = end
        known, anchor = _known_at_head(phrase, end)
        if known is None and end > 1 and phrase[end - 1].endswith("en"):
            # Dutch puts the verb last: "afspraken inplannen", "bezoekers trekken".
            before, at = _known_at_head(phrase, end - 1)
            if before is not None:
                known, anchor, head_end, phrase = before, at, end - 1, phrase[:end - 1]
    head = phrase[head_end - 1]
    if known is None and len(phrase) == 1 and (
            (head.endswith("ly") and head not in NOUNS_IN_LY) or head.endswith(ADJECTIVE_TAILS)):
        return None  # "continuously", "efficient", "successful": how, not what
    if known is None and head.endswith(ADJECTIVE_TAILS_ANYWHERE):
        return None  # "the coffee giant's bullish (growth outlook)": an adjective ends no name
    if known is None and not rate and (head.endswith(DUTCH_ADJECTIVE_TAILS) or (_dutch_participle(head) and (
            head_end == 1 or phrase[head_end - 2].endswith(DUTCH_ADVERB_TAILS)))):
        return None  # "landelijke", "operationele", "duurzaam opgewekt", "bijgesteld": how or done, not what
    if len(head) > 3 and head.endswith(("'s", "’s")) and head[-3] not in "aeiouy" and known is None:
        return None  # "men's", "the world's": an English possessive is not what is measured
    if known is None and (head in ACTIVITY_NOUNS or head.endswith(ACTIVITY_TAILS)):
        return None  # "blog posts published", "medewerkersevenementen": work, not a result
    if known is None and ((head in VAGUE_NOUNS and not rate and not (
            head in LINES_OF_BUSINESS and head_end > 1 and phrase[head_end - 2] not in COUNT_QUALIFIERS))
                          or head.endswith(ACTOR_SUFFIXES)
                          or head.endswith(INSTITUTIONS) or head.endswith(TIME_TAILS)):
        return None  # "the business", "de staatssecretaris", "deze kabinetsperiode": no metric
    if known is not None and known.vanity is False and head in VAGUE_NOUNS and anchor == head_end - 1:
        return None
    first = max(0, anchor - 1)
    short = phrase[first:]
    if len(short) > 1 and short[0] in RHYTHM_WORDS and (known is None or len(short) > 3):
        short = short[1:]
    if known is None and len(short) > (4 if "per" in short[1:-1] else 3):
        short = short[-3:]  # (but "uitstoot per gereden kilometer" keeps its head before "per")
    return MetricPhrase(" ".join(short), known)


def _dutch_participle(word: str) -> bool:
    """A Dutch past participle ("gestopt", "bijgesteld", "opgewekt", "gerealiseerd"): what was done,
    never a measure; nouns that look like one ("gebied", "gewicht", "gezondheid") are not."""
    if len(word) < 7 or not word.endswith(("d", "t", "en")) or word.endswith(NOUNS_LIKE_PARTICIPLES):
        return False
    if word.endswith("en"):  # "opgenomen", "toegenomen" (but "gezinnen", "gebieden" are nouns)
        return any(word.startswith(particle + "ge") and len(word) > len(particle) + 5 for particle in PARTICLES[1:])
    if word.startswith("ge") and not (len(word) <= 12 and word.endswith(BARE_PARTICIPLE_TAILS)):
        return False  # ("geluidsoverlast", "gemeentegeld": compounds of nouns in ge-)
    return any(word.startswith(particle + "ge") and len(word) > len(particle) + 5 for particle in PARTICLES)


def _spells_out(words: list[str], acronym: str) -> bool:
    """Whether ``acronym`` abbreviates ``words``: their initials, or the same known metric."""
    if len(acronym) > 6 or not acronym.isalpha():
        return False
    letters = acronym.rstrip("s")
    for size in range(min(len(words), len(letters)), 1, -1):
        if "".join(word[0] for word in words[-size:]) in letters:
            return True  # "daily active users (mDAUs)": the initials inside the acronym
    known = METRIC_WORDS.get(acronym)
    # ("Gross Profit Margin": a word of five letters or more is a word, not the name's acronym)
    return len(letters) <= 4 and known is not None and known == _known(words)


def _known_at_head(phrase: list[str], end: int) -> tuple[Metric | None, int]:
    """The known metric whose name ends at the phrase's head, and where that name starts."""
    for size in (3, 2):
        if end >= size:
            known = METRIC_PHRASES.get(tuple(phrase[end - size:end]))
            if known is not None:
                return known, end - size
    known = metric_for_word(phrase[end - 1])
    if known is not None and phrase[end - 1] in GENERIC_HEADS:
        known = None
    return known, end - 1


def _known(phrase: list[str]) -> Metric | None:
    return _known_at_head(phrase, len(phrase))[0] if phrase else None


# --- cues: does the sentence point at this phrase? ---------------------------------------------


def _cues(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool], start: int,
          end: int, english: bool = True, opening: int | None = None) -> int:
    """How strongly the words around ``words[start:end]`` say it is what the goal measures.

    ``opening`` is where the first word stands that is no determiner or label (``_opening``),
    worked out once a goal rather than once a phrase."""
    score = 0
    # Before: skip determiners, qualifiers and "the number of", then look at what governs it.
    i = start - 1
    more = False
    while i >= 0 and (words[i] in DETERMINERS or words[i] in COUNT_QUALIFIERS
                      or (words[i] in OF and i > 0 and words[i - 1] in QUANTITY_WORDS)
                      or (words[i] in QUANTITY_WORDS and _opens_quantity(words, i))
                      or (words[i] in AVERAGES and words[i + 1] in QUANTITY_WORDS)):
        if words[i] in QUANTITY_WORDS:
            score = 3  # "het aantal X", "the number of X": X is counted
        more = more or words[i] in MORE_WORDS
        i -= 1
    if more:
        if end - start == 1 and metric_for_word(words[start]) is None and english and (
                words[start].endswith(ADJECTIVES_AFTER_MORE)) and (
                end == len(words) or words[end] in ("than", "dan", "and", "en", "or", "of")):
            return -10  # "stronger, more sustainable and more digital": an adjective, not a metric
        # "meer vrouwen", "more website traffic": a direction said of X (less where a number counts it)
        score += 1 if i >= 0 and _is_number(tokens, used, i) else 3
    if i >= 0 and words[i] in OF and i > 0 and _is_number(tokens, used, i - 1):
        i -= 1  # "20% of revenue", "80% van de klanten"
    if i > 0 and words[i] in ("more", "meer", "extra") and _is_number(tokens, used, i - 1):
        i -= 1  # "20 percent more in total donations"
    if i > 0 and words[i] == "+" and _is_number(tokens, used, i - 1):
        i -= 1  # "a 30+ Tourism Sentiment Index"
    if i > 1 and words[i] in OF and words[i - 1] in OF_UNITS and _is_number(tokens, used, i - 2):
        i -= 1  # "65,000 tonnes of packaging"
    if i > 0 and words[i] in SCALE_SUFFIXES and _is_number(tokens, used, i - 1):
        i -= 1  # "$5B in visitor spend": a scale written after the number is part of it
    if i > 0 and words[i] in OF_UNITS and _is_number(tokens, used, i - 1):
        i -= 1  # "60 kg restafval", "5 miljoen euro omzet"
    if i > 3 and words[i] in ("in", "of") and words[i - 1] in PERIOD_UNIT_NAMES and words[i - 2] in (
            "a", "per", "each", "every") and _is_number(tokens, used, i - 3):
        i -= 3  # "$5000 a month in chiropractic services": past the rate to the number
    if i >= 0:
        word = words[i]
        if _is_number(tokens, used, i):
            score += 3
            if _activity_before(words, i, used):
                return -10  # "publish 20 blog posts", "het organiseren van 4 evenementen": work done
            if english and i > 0 and words[i - 1] in ACQUIRING and metric_for_word(words[end - 1]) is None:
                # "selling 400000 vehicles a year … a 1.8 percent market share": the count a verb
                # acquires is what the goal measures, not a known metric named beside it
                score += 3
        elif word in ACTIVITY_VERBS:
            if word not in BUILD_VERBS or not can_be_built(words[end - 1]):
                return -10
            score += 4  # "build my email list", "autoriteit opbouwen": to build a measure is to grow it
        elif start > 1 and words[start - 1] in PHRASE_ENDS and (tuple(words[start - 3:start]) in DIRECTION_PHRASES or (
                tuple(words[start - 2:start]) in DIRECTION_PHRASES)):
            score += 4  # "een zo hoog mogelijke sportparticipatie", "as many as possible X"
        elif word in SPEAKING:
            return -10  # "…, vertelt directeur Monique Sweep": who speaks, not what is measured
        elif word in MONEY_VERBS and words[end - 1] in MONEY_NOUNS:
            score += 4  # "make money with my show", "geld ophalen": money made is more money
        elif word in directions and not (word in CHANGE_NOUNS and i > 0 and (
                words[i - 1] in DETERMINERS or _is_number(tokens, used, i - 1))):
            score += 4  # "increase X", but not "a 15% increase X"
        elif word in CHANGE_LINKS and i > 0 and (words[i - 1] in CHANGE_NOUNS or words[i - 1] in directions):
            score += 4  # "a 15% increase in open rate", "het verhogen van de tevredenheid"
        elif word in CHANGE_LINKS and word not in ("for", "voor") and i > 0 and _is_number(tokens, used, i - 1):
            score += 3  # "$100,000 in revenue", "20 percent more in total donations" (but "$25,000 for the shelter")
        elif word in OF and i > 0 and words[i - 1] in SHARES:
            score += 3  # "de helft van alle windmolens", "a third of our customers"
        elif word in PREPOSITIONS and (i == 0 or flags[i - 1] or _is_number(tokens, used, i - 1)):
            score -= 3  # "revenue from repeat customers", "likes op Facebook": a noun's complement
            # (after a verb it is the verb's object: "werken aan een betere doorstroming")
        elif (not english and word in DUTCH_MODALS and i > 0 and _subject_before(tokens, words, i)
              and _direction_later(words, directions, end)):
            score += 3  # "Alfen wil een omzet van 1 miljard realiseren": the object before the verb
        elif not english and word in MUST and i > 0 and tokens[i - 1][0] in ("num", "date") and (
                _direction_later(words, directions, end) or any(
                    _is_number(tokens, used, k) or words[k] in COMPARATIVES for k in range(end, min(len(words), end + 8)))):
            score += 3  # "In 2030 moet de CO2-uitstoot … 49% minder zijn": the subject after the inverted verb
    # After: the numbers that belong to it ("from 10 to 20", "met 20%"), a Dutch verb at the end.
    n = len(words)
    j = end
    for _ in range(3):  # "De waardering van onze dienstverlening door onze inwoners is gestegen"
        if not (j + 1 < n and (words[j] in OF or (j > end and words[j] in COMPLEMENT_LINKS)) and flags[
                min(n, j + 1 + (words[j + 1] in DETERMINERS))]):
            break
        # "the conversion rate of the website by 25%": what follows the complement is this phrase's.
        j += 1 + (words[j + 1] in DETERMINERS)
        while j < n and (flags[j] or (words[j] in AND and flags[j + 1])):
            j += 1  # ("van winkels en kantoren")
    if j + 1 < n and words[j] in ("in", "op", "bij", "at", "on") and flags[j + 1]:
        j += 1  # "Het werknemertal in Dokkum moet van 200 naar 500": past the place
        while j < n and flags[j]:
            j += 1
    if j < n and words[j] in CHANGE_NOUNS and not (start > 0 and flags[start - 1]):
        score += 3  # "revenue growth of 20%", "subscriber expansion"
    if j < n and words[j] in DESIRES and all(
            word in DETERMINERS or _is_number(tokens, used, k) for k, word in enumerate(words[:start])):
        score -= 3  # "De zeven supermarkten hebben …", "Acme wants …": the one who wants, not the metric
    opens = start <= (_opening(words) if opening is None else opening)
    if not english and opens and any(word in DUTCH_MODALS for word in words[j:j + 4]) and (
            _direction_later(words, directions, j)):
        if _object_after_modal(words, flags, j):
            score -= 4  # "Gent zal de uitstoot van zijn wagenpark verminderen": Gent acts, the uitstoot changes
        else:
            score += 3  # "Het goederenvervoer per trein moet in 2050 verdubbeld zijn": the subject changes
    if opens and _number_follows(tokens, words, used, directions, j):
        score += 3  # "Abandon rate: ≤ 5%", "Churn: below 3% by Q4": a key result's metric, then its target
    modal = j
    while j < n and words[j] in MODALS and not (words[j] in NUMBER_LINKS and j + 1 < n and _is_number(tokens, used, j + 1)):
        j += 1  # "de bezettingsgraad moet van 78 naar 84 procent" (but "email list to 10,000" links its number)
    if j > modal and j < n and words[j] in directions and words[j] not in COMPARATIVES and (
            words[j] not in NOUN_OR_VERB) and not (j + 1 < n and (
                (words[j + 1] in DETERMINERS and not (j + 2 < n and words[j + 2] in TIME_WORDS))
                or flags[j + 1])):
        # "our congregation will grow", "their sales to grow by $5,000", "… to be reduced"; with an
        # object after the verb ("Sarah will grow the pipeline") the subject is who acts
        score += 3
    while j < n and words[j] in RHYTHM_WORDS:
        j += 1  # "onze efficiëntie jaarlijks met gemiddeld 5 procent verbeteren"
    if j < n and words[j] in NUMBER_LINKS:
        k = j + 1
        while k < n and k <= j + 3 and (words[k] in DETERMINERS or words[k] in BEFORE_A_NUMBER):
            k += 1
        if k < n and _is_number(tokens, used, k):
            score += 3
    k = j
    while k < n and k < j + 6 and not flags[k]:
        word = words[k]
        if not english and word in MONEY_VERBS and words[end - 1] in MONEY_NOUNS:
            score += 3  # "geld verdienen met de webshop"
            break
        if not english and word in ACQUISITION_VERBS and word not in ACTIVITY_VERBS and word not in directions:
            score += 1  # "vijf miljoen bezoekers te kunnen trekken, investeren …": the count's own verb ends the scan
            break
        if word in ACTIVITY_VERBS and k <= j + 3 and not english:
            if word in BUILD_VERBS and can_be_built(words[end - 1]):
                score += 3  # "autoriteit opbouwen"
                break
            return -10  # "50 inactieve klanten opnieuw contacteren": the object of work (Dutch puts it last)
        if word in COMPARATIVES:
            k += 1
            continue  # "het theater meer kinderen …": an adjective, not the verb
        if ((word in directions and word not in NOUN_OR_VERB and (
                word in DUTCH_DIRECTION_WORDS or (opens and not _takes_object(tokens, words, used, flags, k))))
                or word in DUTCH_VERB_FORMS or (
                word in SEPARABLE_PARTICLES
                and not SEPARABLE_PARTICLES[word][1].isdisjoint(words[k + 1:k + 4]))):  # "op te trekken"
            near = all(w in AUXILIARY_VERBS or w in INTENSIFIERS or used[m] or (w == "naar" and word in DOWN_UP)
                       for m, w in enumerate(words[j:k], j)) or _is_number(tokens, used, k - 1) or (
                k >= 2 and _is_number(tokens, used, k - 2))  # ("de werkgelegenheid laten stijgen")
            score += 3 if near else 1
            break
        k += 1
    return score


def _object_after_modal(words: list[str], flags: list[bool], j: int) -> bool:
    """Whether a Dutch modal after the phrase has an object of its own: "… zal de uitstoot …"."""
    k = j
    while k < len(words) and words[k] in DUTCH_MODALS:
        k += 1
    return k > j and k + 1 < len(words) and words[k] in DETERMINERS and flags[k + 1] and (
        words[k] not in ("het", "dat", "dit"))  # ("moet het …": often a dummy subject)


def _number_follows(tokens, words: list[str], used: list[bool], directions: dict[str, str], j: int) -> bool:
    """Whether a number or bound follows within three words with no verb between ("Churn: below
    3%"; but in "Greggs sells 140m rolls" the number is the verb's object)."""
    for k in range(j, min(len(words), j + 3)):
        if _is_number(tokens, used, k) or words[k] in BOUNDS:
            return True
        if words[k] in directions or words[k] in INTENT_VERBS:
            return False
    return False


def _takes_object(tokens, words: list[str], used: list[bool], flags: list[bool], k: int) -> bool:
    """Whether the verb at ``k`` has an object after it ("Greggs sells 140m sausage rolls"): then
    the phrase before it is who acts, not what changes."""
    nxt = k + 1
    return nxt < len(words) and (words[nxt] in DETERMINERS or flags[nxt] or _is_number(tokens, used, nxt))


def _activity_before(words: list[str], i: int, used: list[bool] | None = None) -> bool:
    """Whether an activity verb governs the number at ``i``, perhaps through "of", "in", "a"."""
    j = i - 1
    while j >= 0 and j >= i - 4 and (words[j] in ("of", "van", "in", "a", "an", "een", "the", "de", "het", "at", "least",
                                                "minstens", "minimaal", "up", "to", "ten", "minste")
                                     or words[j] in ROUGHLY or words[j] in TIME_WORDS
                                     or words[j] in ("dit", "this", "deze") or (used is not None and used[j])):
        j -= 1  # ("open more than 30 new stores", "de opening van zo'n zes winkels", "opent dit jaar 40 winkels")
    return j >= 0 and (words[j] in ACTIVITY_VERBS or (words[j] in WORK_NOUNS and words[j + 1] in OF) or (
        words[j].endswith(("eren", "ëren")) and words[j + 1] == "van" and words[j] not in WORD_DIRECTIONS))
    # ("het definiëren van drie KPI's": a Dutch verb used as a noun is work to do)


def _subject_before(tokens, words: list[str], i: int) -> bool:
    """Whether the verb at ``i`` has its subject before it ("Alfen wil", "wij willen"), so what
    follows is its object; after a time or place ("Tegen 2030 wil De Lijn") the subject follows."""
    before = words[i - 1]
    return tokens[i - 1][0] == "word" and (before in ("wij", "we", "ik", "zij", "ze", "hij", "men") or (
        before not in PHRASE_BREAKS and before not in TIME_WORDS and before not in DETERMINERS))


def _direction_later(words: list[str], directions: dict[str, str], end: int) -> bool:
    """Whether a Dutch direction verb follows within the clause ("… verhogen", "… realiseren")."""
    return any(word in DUTCH_DIRECTION_WORDS and word in directions and word not in COMPARATIVES
               for word in words[end:end + 12])


def _opening(words: list[str]) -> int:
    """Where the first word stands that is no determiner or key result's label: a phrase that
    starts there opens the clause ("Revenue grows", "De omzet stijgt", "KR2: Median
    time-to-first-value drops …")."""
    for k, word in enumerate(words):
        if word not in DETERMINERS and word not in LABELS:
            return k
    return len(words)


def _is_number(tokens, used: list[bool], i: int) -> bool:
    kind, word, _ = tokens[i]
    if used[i]:
        return False
    return kind in ("num", "range") or (kind == "word" and (word in COUNTING_WORDS or (
        word not in ARTICLES and word_number(word) is not None)))
