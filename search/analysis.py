"""Text analysis of the search core: the same steps for records and for queries.

A text becomes a list of *tokens*:

1. lower-case, umlauts and ß folded (ä → a, ß → ss), other accents removed;
2. split into words of letters and digits ("On-Demand-Shuttle" → on, demand, shuttle);
3. stop words dropped ("der", "und", "the");
4. stemmed with the Snowball stemmer of the language (Bäume → baum, Sensoren and
   Sensorik → sensor, Mobilitaet and Mobilität → mobilitat);
5. German only: long words also give the stems of their endings of four letters or more
   (Baumbewässerung → …, bewasser, …), so that the second part of a compound is found
   ("Bewässerung" finds "Baumbewässerung"). German compounds end in their main word,
   so the ending is what the compound is about.

A query word matches a token that *starts with* its stem when the word has four letters
or more ("Parkraum" finds "Parkraumsteuerung", "Daten" finds "Datenplattform"), and only
the same token otherwise ("Ulm" does not find "Ulmer Straße" parts of other words).
Every token consists of the letters a–z and digits, so the same token lists mean the
same thing to PostgreSQL's ``simple`` text search and to SQLite's FTS5.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[a-z0-9]+")
FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe"})
STEMMERS = {"de": "german", "en": "english"}

# A compound's ending is indexed when the word has at least this many letters and the
# ending at least MIN_PART; the head must keep MIN_HEAD letters.
COMPOUND_MIN_WORD = 8
MIN_PART = 4
MIN_HEAD = 3
# Query words this long are matched as prefixes; one typo is tolerated from TYPO_MIN on.
PREFIX_MIN = 4
TYPO_MIN = 5


def _word_list(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = {
    "de": _word_list(
        """
    aber als am an auch auf aus bei beim bis da damit dann das dass dem den denen
    der des dessen die dies diese diesem diesen dieser dieses doch dort durch ein
    eine einem einen einer eines er es fur gegen hat hatte hier ich ihr ihre im in
    ins ist ja je jede jedem jeden jeder jedes kann man mit nach nicht noch nur ob
    oder ohne sehr sich sie sind so solche soll sollen sondern sowie uber um und uns
    unter vom von vor wann war waren was weil welche welchem welchen welcher welches
    wenn wer werden wie wir wird wo wurde wurden zu zum zur zwischen
        """
    ),
    "en": _word_list(
        """
    a about above after again all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers him his how i if
    in into is it its itself just me more most my no nor not of off on once only or
    other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your
    yours
        """
    ),
}


def fold(text: str) -> str:
    """Lower case without umlauts, ß or accents ("Straße" → "strasse")."""
    text = unicodedata.normalize("NFC", text).lower().translate(FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order (stop words included)."""
    return WORD.findall(fold(text or ""))


def language_of(language: str) -> str:
    return language if language in STEMMERS else "en"


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The Snowball stem of a folded word; numbers and short words stay as they are."""
    if len(word) < 3 or not word.isalpha():
        return word
    return _stemmer(language_of(language)).stemWord(word)


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS[language])


@lru_cache(maxsize=200_000)
def word_tokens(word: str, language: str) -> tuple[str, ...]:
    """The tokens one folded word contributes to a record: its stem and, in German,
    the stems of its endings."""
    tokens = [stem(word, language)]
    if language == "de" and len(word) >= COMPOUND_MIN_WORD and word.isalpha():
        for start in range(MIN_HEAD, len(word) - MIN_PART + 1):
            part = stem(word[start:], language)
            if len(part) >= MIN_PART and part not in tokens:
                tokens.append(part)
    return tuple(tokens)


def is_stop_word(word: str, language: str) -> bool:
    return word in STOP_WORDS[language_of(language)]


def document_tokens(text: str, language: str) -> list[str]:
    """The distinct tokens of a record's text, in order of first occurrence."""
    seen = {}
    for word in words(text):
        if is_stop_word(word, language):
            continue
        for token in word_tokens(word, language):
            seen.setdefault(token, None)
    return list(seen)


def surface_words(text: str, language: str) -> dict[str, str]:
    """Stem → the word as written (first occurrence), for "Did you mean …?"."""
    found = {}
    for match in re.finditer(r"\w+", unicodedata.normalize("NFC", text or "")):
        original = match.group()
        folded = words(original)
        if len(folded) != 1 or is_stop_word(folded[0], language) or not folded[0].isalpha():
            continue
        found.setdefault(stem(folded[0], language), original)
    return found


class QueryTerm:
    """One word of a query: what it matches, and the spelling to show."""

    __slots__ = ("word", "original", "stem", "prefix", "alternatives")

    def __init__(self, word: str, original: str, language: str):
        self.word = word  # folded
        self.original = original  # as typed
        self.stem = stem(word, language)
        self.prefix = len(word) >= PREFIX_MIN
        # Corrected spellings (stems) found for a word that matches nothing as typed.
        self.alternatives: list[str] = []

    @property
    def tokens(self) -> list[str]:
        return [self.stem, *self.alternatives]

    def __repr__(self):
        return f"QueryTerm({self.original!r}, stem={self.stem!r}, prefix={self.prefix})"


MAX_TERMS = 10


EXCLUDED = re.compile(r"(?:^|\s)-(\w+)")


def query_terms(text: str, language: str) -> list[QueryTerm]:
    """The words of a query that have to match, without stop words, repeats and the
    words excluded with a minus sign."""
    text = EXCLUDED.sub(" ", unicodedata.normalize("NFC", text or ""))
    terms, seen = [], set()
    for match in re.finditer(r"\w+", text):
        for word in words(match.group()):
            if is_stop_word(word, language):
                continue
            term = QueryTerm(word, match.group(), language)
            if term.stem in seen:
                continue
            seen.add(term.stem)
            terms.append(term)
    # A single letter beside other words is the head of a hyphenated word ("E-Mobilität",
    # "E-Ladesäulen"), not a word of its own: as a token it is in every text that writes
    # "E-Mail", so it would let the fallback show records for it alone. The phrase still
    # holds it for the title bonuses.
    if any(not _is_letter(term.word) for term in terms):
        terms = [term for term in terms if not _is_letter(term.word)]
    if not terms:
        # A query of stop words only ("The"): search them rather than nothing.
        terms = [QueryTerm(w, w, language) for w in dict.fromkeys(words(text))]
    return terms[:MAX_TERMS]


def _is_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def excluded_terms(text: str, language: str) -> list[QueryTerm]:
    """Words written with a minus sign in front ("Radwege -Schulweg"): no result holds them."""
    found = []
    for match in EXCLUDED.finditer(unicodedata.normalize("NFC", text or "")):
        for word in words(match.group(1)):
            found.append(QueryTerm(word, match.group(1), language))
    return found[:MAX_TERMS]


ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def one_edit_variants(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    inserts = {a + c + b for a, b in splits for c in ALPHABET}
    variants = deletes | transposes | replaces | inserts
    variants.discard(word)
    return variants


def normalized_phrase(text: str) -> str:
    """Folded words joined by single spaces, for exact and phrase matches of titles."""
    return " ".join(words(text))
