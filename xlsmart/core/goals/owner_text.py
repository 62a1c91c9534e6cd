"""Owners read from the text as written: where capitals, brackets and Dutch word order tell the
subject that the word list alone does not.

A relative clause in brackets between a subject and its verb ("Staatssecretaris X (die … gaat)
wil"), the subject after the verb of a Dutch sentence that opens with a time or means ("Met de
investering kan De Halve Maan …", "Toch roept de watermaatschappij … op"), a surname with its
particle ("Van Engen wil …"), the organisation that opens a sentence whose intent comes later as an
infinitive ("De discounter liet weten … te willen openen"), and names in capitals that the metric
reader may have taken for the metric ("ITC Hotels"); and who holds a goal noun: "Globex with plans to …",
"a goal for the conference to …". ``actors.py`` asks them when the words alone
name nobody; ``subjects.py`` has the noun phrases they check.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..lexicon.owners import (
    ACTING,
    ACTOR_SUFFIXES,
    DUTCH_STRONG_PAST,
    FRONTING,
    GOVERNING,
    INTENT_VERBS,
    INVERTING_VERBS,
    LOOKALIKE_TAILS,
    NOT_BEFORE_A_SUBJECT,
    NOT_OWNERS,
    NOT_VERB_FORMS,
    ORGANISATION_TAILS,
    ROLE_LABEL_WORDS,
    STATIVE_VERBS,
)
from ..lexicon.word_classes import DETERMINERS
from .subjects import as_owner, capitalised, governed, name_word, phrase_before


def opening_subject(words: list[str], kinds: list[str], metric: frozenset[str], text: str) -> str | None:
    """The organisation or name that opens the sentence, as the subject of an infinitive of intent
    later in it: "De discounter liet weten … te willen openen", "KPN herhaalt de plannen om … te
    willen realiseren". Its words are all in capitals, or it ends in an organisation noun."""
    k = 1 if words and words[0] in DETERMINERS else 0
    for n in (3, 2, 1):
        phrase = words[k:k + n]
        if len(phrase) == n and all(name_word(words[j], kinds[j]) for j in range(k, k + n)) and (
                phrase[-1].endswith(ORGANISATION_TAILS) or all(capitalised(word, text) for word in phrase)):
            return as_owner(words[:k + n], metric)
    return None


def names_in(text: str) -> frozenset[str]:
    """The words of names written in capitals in ``text``: runs of two or more capitalised words
    ("Chunghwa Telecom", "ITC Hotels"; an acronym alone, "SLA", "CO2", may be the metric). A metric
    reader that took one of them read a name; the owner reader does not count them as the metric."""
    names = set()
    for run in _NAME_RUN.findall(text):
        run_words = run.lower().split()
        if run_words[0] in DETERMINERS:
            run_words = run_words[1:]  # ("De SLA moet …": an article at the start has its capital anyway)
        if len(run_words) > 1:
            names.update(run_words)
    return frozenset(names)


_NAME_RUN: Final = re.compile(r"\b[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)+\b")


def title_cased_in(words: str, text: str) -> bool:
    """Whether ``words`` (lower case) stand in ``text`` title-cased or with a capital first letter:
    "Northwind Traders", "Email list"; then :func:`names_in` may have a name the metric reader took."""
    title, capital = _capitalised(words)
    return title in text or capital in text


@lru_cache(maxsize=4096)  # (goals name the same few metrics: their capitalised forms are made once)
def _capitalised(words: str) -> tuple[str, str]:
    return words.title(), words[:1].upper() + words[1:]


def without_bracketed_clause(words: list[str], kinds: list[str], text: str) -> tuple[list[str], list[str]]:
    """The words without a relative clause in brackets between a subject and its verb: in
    "Staatssecretaris Van Veldhoven (die over het fietsbeleid gaat) wil …" the subject is before it."""
    close = text.find(") ")
    if close < 0 or close + 2 >= len(text) or not text[close + 2].islower():
        return words, kinds  # (the quick test: between a subject and its verb, a word in lower case follows the bracket)
    found = _BRACKETED_CLAUSE.search(text) if not RELATIVES.isdisjoint(words) else None
    if found is None:  # ("Lisa (head of sales) will close …": a role between a name and its verb)
        found = _BRACKETED_APPOSITION.search(text)
    if found is None:
        return words, kinds
    inside = _WORD.findall(found.group(1).lower())
    if not inside:  # only signs in the brackets ("(?)", "(…)"): no words to take out
        return words, kinds
    for at in range(len(words) - len(inside) + 1):
        if words[at] == inside[0] and words[at:at + len(inside)] == inside:
            return words[:at] + words[at + len(inside):], kinds[:at] + kinds[at + len(inside):]
    return words, kinds


