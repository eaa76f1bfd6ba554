"""Mentions of people, organisations, places and groups, with one canonical name each within an article.

spaCy's entities are the candidates. Each is trimmed to the name itself (no leading "the", no
possessive "'s", no title or role before a person's name), retyped where the article itself shows
the type is wrong (a surname of a known person tagged as a place or organisation; a name right after
a role word such as "spokesperson"), and given a canonical form: a person's full name for a
surname or first name ("Andrabi" -> "Tahir Andrabi"), an organisation's full name for the acronym
the article defines ("UNHCR" -> "United Nations High Commissioner for Refugees").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from ..records import Article, Mention
from ..stage import Stage, Work, per_article

VERSION = "1"
EXTRACTOR = f"entities@{VERSION}"



@dataclass(frozen=True)
class Words:
    """The word lists of one language: spaCy entity label -> mention type; the titles or roles before a person's
    name that are not part of it; the roles after which a name is a person's ("spokesperson Tahir Andrabi");
    the articles a name never starts with; the nouns of hazards that take a name, and the words between them and it."""

    mention_types: dict[str, str]
    titles: frozenset[str]
    roles_before: frozenset[str]
    leading_articles: frozenset[str]
    hazards: frozenset[str]
    hazard_openers: frozenset[str]


@functools.cache
def words_of(language: str) -> Words:
    def at(address: str) -> str:
        return lexicon.localized(address, language)

    return Words(lexicon.table(at("people.mention_types")), lexicon.words(at("people.titles")),
                 lexicon.words(at("people.roles_before_name")),
                 lexicon.words("text.articles") if language == "en" else lexicon.words(at("people.articles")),
                 lexicon.words(at("people.hazard_names")), lexicon.words(at("people.hazard_name_openers")))


MENTION_TYPES: dict[str, str] = words_of("en").mention_types
ACRONYM_RE = re.compile(
    rf"\b((?:[A-Z][\w’'&.-]*)(?:[^\S\n]+(?:{'|'.join(lexicon.terms('people.name_connectors'))}|[A-Z][\w’'&.-]*))+)"
    r"\s*\(([A-Z][A-Za-z]{1,11})\)"
)
POSSESSIVE = ("’s", "'s", "’", "'")


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    tokens: list[str]


def find_mentions(work: Work) -> dict[str, Any]:
    article, doc = work.article, work.products["doc"]
    text = article.text  # spaCy rebuilds Doc.text on every access: read the article's own copy
    words = words_of(doc.lang_)
    types = words.mention_types
    candidates = [c for ent in doc.ents if ent.label_ in types and (c := _trim(ent, types[ent.label_], text, words))]
    candidates = _with_nicknames(candidates, text)
    if doc.lang_ == "en":
        candidates = _joined_names(candidates, text)
    _retype(candidates, doc, words)
    if doc.lang_ == "fr":
        _retype_french(candidates, doc, words, text)
        candidates = _uncovered(candidates)
    mentions = _canonicalise(article, candidates, _entity_acronyms(doc, text) if doc.lang_ != "en" else {})
    return {"mentions": tuple(sorted(_with_dateline(article, mentions), key=lambda m: m.start))}


def _uncovered(candidates: list[Candidate]) -> list[Candidate]:
    """Without the names inside a longer one a name was stretched to ("Centre" inside "Centre pour les droits
    humains du Sahel")."""
    return [c for c in candidates if not any(o is not c and o.start <= c.start and c.end <= o.end
                                             and o.end - o.start > c.end - c.start for o in candidates)]


def _trim(ent, kind: str, text: str, words: Words) -> Candidate | None:
    """The name inside an entity span: without a leading article, a trailing possessive, or titles."""
    toks = list(ent)
    if (brk := next((k for k, t in enumerate(toks) if "\n" in t.text or "\n" in t.whitespace_), None)) is not None:
        # a name never runs across a line ("REUTERS/Stringer" + the next paragraph): up to the break, or after it
        toks = toks[:brk + 1] if toks[brk].text.strip() else toks[:brk]
    while toks and not toks[-1].text.strip():
        toks = toks[:-1]
    while toks and toks[0].lower_ in words.leading_articles:
        toks = toks[1:]
    while toks and toks[-1].text in POSSESSIVE:
        toks = toks[:-1]
    if kind == "person":
        while len(toks) > 1 and toks[0].lower_ in words.titles:
            toks = toks[1:]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix, start, end) and end - start > len(suffix) + 1:
            end -= len(suffix)
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    # the words as written: "Abdel-Moneim al-Haiti" is three words, not the tokens "Abdel - Moneim al - Haiti"
    return Candidate(start, end, kind, text[start:end].split())


