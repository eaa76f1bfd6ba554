"""Lines of a text dump and what each one is.

A line is blank, boilerplate ("Share", "Read more", a cookie notice, a related link "SEE ALSO: ..."), a URL,
a bullet, page furniture (a timestamp "Updated 01 November 2023", a byline "By Jane Doe", a section label
"KEY FIGURES"), a heading (short, no closing punctuation) or a body paragraph. Furniture is never a title:
timestamps and bylines are dropped from articles (a liveblog keeps its entries' times), labels head the
section they open. A photo caption is a body paragraph that is never taken for a headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import lexicon
from .datelines import match_dateline

HEADING_MAX_WORDS = 25
LABEL_MAX_WORDS = 5
BYLINE_MAX_WORDS = 10
STAMP_MAX_WORDS = 16
STAMP_MAX_NAMES = 2  # a source's name beside a stamp verb and a date: "AFP Published June 28, 2025"
RELATED_MAX_WORDS = 40
SHARE_BAR_MAX_WORDS = 10
LIST_MIN_LINES = 2  # consecutive heading-like lines that each open with a number are a list, not headlines

URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# a site's navigation or breadcrumb line: three or more short items and no number, apart by "|", "»", "›" or " / "
# ("Home | World | Africa | Sport", "Home » News » Somalia")
NAV_SPLIT_RE = re.compile(r"\s*[|»›]\s*|\s+/\s+")
NAV_MIN_ITEMS = 3
NAV_ITEM_MAX_WORDS = 3
# a copyright notice, however long the legal text after it ("Copyright 2025 BBC. All rights reserved. The BBC is ...")
COPYRIGHT_RE = re.compile(r"^(?:©|copyright\b).*\b(?:rights reserved|droits réservés)", re.I)
COPYRIGHT_MAX_WORDS = 60
# a list item: a bullet sign ("- ", "• ", "* ", "– ") or a number ("1. ", "2) "); a numbered line is read as a
# bullet only in a run of them (NUMBERED_RE), since "1. Introduction" alone is a section heading
BULLET_RE = re.compile(r"^(?:[-•*–·▪►●○◦■□➢➤✓✔→]|\d{1,2}[.)])\s+(?=\S)")
NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
NUMBERED_MIN_LINES = 2
# “ and ‘ too: closing quotes typed the wrong way; a space (no-break in French) may stand before a closing guillemet
TERMINAL_RE = re.compile(r"(?:[.!?…:;]|\.\.\.)(?:[\s\u00a0\u202f]*[\"'”’»)\]“‘])*$")
ELLIPSIS_RE = re.compile(r"(?:…|\.\.\.)[\"'”’»)\]“‘]*$")
SIGNED_QUOTE_RE = re.compile(r"^[\"“‘'].*[\"”’']\s*[―—–-]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:,[^,]{1,40})?$")  # “...” ― Francisco Herrero: a quote and its speaker
CONTINUED_RE = re.compile(r"[,–—-]$")  # a line that ends here goes on in the next one
WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.U)
NUMBER_START_RE = re.compile(r"^[\d.,]*\d")
# Key-figure lines (report headers, fact boxes, dashboards): a number, maybe qualified, opening the line ("Over
# 111,000 injured"); a label, then a colon and the number ("People affected: 12,300", "Fled to neighbouring
# countries: 3.8 million (UNHCR)"); a label, then the number ("New cases 214"); a table's row, cells apart by
# "|" or tabs ("Punjab | 12 | 40 | 3,100"). A lone row with two numbers is one; the others in a run of two.
# French key figures write the same lines with the thousands apart by a space, a no-break or a narrow no-break space
# ("Personnes déplacées internes : 452 800"), the magnitude abbreviated or in words ("2,1 M", "96 k", "2,6 Mrd",
# "1,2 million"), the currency or percent sign after the number ("326 M $US", "Financement reçu : 38 %") and
# French qualifiers ("plus de", "près de", "environ").
_FIGURE = (r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])(?:,\d+)?(?:\s*(?:[KkMm]|Mrd|millions?|milliards?)\b)?\+?"
           r"|\d[\d,.]*(?:\s*(?:[KkMm]|Mrd|million|billion|bn|millions|milliards?)\b)?\+?")
_FIGURE = rf"(?:{_FIGURE})(?:[ \u00a0\u202f]?(?:%|\$\s?US|\$|€|USD|EUR|FCFA)(?!\w))?"
_QUALIFIED = (r"(?:(?:more than|over|about|around|nearly|almost|some|at least|up to|approx\.?|~|plus de|près de|environ"
              r"|au moins)\s*)?(?:US\$|USD|CHF|[$£€])?\s?")
QUALIFIED_START_RE = re.compile(rf"^{_QUALIFIED}\d", re.I)
LABELLED_FIGURE_RE = re.compile(rf"^[^:|\t]{{2,100}}:\s*{_QUALIFIED}{_FIGURE}\s*(?:\([^()]{{1,40}}\))?$", re.I)
LABEL_FIGURE_RE = re.compile(rf"^[^\W\d_][^\d:|\t]{{1,60}}\s{_FIGURE}$")
# A label, a colon, the number and the noun of what it counts, maybe a restatement in brackets ("People affected:
# 1,450,000 people", "People to be assisted: 60,000 people (12,000 households)", "Accès à l'eau potable : 680 000
# personnes"): a key figure whose count is people or households (the lexicon's nouns of them, English and French),
# never a headline's "Mandera: 3 killed in IED blast".
LABELLED_COUNT_RE = re.compile(rf"^[^:|\t]{{2,100}}:\s*{_QUALIFIED}{_FIGURE}\s+(?P<noun>[^\W\d_]+(?:[ -][^\W\d_]+)?)\s*"
                               rf"(?:\([^()]{{1,40}}\))?$", re.I)
CELLS_RE = re.compile(r"\s*\|\s*|\t")
FIGURE_CELL_RE = re.compile(rf"^(?:[^\d|\t]{{0,40}}\s|[^\d:|\t]{{1,40}}:\s*)?{_QUALIFIED}{_FIGURE}%?$", re.I)
TABLE_MIN_CELLS = 3  # a row of labels this wide over rows of figures is the table's header
SENTENCE_INSIDE_RE = re.compile(r"[a-z]{4,}[.!?][\"'”’]?\s+[A-Z]")

BOILERPLATE_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('text.boilerplate'))})$", re.I)
_SHARE_SPLIT_RE = re.compile(r"[\s|·•/,]+")
COOKIE_RE = re.compile(r"\bcookies?\b", re.I)
COOKIE_CONTEXT_RE = re.compile(rf"\b(?:{'|'.join(lexicon.terms('text.cookie_notice'))})\b", re.I)
_RELATED_LABELS = "|".join(lexicon.terms("text.related_link_labels"))
RELATED_RE = re.compile(rf"^(?:{_RELATED_LABELS})\s*(?::|[|»›>]|[-–—]\s)", re.I)
# "SEE ALSO" or "Read more:" alone: links follow ("Read more" with no colon is a teaser's own link)
RELATED_LABEL_RE = re.compile(rf"^(?!(?:read more|read|watch|listen)$)(?:{_RELATED_LABELS})\s*:?$", re.I)
LINK_BLOCK_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('text.link_block_openers'))})\s*:?$", re.I)
SOURCE_LINE_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('quotes.source_labels'))}|"
                            rf"{'|'.join(lexicon.terms('quotes.fr.source_labels'))})\s*:\s*[A-Z]", re.I)
LIST_LABEL_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('text.bullet_list_labels'))})\s*:?$", re.I)

# A line ending in one of these was cut off mid-sentence; headlines do not end this way.
DANGLING_WORDS = lexicon.words("text.dangling_words") | lexicon.words("text.dangling_words_fr")

# Timestamps: lines of dates, times and the words around them, nothing else.
_DATE_WORDS = (lexicon.words("time.months") | lexicon.words("time.month_abbreviations_undotted")
               | lexicon.words("time.weekdays") | {w[:3] for w in lexicon.words("time.weekdays")}
               | {"mar", "may"} | lexicon.words("text.stamp_dates_fr"))
_STAMP_WORDS = lexicon.words("text.stamp_words")
_STAMP_VERBS = lexicon.words("text.stamp_verbs")
_STAMP_TOKEN_RE = re.compile(r"\d+(?:st|nd|rd|th|h|m|s|am|pm|hrs?|mins?)?|[^\W\d_]+", re.U)
TIME_RE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.,]\d)|\b\d{1,2}\s*[ap]\.?m\b|\b\d+\s*(?:m|h|min|mins|hrs?|hours?|minutes?)\s+ago\b"
                     r"|\bil y a\s+\d+\s*(?:h|min|heures?|minutes?)\b",
                     re.I)
_SEPARATORS_RE = re.compile(r"\s*(?:\||·|•|—|–|\s-\s)\s*")
# an age, "1 day ago", "3 weeks ago" (hours and minutes are TIME_RE's: an entry's time in a liveblog)
AGE_RE = re.compile(r"\b\d+\s*(?:days?|weeks?|months?)\s+ago\b", re.I)

_BYLINE_OPENER_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('text.byline_openers'))})\s+(?=\S)", re.I)
_BYLINE_CONNECTORS = lexicon.words("text.byline_connectors")
_AGENCY_NAMES = {a.lower() for a in [*lexicon.terms("text.photo_credits"), *lexicon.terms("text.dateline_agencies"),
                                      *lexicon.terms("text.credit_names")]}
_BYLINE_EXPLICIT = set(lexicon.terms("text.byline_openers_explicit"))

_AGENCIES = "|".join(re.escape(a) for a in [*lexicon.terms("text.photo_credits"), *lexicon.terms("text.dateline_agencies")])
_CREDIT_OPENERS = "|".join(lexicon.terms("text.photo_credit_openers"))
CAPTION_RE = re.compile(
    rf"\((?:{_AGENCIES})(?:/[^()]*)?\)$"                              # ... shows the damage. (AFP)
    rf"|\b(?:{_CREDIT_OPENERS})\s*[|:©/]\s*[^.!?]{{2,60}}$"           # ... PHOTO | AMOS GUMULIRA | AFP
    rf"|[-–—|]\s*[^.!?\-–—|]{{0,40}}\b(?:via\s+)?(?:{_AGENCIES})(?:\s+(?:Photo|Images?))?$"  # - Kyodo News via AP
    rf"|\b(?:{_AGENCIES})/[^/.!?]{{2,40}}$",                         # ... Khan Younis. REUTERS/Mohammed Salem
    re.I,
)


@dataclass
class Line:
    kind: str  # body, heading, url, bullet, stamp, byline, label
    text: str


def read_lines(text: str) -> list[Line]:
    """The classified lines of a dump, boilerplate left out (and the headlines a "SEE ALSO" line introduces);
    lists of heading-like lines read as body text."""
    lines: list[Line] = []
    related = False  # after a related-links label: the headings that follow are links
    raw = list(_lines(text))
    for i, t in enumerate(raw):
        kind = classify(t)
        if kind is not None and _is_navigation(t) and not _table_row(raw[i + 1] if i + 1 < len(raw) else ""):
            kind = None  # a menu or breadcrumb (a table's header, over rows of figures, is the table's)
        bare = t.strip(" |»›>")
        if kind is None or RELATED_LABEL_RE.match(bare):
            # "À LIRE AUSSI", "Lire aussi" alone on its line read as a label or a heading: furniture too, over the
            # headlines it introduces
            related = related or bool(RELATED_LABEL_RE.match(bare) or LINK_BLOCK_RE.match(bare))
            continue
        if related and kind == "heading":
            continue
        related = False
        lines.append(Line(kind, t))
    return _lists_as_body(_numbered_lists(_outlet_credits(lines)))


def classify(line: str) -> str | None:
    """The kind of one stripped, non-empty line, or None for boilerplate."""
    if is_boilerplate(line):
        return None
    if URL_RE.match(line):
        return "url"
    if BULLET_RE.match(line) and not NUMBERED_RE.match(line):
        return "bullet"
    if is_stamp(line):
        return "stamp"
    if is_byline(line):
        return "byline"
    if is_label(line):
        return "label"
    if "\t" in line:
        return "body"  # a table's header or row (cells kept apart by ``_collapsed``): part of the article's text
    if SOURCE_LINE_RE.match(line):
        return "body"  # "Source: OCHA, 12 May 2025" under a key-figures list or a table: whose figures they are
    if looks_like_heading(line):
        return "heading"
    return "body"


def is_boilerplate(line: str) -> bool:
    words = len(line.split())
    if words <= 12 and (BOILERPLATE_RE.match(line.strip(" .|»›>")) or LINK_BLOCK_RE.match(line.strip(" .|»›>"))):
        return True
    if 1 < words <= SHARE_BAR_MAX_WORDS and all(BOILERPLATE_RE.match(w) for w in _SHARE_SPLIT_RE.split(line) if w):
        return True  # a share bar: "Facebook Twitter WhatsApp Email"
    if words <= RELATED_MAX_WORDS and RELATED_RE.match(line.strip(" |»›>")) and not is_terminal(line):
        return True  # "SEE ALSO: Another headline": a link to another page
    if words <= COPYRIGHT_MAX_WORDS and COPYRIGHT_RE.match(line):
        return True
    return words <= 80 and bool(COOKIE_RE.search(line)) and bool(COOKIE_CONTEXT_RE.search(line))


def _table_row(line: str) -> bool:
    """A line of cells apart by "|" or tabs with a number in one: a table's row."""
    return bool(CELLS_RE.search(line)) and any(c.isdigit() for c in line)


