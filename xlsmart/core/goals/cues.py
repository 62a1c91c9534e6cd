"""Cues: how strongly the words around a noun phrase say it is what the goal measures.

The words before a phrase (what governs it: a verb, a count, "the number of", a preposition) and
those after it (the numbers that belong to it, a Dutch verb at the end of the clause) each add or
take points; :func:`phrase_cues` sums them. A cue that proves the phrase is work or a speaker, not
a measure ("publish 20 posts", "vertelt directeur X"), rules it out (:data:`NOT_MEASURED`).
"""

from __future__ import annotations

from ..lexicon.directions import (
    ACQUISITION_VERBS,
    DIRECTION_PHRASES,
    DUTCH_DIRECTION_WORDS,
    IDIOM_AFTER,
    SEPARABLE_PARTICLES,
    WORD_DIRECTIONS,
)
from ..lexicon.metric_cues import (
    ACQUIRING,
    ADJECTIVES_AFTER_MORE,
    AND,
    AUXILIARY_VERBS,
    AVERAGES,
    BEFORE_A_NUMBER,
    BOOKED_NOUNS,
    BOOKING_VERBS,
    BOUND_PREPOSITIONS,
    BOUNDS,
    CHANGE_LINKS,
    CLAUSE_BREAKS,
    COMPARATIVES,
    COMPLEMENT_LINKS,
    CONSUMING,
    DESIRES,
    DOWN_UP,
    DUTCH_MODALS,
    DUTCH_VERB_FORMS,
    INTENSIFIERS,
    LABELS,
    LESS_WORDS,
    MODALS,
    MONEY_NOUNS,
    MONEY_VERBS,
    MUST,
    NUMBER_LINKS,
    OF,
    OF_UNITS,
    OPENING_ADVERBS,
    PARTICLE_ENDS,
    PHRASE_ENDS,
    PREPOSITIONS,
    RAISING_ADVERBS,
    RATES_OF,
    ROUGHLY,
    SCALE_SUFFIXES,
    SEPARABLE_STEMS,
    SHARES,
    SPEAKING,
    TIME_WORDS,
    WORK_NOUNS,
)
from ..lexicon.metrics import (
    metric_for_word,
)
from ..lexicon.owners import INTENT_VERBS
from ..lexicon.word_classes import (
    ACTIVITY_VERBS,
    BUILD_VERBS,
    CHANGE_NOUNS,
    COUNT_QUALIFIERS,
    DETERMINERS,
    MORE_WORDS,
    NOUN_OR_VERB,
    PERIOD_UNIT_NAMES,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
    RHYTHM_WORDS,
    can_be_built,
)
from .phrases import is_number, list_number, opens_quantity

# A cue that proves a phrase is no measure ("publish 20 posts", "…, vertelt directeur X"): its score.
NOT_MEASURED = -10
# Quick tests first (most words are none of these): the words :func:`_past_the_count` may step back
# over, and every word :func:`_verb_after` may stop at but for a direction word (the caller's table).
_COUNT_TAILS = OF | SCALE_SUFFIXES | OF_UNITS | frozenset({"more", "meer", "extra", "+", "in", "of"})
_VERB_AFTER_WORDS = (MONEY_VERBS | ACQUISITION_VERBS | RAISING_ADVERBS | CONSUMING | ACTIVITY_VERBS | DUTCH_VERB_FORMS
                     | frozenset(SEPARABLE_PARTICLES))


def phrase_cues(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool], start: int,
                end: int, english: bool = True, opening: int | None = None) -> int:
    """How strongly the words around ``words[start:end]`` say it is what the goal measures.

    ``opening`` is where the first word stands that is no determiner or label (:func:`clause_opening`),
    worked out once a goal rather than once a phrase."""
    before = _cues_before(tokens, words, used, directions, flags, start, end, english)
    if before is None:
        return NOT_MEASURED
    after = _cues_after(tokens, words, used, directions, flags, start, end, english, opening)
    return NOT_MEASURED if after is None else before + after


