"""Key-figure lines: a line that opens with the number and names what it counts without a verb, as report
headers and fact boxes write them ("117,800 Estimated refugee outflows to neighbouring countries since 1 Feb.",
"1.2 million internally displaced", "- 350,000 refugees in neighbouring countries"). The parse of such a line
is poor (no verb, a capitalised first word); the words after the number are what it counts up to the first word
of place, time or source ("in", "since", "as of", "Source:"), and the event is the first of those words that
names one (by lemma, from the lexicon's event classes), else the phrase's last noun is its term. A "Source: X"
at the end of the line (or alone on the next line) states it.
"""

from __future__ import annotations

import re

from ...lexicon.events import people_classes, predicate_classes
from ...records import Speaker
from .terms import Event

BULLET_RE = re.compile(r"[ \t]*(?:[-•*·–—▪►]\s*)?$")  # what may stand before the number on its line
# Where the counted phrase of a key-figure line stops: a preposition of place or time, a bracket, a comma.
PHRASE_END_RE = re.compile(r"\s+(?:in|within|inside|to|from|into|across|at|since|as\s+of|by|on|for|of|who|that)\b"
                           r"|\s*[(,;:]|\s+[Ss]ources?:|[.](?:\s|$)|$")
SOURCE_RE = re.compile(r"\b[Ss]ources?\s*:\s*(?P<source>[^\n.;]{2,80}?)\s*(?:[.;]|$)", re.M)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
LOOK = 8  # characters a bullet may take before the number on its line
LINE_CHARS = 400  # a key-figure line is shorter than this
LEADING_WORDS = frozenset({"estimated", "total", "est", "approximately", "approx", "some", "about", "over"})
PREDICATES = predicate_classes()
PEOPLE = people_classes()


def key_line(text: str, start: int, end: int, span) -> tuple[str, Event] | None:
    """The counted phrase and the event of the figure at ``start:end`` when it opens a verbless line;
    None otherwise."""
    line_start = text.rfind("\n", max(0, start - LOOK), start) + 1
    if (line_start == 0 and start > LOOK) or not BULLET_RE.fullmatch(text, line_start, start):
        return None
    line_end = _line_end(text, end)
    phrase_at = end + len(text[end:line_end]) - len(text[end:line_end].lstrip(" \t-–"))
    stop = PHRASE_END_RE.search(text, phrase_at, line_end)
    phrase_end = stop.start() if stop else line_end
    if span is not None and _finite_verb(span.doc, span.end, phrase_end):
        return None  # "117 people were killed ...": a sentence, which the parse reads
    phrase = text[phrase_at:phrase_end].strip()
    words = phrase.split()
    while words and words[0].lower().strip(".") in LEADING_WORDS:
        words = words[1:]
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    return " ".join(words), _event(words)


def _line_end(text: str, at: int) -> int:
    """Where the line from ``at`` ends, looking no further than LINE_CHARS (a page without line breaks costs no
    scan of the rest of it per figure)."""
    end = text.find("\n", at, at + LINE_CHARS)
    return end if end >= 0 else min(len(text), at + LINE_CHARS)


def _finite_verb(doc, i: int, until: int) -> bool:
    while i < len(doc) and doc[i].idx < until:
        if doc[i].tag_ in FINITE_TAGS:
            return True
        i += 1
    return False


def _event(words: list[str]) -> Event:
    """The first word that names an event ("displaced", "killed") or counts people by one ("refugee",
    "IDPs"); its term is that word, or, for a people noun before the head ("refugee outflows"), the head."""
    for i, word in enumerate(words):
        w = word.lower().strip("()")
        if (name := PREDICATES.get(w)) is not None:
            return Event(w, name, None)
        if (name := PEOPLE.get(w) or PEOPLE.get(w.rstrip("s"))) is not None:
            return Event(words[-1].lower() if i < len(words) - 1 else w, name, None)
    return Event(words[-1].lower(), None, None)