def _is_navigation(line: str) -> bool:
    """A menu or breadcrumb line: NAV_MIN_ITEMS or more items of a few words, no digit, no sentence."""
    if any(c.isdigit() for c in line) or is_terminal(line):
        return False
    items = [i for i in NAV_SPLIT_RE.split(line.strip(" |»›>")) if i]
    return len(items) >= NAV_MIN_ITEMS and all(len(i.split()) <= NAV_ITEM_MAX_WORDS for i in items)


def looks_like_heading(line: str) -> bool:
    words = WORD_RE.findall(line)
    if not words or len(words) > HEADING_MAX_WORDS or is_terminal(_SIGNOFF_RE.sub("", line)) or match_dateline(line):
        return False
    if SENTENCE_INSIDE_RE.search(line):
        return False  # "... 80,000 had fled. Of those, 36,000 were" holds a whole sentence: running text
    if line[0] in "\"“" and line[-1] in "\"”" or SIGNED_QUOTE_RE.match(line):
        return False  # a quotation standing as its own paragraph, or signed by its speaker
    if CONTINUED_RE.search(line) or is_caption(line):
        return False  # a line that goes on ("On Monday,"), or a photo's caption and credit
    last = words[-1]
    # "... said the" or "... by manufacturer c" is a cut-off paragraph, not a headline
    return last not in DANGLING_WORDS and not (len(last) == 1 and last.islower())