def _cues_before(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool],
                 start: int, end: int, english: bool) -> int | None:
    """The cues before the phrase: skip determiners, qualifiers and "the number of", then look at
    what governs it. None when that proves the phrase is no measure."""
    score = 0
    i = start - 1
    more = False
    while i >= 0 and (words[i] in DETERMINERS or words[i] in COUNT_QUALIFIERS
                      or (words[i] in OF and i > 0 and (words[i - 1] in QUANTITY_WORDS or _rate_of(words, flags, i - 1)))
                      or (words[i] in QUANTITY_WORDS and opens_quantity(words, i))
                      or _rate_of(words, flags, i)
                      or (words[i] in AVERAGES and words[i + 1] in QUANTITY_WORDS)):
        if words[i] in QUANTITY_WORDS or words[i] in RATES_OF:  # (the loop let in only a bare rate)
            score = 3  # "het aantal X", "the number of X", "the rate of repeat customers": X is counted
        more = more or words[i] in MORE_WORDS
        i -= 1
    if more:
        if end - start == 1 and metric_for_word(words[start]) is None and english and (
                words[start].endswith(ADJECTIVES_AFTER_MORE)) and (
                end == len(words) or words[end] in ("than", "dan", "and", "en", "or", "of")):
            return None  # "stronger, more sustainable and more digital": an adjective, not a metric
        # "meer vrouwen", "more website traffic": a direction said of X (less where a number counts it)
        score += 1 if i >= 0 and is_number(tokens, used, i) else 3
    if i > 0 and words[i] in _COUNT_TAILS:
        i = _past_the_count(tokens, words, used, i)
    if i < 0:
        return score
    if more and words[i] in CONSUMING and words[i + 1] in LESS_WORDS:
        return score + 3  # "use less paper", "verbruik minder energie": what is used up is measured
        # (but "use more AI" is taking up a tool: work)
    governed = _governed_by(tokens, words, used, directions, start, end, english, i)
    if governed is None:
        governed = _linked_by(tokens, words, used, directions, flags, end, english, i)
    return None if governed == NOT_MEASURED else score + governed


def _past_the_count(tokens, words: list[str], used: list[bool], i: int) -> int:
    """Back past a count's own words to what governs the count: "20% of revenue", "65,000 tonnes of packaging"."""
    if words[i] in OF and is_number(tokens, used, i - 1):
        i -= 1  # "20% of revenue", "80% van de klanten"
    if i > 0 and words[i] in ("more", "meer", "extra") and is_number(tokens, used, i - 1):
        i -= 1  # "20 percent more in total donations"
    if i > 0 and words[i] == "+" and is_number(tokens, used, i - 1):
        i -= 1  # "a 30+ Tourism Sentiment Index"
    if i > 1 and words[i] in OF and words[i - 1] in OF_UNITS and is_number(tokens, used, i - 2):
        i -= 1  # "65,000 tonnes of packaging"
    if i > 0 and words[i] in SCALE_SUFFIXES and is_number(tokens, used, i - 1):
        i -= 1  # "$5B in visitor spend": a scale written after the number is part of it
    if i > 0 and words[i] in OF_UNITS and is_number(tokens, used, i - 1):
        i -= 1  # "60 kg restafval", "5 miljoen euro omzet"
    if i > 3 and words[i] in ("in", "of") and words[i - 1] in PERIOD_UNIT_NAMES and words[i - 2] in (
            "a", "per", "each", "every") and is_number(tokens, used, i - 3):
        i -= 3  # "$5000 a month in chiropractic services": past the rate to the number
    return i


def _rate_of(words: list[str], flags: list[bool], i: int) -> bool:
    """Whether a bare rate or share opens the phrase after it: "the rate of repeat customers", "the
    region's share of sales" (but in "market share of X" the compound is the name)."""
    return words[i] in RATES_OF and words[i + 1] in OF and (i == 0 or not flags[i - 1])


