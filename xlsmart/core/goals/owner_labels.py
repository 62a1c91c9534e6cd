"""Owners named by a label around the goal rather than in its sentence: a department in brackets
after a key result ("… by the end of the month (Marketing)"), a role or team before the goal's
colon ("CEO KR: …", "Marketing OKR: …", "Marketing: increase MQLs …", "Klantenservice – …"), and
a plural possessive before a goal noun ("One of Starbucks' objectives is …").

OKR files and KPI tables name the owning team in a heading or a bracket, not as a subject; the
labels are read from the text as written, each behind a one-character test (a bracket at the end,
a colon or dash, a possessive apostrophe), so most goals pay nothing. ``actors.py`` asks first.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.owners import ACTOR_SUFFIXES, NOT_ROLE_ACRONYMS, ORGANISATION_TAILS, ROLE_LABEL_WORDS
from ..lexicon.word_classes import DETERMINERS
from .subjects import SPOKESPEOPLE, as_owner


def labelled_owner(text: str) -> str | None:
    """The team, role or organisation a label names as the goal's owner, or None.

    >>> labelled_owner("Marketing: increase MQLs by 30% in Q1")
    'marketing'
    """
    if text[:4] in ("For ", "Voor", "Bij ") or text[:3] == "At ":
        holder = _holder_before_the_goal(text)
        if holder is not None:
            return holder
    if ":" in text and _OWNER_LABEL_HINTS.intersection(text.lower().split()):
        named = _owner_label(text)
        if named is not None:
            return named
    if "):" in text or "@" in text:
        named = bracketed_before_colon_or_handle(text)
        if named is not None:
            return named  # ("KR2 (Marketing): …", "… by Q3 (@jane)")
    close = text.rfind(")")
    if close > len(text) - 4:  # a department in brackets at the end: "… by the end of the month (Marketing)"
        start = text.rfind("(", 0, close) + 1
        if text[start:start + 1].isalpha() and text[start:close].strip().lower() in _BRACKETED_DEPARTMENTS:
            return text[start:close].strip().lower()
    labelled = _PLURAL_POSSESSIVE.search(text) if "s'" in text or "s’" in text else None
    if labelled:
        return labelled.group(1)
    if ":" in text:
        role = _role_label(text)
        if role is not None:
            return role
    elif "-" not in text and "–" not in text and "—" not in text:
        return None  # (the quick test: a heading ends in a colon or a dash)
    return _department_heading(text)


def attributed_with_zo(text: str) -> str | None:
    """Issue 12, class "a goal attributed with zo": "Dat moet in 2035 gedaald zijn naar 100 liter, zo
    meldt het kabinet vrijdag", "…, zo stelde het Kabinet vorig jaar": the Dutch "zo" takes the whole
    goal as what the body states, so it is the body's own (as a quoted goal is its speaker's). A
    spokesperson speaks for someone else and news media report others' plans ("zo meldt het
    Dagblad"): they own nothing."""
    if ", zo " not in text:
        return None
    found = _ZO_SPEAKER.search(text)
    if found is None:
        return None
    words = found.group(1).rstrip(".,").lower().split()
    if not SPOKESPEOPLE.isdisjoint(words) or words[-1].endswith(_MEDIA) or not (words[-1].endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES) or any(
            word[0].isupper() for word in found.group(1).split()[1:] or found.group(1).split())):
        return None
    return as_owner(words, frozenset())


def _holder_before_the_goal(text: str) -> str | None:
    """Issue 12, class "whose goal it is, fronted with for/voor": "For Acme, the goal is 20 % more
    repeat customers", "Voor de gemeente is het doel 20 % minder afval": the organisation the goal
    is for holds it; a time, an example or the reader ("For 2027, …", "For example, …", "Voor de
    klant is …") holds nothing."""
    found = _FOR_HOLDER.match(text)
    if found is None:
        return None
    holder = found.group(1)
    words = holder.lower().split()
    if not (words[-1].endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES) or any(word[0].isupper() for word in holder.split()[
            1 if words[0] in DETERMINERS else 0:])):
        return None
    return as_owner(words, frozenset())