def is_terminal(text: str) -> bool:
    """Whether a line ends a sentence: closing punctuation, or a bracket closing one ("... (AFP)" after a
    full stop); "Update (as of 1 June 2024)" does not."""
    text = text.rstrip()
    if TERMINAL_RE.search(text):
        return True
    if text.endswith((")", "]")):
        inner = re.search(r"[(\[]([^()\[\]]*)[)\]]$", text)
        if inner is None:
            return False
        return bool(TERMINAL_RE.search(inner.group(1))) or bool(TERMINAL_RE.search(text[: inner.start()].rstrip()))
    return False


def is_stamp(line: str) -> bool:
    """A timestamp line ("Updated 01 November 2023", "Wednesday March 15 2023", "10.47 BST", "16m ago"),
    or a line of furniture parts ("12 March 2025 | By Jane Doe") with one."""
    parts = [p for p in _SEPARATORS_RE.split(line) if p.strip()]
    if len(parts) > 1:
        return any(_is_stamp_part(p) for p in parts) and all(_is_stamp_part(p) or is_byline(p) for p in parts)
    return _is_stamp_part(line)


def _is_stamp_part(text: str) -> bool:
    """Dates, times and the words around them, with at most STAMP_MAX_NAMES capitalised words beside them
    where a stamp verb says what the date is ("AFP Published June 28, 2025")."""
    if CONTINUED_RE.search(text.rstrip()):
        return False  # "On Monday," opens a sentence
    tokens = _STAMP_TOKEN_RE.findall(text)
    if not tokens or len(tokens) > STAMP_MAX_WORDS:
        return False
    dated = bool(TIME_RE.search(text) or AGE_RE.search(text))
    names = []
    for token in tokens:
        low = token.lower()
        if low in _DATE_WORDS:
            dated = True
        elif token[0].isdigit():
            dated = dated or len(token) == 4 or not token.isdigit()
        elif low not in _STAMP_WORDS:
            names.append(token)
    if not dated:
        return False
    if not names:
        return True
    return (len(names) <= STAMP_MAX_NAMES and all(n[0].isupper() for n in names)
            and any(t.lower() in _STAMP_VERBS for t in tokens))