_BRACKETED_CLAUSE: Final = re.compile(r"\(((?:die|dat|who|which|that) [^()]{3,120})\)", re.IGNORECASE)
RELATIVES: Final = frozenset({"die", "dat", "who", "which", "that"})
# A short apposition in brackets after a name and before a word in lower case (the verb): "Lisa (head of sales)
# will …", "Acme (opgericht in 2005) wil …"; not an acronym or a figure, which names nothing the verb needs.
_BRACKETED_APPOSITION: Final = re.compile(r"[A-Z][\w'’-]*\s+\(((?:[^()\d]\S*\s*){1,6})\)\s+(?=[a-z])")


_WORD: Final = re.compile(r"[\w'’-]+")


def subject_after_fronted_phrase(text: str, metric: frozenset[str]) -> str | None:
    """The name right after the verb when a Dutch sentence opens with a time, place or means (the
    verb comes second, its subject third): "Na een goed eerste jaar aast Orange op …", "Met de
    investering kan De Halve Maan doorgroeien …", "Zo wil Double Dutch …". Any verb will do, so
    the name must be written with capitals where no sentence starts."""
    found = _FRONTED.match(text)
    if found is None or not (_finite_verb(found.group(1)) or (
            _past_singular(found.group(1)) and text[:found.start(1)].split()[-1].lower() not in DETERMINERS)):
        # ("In 2026 opende Action …", "Dit jaar verwelkomde Walibi …": a weak past tense before the name;
        # after an article it is an adjective: "bij de gemiddelde Vlaming")
        return _organisation_after_fronted_verb(text, metric)  # ("In Tilburg werken enkele Duitse …": a kind)
    if found.group(2)[0] in "dh" and _NO_NAME_AFTER_ARTICLE.fullmatch(found.group(2)):
        return _organisation_after_fronted_verb(text, metric)  # ("kan de Goudse kaasmakerij", "moet de CO2-uitstoot")
    name = found.group(2).lower().split()
    if len(name) > 1 and name[-1].isdigit() and _COUNTED_NEXT.match(text, found.end(2)):
        name = name[:-1]  # ("opende Action 300 winkels": the number counts the noun after it; "Radio 538 wil" keeps it)
    if name[0] in FRONTING or name[-1] in NOT_OWNERS:
        return None
    # (the name was written with capitals mid-sentence, so it is no metric, whatever the metric reader took)
    return as_owner(name, frozenset(word for word in metric if word not in name))


def _organisation_after_fronted_verb(text: str, metric: frozenset[str]) -> str | None:
    """An organisation noun with its article right after the verb: "Toch roept de grootste Vlaamse
    watermaatschappij burgers op …", "Dit jaar investeert het ziekenhuis …"."""
    found = _FRONTED_VERB.match(text)
    if found is None or not (_finite_verb(found.group(1)) or _past_singular(found.group(1)) or _plural_verb(found)) or (
            found.group(1) in STATIVE_VERBS):
        return None  # ("Op dit moment telt het bedrijf 270 vestigingen": what is, the baseline)
    after = found.group(2).lower().split()
    for n in range(1, min(4, len(after))):
        if after[n] in GOVERNING:
            break  # ("Volgens de norm moet de bereikbaarheid van bedrijven …": the organisation is governed)
        if after[n].endswith(ORGANISATION_TAILS) and not after[n].endswith(LOOKALIKE_TAILS):
            return as_owner(after[:n + 1], metric)
    return None


def _plural_verb(found: re.Match[str]) -> bool:
    """A Dutch plural verb before "de" and a plural organisation noun: "Daarmee liggen de
    supermarkten op koers …", "Dit jaar openen de bibliotheken …" (particular ones, with their
    article; "Nu gebruiken Nederlanders …" has none)."""
    verb, after = found.group(1), found.group(2).lower().split()
    return (len(verb) > 4 and verb.endswith("en") and verb not in NOT_BEFORE_A_SUBJECT and after[0] == "de"
            and len(after) > 1 and after[1].endswith(ORGANISATION_TAILS) and after[1].endswith("en"))