def _owner_label(text: str) -> str | None:
    """Issue 12, class "an owner label in the text": "… (owner: Marketing)", "KR: 500 MQLs - Owner: Jane
    Smith", "Eigenaar: afdeling Communicatie", "Verantwoordelijke: het salesteam": a KPI line that
    names its owner in a field of its own (as the Owner column would)."""
    found = _OWNER_FIELD.search(text)
    if found is None:
        return None
    named = found.group(1).strip(" -–")
    words = named.lower().split()
    if not words or words[0] in ("tbd", "n/a", "nvt", "tbc", "?") or any(word in ("you", "je", "jij", "u") for word in words):
        return None
    return named.lower()


def _role_label(text: str) -> str | None:
    """The role or department that labels the goal: "CEO KR: …", "SDR goal: …", "Marketing OKR: …"."""
    found = _ROLE_LABEL.search(text)
    if found is None:
        return None
    label = found.group(1)
    if label.endswith((" team", " dept", " department", " afdeling")):
        return label.lower()  # ("Growth team OKR: …": a team of its own)
    for word in label.split():
        lower = word.lower()
        if lower in ROLE_LABEL_WORDS or (word.isupper() and word.isalpha() and lower not in NOT_ROLE_ACRONYMS):
            return label.lower()
    return None


def bracketed_before_colon_or_handle(text: str) -> str | None:
    """Issue 12, class "a label's owner in brackets or by handle": a department in brackets before
    a key result's colon ("KR2 (Marketing): …", "Objective (Customer Success): …"), or a person's
    handle in brackets or at the end of the line ("… by Q3 (@jane)", "… by Q3 - @sam"), as OKR files
    on GitHub name who owns a line. An e-mail address is no handle.

    >>> bracketed_before_colon_or_handle("KR2 (Marketing): Increase MQLs by 20% by Q3")
    'marketing'
    """
    found = _BRACKET_BEFORE_COLON.match(text)
    if found is not None and found.group(1).lower() in DEPARTMENTS:
        return found.group(1).lower()
    found = _HANDLE.search(text)
    return found.group(1).lower() if found is not None else None


def _department_heading(text: str) -> str | None:
    """Issue 12, class "a team named in a heading": a department alone before the goal's colon or
    dash ("Marketing: increase MQLs by 30 %", "Sales & Marketing – …", "Klantenservice: …") owns the
    goal as "Marketing OKR:" does; a topic before it ("Growth:", "Doel:", "Q1:") names nobody."""
    found = _HEADING.match(text)
    if found is None:
        return None
    label = found.group(1).lower()
    parts = [part.strip() for part in re.split(r"&|/|\band\b|\ben\b", label)]
    named = [part[:-5] if part.endswith((" team", " dept")) else part for part in parts]  # ("Sales Team:")
    return label if all(part in DEPARTMENTS for part in named) else None


_ROLE_LABEL: Final = re.compile(r"^\W*([A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,3}(?: team| dept| department| afdeling)?) "
                                r"(?:KRs?|OKRs?|goals?|objectives?|targets?|"
                         r"key results?|doel|doelen|doelstelling) ?\d*:")
# ", zo meldt het kabinet", ", zo stelde directeur Jan Smit": the verb of saying, then who says it.
_ZO_SPEAKER: Final = re.compile(r", zo (?:meldt|meldde|melden|stelt|stelde|stellen|zegt|zei|zeggen|schrijft|schreef|laat|liet|"
                         r"verklaart|verklaarde|kondigt|kondigde|maakt|maakte) ((?:de |het )?[\w&'’.-]+(?: [A-Z][\w&'’.-]*){0,3})")