def has_time(line: str) -> bool:
    """Whether a stamp holds a time of day or an age ("10:57PM", "11:20 p.m.", "16m ago"): a liveblog entry's."""
    return bool(TIME_RE.search(line))


def is_byline(line: str) -> bool:
    """A credit line: an agency alone ("AFP", "Reuters", "With AFP", "(Avec AFP)"), or "By Jane Doe", "By Jane
    Doe and John Roe, Reuters", "Par Jeanne Dupont", "Article rédigé par franceinfo avec AFP", "Le Monde avec AFP"
    (an outlet's name with an agency's): an opener and names
    (capitalised, unless the opener is one no sentence starts with); or a wire's closing credits in brackets,
    one or more such parts ("(Reporting by Jane Doe; Editing by John Roe.)")."""
    bracketed = _BRACKETED_RE.match(line.strip())
    if bracketed:
        parts = [p.strip() for p in bracketed.group(1).rstrip(" .").split(";")]
        return all(p and _is_credit(p) for p in parts)
    return _is_credit(line)


_BRACKETED_RE = re.compile(r"^[(\[]([^()\[\]]{2,300})[)\]]\.?$")
# "With AFP", or an outlet's name before it ("Le Monde avec AFP", "20 Minutes avec AFP", "TV5MONDE avec AFP")
_WITH_AGENCY_RE = re.compile(r"^(?:(?:[A-Z0-9][\w'’.-]*\s+){1,4})?(?:[Ww]ith|[Aa]vec)\s+(?:l['’])?(?P<agency>.+)$")