def _past_singular(word: str) -> bool:
    """A Dutch past tense in the singular before an article: "In 2014 tekende het stadsbestuur …",
    "Vorig jaar opende de bibliotheek …" (before a name, an adjective in -de is likelier: "de
    gemiddelde Vlaming")."""
    return len(word) > 5 and word.endswith(("de", "te")) and word not in NOT_BEFORE_A_SUBJECT


# The opening phrase, a verb in lower case, then an article: "Toch roept de …", "Dit jaar kiest het …".
_FRONTED_VERB: Final = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’€%.-]+){0,6}?,? ([a-z]{2,}) ((?:de|het) [\w -]{3,80})")


def _finite_verb(word: str) -> bool:
    """A Dutch verb in the singular, as the second part of a sentence: a known verb of intent or
    acting ("wil", "kan", "opent"), or a word in -t ("aast", "mikt"); not a plural in -en, which
    goes with a kind of people ("Nu gebruiken Nederlanders …"), nor a role before a name
    ("woordvoerder Elvira Bos")."""
    if word in NOT_BEFORE_A_SUBJECT:
        return False
    return word in INVERTING_VERBS or word in ACTING or word in ("kan", "zal", "moet") or (
        word in DUTCH_STRONG_PAST) or (len(word) > 2 and word.endswith("t"))


# A plural noun or a number word after a number: the number counts it ("300 winkels", "1 miljoen").
_COUNTED_NEXT: Final = re.compile(r" [a-z][\w-]*(?:en|s|joen|jard|duizend|honderd)\b")
# The opening phrase (up to eight words, no sentence end), the verb, then a name in capitals.
_FRONTED: Final = re.compile(r"^[A-Z][\w'’-]*(?:[ ,]+[\w'’€%.-]+){0,8}?,? ([a-z]{2,}) "
                      r"((?:[Dd]e |[Hh]et )?[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|\d{1,4})){0,3})(?= [a-z\d])")
# (the article of a name stands in lower case after the verb: "Met de campagne probeert het Rode Kruis …")
# After a lower-case article one capitalised word is no name when it is an adjective of place or
# holds a digit: "de Goudse kaasmakerij", "de Vlaamse regering", "de CO2-uitstoot".
_NO_NAME_AFTER_ARTICLE: Final = re.compile(r"(?:de|het) (?:[A-Z][\w'’-]*e|[\w'’-]*\d[\w'’-]*)")


def surname_before(words: list[str], i: int, word: str, text: str) -> str | None:
    """A Dutch surname with its particle right before the verb at ``i``, written with capitals
    ("Van Engen wil …", "Wethouder Van der Laan wil …"); not one governed by a preposition
    ("het aantal klanten van De Boer moet …", "Volgens directeur Van Dam gaat …")."""
    named = _SURNAME.search(text)
    while named is not None and named.group(2).lower() != word:
        named = _SURNAME.search(text, named.end(1))
    if named is None:
        return None
    name = named.group(1).lower().split()
    p = i - len(name)
    if p < 0 or words[p:i] != name or (p > 0 and words[p - 1] in GOVERNING) or governed(words, p):
        return None
    return named.group(1).lower()


_SURNAME: Final = re.compile(r"(?<![\w'’])((?:Van|Ter|Ten|Vande|Vander)(?: (?:der|den|de|het|'t))? [A-Z][\w'’-]+)"
                      r" ([a-z]+)\b")


def holder_around(words: list[str], kinds: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """Who has the goal noun at ``i``: "Dollar General with plans to …", "het bedrijf, met als doel
    …" (the noun before "with"), "set a goal for the conference to …", "a key objective for the
    NSW state government" (the organisation after "for")."""
    j = i - 1
    while j > 0 and (words[j] in DETERMINERS or words[j] in ("als", "its", "their", "zijn", "haar")):
        j -= 1
    if j > 0 and words[j] in ("with", "met"):
        owner = phrase_before(words, kinds, j, metric)
        if (owner is not None and " " in owner) or (owner or "").endswith(ORGANISATION_TAILS):
            return owner  # (a bare word before "with" is too little: "growth with a target of …")
    if i + 3 < len(words) and words[i + 1] == "for" and words[i + 2] in ("the", "our", "its"):
        end = i + 3
        while end < len(words) and end < i + 7 and name_word(words[end], kinds[end]):
            end += 1
        if (end < len(words) and words[end] == "to") or (end > i + 3 and (
                words[end - 1].endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES)
                or capitalised(" ".join(words[i + 3:end]), text))):
            return as_owner(words[i + 2:end], metric)  # (not "a target for the quarter", a time)
    return None


