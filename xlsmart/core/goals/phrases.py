"""Noun phrases: the runs of words in a goal that can name something, and what each one names.

``metrics.py`` weighs the phrases found here by the cues around them (``cues.py``). Which words
can be part of a name is worked out once a goal (:func:`content_flags`); what a phrase names is
the lexicon's knowledge of its head (:func:`name_phrase`, cached: goals name the same few things).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.directions import ACQUISITION_VERBS, WORD_DIRECTIONS
from ..lexicon.metric_cues import (
    ACTIVITY_TAILS,
    ADJECTIVE_TAILS,
    ADJECTIVE_TAILS_ANYWHERE,
    AVERAGES_OR_FRACTIONS,
    BARE_PARTICIPLE_TAILS,
    BARE_QUANTITY,
    CONTEXTUAL,
    DUTCH_ADJECTIVE_TAILS,
    DUTCH_ADVERB_TAILS,
    FRACTIONS,
    INSTITUTIONS,
    LINES_OF_BUSINESS,
    LONE_MEASURES,
    NEVER_CONTENT,
    NOUNS_IN_LY,
    NOUNS_LIKE_PARTICIPLES,
    OF,
    PARTICLES,
    PER_HEADS,
    PREPOSITIONS,
    TIME_TAILS,
    TIME_WORDS,
    WORK_PARTICIPLES,
)
from ..lexicon.metrics import (
    GENERIC_HEADS,
    METRIC_PHRASE_STARTS,
    METRIC_PHRASES,
    METRIC_WORDS,
    RATE_HEADS,
    Metric,
    dutch_verb_after_noun,
    metric_for_word,
)
from ..lexicon.owners import ACTOR_SUFFIXES
from ..lexicon.word_classes import (
    ACTIVITY_NOUNS,
    ACTIVITY_VERBS,
    COUNT_QUALIFIERS,
    COUNTING_WORDS,
    DETERMINERS,
    NOUN_OR_VERB,
    PERIOD_UNIT_NAMES,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
    RHYTHM_WORDS,
    VAGUE_NOUNS,
)
from ..numbers import ARTICLES, word_number
from .metric_heads_en import (
    AND_OR,
    NAMING_COMPARATIVES,
    NOT_PARTICIPLES,
    SKIPPED_BUT,
    content_though_skipped,
    coordinated_end,
    gerund_between_nouns,
    verb_after_be,
)

# Dutch adjectives and adverbs without an inflection, which after a noun say something of it and end
# no name ("toegankelijk", "haalbaar", "drastisch"; nouns do not end so).
_PREDICATIVE_TAILS = ("lijk", "baar", "isch")

# Forms of "to be" before an -ing verb: "you're talking", "we are expanding".
BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "i'm", "you're", "we're", "they're", "it's",
                      "he's", "she's"})


# Issue 12, class "the verb after its subject": pronouns that are only ever a subject, so that the word
# right after them is a verb or an adverb ("we aspire", "I rank", "wij streven", "ik verkoop"), never a name.
NOMINATIVES = frozenset({"i", "we", "they", "he", "she", "ik", "wij", "jij", "hij"})
# The Dutch words after which a word in -en that ends its phrase is an infinitive: "te" always, the modals
# and the verbs that take an infinitive when a result follows ("zal leiden tot", "blijft groeien naar").
_BEFORE_AN_INFINITIVE = frozenset({"te", "zal", "zullen", "zou", "zouden", "moet", "moeten", "kan", "kunnen",
                                   "wil", "willen", "mag", "mogen", "blijft", "blijven", "gaat", "gaan"})
_RESULT_LINKS = frozenset({"tot", "naar"})
# English particles of phrasal verbs ("turn over", "scale up", "cut down", "roll out", "sell off").
_PARTICLES_EN = frozenset({"up", "out", "over", "down", "off"})
_VERB_GATE = NOMINATIVES | _BEFORE_AN_INFINITIVE  # (the words before a verb that _a_verb_here reads)


# Issue 12, class "acquiring as a gerund": the -ing forms of the verbs that acquire a count
# ("hiring", "recruiting", "enrolling"), which a direction verb before them makes the measure.
ACQUIRING_GERUNDS = frozenset(verb for verb in ACQUISITION_VERBS if verb.endswith("ing") and len(verb) > 5)
_UP_OR_DOWN = frozenset({"increase", "decrease"})


@dataclass(frozen=True, slots=True)
class MetricPhrase:
    """The metric as the goal names it: its words, and what the lexicon knows of it (if anything)."""

    words: str  # the head phrase as written, lower case: "email list", "cost per lead"
    known: Metric | None  # the lexicon's knowledge of its head, or None for a metric it does not know


def noun_phrases(words: list[str], used: list[bool], flags: list[bool], english: bool):
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
                                 and i + 1 < n and (words[i + 1] in DETERMINERS or words[i + 1] in PREPOSITIONS)
                                 and not _by_a_figure(words, used, i + 1)) and not (
                    not english and i > start and dutch_verb_after_noun(words, i)):
                i += 1
                continue
            if (words[i] == "per" and i + 1 < n and (words[i - 1] in PER_HEADS or not english)
                    and words[i + 1] not in PERIOD_UNIT_NAMES
                    and flags[i + 1]):
                i += 2  # "cost per lead", "omzet per klant"
                continue
            break
        end = i = coordinated_end(words, flags, start, i) if english and i + 2 < n and words[i] in AND_OR else i
        # A rhythm word ends no name: "leads monthly" is "leads" at a rate.
        while end > start + 1 and (words[end - 1] in RHYTHM_WORDS or (
                words[end - 1].endswith("ly") and words[end - 1] not in NOUNS_IN_LY)):
            end -= 1  # "likers organically": an adverb ends no name
        if end - start > 5 and "per" not in words[start + 1:end - 1]:  # (a head before "per" stays)
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
    return (len(word) > 5 and word.endswith(("ing", "ed")) and word not in NOT_PARTICIPLES
            and metric_for_word(word) is None)


def _by_a_figure(words: list[str], used: list[bool], k: int) -> bool:
    """Whether "by"/"from" and a date or a figure follow at ``k`` (issue 12, class "a noun in -ing before
    its change"): "a 25% reduction in plastic consumer packaging by 2025", "cut marketing spending by 10%",
    "a 50% reduction in plastic packaging from a 2017 baseline" (the -ing word ends a noun, it takes no
    object as "users completing setup" does)."""
    if words[k] not in ("by", "from") or k + 1 >= len(words):
        return False
    k += 1 + (words[k + 1] in ("a", "an", "the") and k + 2 < len(words))
    return used[k] or words[k][:1].isdigit()


def content_flags(tokens, words: list[str], used: list[bool], directions: dict[str, str]) -> list[bool]:
    """For each token, whether it can be part of a name; worked out once a goal, right to left
    (a rhythm word or an -ing modifier depends on the word after it), with one extra False at
    the end so that ``flags[i + 1]`` is always there."""
    n = len(words)
    flags = [False] * (n + 1)
    never = NEVER_CONTENT
    for i in range(n - 1, -1, -1):
        word = words[i]
        if tokens[i][0] != "word" or used[i] or word in never or tokens[i][2] is not None:
            if word in SKIPPED_BUT and not used[i]:
                flags[i] = content_though_skipped(tokens, words, flags, directions, i)
            continue  # (a word with a value writes out a number: "vijftigduizend")
        if i > 0 and words[i - 1] in BE_FORMS and verb_after_be(words, flags, i) and metric_for_word(word) is None:
            continue  # "you're talking to …", "we are opening", "parcels that are delivered late": a verb, not a name
        if (words[i - 1] in _VERB_GATE if i else n > 2 and words[1] in _PARTICLES_EN) and _a_verb_here(words, flags, i):
            continue
        if word not in CONTEXTUAL:
            # most words: a name's word wherever they stand ("average" in "my average number of
            # engagements" is no part of what is counted)
            flags[i] = not (word in AVERAGES_OR_FRACTIONS and (not flags[i + 1] if word in FRACTIONS else (
                i + 1 < n and (words[i + 1] in OF or (words[i + 1] in QUANTITY_WORDS and opens_quantity(
                    words, i + 1))))))
            # ("an average of 10 comments", "een kwart van de woningen": what is averaged or shared is measured;
            # a fraction alone is a size, "met een vijfde omlaag", "by one third")
            continue
        if word in QUANTITY_WORDS and opens_quantity(words, i):
            continue
        if word in RHYTHM_WORDS:
            flags[i] = flags[i + 1]
        elif word in NOUN_OR_VERB or word in directions:
            if word.endswith("ing") and word in directions and i > 0 and flags[i + 1]:
                # "an onboarding success rate", "inventory holding costs": the gerund qualifies the noun after it
                flags[i] = words[i - 1] in DETERMINERS or gerund_between_nouns(tokens, words, directions, i)
            elif word in NAMING_COMPARATIVES and i > 0 and flags[i + 1]:
                flags[i] = words[i - 1] in DETERMINERS or words[i - 1] in PREPOSITIONS  # ("in higher education")
            elif word in ACQUIRING_GERUNDS and i > 0 and directions.get(
                    words[i - 1]) in _UP_OR_DOWN:
                flags[i] = True  # "increase hiring by 20%": the gerund of acquiring counts what is acquired
            elif word in NOUN_OR_VERB and i == 0:
                # "Verkoop verhogen": the noun, then the verb; "Aanvragen van studenten", "Reach of our
                # posts": the noun its complement follows (but "Launch of …", "Test van …" are work)
                flags[i] = i + 1 < n and (words[i + 1] in directions or (
                    words[i + 1] in OF and word not in ACTIVITY_VERBS))
            elif word in NOUN_OR_VERB and i > 0:
                # "our reach", "organic reach", "increase reach", "de verkopen": a noun here
                before = words[i - 1]
                flags[i] = before in DETERMINERS or is_number(tokens, used, i - 1) or before in directions or (
                    before in QUANTITY_WORDS) or (not before.endswith("s") and  # ("clients reach": a verb)
                    tokens[i - 1][0] == "word" and before not in PHRASE_BREAKS
                    and before not in COUNT_QUALIFIERS and before not in QUANTITY_WORDS
                    and before not in ACTIVITY_VERBS and before not in COUNTING_WORDS)
        else:
            flags[i] = True
    return flags


def _a_verb_here(words: list[str], flags: list[bool], i: int) -> bool:
    """Whether the word at ``i`` stands where only a verb does (``flags`` known right of ``i``): a verb with
    its particle that opens the goal ("Turn over tables within 3 minutes", "Scale up production"), the word
    after a subject pronoun ("we aspire to …", "wij streven naar …"), a Dutch infinitive after "te" or
    after a modal with a result ("om de balans te verschuiven", "zal leiden tot"; but "het aantal te bouwen
    woningen": before its noun it describes it, and "wil meldingen over X afhandelen": a noun)."""
    word, n = words[i], len(words)
    if i == 0:
        return n > 2 and words[1] in _PARTICLES_EN and flags[2] and metric_for_word(word) is None
    before = words[i - 1]
    if before in NOMINATIVES:
        return True
    return before in _BEFORE_AN_INFINITIVE and word[-2:] == "en" and not flags[i + 1] and (
        before == "te" or (i + 1 < n and words[i + 1] in _RESULT_LINKS)) and metric_for_word(word) is None


def opens_quantity(words: list[str], i: int) -> bool:
    """"number of", "het aantal": a quantity word that opens the phrase naming what is counted."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in OF:  # (but "a sales level of 10,000 units": a figure after "of" is the level's, the name is before)
        return i + 2 >= len(words) or not (words[i + 2][:1].isdigit() or words[i + 2][:1] in "€$£")
    return (words[i] in BARE_QUANTITY and nxt != "" and nxt not in PHRASE_BREAKS
                         and nxt not in WORD_DIRECTIONS  # ("Stockout percentage verlagen": the rate itself)
                         and nxt not in TIME_WORDS)  # ("het percentage volgend jaar": a time follows it)


@lru_cache(maxsize=16_384)  # goals name the same few things: "website leads", "de omzet"
def name_phrase(phrase: tuple[str, ...]) -> MetricPhrase | None:
    """The metric a noun phrase names: the lexicon's knowledge of its head, its short words.

    The head is the last word that is not generic ("engagement rate" -> engagement, "sales
    cycle" -> cycle); a known word before an unknown head does not name the phrase.
    """
    if len(phrase) >= 2 and _spells_out(phrase[:-1], phrase[-1]):
        # "Customer Satisfaction (CSAT)", "Units Per Transaction (UPT)": the name, not its acronym
        return name_phrase(phrase[:-1])
    if len(phrase) >= 3 and "".join(word[0] for word in phrase[1:]) in (phrase[0], phrase[0].rstrip("s")):
        return name_phrase(phrase[:1])  # "NPS (Net Promoter Score)": the acronym, as the goal leads with it
    if all(word in COUNT_QUALIFIERS for word in phrase):
        return None  # "new" alone ("new and returning visitors"): a qualifier, no name
    if len(phrase) > 1 and len(phrase[-1]) > 6 and phrase[-1].endswith("eert"):
        return name_phrase(phrase[:-1])  # "de regering investeert in …": a Dutch verb in -eert after its subject
    if len(phrase) > 1 and len(phrase[-1]) > 5 and phrase[-1].endswith(_PREDICATIVE_TAILS):
        # "laadpunten publiek toegankelijk": a Dutch adjective without its -e, said of the noun after it, is
        # no head (where the words before it name something)
        named = name_phrase(phrase[:-1])
        if named is not None:
            return named
    if phrase[-1].endswith(GOAL_TAILS):
        return _goal_compound(phrase[-1])
    end, rate = _past_generic_heads(phrase)
    if end == 0:
        if len(phrase) == 1 and phrase[0] in LONE_MEASURES:
            return MetricPhrase(phrase[0], None)  # "een minimale score van een 7": a score alone is measured
        return None  # only generic words: "the rate", "het aantal"
    phrase, head_end, known, anchor = _head_of(phrase, end)
    head = phrase[head_end - 1]
    if known is None and _names_no_metric(phrase, head_end, rate):
        return None
    if known is not None and known.vanity is False and head in VAGUE_NOUNS and anchor == head_end - 1:
        return None
    first = anchor - (anchor > 0 and phrase[anchor - 1][-2:] != "'s")  # (a possessive says whose: "the store's X")
    short = phrase[first:]
    if len(short) > 1 and short[0] in RHYTHM_WORDS and (known is None or len(short) > 3):
        short = short[1:]
    if known is None and len(short) > (4 if "per" in short[1:-1] else 3):
        # (but "uitstoot per gereden kilometer", "energy consumption per square metre" keep their head before "per")
        short = short[-3:] if "per" not in short[1:-1] else short[:short.index("per", 1) + 3]
    return MetricPhrase(" ".join(short), known)


# Issue 12, class "a goal is not what it measures": the Dutch compounds of a goal word name a goal
# ("klimaatdoelen", "de Lissabon-doelstelling", "houdingdoelstelling"); only a known metric or a quality
# in -heid before the goal word is measured ("omzetdoelstelling", "stiptheidsdoelstelling").
GOAL_TAILS = ("doelstelling", "doelstellingen", "doelen", "doel", "streefcijfer", "streefcijfers")


def _goal_compound(word: str) -> MetricPhrase | None:
    """What a Dutch compound of a goal word measures, if anything: its first part."""
    tail = next(tail for tail in GOAL_TAILS if word.endswith(tail))
    stem = word[:-len(tail)].rstrip("-")
    if stem.endswith("s") and len(stem) > 4 and not metric_for_word(stem):
        stem = stem[:-1]  # ("stiptheidsdoelstelling": the linking s)
    known = metric_for_word(stem) if len(stem) > 2 else None
    return MetricPhrase(stem, known) if known is not None or stem.endswith("heid") else None


def _past_generic_heads(phrase: tuple[str, ...]) -> tuple[int, bool]:
    """Where the phrase ends once generic last words are dropped ("engagement rate" -> 1), unless
    they are part of a known name ("conversion rate"); and whether one of them says "rate"."""
    rate = False
    end = len(phrase)
    while end > 0 and phrase[end - 1] in GENERIC_HEADS:
        rate = rate or phrase[end - 1] in RATE_HEADS
        three, two = tuple(phrase[end - 3:end]), tuple(phrase[end - 2:end])
        if (end >= 3 and three in METRIC_PHRASES) or (end >= 2 and two in METRIC_PHRASES):
            break  # "conversion rate", "net promoter score": the generic word is part of a name
        end -= 1
    return end, rate


def _head_of(phrase: tuple[str, ...], end: int) -> tuple[tuple[str, ...], int, Metric | None, int]:
    """The phrase (less a Dutch verb at its end), where its head ends, the known metric it names and
    where that name starts: "cost per lead" has its head before "per"."""
    if "per" in phrase[1:end]:
        per = phrase.index("per", 1)
        known = known_metric(phrase[:per]) or known_metric(phrase[:end])
        if phrase[per - 1] in ("cost", "costs", "kosten"):
            known = METRIC_PHRASES[("cost", "per")]
        return phrase, per, known, per - 1
    known, anchor = known_at_head(phrase, end)
    if known is None and end > 1 and phrase[end - 1].endswith("en"):
        # Dutch puts the verb last: "afspraken inplannen", "bezoekers trekken".
        before, at = known_at_head(phrase, end - 1)
        if before is not None:
            return phrase[:end - 1], end - 1, before, at
    return phrase, end, known, anchor


def _names_no_metric(phrase: tuple[str, ...], head_end: int, rate: bool) -> bool:
    """Whether a phrase the lexicon does not know names no metric by its head: an adverb or
    adjective, a Dutch participle, a possessive, work done, or something vague, an actor or a time."""
    head = phrase[head_end - 1]
    if len(phrase) == 1 and ((head.endswith("ly") and head not in NOUNS_IN_LY) or head.endswith(ADJECTIVE_TAILS)):
        return True  # "continuously", "efficient", "successful": how, not what
    if head.endswith(ADJECTIVE_TAILS_ANYWHERE):
        return True  # "the coffee giant's bullish (growth outlook)": an adjective ends no name
    if not rate and (head.endswith(DUTCH_ADJECTIVE_TAILS) or (_dutch_participle(head) and (
            head_end == 1 or phrase[head_end - 2].endswith(DUTCH_ADVERB_TAILS)))):
        return True  # "landelijke", "operationele", "duurzaam opgewekt", "bijgesteld": how or done, not what
    if len(head) > 3 and head.endswith(("'s", "’s")) and head[-3] not in "aeiouy":
        return True  # "men's", "the world's": an English possessive is not what is measured
    if head in ACTIVITY_NOUNS or head.endswith(ACTIVITY_TAILS) or head in WORK_PARTICIPLES or _work_going_on(head):
        return True  # "blog posts published", "medewerkersevenementen", "woningen gebouwd": work, not a result
    if head in ("period", "periode") and _a_duration(phrase, head_end):
        return False  # "the average payment period", "de proefperiode": a duration that is measured
    # "the business", "de staatssecretaris", "deze kabinetsperiode": no metric
    return (head in VAGUE_NOUNS and not rate and not (
        head in LINES_OF_BUSINESS and head_end > 1 and phrase[head_end - 2] not in COUNT_QUALIFIERS)) or (
        head.endswith(ACTOR_SUFFIXES) or head.endswith(INSTITUTIONS) or head.endswith(TIME_TAILS))


def _work_going_on(head: str) -> bool:
    """Issue 12, class "work as a gerund": "ramp up posting", "more publishing", "increase
    writing" name the work itself, not what it brings ("posting frequency" has another head)."""
    return len(head) > 5 and head.endswith("ing") and (
        head in ACTIVITY_VERBS or head[:-3] in ACTIVITY_VERBS or head[:-3] + "e" in ACTIVITY_VERBS)


def _a_duration(phrase: tuple[str, ...], head_end: int) -> bool:
    """Whether "period" after a noun names a duration that is measured: "the average payment period",
    "the trial period" (but "this period", "de komende periode", "the campaign period" as a time)."""
    before = phrase[head_end - 2] if head_end > 1 else ""
    return before.isalpha() and before not in TIME_WORDS and before not in RHYTHM_WORDS and (
        not before.endswith(("ly", "ig", "ige")))


def _dutch_participle(word: str) -> bool:
    """A Dutch past participle ("gestopt", "bijgesteld", "opgewekt", "gerealiseerd"): what was done,
    never a measure; nouns that look like one ("gebied", "gewicht", "gezondheid") are not."""
    if len(word) < 6 or not word.endswith(("d", "t", "en")) or word.endswith(NOUNS_LIKE_PARTICIPLES):
        return False
    if word.endswith("en"):  # "opgenomen", "toegenomen" (but "gezinnen", "gebieden" are nouns)
        return any(word.startswith(particle + "ge") and len(word) > len(particle) + 5 for particle in PARTICLES[1:])
    if word.startswith("ge") and not ((len(word) <= 12 or word.endswith("eerd")) and word.endswith(
            BARE_PARTICIPLE_TAILS)):
        return False  # ("geluidsoverlast", "gemeentegeld": compounds of nouns in ge-; but "gecommitteerd")
    return any(word.startswith(particle + "ge") and len(word) > len(particle) + 5 for particle in PARTICLES)


def _spells_out(words: Sequence[str], acronym: str) -> bool:
    """Whether ``acronym`` abbreviates ``words``: their initials, or the same known metric."""
    if len(acronym) > 6 or not acronym.isalpha():
        return False
    letters = acronym.rstrip("s")
    for size in range(min(len(words), len(letters)), 1, -1):
        if "".join(word[0] for word in words[-size:]) in letters:
            return True  # "daily active users (mDAUs)": the initials inside the acronym
    known = METRIC_WORDS.get(acronym)
    # ("Gross Profit Margin": a word of five letters or more is a word, not the name's acronym)
    return len(letters) <= 4 and known is not None and known == known_metric(words)


def known_at_head(phrase: Sequence[str], end: int) -> tuple[Metric | None, int]:
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


def known_metric(phrase: Sequence[str]) -> Metric | None:
    return known_at_head(phrase, len(phrase))[0] if phrase else None


def is_number(tokens, used: list[bool], i: int) -> bool:
    kind, word, _ = tokens[i]
    if used[i]:
        return False
    return kind in ("num", "range") or (kind == "word" and (word in COUNTING_WORDS or (
        word not in ARTICLES and word_number(word) is not None)))


def list_number(tokens, i: int) -> bool:
    """Whether the number at ``i`` numbers a list item: a small whole number that opens the text
    ("2. Increase referral hires …"), not a change ("a 15% increase in …")."""
    if i != 0 or tokens[i][0] != "num":
        return False
    value, percent, currency = tokens[i][2]
    return not percent and currency is None and value == int(value) and 0 < value < 100