def _is_credit(line: str) -> bool:
    bare = line.strip(" .:|-–—()")
    if bare.lower() in _AGENCY_NAMES:
        return True
    if (m := _WITH_AGENCY_RE.match(bare)) and all(
            a.strip().lower() in _AGENCY_NAMES for a in re.split(r"\s+(?:and|et)\s+|,\s*", m.group("agency"))):
        return True  # "With AFP", "Avec l'AFP et Reuters"
    m = _BYLINE_OPENER_RE.match(line)
    if m is None or line.rstrip().endswith((".", "!", "?", ":")) and not re.search(r"\b[A-Z]\.$", line.rstrip()):
        return False
    words = WORD_RE.findall(line[m.end():])
    if not words or len(words) > BYLINE_MAX_WORDS:
        return False
    if " ".join(m.group(0).lower().split()) in _BYLINE_EXPLICIT:
        return True
    names = [w for w in words if w.lower() not in _BYLINE_CONNECTORS]
    return bool(names) and all(w[0].isupper() or w[0].isdigit() for w in names)


def is_label(line: str) -> bool:
    """A section label: a short line in capitals ("KEY DISPLACEMENT FIGURES", "OVERVIEW", "LIVE:"), or the
    heading of a list of summary bullets ("Key points", "Highlights", "Points saillants")."""
    if LIST_LABEL_RE.match(line.strip()):
        return True
    words = WORD_RE.findall(line)
    letters = [c for c in line if c.isalpha()]
    return (0 < len(words) <= LABEL_MAX_WORDS and len(letters) >= 3 and all(c.isupper() for c in letters)
            and not any(c.isdigit() for c in line) and match_dateline(line) is None)