# A quoted nickname between a person's first name and surname: ' "Dik" Days', ' “Tommy” Reyes'.
ENDS_WITH_NICKNAME_RE = re.compile(r"""\s["“][A-Z][\w.'’-]*["”]?$""")
SURNAME_AFTER_RE = re.compile(r"""["”]?\s+[A-Z][\w'’-]+""")
NICKNAME_RE = re.compile(r"""\s+["“]([A-Z][\w.'’-]*)["”]\s+([A-Z][\w'’-]+)""")


def _with_nicknames(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A name cut by a quoted nickname (the tagger's 'Richard' and 'Dik" Days' for 'Richard "Dik" Days') is
    one person: the first name's mention runs to the surname, and the pieces inside it go."""
    out: list[Candidate] = []
    swallowed_to = -1
    for c in candidates:
        if c.start < swallowed_to:
            continue
        m = NICKNAME_RE.match(text, c.end) if c.type == "person" else None
        if m is None and c.type == "person" and ENDS_WITH_NICKNAME_RE.search(text, c.start, c.end):
            m = SURNAME_AFTER_RE.match(text, c.end)  # the tagger's 'Richard "Dik"', the surname left out
        if m is not None:
            c = Candidate(c.start, m.end(), "person", text[c.start:m.end()].split())
            swallowed_to = m.end()
        out.append(c)
    return out


# "the International Federation of Red Cross and Red Crescent Societies", "The Vietnam Disaster and Dyke
# Management Authority": one name after one article, which the tagger cuts in two at "and".
THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def _joined_names(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Two organisations' names joined by " and " are one name where one "the" opens both, the first part is
    no whole name (not an acronym, not ending in the head noun of a body's name: "the Health Ministry and Disaster
    Management Authority" stays two) and the second part ends in such a head ("Societies", "Authority")."""
    out: list[Candidate] = []
    for c in candidates:
        a = out[-1] if out else None
        if (a is not None and a.type == c.type == "organisation" and text[a.end:c.start] == " and "
                and _head_noun(c.tokens[-1]) and not _head_noun(a.tokens[-1])
                and not (len(a.tokens) == 1 and a.tokens[0].isupper())
                and THE_BEFORE_RE.search(text, max(0, a.start - 8), a.start)):
            out[-1] = Candidate(a.start, c.end, "organisation", a.tokens + ["and"] + c.tokens)
            continue
        out.append(c)
    return out


def _head_noun(word: str) -> bool:
    """The head noun of a body's name, singular or plural ("Society", "Societies", "Forces")."""
    return lexicon.holds_noun(word, ORG_HEADS)


def _retype(candidates: list[Candidate], doc, words: Words) -> None:
    """Fix types the article itself contradicts: a name after a resident's "of", a name after a role word, then a
    known person's surname."""
    _hazard_names(candidates, doc, words)
    for c in candidates:
        if c.type in {"person", "organisation", "other"} and _after_residence(c, doc):
            c.type = "place"
        elif c.type in {"organisation", "other", "place"} and 2 <= len(c.tokens) <= 3 and _after_role_word(c, doc, words):
            c.type = "person"
        elif c.type in {"organisation", "other"} and doc.lang_ == "en" and _role_after_name(c, doc):
            c.type = "person"  # "Clémentine de Montjoye, senior researcher at Human Rights Watch"
        elif c.type in {"organisation", "other"} and doc.lang_ == "en" and (k := _titled_name(c.tokens, words)):
            # "Major Didier Mbuyi", "Colonel Marcos Vieira": a rank or title the tagger took into a body's name
            c.start = doc.text.index(c.tokens[k], c.start + len(c.tokens[0]))
            c.tokens, c.type = c.tokens[k:], "person"
    surnames = {c.tokens[-1] for c in candidates if c.type == "person" and len(c.tokens) >= 2}
    for c in candidates:
        if c.type in {"organisation", "place", "other"} and c.tokens[-1] in surnames:
            c.type = "person"


RESIDENCE_NOUNS = {lang: lexicon.words(lexicon.localized("places.residence_nouns", lang)) for lang in ("en", "fr")}
RESIDENCE_OF = frozenset({"of", "de", "d'", "d’", "du", "des"})


def _after_residence(c: Candidate, doc) -> bool:
    """ "a resident of Burka", "residents of Dan Kurmi", "un habitant de Djibasso": the name after the "of" of a noun
    of the people who live somewhere names where they live (the small models tag such names of villages as people or
    bodies, and a resident quoted would be named by his village)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ not in RESIDENCE_OF:
        return False
    noun = doc[span.start - 2]
    return noun.lemma_.lower() in RESIDENCE_NOUNS.get(doc.lang_, frozenset()) or noun.lower_.rstrip("s") in \
        RESIDENCE_NOUNS.get(doc.lang_, frozenset())


def _hazard_names(candidates: list[Candidate], doc, words: Words) -> None:
    """A storm's name is no person, body or place ("Cyclone Freddy", "Severe Tropical Storm Kristine", "the
    cyclone Chido", "la tempête Daniel"): a name that a hazard noun opens (after words such as "Tropical") and
    that one capitalised word ends, or a name of one or two words right after a hazard noun, is "other"."""
    for c in candidates:
        if c.type not in ("person", "organisation", "place"):
            continue
        lower = [t.lower() for t in c.tokens]
        k = 0
        while k < len(lower) - 1 and lower[k] in words.hazard_openers:
            k += 1
        if lower[k] in words.hazards and len(lower) - k == 2 or len(c.tokens) <= 2 and _after_hazard(c, doc, words):
            c.type = "other"


def _after_hazard(c: Candidate, doc, words: Words) -> bool:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in words.hazards


FRENCH_DEMONYM_RE = re.compile(rf"(?:{'|'.join(lexicon.terms(lexicon.localized('places.demonym_endings', 'fr')))})$")
FRENCH_PLACE_NOUNS = lexicon.words(lexicon.localized("places.place_nouns", "fr"))
FRENCH_OF = ("de ", "du ", "des ", "de la ", "de l'", "de l’", "d'", "d’")


def _retype_french(candidates: list[Candidate], doc, words: Words, text: str) -> None:
    """What the French tagger gets wrong, by the article's own words: one capitalised word with a demonym's
    ending is people ("Soudanais", "Maliens": a group); a name with digits is no place ("M23"); an acronym is a body
    ("OIM"); a name right before ", <role>" or ", 34 ans," is a person's ("Fabien Sambussy, chef de mission"); "la province du Ouaddaï" is the place after
    its administrative noun."""
    for c in candidates:
        if c.type in ("person", "organisation") and len(c.tokens) >= 3 and re.fullmatch(r"[A-Z]{2,8}", c.tokens[0]) \
                and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?", t) for t in c.tokens[1:]):
            c.start = c.start + text[c.start:c.end].index(c.tokens[1], len(c.tokens[0]))  # "à l'AFP Fatou Diallo"
            c.tokens = c.tokens[1:]
        name = text[c.start:c.end]
        if c.type in ("place", "other") and len(c.tokens) == 1 and name[:1].isupper() and FRENCH_DEMONYM_RE.search(name.lower()):
            c.type = "group"
        elif c.type == "place" and any(ch.isdigit() for ch in name):
            c.type = "organisation"
        elif c.type == "other" and re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", name):
            c.type = "organisation"  # "OIM", "MSF": the tagger's MISC for an acronym is a body
        elif c.type in ("place", "other", "organisation") and 2 <= len(c.tokens) <= 4 and (
                _before_role_word(c, doc, words) or _after_role_phrase(c, doc, words) or _before_description(c, doc)):
            c.type = "person"
        if c.type in ("place", "other") and c.tokens[0].lower() in FRENCH_MINISTRIES - {"ministre"}:
            c.type = "organisation"  # "ministère de la Santé du Hamas" tagged a place: a body, whatever it names
        elif c.type in ("place", "other", "organisation", "person") and (body := _body_before(c, doc)) is not None:
            # "le ministère soudanais de la Santé", "ministère marocain de l'Intérieur", "le Centre pour les droits
            # humains du Sahel": a body's whole name, not a place nor the name's last words
            c.type, c.start = "organisation", body.idx
            c.tokens = text[c.start:c.end].split()
        if c.type in ("person", "other") and _after_place_noun(c, doc):
            c.type = "place"  # "la commune de l'Arcahaie", "le village de Gansé": what the place noun names
        if c.type == "place" and c.tokens[0].lower() in FRENCH_PLACE_NOUNS:
            rest = name[len(c.tokens[0]):].lstrip()
            of = next((o for o in FRENCH_OF if rest.lower().startswith(o)), None)
            if of is not None and rest[len(of):].strip()[:1].isupper():
                cut = c.end - len(rest[len(of):].lstrip())
                c.tokens = text[cut:c.end].split()
                c.start = cut


FRENCH_MINISTRIES = lexicon.words(lexicon.localized("people.ministries", "fr"))
PLACE_NOUN_GAP = 3  # "de", "la", "l'": the words between a place noun and the name it governs, at most


def _after_place_noun(c: Candidate, doc) -> bool:
    """A name right after a noun of an administrative area, a settlement or a site and "de" ("la commune de
    l'Arcahaie", "le village de Gansé", "le site de Drodro"), whatever the tagger took it for, is that place; a
    capitalised place noun opens a body's name instead ("Comité de ..." is no such noun)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k <= PLACE_NOUN_GAP and doc[k].pos_ in ("DET", "ADP") and not doc[k].text[:1].isupper():
        k -= 1
    if k < 0 or k == span.start - 1 or doc[k].text[:1].isupper():
        return False
    return (doc[k].lower_ in FRENCH_PLACE_NOUNS or doc[k].lemma_.lower() in FRENCH_PLACE_NOUNS) and any(
        t.lower_ in FRENCH_OF_WORDS for t in doc[k + 1:span.start])


FRENCH_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
FRENCH_DESCRIBED_AS = lexicon.words(lexicon.localized("people.described_as", "fr"))


def _before_description(c: Candidate, doc) -> bool:
    """ "Awa Traoré, pharmacienne à Dori", "Moussa Sanda, un habitant de Tabelot": a name right before ", " and a noun
    that describes a person (lexicon people.fr.described_as), an article between or none."""
    after = _words_after_comma(c, doc, 2)
    return bool(after) and (after[0].lower_ in FRENCH_DESCRIBED_AS or after[0].lemma_.lower() in FRENCH_DESCRIBED_AS)


def _words_after_comma(c: Candidate, doc, reach: int) -> list:
    """The words (articles left out) among the ``reach`` after the comma right after a capitalised name; none where no
    comma follows it."""
    if not all(t[:1].isupper() for t in c.tokens):
        return []
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return []
    return [t for t in doc[span.end + 1:span.end + 1 + reach] if t.pos_ != "DET"]


FRENCH_BODY_HEADS = lexicon.words(lexicon.localized("people.body_heads", "fr"))
BODY_REACH = 8  # tokens from a body's noun to the capitalised words that end its name, at most


def _body_before(c: Candidate, doc):
    """The word "ministère" (a ministry), or a capitalised noun that opens a body's name ("Centre", "Comité"), that
    a name completes: "ministère soudanais de la Santé", "ministère marocain de l'Intérieur", "Centre pour les droits
    humains du Sahel"; the words between are lower-case adjectives, articles, prepositions and nouns, and the name
    depends on the noun in the parse. Not "en direction de l'Espagne", nor a name the noun's clause merely holds
    ("le ministère a recensé 300 déplacés à Goma": a verb between)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in reversed(doc[max(0, span.start - BODY_REACH):span.start]):
        lower = tok.lower_
        if lower in FRENCH_MINISTRIES or (tok.text[:1].isupper() and lower in FRENCH_BODY_HEADS):
            if tok.i > 0 and doc[tok.i - 1].lower_ == "en":
                return None  # "en direction de l'Espagne" is a way, not a body: the name stays a place
            nouns_between = any(t.pos_ == "NOUN" for t in doc[tok.i + 1:span.start])
            return tok if not nouns_between or tok in span.root.ancestors else None
        if tok.pos_ not in ("ADJ", "DET", "ADP", "NOUN") or tok.text[:1].isupper():
            return None
    return None


def _after_role_phrase(c: Candidate, doc, words: Words) -> bool:
    """ "la porte-parole du HCR, Eujin Byun": a name in apposition after a role and its body."""
    if not all(t[:1].isupper() for t in c.tokens):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before = list(doc[max(0, span.start - 11):span.start - 1])
    while any(t.text in ",;:." for t in before):  # the role phrase right before the name, back to its comma
        before = before[next(i for i, t in enumerate(before) if t.text in ",;:.") + 1:]
    return any(t.lower_ in words.roles_before for t in before)


def _before_role_word(c: Candidate, doc, words: Words) -> bool:
    after = _words_after_comma(c, doc, 3)
    if len(after) >= 2 and after[0].like_num and after[1].lower_ in ("ans", "an"):
        return True  # "Fatimé Abakar, 34 ans,": a person and her age
    return bool(after) and after[0].lower_ in words.titles | words.roles_before


ORG_HEADS = lexicon.words("places.org_heads")
ROLES_AFTER_NAME = (lexicon.words("people.roles_after_name") | lexicon.words("people.roles_before_name")
                    | lexicon.words("people.titles")) - {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}
NAME_PARTICLES = lexicon.words("people.name_particles")
ROLE_ADJECTIVES = lexicon.words("people.role_adjectives")


def _role_after_name(c: Candidate, doc) -> bool:
    """A name of two to four words (capitalised, or particles: "de", "von der") right before ", <role>" in
    apposition, the role after at most an article, adjectives and the names of a place or body ("Tamer Ramadan, head
    of ...", "X, senior Africa researcher at ...", "X, the regional director", "X, UNHCR spokesperson"): a person's,
    whatever the tagger typed it."""
    tokens = c.tokens
    if not 2 <= len(tokens) <= 4 or not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()) or not all(
            t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() or t.lower() in NAME_PARTICLES
            for t in tokens) or any(t.lower() in ORG_HEADS for t in tokens):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for tok in doc[span.end + 1:span.end + 6]:
        if tok.pos_ == "DET" or tok.lower_ in ROLE_ADJECTIVES or tok.dep_ == "compound" and tok.pos_ == "PROPN":
            continue  # "the", "senior", "Africa" of "senior Africa researcher", "UNHCR" of "UNHCR spokesperson"
        return tok.lower_ in ROLES_AFTER_NAME and tok.pos_ == "NOUN"
    return False


def _titled_name(tokens: list[str], words: Words) -> int:
    """Where the name starts after the titles that open a body's name ("Major Didier Mbuyi": 1): two or three
    capitalised words, none of them a title or the head of a body's name; 0 where it is no such name."""
    k = 0
    while k < len(tokens) and tokens[k].lower() in words.titles:
        k += 1
    rest = tokens[k:]
    if not k or not 2 <= len(rest) <= 3:
        return 0
    if not all(t[:1].isupper() and t.replace("-", "").isalpha() and t.lower() not in words.titles | ORG_HEADS
               for t in rest):
        return 0
    return k


def _after_role_word(c: Candidate, doc, words: Words) -> bool:
    if not all(t[:1].isupper() and t.isalpha() for t in c.tokens):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in words.roles_before


def _canonicalise(article: Article, candidates: list[Candidate], named: dict[str, str] | None = None) -> list[Mention]:
    acronyms = {**(named or {}), **acronyms_defined(article.text)}
    names = FullNames(Counter(" ".join(c.tokens) for c in candidates if c.type == "person" and len(c.tokens) >= 2))
    out = []
    for c in candidates:
        text = article.text[c.start:c.end]
        if c.type == "person":
            canonical = person_name(c.tokens, names)
        elif c.type == "organisation":
            canonical = acronyms.get(text, text)
        else:
            canonical = _uncap(text)
        out.append(Mention(text=text, type=c.type, canonical=canonical, start=c.start, end=c.end, extractor=EXTRACTOR))  # type: ignore[arg-type]
    return out


ACRONYM_PAREN_RE = re.compile(r"\(([A-Z][A-Za-z]{1,11})\)")


def _entity_acronyms(doc, text: str) -> dict[str, str]:
    """Acronyms defined after an entity the tagger found ("l'Organisation internationale pour les migrations
    (OIM)"): where names keep lower-case words (French), the entity is the long form, without its article."""
    out = {}
    words = words_of(doc.lang_)
    for ent in doc.ents:
        m = ACRONYM_PAREN_RE.match(text, ent.end_char + (text[ent.end_char:ent.end_char + 1] == " "))
        if m and ent.label_ != "PER" and len(ent) > 1:
            toks = list(ent)
            while toks and toks[0].lower_ in words.leading_articles:
                toks = toks[1:]
            if len(toks) > 1:
                out[m.group(1)] = text[toks[0].idx:ent.end_char]
    return out
ACRONYM_CONNECTORS = frozenset(lexicon.terms("people.name_connectors"))
ACRONYM_WORD_MARKS = "_’'&.-"  # with letters and digits, the characters of a word of ACRONYM_RE


def acronyms_defined(text: str) -> dict[str, str]:
    """Each acronym the article defines and its long form: what ``ACRONYM_RE.findall`` gives, read
    backwards from each "(ABBR)" so that a long run of capitalised words costs its length once, not
    its square (the regex tries the whole run from every word in it)."""
    out = {}
    for m in ACRONYM_PAREN_RE.finditer(text):
        long = _long_form(text, m.start())
        if long is not None:
            out[m.group(1)] = without_leading_the(long)
    return out


def _long_form(text: str, paren: int) -> str | None:
    """The leftmost name that ACRONYM_RE would match ending before the parenthesis at ``paren``: words
    (runs of word characters and ’'&.-) separated by whitespace, the first capitalised at a word boundary, each
    other capitalised or a connector, two at least."""
    end = paren
    while end > 0 and text[end - 1].isspace():
        end -= 1
    last_end, start, items = end, None, 0
    while True:
        j = end
        while j > 0 and _word_char(text[j - 1]):
            j -= 1
        if j == end:
            break
        word = text[j:end]
        if items >= 1:  # the first word of the name may start inside this one ("al-Shabaab": "Shabaab")
            first = next((q for q in range(j, end) if "A" <= text[q] <= "Z" and (q == 0 or not _word_char_w(text[q - 1]))), None)
            if first is not None:
                start = first
        if not ("A" <= word[0] <= "Z" or word in ACRONYM_CONNECTORS):
            break
        items += 1
        k = j
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == j or "\n" in text[k:j]:
            break  # a name is on one line: "Stringer" + a paragraph break + "The National ... Agency (NEMA)"
        end = k
    return text[start:last_end] if start is not None else None


LEADING_THE_RE = re.compile(r"The\s+")


def without_leading_the(long: str) -> str:
    """A long form without the sentence's capitalised article ("The National Emergency Management Agency (NEMA)
    said"), where two words or more are left."""
    article = LEADING_THE_RE.match(long)
    return long[article.end():] if article and len(long[article.end():].split()) >= 2 else long


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in ACRONYM_WORD_MARKS


def _word_char_w(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class FullNames:
    """The full names of people an article gives (with how often), indexed for ``person_name``: by
    every ending after a space, by last and by first word, so that each lookup costs one dict access."""

    def __init__(self, full_names: Counter):
        self.endings: set[str] = set()
        by_last: dict[str, list[str]] = {}
        by_first: dict[str, list[str]] = {}
        for f in full_names:
            self.endings.update(f[i + 1:] for i, ch in enumerate(f) if ch == " ")
            words = f.split()
            by_last.setdefault(words[-1], []).append(f)
            by_first.setdefault(words[0], []).append(f)
        def top(fs: list[str]) -> str:
            # a name that ends another ("Lo Castro" of "Laura Lo Castro", "Ould Ahmed" of "Mohamed Ould Ahmed",
            # written so after "Mme" or "M." more often than in full) is that one's surname, never the full name
            whole = [f for f in fs if not any(g.endswith(" " + f) for g in fs)] or fs
            return max(whole, key=lambda f: (full_names[f], -len(f)))
        self.by_last = {w: top(fs) for w, fs in by_last.items()}
        self.by_first = {w: top(fs) for w, fs in by_first.items()}


def person_name(tokens: list[str], names: FullNames) -> str:
    """The full name a partial name refers to within the article: a surname (or first name) that
    belongs to exactly one full name, or the most mentioned of several; else the name as written."""
    name = " ".join(tokens)
    if len(tokens) >= 2 and name in names.endings:
        tokens = [tokens[-1]]  # "Mr Dar" style leftovers are handled by the surname rule below
    if len(tokens) != 1:
        return name
    word = tokens[0]
    return names.by_last.get(word) or names.by_first.get(word) or name


def _uncap(text: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 and "." not in w else w for w in text.split())


def _with_dateline(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The dateline names where the article was filed: a place, whatever the tagger made of "ISLAMABAD"."""
    d = article.dateline
    if d is None or d.place is None:
        return mentions
    kept = [m for m in mentions if not (m.start < d.end and d.start < m.end)]
    return kept + [Mention(text=d.text, type="place", canonical=d.place, start=d.start, end=d.end, extractor=EXTRACTOR)]


STAGE = Stage("entities", VERSION, per_article(find_mentions), requires=("doc",), assigns=("mentions",))