# News media report what others plan: "zo meldt het Dagblad", "zo schrijft de krant", "zo meldt persbureau ANP".
_MEDIA: Final = ("blad", "krant", "courant", "nieuws", "persbureau", "anp", "belga", "nos", "omroep", "zender", "site")
# An owner named in a field of its own: "(owner: Marketing)", "- Owner: Jane Smith", "Eigenaar: afdeling X".
_OWNER_FIELD: Final = re.compile(r"\b(?:[Oo]wners?|[Ee]igenaars?|[Rr]esponsible|[Vv]erantwoordelijke?|[Aa]ccountable|DRI|"
                          r"[Tt]rekker)\s*:\s*([^.;,:()\n]{2,50}?)\s*(?:[.;,()\n]|\s[-–—]\s|$)")
_OWNER_LABEL_HINTS: Final = frozenset({"owner:", "owners:", "eigenaar:", "eigenaars:", "responsible:", "verantwoordelijke:",
                                "verantwoordelijk:", "accountable:", "dri:", "trekker:", "(owner:", "(eigenaar:"})
# "For X, the goal is …", "Voor X is het doel …": the holder, then maybe "is", a determiner, two words and a goal noun.
_FOR_HOLDER: Final = re.compile(r"(?:For|Voor|Bij|At) ((?:the |de |het )?[\w&'’.-]+(?: [\w&'’.-]+){0,3}?),? (?:(?:is|zijn|ligt) )?"
                         r"(?:the |our |its |their |het |de |ons |onze |haar |hun )?(?:[\w-]+ ){0,2}?"
                         r"(?:goals?|targets?|aims?|objectives?|ambitions?|doel|doelen|streven|ambitie|doelstelling|"
                         r"bar|lat)\b")  # ("For the museum, the bar for 2027 is …", "Voor het museum ligt de lat op …")
# A department in brackets before a label's colon: "KR2 (Marketing): …", "Objective (Customer Success): …".
_BRACKET_BEFORE_COLON: Final = re.compile(r"^\W*[\w.-]+(?: [\w.-]+){0,3} \(([A-Za-z][\w &-]{1,30})\):")
# A person's handle in brackets or ending the line: "(@jane)", "- @sam" (not "jane@acme.com").
_HANDLE: Final = re.compile(r"(?:\(\s*|\s[-–—]\s*|\s)@([A-Za-z][\w.-]{1,30})\s*(?:\)|\W*$)")
# A department in brackets after a key result owns it: "… by the end of the month (Marketing)".
_BRACKETED_DEPARTMENTS: Final = frozenset({"marketing", "sales", "product", "support", "growth", "finance", "hr",
                                    "customer success", "cs", "communicatie", "verkoop", "klantenservice", "ops",
                                    "operations"})
# A plural possessive before the goal: "One of Starbucks' objectives is …".
_PLURAL_POSSESSIVE: Final = re.compile(r"\b([A-Z][\w&-]*s)['’]\s+(?:goals?|objectives?|targets?|aims?|plans?|ambitions?)\b")
# One to three capitalised words, maybe joined by "&", "/", "and", "en", then a colon or a spaced dash.
_HEADING: Final = re.compile(r"^\W*([A-Z][\w]*(?:\s*(?:&|/|and|en)?\s*[A-Z][\w]*){0,2})\s*(?::|\s[-–—])\s")

# Departments that own a goal when they head it alone ("Marketing: increase MQLs …", "Klantenservice –
# …"); a topic ("Growth:", "Product:") or the kind of goal ("Doel:") names nobody.
DEPARTMENTS: Final = frozenset({"marketing", "sales", "support", "finance", "hr", "engineering", "operations", "ops",
                         "verkoop", "communicatie", "klantenservice", "inkoop", "e-commerce", "ecommerce",
                         "pr", "communications", "comms", "fondsenwerving", "fundraising", "webteam", "salesteam",
                         "marketingteam", "recruitment", "hrm", "logistiek", "logistics", "procurement",
                         "customer success", "customer service"})