def is_caption(paragraph: str) -> bool:
    """A photo caption: a paragraph ending with a photo credit ("... (AFP)", "PHOTO | X | AFP",
    "- Kyodo News via AP")."""
    return bool(CAPTION_RE.search(paragraph.rstrip()))


CELL_GAP_RE = re.compile(r"\t+| {2,}")  # between the cells of a table's row written as plain text


def _collapsed(raw: str) -> str:
    """A line with its whitespace collapsed, except the gaps between the cells of a table's row, each kept as
    one tab ("Baidoa    61,300    24,800"): a cell that ends a sentence is prose spaced twice, no row."""
    cells = [" ".join(c.split()) for c in CELL_GAP_RE.split(raw.strip())]
    if len(cells) > 1 and all(cells) and not any(c[-1] in ".!?;:," for c in cells[:-1]):
        return "\t".join(cells)
    return " ".join(raw.split())


def _lines(text: str) -> Iterator[str]:
    """Non-empty lines with whitespace collapsed; a hard-wrapped line that continues in lower case
    (across blank lines too), or after a comma, is joined to the line it continues."""
    held: str | None = None
    for raw in text.splitlines():
        line = _collapsed(raw)
        if not line:
            continue
        if held is not None and _continues(held, line):
            held = f"{held} {line}"
            continue
        if held is not None:
            yield held
        held = line
    if held is not None:
        yield held


def _continues(previous: str, line: str) -> bool:
    if URL_RE.match(line) or URL_RE.match(previous) or BULLET_RE.match(line) or is_boilerplate(previous):
        return False
    if previous.endswith(","):
        return not is_boilerplate(line)  # "... air strikes," / "“The outflow continues,” he says": one sentence
    return line[0].islower() and not is_terminal(previous)


CREDIT_OUTLET_MAX_WORDS = 3


def _outlet_credits(lines: Sequence[Line]) -> list[Line]:
    """A short capitalised heading between a byline and a timestamp or another credit is the outlet's name, part
    of the credit ("Article rédigé par franceinfo avec AFP" / "France Télévisions" / "Publié le ...", "By Jane
    Doe" / "BBC News" / "12 March 2025"), never a headline."""
    out = list(lines)
    for i in range(1, len(out) - 1):
        x = out[i]
        if (x.kind == "heading" and out[i - 1].kind == "byline" and out[i + 1].kind in ("stamp", "byline")
                and 0 < word_count(x.text) <= CREDIT_OUTLET_MAX_WORDS
                and all(w[0].isupper() or w[0].isdigit() for w in WORD_RE.findall(x.text))):
            out[i] = Line("byline", x.text)
    return out


def _numbered_lists(lines: Sequence[Line]) -> list[Line]:
    """Runs of lines that each open with a number and a full stop or bracket ("1. ...", "2) ...") are lists:
    their lines are bullets."""
    out = list(lines)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and NUMBERED_RE.match(out[j].text) and out[j].kind != "url":
            j += 1
        if j - i >= NUMBERED_MIN_LINES:
            for k in range(i, j):
                out[k] = Line("bullet", out[k].text)
        i = max(j, i + 1)
    return out


def _lists_as_body(lines: Sequence[Line]) -> list[Line]:
    """Lists in the text, not runs of headlines: heading-like lines after a paragraph that ends with a colon
    ("... has to accomplish the following:" / "Stop lying" / "Show humility"), and runs of heading-like lines
    that each open with a number (a block of key figures: "117,800 Estimated refugee outflows ...")."""
    out = list(lines)
    i = 0
    while i < len(out):
        j = i
        if out[i].kind == "body" and out[i].text.endswith(":"):
            j = i + 1
            while j < len(out) and out[j].kind == "heading":
                out[j] = Line("item", out[j].text)
                j += 1
            i = j
            continue
        while j < len(out) and out[j].kind == "heading" and NUMBER_START_RE.match(out[j].text):
            j += 1
        if j - i >= LIST_MIN_LINES:
            for k in range(i, j):
                out[k] = Line("item", out[k].text)
        i = max(j, i + 1)
    return _figure_blocks(out)