def _governed_by(tokens, words: list[str], used: list[bool], directions: dict[str, str], start: int, end: int,
                 english: bool, i: int) -> int | None:
    """The points for what governs the phrase at ``i``: a count, a verb (of work, of change, of
    money) or a speaker; :data:`NOT_MEASURED` for work or a speaker; None for none of these."""
    word = words[i]
    if word in SEPARABLE_STEMS and _particle_after(words, word, end):
        return 4  # "we bouwen onze zichtbaarheid uit", "wij dringen het verzuim terug": a split verb of change
    if is_number(tokens, used, i):
        if booked(words, i, end):
            return 6  # "Schedule 10 new patient appointments", "book 20 qualified meetings": a result won
        if activity_before(words, i, used) and not (can_be_built(words[end - 1]) and words[i - 1] in BUILD_VERBS):
            return NOT_MEASURED  # "publish 20 blog posts", "het organiseren van 4 evenementen": work done
        if english and i > 0 and words[i - 1] in ACQUIRING and metric_for_word(words[end - 1]) is None:
            # "selling 400000 vehicles a year … a 1.8 percent market share": the count a verb
            # acquires is what the goal measures, not a known metric named beside it
            return 6
        return 3
    if word in ACTIVITY_VERBS:
        if word not in BUILD_VERBS or not can_be_built(words[end - 1]):
            return NOT_MEASURED
        return 4  # "build my email list", "autoriteit opbouwen": to build a measure is to grow it
    if start > 1 and words[start - 1] in PHRASE_ENDS and (tuple(words[start - 3:start]) in DIRECTION_PHRASES or (
            tuple(words[start - 2:start]) in DIRECTION_PHRASES)):
        return 4  # "een zo hoog mogelijke sportparticipatie", "as many as possible X"
    if word in SPEAKING:
        return NOT_MEASURED  # "…, vertelt directeur Monique Sweep": who speaks, not what is measured
    if word in MONEY_VERBS and words[end - 1] in MONEY_NOUNS:
        return 4  # "make money with my show", "geld ophalen": money made is more money
    if word in BOUND_PREPOSITIONS and words[i + 1] in DETERMINERS:
        return None  # "onder de vlag van Delhaize", "below the industry average": a place or a reference
    if word in directions and words[start] in IDIOM_AFTER.get(word, ()):
        return 0  # "in growth mode", "a growth plan": a state or a plan, named; its word changes nothing
    if word in directions and not (word in CHANGE_NOUNS and i > 0 and (
            words[i - 1] in DETERMINERS or (is_number(tokens, used, i - 1) and not list_number(tokens, i - 1)))):
        return 4  # "increase X", but not "a 15% increase X"
    return None


def comparative_verb(words: list[str], k: int) -> bool:
    """Whether the Dutch comparative at ``k`` and the infinitive after it close the clause as
    one verb of change: "hoger stuwen", "lager krijgen", "omhoog brengen"."""
    nxt = k + 1
    return words[k] in RAISING_ADVERBS and nxt < len(words) and words[nxt].endswith("en") and len(words[nxt]) > 4 and (
        nxt + 1 == len(words) or words[nxt + 1] in PARTICLE_ENDS)


def _particle_after(words: list[str], stem: str, end: int) -> bool:
    """Whether the particle of a separable verb whose stem stands before the phrase closes the
    clause after it ("bouwen … uit", "dringen … terug", "voert … op")."""
    for k in range(end, min(len(words), end + 8)):
        word = words[k]
        if word in SEPARABLE_PARTICLES and stem in SEPARABLE_PARTICLES[word][1]:
            return k + 1 == len(words) or words[k + 1] in PARTICLE_ENDS
        if word in CLAUSE_BREAKS:
            return False
    return False


def _linked_by(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool], end: int,
               english: bool, i: int) -> int:
    """The points for the link before the phrase at ``i`` (a change, a share, a preposition) or a
    Dutch modal whose subject or object it is; 0 for none of these."""
    word = words[i]
    if word in CHANGE_LINKS and i > 0 and (words[i - 1] in CHANGE_NOUNS or words[i - 1] in directions or (
            words[i - 1] in ("trend", "trends"))):
        return 4  # "a 15% increase in open rate", "het verhogen van de tevredenheid", "the downward trend in X"
    if word in CHANGE_LINKS and word not in ("for", "voor") and i > 0 and is_number(tokens, used, i - 1):
        return 3  # "$100,000 in revenue", "20 percent more in total donations" (but "$25,000 for the shelter")
    if word in OF and i > 0 and words[i - 1] in SHARES:
        return 3  # "de helft van alle windmolens", "a third of our customers"
    if word in PREPOSITIONS and (i == 0 or flags[i - 1] or is_number(tokens, used, i - 1)):
        return -3  # "revenue from repeat customers", "likes op Facebook": a noun's complement
        # (after a verb it is the verb's object: "werken aan een betere doorstroming")
    if english or i == 0:
        return 0
    if word in DUTCH_MODALS and _subject_before(tokens, words, i) and direction_later(words, directions, end) and (
            not _object_follows(words, flags, end)):
        return 3  # "Alfen wil een omzet van 1 miljard realiseren": the object before the verb
    if word in MUST and tokens[i - 1][0] in ("num", "date") and (direction_later(words, directions, end) or any(
            is_number(tokens, used, k) or words[k] in COMPARATIVES for k in range(end, min(len(words), end + 8)))):
        return 3  # "In 2030 moet de CO2-uitstoot … 49% minder zijn": the subject after the inverted verb
    return 0