def line_source(text: str, end: int) -> Speaker | None:
    """ "... Source: UN in Myanmar" after the figure on its line, or alone on the next line."""
    line_end = _line_end(text, end)
    found = SOURCE_RE.search(text, end, line_end)
    if found is None and line_end < len(text) and text[line_end] == "\n":
        found = SOURCE_RE.match(text, line_end + 1, _line_end(text, line_end + 1))
    if found is None:
        return None
    name = found.group("source").strip()
    return Speaker(name=name, mention=name, type="organisation", start=found.start("source"),
                   end=found.start("source") + len(name))


# A briefing note's opening line names who says all of it: "This is a summary of what was said by UNHCR
# spokesperson Eujin Byun – to whom quoted text may be attributed – at today's press briefing".
BRIEFING_RE = re.compile(r"\bwhat was said by\s+(?P<who>[^\n–—]+?)\s*[–—-]+\s*to whom quoted text may be attributed", re.I)


def briefing_source(article) -> Speaker | None:
    """The speaker a briefing note's opening line names for the whole note (a figure with no source of its
    own in the note is theirs): the person named there, with the words before the name as the role."""
    found = BRIEFING_RE.search(article.text[:2000])
    if found is None:
        return None
    start, end = found.span("who")
    person = next((m for m in article.mentions if m.type == "person" and start <= m.start and m.end <= end), None)
    if person is None:
        return Speaker(name=found.group("who"), mention=found.group("who"), type=None, start=start, end=end)
    role = article.text[start:person.start].strip(" ,") or None
    return Speaker(name=person.canonical, mention=found.group("who"), role=role, type="person", start=start, end=end)


FIRST_PERSON = frozenset({"we", "us", "our", "ours"})


def in_own_voice(speaker: Speaker | None, article) -> Speaker | None:
    """A speaker in the first person plural ("Our teams have recorded 12 deaths", "we registered ...") in a
    briefing note is the note's speaker (``briefing_source``); any other speaker as it is."""
    words = (speaker.mention or "").lower().split() if speaker is not None else []
    if words and words[0] in FIRST_PERSON:
        return briefing_source(article) or speaker
    return speaker


# A row or header of a table written as plain text: cells apart by a tab or two spaces or more.
CELL_GAP_RE = re.compile(r"\t+| {2,}")
LABEL_RE = re.compile(r"[ \t]*(?:[-•*·–—▪►]\s*)?(?P<label>[A-Za-z][A-Za-z '’()/-]{1,60}?)\s*:\s*$")
TABLE_MAX_ROWS = 40  # rows a cell looks up through for its table's header


def labelled(text: str, start: int, end: int) -> tuple[str, Event] | None:
    """The counted phrase and the event of a figure that a label names: the label before it on its line in a
    list of facts ("People affected: 312,450", "- Families marooned: 48,700"), or the header of its column in a
    table written as plain text ("District   People affected   People displaced" over "Baidoa   61,300
    24,800"); None for a figure of running text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end)
    if text[end:line_end].strip(" \t.;") == "" and (found := LABEL_RE.fullmatch(text, line_start, start)):
        words = found.group("label").split()
        return found.group("label"), _event(words)
    return _column_header(text, line_start, start, end)


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line written as a table row."""
    cells, at = [], 0
    for gap in CELL_GAP_RE.finditer(line):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if line[at:].strip():
        cells.append((at, len(line.rstrip())))
    return cells


def _column_header(text: str, line_start: int, start: int, end: int) -> tuple[str, Event] | None:
    """The header of the column the figure at ``start:end`` stands in, when its line is a row of a table: the
    nearest line above with as many cells and no digits, every line between them (blank lines aside) a row
    of as many cells."""
    line = text[line_start:_line_end(text, end)]
    cells = _cells(line)
    column = next((k for k, (s, e) in enumerate(cells) if s <= start - line_start and end - line_start <= e), None)
    if len(cells) < 2 or not column:  # the first column names the row, not what is counted
        return None
    above = text[:line_start].rstrip("\n").split("\n")[-TABLE_MAX_ROWS:]
    for row in reversed(above):
        if not row.strip():
            continue  # rows read as paragraphs of their own
        row_cells = _cells(row)
        if len(row_cells) != len(cells):
            return None
        if not re.search(r"\d", row):
            s, e = row_cells[column]
            label = row[s:e].strip()
            return label, _event(label.split())
    return None