def is_figure_line(text: str) -> bool:
    """A line that states a figure by its label or its column, without a sentence (see LABELLED_FIGURE_RE); a
    liveblog entry's time ("16:05 NPT") and a headline that ends with its number ("Death toll rises to 157": a
    preposition before it) are none."""
    if TIME_RE.match(text):
        return False
    label = LABEL_FIGURE_RE.match(text) and not LEVEL_BEFORE_RE.search(text)
    return (bool(QUALIFIED_START_RE.match(text) or LABELLED_FIGURE_RE.match(text) or label or _labelled_count(text))
            or sum(bool(FIGURE_CELL_RE.match(c)) for c in CELLS_RE.split(text)) >= 1 and len(CELLS_RE.split(text)) > 1)


def _labelled_count(text: str) -> bool:
    """ "People affected: 1,450,000 people", "Traitement de la malnutrition aiguë sévère : 415 000 enfants": the
    words after the number are a noun of people or households (or two: "personnes déplacées" is not, "enfants" is)."""
    m = LABELLED_COUNT_RE.match(text)
    return m is not None and lexicon.counts_people(m.group("noun"))


LEVEL_BEFORE_RE = re.compile(rf"\b(?:to|at|from|by|of|past|over|nears?|tops?|hits?|reach(?:es)?)\s+{_FIGURE}$", re.I)


def _figure_row(text: str) -> bool:
    """A row of two figures or more ("Deaths 23 | Injured 140"): key figures even alone."""
    return sum(bool(FIGURE_CELL_RE.match(c)) for c in CELLS_RE.split(text)) >= 2


def _figure_blocks(lines: list[Line]) -> list[Line]:
    """Blocks of key figures among heading-like lines are the article's text, never headlines: runs of two
    figure lines or more, a lone row of figures, and the heading that names the block ("Impact at a glance",
    a table's row of column labels) right above it."""
    out = list(lines)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].kind in ("heading", "item") and is_figure_line(out[j].text):
            j += 1
        if j - i >= LIST_MIN_LINES or j - i == 1 and _figure_row(out[i].text):
            for k in range(i, j):
                out[k] = Line("item", out[k].text)
            if i > 0 and out[i - 1].kind == "heading" and _names_block(out[i - 1].text, out[i].text):
                out[i - 1] = Line("item", out[i - 1].text)
        i = max(j, i + 1)
    return out


def _names_block(heading: str, first: str) -> bool:
    """Whether a heading heads the figure lines under it: a row of column labels over a row, or a short heading
    that is not the page's title (which ends with a date or a place, and is longer)."""
    cells = CELLS_RE.split(heading)
    if len(cells) >= TABLE_MIN_CELLS or len(cells) > 1 and len(cells) == len(CELLS_RE.split(first)):
        return True
    return word_count(heading) <= LABEL_MAX_WORDS


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


def ends_cut(paragraph: str) -> bool:
    """Whether the text stops mid-sentence or mid-word at the end of this paragraph: an ellipsis, or no
    closing punctuation (a sign-off such as "— Agencies" after a full stop is closing)."""
    text = _SIGNOFF_RE.sub("", paragraph.rstrip())
    if ELLIPSIS_RE.search(text):
        return True
    if text.endswith((":", ";")):
        return True  # "Here is what she said:" and nothing after it
    return not is_terminal(text)


# "... Nasser Yassin. — Agencies", "... on Tuesday. (AFP)": the outlet's sign-off after the last sentence
_SIGNOFF_RE = re.compile(r"(?<=[.!?”\"’])\s*(?:[—–-]\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|\([A-Z][\w.&'’ -]{0,30}\))$")