def _cues_after(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool],
                start: int, end: int, english: bool, opening: int | None) -> int | None:
    """The cues after the phrase: the numbers that belong to it ("from 10 to 20", "met 20%"), a verb
    it is the subject of, a Dutch verb at the end. None when that proves the phrase is no measure."""
    n = len(words)
    # Past what completes the phrase: "the conversion rate of the website by 25%", "Het werknemertal in
    # Dokkum moet …": what follows is this phrase's.
    j = end
    for _ in range(3):  # "De waardering van onze dienstverlening door onze inwoners is gestegen"
        if not (j + 1 < n and (words[j] in OF or words[j] == "aan" or (j > end and words[j] in COMPLEMENT_LINKS)) and flags[
                min(n, j + 1 + (words[j + 1] in DETERMINERS))]):
            break
        j += 1 + (words[j + 1] in DETERMINERS)
        while j < n and (flags[j] or (words[j] in AND and flags[j + 1])):
            j += 1  # ("van winkels en kantoren")
    if j + 1 < n and words[j] in ("in", "op", "bij", "at", "on") and flags[j + 1]:
        j += 1  # "Het werknemertal in Dokkum moet van 200 naar 500": past the place
        while j < n and flags[j]:
            j += 1
    score = 0
    if j < n and words[j] in CHANGE_NOUNS and not (start > 0 and flags[start - 1]):
        score += 3  # "revenue growth of 20%", "subscriber expansion"
    if j < n and words[j] in DESIRES and all(
            word in DETERMINERS or is_number(tokens, used, k) for k, word in enumerate(words[:start])):
        score -= 3  # "De zeven supermarkten hebben …", "Acme wants …": the one who wants, not the metric
    opens = start <= (clause_opening(words) if opening is None else opening)
    if not english and opens and not DUTCH_MODALS.isdisjoint(words[j:j + 4]) and (
            direction_later(words, directions, j)):
        if _object_after_modal(words, flags, j):
            score -= 4  # "Gent zal de uitstoot van zijn wagenpark verminderen": Gent acts, the uitstoot changes
        else:
            score += 3  # "Het goederenvervoer per trein moet in 2050 verdubbeld zijn": the subject changes
    if opens and _number_follows(tokens, words, used, directions, j):
        score += 3  # "Abandon rate: ≤ 5%", "Churn: below 3% by Q4": a key result's metric, then its target
    modal = j
    while j < n and words[j] in MODALS and not (words[j] in NUMBER_LINKS and j + 1 < n and is_number(tokens, used, j + 1)):
        j += 1  # "de bezettingsgraad moet van 78 naar 84 procent" (but "email list to 10,000" links its number)
    if j > modal and _changes_itself(words, directions, flags, j):
        score += 3
    while j < n and words[j] in RHYTHM_WORDS:
        j += 1  # "onze efficiëntie jaarlijks met gemiddeld 5 procent verbeteren"
    if j < n and words[j] in NUMBER_LINKS and _linked_number(tokens, words, used, j):
        score += 3
    compared = start > 0 and words[start - 1] in LESS_WORDS  # "minder drinkwater gebruiken": less of it
    verb = _verb_after(tokens, words, used, directions, flags, end, english, opens, j, compared)
    return None if verb is None else score + verb


def _changes_itself(words: list[str], directions: dict[str, str], flags: list[bool], j: int) -> bool:
    """Whether the direction verb at ``j`` (after a modal) has the phrase as its subject: "our
    congregation will grow", "their sales to grow by $5,000", "… to be reduced"; with an object
    after the verb ("Sarah will grow the pipeline") the subject is who acts."""
    n = len(words)
    return j < n and words[j] in directions and words[j] not in COMPARATIVES and (
        words[j] not in NOUN_OR_VERB) and not (j + 1 < n and (
            (words[j + 1] in DETERMINERS and not (j + 2 < n and words[j + 2] in TIME_WORDS))
            or flags[j + 1]))