def subject_opening_a_sentence(text: str, verb: str, metric: frozenset[str]) -> str | None:
    """The subject that opens a later sentence of the goal right before its verb: "Retention sits at
    87 % in your deck. Leadership wants it at 110 % …", "… areas. RI leaders approved …" (the words
    alone run on across the full stop)."""
    found = _sentence_subject(verb).search(text)
    if found is None:
        return None
    words = found.group(1).lower().split()
    names = words[1:] if words[0] in DETERMINERS else words
    if not names or names[0] in FRONTING or names[0] in GOVERNING or not all(name_word(w, "word") for w in names):
        return None  # ("In 2025 …", "Tegen dan …", "Orient them and …": no subject)
    if len(words) == 1 and not (words[0].endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES) or words[0] in ROLE_LABEL_WORDS):
        return None  # (one bare word opening a sentence may be an adverb: "Daarbij", "After")
    return as_owner(words, frozenset(word for word in metric if word not in words))


@lru_cache(maxsize=256)  # (a few verbs of intent)
def _sentence_subject(verb: str) -> re.Pattern[str]:
    return re.compile(r"[.!?;]\s+((?:The |De |Het |Our |Onze )?[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}?) "
                      + re.escape(verb) + r"\b", re.IGNORECASE if not verb.isalpha() else 0)


def verb_form(owner: str, text: str) -> bool:
    """Whether a one-word owner is a verb form written in lower case ("implemented", "running")."""
    return (" " not in owner and owner.endswith(("ed", "ing")) and len(owner) > 4 and owner not in NOT_VERB_FORMS
            and not capitalised(owner, text))


def antecedent_of_dat(words: list[str], kinds: list[str], d: int, metric: frozenset[str], text: str) -> str | None:
    """Issue 12, class "a pronoun after "dat" points back to the speaker": in "De organisatie gaf
    aan dat ze 3500 bezoekers hoopte te trekken", "Vooraf liet het museum weten dat het …" the
    subject of the clause at ``d`` is a pronoun for the subject of the sentence that says it: the
    organisation that opens the sentence, or the name after a fronted time or place."""
    if d + 1 >= len(words) or words[d + 1] not in _BACK_POINTING:
        return None
    if words[0] in FRONTING or words[0] in _OPENING_ADVERBS:
        return subject_after_fronted_phrase(text, metric)  # ("Vooraf gaf de organisatie aan dat ze …")
    return opening_subject(words, kinds, metric, text)


_BACK_POINTING: Final = frozenset({"ze", "zij", "hij"})
_OPENING_ADVERBS: Final = frozenset({"vooraf", "eerder", "destijds", "gisteren", "vandaag"})


def opening_acronym(text: str, words: list[str]) -> str | None:
    """Issue 12, class "an acronym that reads as a word": a name or department written in capitals
    at the start, whose lower case is a function word the other readers skip ("IT wil het aantal
    storingen …", "IT will cut …", "ONE will reach …"), before a verb of intent. An acronym of a
    measure ("KPI will …", "ROI moet …") is none."""
    found = _OPENING_CAPITALS.match(text)
    if found is None or len(words) < 2 or words[1] not in INTENT_VERBS:
        return None
    lower = found.group(1).lower()
    if lower not in _FUNCTION_WORDS or words[0] != lower:
        return None  # (any other acronym is read as a name by the other readers)
    return lower


_OPENING_CAPITALS: Final = re.compile(r"([A-Z]{2,4})\s+[a-z]")
# Words that an acronym in capitals may spell: "IT", "ONE", "US", "AS", "AND".
_FUNCTION_WORDS: Final = frozenset({"it", "one", "us", "as", "and", "or", "at", "on", "in", "is", "so", "do", "go", "be",
                             "het", "een", "om", "op", "de", "en"})
