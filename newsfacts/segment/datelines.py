"""Datelines: the place (and agency, date) that opens a news story ("ISLAMABAD:", "KABUL, Afghanistan
(Reuters) —", "Geneva (AP) -", "Brussels – ", "BENGHAZI-‘At least ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import gazetteer, lexicon
from ..records import Dateline

# "ISLAMABAD:", "KABUL, Afghanistan (Reuters) —", "NEW DELHI, Dec 5 (AFP) -", "Geneva (AP) -"
_CAPS_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}"  # "GENÈVE", "N'DJAMENA"
# "Port Sudan", "N'Djamena", "Port-au-Prince", "Cap-Haïtien"
_TITLE_PLACE = r"[A-Z][a-zà-ÿ.'’]*(?:-[A-Za-zà-ÿ][a-zà-ÿ.'’]*)*(?:['’][A-Z][a-z]+)?(?: [A-Z][a-zà-ÿ.'’-]+){0,2}"
# ", Sudan", " (Afghanistan)", " [Afghanistan]", ", W Sumatra" (a direction's initial)
_TITLE_REGION = (r"(?:,\s*(?:[A-Z]\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?|\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)"
                 r"|\s*\[[A-Z][a-z]+(?: [A-Z][a-z]+)?\])")
# ", Dec 5", ", 1 nov", ", 13 octobre 2025", " – April 6" (a dash between the place and its day)
_DAY = (r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}|,\s*\d{1,2} [A-Za-zéû]{3,9}\.?(?: \d{4})?"
        r"|\s+[—–-]\s+[A-Z][a-z]{2,8}\.? \d{1,2})")
# "Torkham/Islamabad": the places a story was filed from, joined by a slash
_TITLE_PLACES = rf"{_TITLE_PLACE}(?:/{_TITLE_PLACE})?"
_FRENCH_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2}"  # "Abéché", "Port-au-Prince", "N'Djamena", "P-au-P"
_FRENCH_MONTHS = "|".join([*lexicon.terms(lexicon.localized("time.months", "fr")),
                           *lexicon.table(lexicon.localized("time.month_abbreviations", "fr"))])
_FRENCH_WEEKDAYS = frozenset(w.capitalize() for w in lexicon.terms(lexicon.localized("time.weekdays", "fr")))
_AGENCIES = "|".join(lexicon.terms("text.dateline_agencies"))
_REPORTERS = "|".join(lexicon.terms("text.dateline_reporters_fr"))
DATELINE_RE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE}){{0,2}})"  # "NEW YORK/GENEVA": the places a release is issued from
    r"(?P<region>,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"     # , Afghanistan
    r"(?P<date>,\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:er)? [A-Za-zéû]{3,9}\.?)(?:,? \d{4})?)?"  # , Dec 5; , 9 avril (French); , 13 février 2025; , 14 oct.; , 3 March 2025
    r"(?P<agency>\s*\([^()\n]{1,40}\))?"                          # (Reuters)
    r"(?:\.?\s*(?:[:—–]|-{1,3})\s+(?=\S)|(?P<glued>\s*[—–-])(?=[‘'\"“A-Z]))"  # "(EFE).- ", "(Xinhua) -- ", "BENGHAZI-‘At least" (no space)
    rf"|^(?P<tplace>{_TITLE_PLACE}){_TITLE_REGION}?{_DAY}?\s*\((?:{_AGENCIES})\)\.?\s*(?:[:—–]|-{{1,3}})\s+(?=\S)"
    rf"|^(?P<dplace>{_TITLE_PLACE})\s+[—–]\s+(?=[A-Z‘'\"“])"     # "Brussels – The ...": a known place only
    # "Antananarivo, le 16 octobre 2025 – ", "Bukavu (RD Congo), 16 oct 2025 (AFP) - ", "Mamoudzou, le 13 novembre
    # 2025. Du 3 ...", "P-au-P, 6 mai 2025 [AlterPresse] --- ": a place in title case, a French date, an agency or none
    rf"|^(?P<fplace>{_FRENCH_PLACE})(?:\s*\([^()\n]{{1,30}}\))?,\s+(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{_FRENCH_MONTHS})\.?"
    r"(?:\s+\d{4})?(?:\s*[(\[][^()\[\]\n]{1,40}[)\]])?\s*(?:\.-|[.:]|[—–-]+)\s+(?=\S)"
    # (after the French one, which needs a French month) "Niamey, 17 October 2025 - MSF ...", "Cox's Bazar, Sept 11: Around ...": a known place and a date
    # "Naypyidaw [Myanmar]: ...": a place and its country in square brackets (no region is written so in a sentence)
    r"|^(?P<bplace>" + _TITLE_PLACE + r")\s*\[[A-Z][a-z]+(?: [A-Z][a-z]+)?\](?:\s*\([^()\n]{1,40}\))?\s*[:—–-]\s+(?=[A-Z‘'\"“])"
    # "Kabul [Afghanistan], November 24 (ANI): ...", "Torkham/Islamabad – April 6: ...": an agency after the day too
    rf"|^(?P<nplace>{_TITLE_PLACES}){_TITLE_REGION}?{_DAY}(?:\s*\((?:{_AGENCIES})\))?\s*[:—–-]\s+(?=[A-Z‘'\"“])"
    # "Mamoudzou, envoyé spécial. Sur le quai ...", "Mamoudzou (Mayotte), envoyé spécial - Le cyclone ...": the place
    # a paper's own reporter writes from
    rf"|^(?P<eplace>{_TITLE_PLACE})(?:\s*\([A-ZÀ-Ý][\w'’ -]+\))?,\s+(?:de\s+)?(?:notre\s+)?(?:{_REPORTERS})"
    r"\s*[.:—–-]\s+(?=\S)"
)

# Capitalised labels that look like datelines ("CLARIFICATION:", "EDITOR'S NOTE:") but are not places.
NOT_DATELINES = lexicon.words("text.section_labels") | lexicon.words("text.not_dateline_labels")
DATELINE_SEARCH_PARAGRAPHS = 3


WELL_KNOWN_REGIONS_UPPER = frozenset(name.upper() for name in lexicon.table("places.well_known_regions"))


def _known_place_upper(name: str) -> bool:
    """Whether a bare capitalised dateline may name ``name`` (upper-cased): a place of the gazetteer's, or a
    well-known region it lacks ("GAZA STRIP", "WEST BANK")."""
    return name in WELL_KNOWN_REGIONS_UPPER or gazetteer.gazetteer().dateline_name(name)


def match_dateline(paragraph: str) -> re.Match | None:
    """A dateline at the start of a paragraph: a capitalised place with a region, date or agency after
    it, or a known place name; never a label like "CLARIFICATION:"."""
    m = DATELINE_RE.match(paragraph)
    if m is None or m.group("tplace") or m.group("eplace") or m.group("bplace"):
        return m
    if m.group("fplace"):
        return None if m.group("fplace") in _FRENCH_WEEKDAYS else m  # "Mardi, 3 mars 2025 –" dates, it places nothing
    if m.group("dplace") or m.group("nplace"):
        written = (m.group("dplace") or m.group("nplace")).upper()
        return m if any(_known_place_upper(part) for part in written.split("/")) else None
    place = m.group("place")
    words = place.replace("’", "'").split()
    if any(w.strip(".,") in NOT_DATELINES for w in words):
        return None
    if not m.group("glued") and (m.group("region") or m.group("date") or m.group("agency")):
        return m
    # "TAPPER:" in a transcript is no place; nor is "UN:" opening a headline ("UN: 1.9 million displaced"), though
    # some village is called so: a bare dateline of two letters is an acronym
    return m if len(place.strip(".")) > 2 and _known_place_upper(place) else None


# "KHYBER: A total of 2,655 Afghans were ...": a town the gazetteer lacks, in capitals before a colon, opening an
# article's first paragraph, a lead sentence after it
_BARE_CAPS_RE = re.compile(r"^(?P<place>[A-Z][A-Z'’-]{3,}(?: [A-Z][A-Z'’-]{3,})?):[ \t]+(?=[A-Z0-9‘'\"“])")
_CAPS_LABEL_LINE_RE = re.compile(r"^[\"“]?[A-Z][A-Z.'’ -]{1,30}[A-Z.]:\s", re.M)
LEAD_MIN_WORDS = 12
KNOWN_BODIES = frozenset(b.upper() for b in lexicon.terms("people.known_bodies.en"))


def _bare_caps_lead(paragraph: str, text: str) -> re.Match | None:
    """The first paragraph opens with a place the gazetteer lacks, in capitals, and a colon ("LANDIKOTAL: Nearly
    300 Afghans ..."): a dateline where a lead sentence follows, the label is no section label nor a body the
    lexicon knows ("UNICEF:"), and no other paragraph of the text opens with such a label (a transcript's
    "TAPPER:")."""
    m = _BARE_CAPS_RE.match(paragraph)
    if m is None or len(paragraph[m.end():].split()) < LEAD_MIN_WORDS:
        return None
    place = m.group("place")
    if any(w in NOT_DATELINES for w in place.replace("’", "'").split()) or place in KNOWN_BODIES:
        return None
    return m if len(_CAPS_LABEL_LINE_RE.findall(text)) == 1 else None


def find_dateline(text: str, search: int = DATELINE_SEARCH_PARAGRAPHS,
                  skip: Callable[[str], bool] | None = None) -> Dateline | None:
    """The dateline of an article: at the start of one of its first ``search`` paragraphs (after a short
    lead or a photo caption), not counting the paragraphs ``skip`` says to pass over; a capitalised name the
    gazetteer lacks only at the start of the first (``_bare_caps_lead``)."""
    offset = 0
    first = True
    for paragraph in text.split("\n\n"):
        if skip is None or not skip(paragraph):
            if m := match_dateline(paragraph) or (_bare_caps_lead(paragraph, text) if first else None):
                return _dateline(m, offset)
            first = False
            search -= 1
            if search <= 0:
                break
        offset += len(paragraph) + 2
    return None


def _dateline(m: re.Match, offset: int) -> Dateline:
    group = next(g for g in ("place", "tplace", "dplace", "fplace", "nplace", "eplace", "bplace") if m.group(g))
    place = m.group(group)
    return Dateline(text=place, place=_place_name(place), start=offset + m.start(group), end=offset + m.end(group))


def _place_name(written: str) -> str:
    return "/".join(" ".join(w.capitalize() if w.isupper() else w for w in part.split()) for part in written.split("/"))