def _linked_number(tokens, words: list[str], used: list[bool], j: int) -> bool:
    """Whether a number follows the link at ``j`` within three words ("van minimaal 1 miljard")."""
    n = len(words)
    k = j + 1
    while k < n and k <= j + 3 and (words[k] in DETERMINERS or words[k] in BEFORE_A_NUMBER):
        k += 1
    return k < n and is_number(tokens, used, k)


def _verb_after(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool], end: int,
                english: bool, opens: bool, j: int, compared: bool = False) -> int | None:
    """The points for the verb that ends the clause after the phrase (Dutch puts it last): a
    direction verb near it, money made, a count's own verb; None for work done to it."""
    window = words[j:j + 6]
    if _VERB_AFTER_WORDS.isdisjoint(window) and directions.keys().isdisjoint(window):
        return 0  # (the common case: no word below could say anything, settled by two set tests)
    n = len(words)
    k = j
    while k < n and k < j + 6 and not flags[k]:
        word = words[k]
        if not english and word in MONEY_VERBS and words[end - 1] in MONEY_NOUNS:
            return 3  # "geld verdienen met de webshop"
        if not english and word in ACQUISITION_VERBS and word not in ACTIVITY_VERBS and word not in directions:
            return 1  # "vijf miljoen bezoekers te kunnen trekken, investeren …": the count's own verb ends the scan
        if not english and comparative_verb(words, k):
            return 3  # "de winst nog hoger stuwen", "de score hoger krijgen": a comparative and its verb
        if compared and word in CONSUMING:
            return 3  # "28 liter minder drinkwater gebruiken", "minder papier verbruiken": what is used up is measured
        if word == "door" and k + 1 < n and words[k + 1] != "te" and words[k + 1] not in SEPARABLE_PARTICLES[word][1]:
            return 0  # "25% meer omzet door training van medewerkers": the means, not work done to it
        if word in ACTIVITY_VERBS and k <= j + 3 and not english:
            if (word in BUILD_VERBS and can_be_built(words[end - 1])) or (
                    word in BOOKING_VERBS and words[end - 1] in BOOKED_NOUNS):
                return 3  # "autoriteit opbouwen", "30 intakegesprekken inplannen"
            return None  # "50 inactieve klanten opnieuw contacteren": the object of work (Dutch puts it last)
        if (word in directions or word in DUTCH_VERB_FORMS or word in SEPARABLE_PARTICLES) and (
                word not in COMPARATIVES and _ends_the_clause(tokens, words, used, directions, flags, opens, k)):
            # ("het theater meer kinderen …": a comparative is an adjective, not the verb)
            near = all(w in AUXILIARY_VERBS or w in INTENSIFIERS or used[m] or w in TIME_WORDS or (
                w == "naar" and word in DOWN_UP)  # ("het percentage volgend jaar weer daalt")
                       for m, w in enumerate(words[j:k], j)) or is_number(tokens, used, k - 1) or (
                k >= 2 and is_number(tokens, used, k - 2))  # ("de werkgelegenheid laten stijgen")
            return 3 if near else 1
        k += 1
    return 0


def _ends_the_clause(tokens, words: list[str], used: list[bool], directions: dict[str, str], flags: list[bool],
                     opens: bool, k: int) -> bool:
    """Whether the word at ``k`` is a direction verb the phrase is the object or subject of."""
    word = words[k]
    return ((word in directions and word not in NOUN_OR_VERB and (
        word in DUTCH_DIRECTION_WORDS or (opens and not _takes_object(tokens, words, used, flags, k))))
        or word in DUTCH_VERB_FORMS or (
        word in SEPARABLE_PARTICLES
        and not SEPARABLE_PARTICLES[word][1].isdisjoint(words[k + 1:k + 4])))  # "op te trekken"


def _object_after_modal(words: list[str], flags: list[bool], j: int) -> bool:
    """Whether a Dutch modal after the phrase has an object of its own: "… zal de uitstoot …"."""
    k = j
    while k < len(words) and words[k] in DUTCH_MODALS:
        k += 1
    return k > j and k + 1 < len(words) and words[k] in DETERMINERS and flags[k + 1] and (
        words[k] not in ("het", "dat", "dit") or (  # ("moet het …": often a dummy subject, but "gaat het
            k + 2 < len(words) and flags[k + 2]))  # vegetarische assortiment verdubbelen" has an object)


def _number_follows(tokens, words: list[str], used: list[bool], directions: dict[str, str], j: int) -> bool:
    """Whether a number or bound follows within three words with no verb between ("Churn: below
    3%"; but in "Greggs sells 140m rolls" the number is the verb's object)."""
    for k in range(j, min(len(words), j + 3)):
        if is_number(tokens, used, k) or words[k] in BOUNDS:
            return True
        if words[k] in directions or words[k] in INTENT_VERBS:
            return False
    return False


def _takes_object(tokens, words: list[str], used: list[bool], flags: list[bool], k: int) -> bool:
    """Whether the verb at ``k`` has an object, so the phrase before it acts ("Greggs sells 140m rolls")."""
    nxt = k + 1
    return nxt < len(words) and (words[nxt] in DETERMINERS or flags[nxt] or is_number(tokens, used, nxt)
                                 or words[nxt] in ACTIVITY_VERBS)


def booked(words: list[str], i: int, end: int) -> bool:
    """Whether the count at ``i`` is of what others agree to, booked: "schedule 10 appointments",
    "book 20 qualified meetings" (but "hold 4 meetings" is work)."""
    return words[end - 1] in BOOKED_NOUNS and any(
        word in BOOKING_VERBS for word in (*words[max(0, i - 3):i], *words[end:end + 3]))  # ("30 demo's inplannen")


def activity_before(words: list[str], i: int, used: list[bool] | None = None) -> bool:
    """Whether an activity verb governs the number at ``i``, perhaps through "of", "in", "a"."""
    j = i - 1
    while j >= 0 and j >= i - 4 and (words[j] in ("of", "van", "in", "a", "an", "een", "the", "de", "het", "at", "least",
                                                "minstens", "minimaal", "up", "to", "ten", "minste")
                                     or words[j] in ROUGHLY or words[j] in TIME_WORDS
                                     or words[j] in ("dit", "this", "deze") or (used is not None and used[j])):
        j -= 1  # ("open more than 30 new stores", "de opening van zo'n zes winkels", "opent dit jaar 40 winkels")
    return j >= 0 and (words[j] in ACTIVITY_VERBS or (words[j] in WORK_NOUNS and words[j + 1] in OF) or (
        words[j].endswith(("eren", "ëren")) and words[j + 1] == "van" and words[j] not in WORD_DIRECTIONS))


def _object_follows(words: list[str], flags: list[bool], end: int) -> bool:
    """Whether another phrase with an article follows before the verb: then the phrase before it is
    the subject ("moeten Nederlanders in 2035 het drinkwaterverbruik terugbrengen", "wil dat
    inwoners het waterverbruik verlagen"), and that phrase the object."""
    for k in range(end, min(len(words) - 1, end + 5)):
        if words[k] in DETERMINERS and words[k] not in ("dat", "die") and flags[k + 1] and (
                words[k - 1] not in PREPOSITIONS and words[k - 1] not in ("naar", "tot")):
            return True  # (but "de leefbaarheid in de stad verbeteren": a place, no object)
        if flags[k] or words[k] in DUTCH_DIRECTION_WORDS or words[k] in ACTIVITY_VERBS:
            return False
    return False


def _subject_before(tokens, words: list[str], i: int) -> bool:
    """Whether the verb at ``i`` has its subject before it ("Alfen wil", "wij willen"), so what
    follows is its object; after a time or place ("Tegen 2030 wil De Lijn") the subject follows."""
    before = words[i - 1]
    return tokens[i - 1][0] == "word" and (before in ("wij", "we", "ik", "zij", "ze", "hij", "men") or (
        before not in PHRASE_BREAKS and before not in TIME_WORDS and before not in DETERMINERS
        and before not in OPENING_ADVERBS))  # ("Tegelijkertijd wil het fusiebedrijf …": the subject follows)


def direction_later(words: list[str], directions: dict[str, str], end: int) -> bool:
    """Whether a Dutch direction verb follows within the clause ("… verhogen", "… realiseren")."""
    return any(word in DUTCH_DIRECTION_WORDS and word in directions and word not in COMPARATIVES
               for word in words[end:end + 12])


def clause_opening(words: list[str]) -> int:
    """Where the first word stands that is no determiner or key result's label: a phrase that
    starts there opens the clause ("Revenue grows", "De omzet stijgt", "KR2: Median
    time-to-first-value drops …")."""
    for k, word in enumerate(words):
        if word not in DETERMINERS and word not in LABELS:
            return k
    return len(words)
