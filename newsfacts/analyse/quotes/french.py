"""Quotes in French: the same records as English, found by the shapes French news gives them.

- direct: words between « », “ ” or straight quotation marks, attributed by an incise after them ("», a déclaré
  X", "», a-t-il affirmé", "», selon X"), inside them ("« ..., a-t-elle ajouté, ... »") or by the clause before
  them ("X a déclaré : « ... »"); a quotation with no cue of its own right after a quote goes on with its speaker;
- indirect: "selon X, ..." and "d'après X, ..." (the rest of the sentence), "X a affirmé que ..." (the clause
  after "que"), and an incise after reported words ("Plus de 6 500 personnes ont fui, a indiqué OCHA.");
- mixed: reported speech holding a quotation ("X a dénoncé ... « massacre » ..." inside a "que" clause).

Speakers are the article's mentions inside the speaker's words (a person's full name, an organisation's long
form for its acronym), "il"/"elle" the person named last before, "l'agence"/"l'organisation" the organisation
named last before; anything else keeps its words with no name. The verbs are lemmas of the French cue list
(``cues.fr.saying_verbs``), also compared as written, since the small model's lemmas of rare verbs vary.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ... import lexicon
from ...records import Article, Mention, Quote, Speaker
from ..nlp import doc_text
from .labelled import interview_answers

LANGUAGE = "fr"
SAYING = lexicon.words(lexicon.localized("cues.saying_verbs", LANGUAGE))
ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "era", "erait", "ons", "ez", "èrent")
SAYING_FORMS = lexicon.words(lexicon.localized("cues.saying_forms", LANGUAGE)) | {
    lemma[:-2] + ending for lemma in SAYING if lemma.endswith("er") for ending in ER_ENDINGS}
BODY_NOUNS = lexicon.words(lexicon.localized("cues.body_nouns", LANGUAGE))
SOURCE_NOUNS = lexicon.words(lexicon.localized("cues.source_nouns", LANGUAGE))
ADDRESSING = lexicon.words(lexicon.localized("cues.addressing_verbs", LANGUAGE))
REACHING_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("cues.reaching_participles", LANGUAGE)))
                         + r")\s+(?:au\s+téléphone\s+)?par\s")
REACHED_BY_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("cues.reaching_participles", LANGUAGE)))
                           + r")\s+(?:au\s+téléphone\s+)?par\s+(?:l['’]|le\s+|la\s+|les\s+)?$")
SPEAKER_NOUNS = lexicon.words(lexicon.localized("cues.speaker_nouns", LANGUAGE)) | lexicon.words(
    lexicon.localized("people.titles", LANGUAGE))
PERSON_PRONOUNS = lexicon.words(lexicon.localized("people.person_pronouns", LANGUAGE))
BODY_PRONOUNS = lexicon.words(lexicon.localized("people.body_pronouns", LANGUAGE))
COMPLEMENTIZERS = lexicon.words(lexicon.localized("quotes.complementizers", LANGUAGE))
_SOURCES = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in lexicon.terms(lexicon.localized("quotes.source_prepositions", LANGUAGE)))
SOURCE_RE = re.compile(rf"(?i)(?<!\w)(?:{_SOURCES})\s+")
ARTICLES = lexicon.words(lexicon.localized("people.articles", LANGUAGE)) | {"l", "d"}
TIME_WORDS = lexicon.words(lexicon.localized("time.weekdays", LANGUAGE)) | lexicon.words(lexicon.localized("time.speech_times", LANGUAGE))
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "‹": "›"}
# A dateline before a paragraph's first sentence ("BUNIA, 14 mars (AGL) – ", "GENÈVE – "): never reported words.
_MONTHS = "|".join([*lexicon.terms(lexicon.localized("time.months", LANGUAGE)),
                    *lexicon.table(lexicon.localized("time.month_abbreviations", LANGUAGE))])
DATELINE_RE = re.compile(r"[A-ZÀ-Ÿ][A-ZÀ-Ÿ' -]+\b[^–—\n]{0,40}?\s[–—-]\s+"
                         # "Cotonou, 11 juin 2025 (ABP) – ", "Bunia, 13 octobre 2025 (ACP).- ": a place in title case
                         # with an agency in brackets
                         r"|[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s[^–—()\n]{0,30}\([A-Z]{2,6}\)\.?\s*[–—-]\s*"
                         # "Antananarivo, le 16 octobre 2025 – ", "Kayes, 3 déc. 2025 – ": a place in title case with
                         # a French date and a dash, with or without an agency; two places ("Genève/Maputo, 16 octobre")
                         rf"|[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?(?:/[A-ZÀ-Ý][\w'’-]+)?(?:\s\([^()\n]{{1,30}}\))?,\s(?:le\s)?\d{{1,2}}(?:er)?"
                         rf"\s(?:{_MONTHS})\.?(?:\s\d{{4}})?(?:\s*[(\[][^()\[\]\n]{{1,40}}[)\]])?\.?\s*[–—-]+\s*")
MIN_DIRECT_WORDS = 4  # fewer quoted words are a term the writer marks ("un « massacre »"), not a quote
MAX_SOURCE_WORDS = 14
WORD_RE = re.compile(r"\w+")
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")
VERSION = "1"
EXTRACTOR = f"quotes@{VERSION}"


def find_quotes(article: Article, doc) -> tuple[Quote, ...]:
    text = article.text
    found: list[Quote] = []
    quotations = [q for q in _quotations(text) if _is_quotation(text, *q)]
    for sent in doc.sents:
        found += _indirect(sent, text, article.mentions, quotations)
    found += [q for q in (_direct(s, e, doc, text, article.mentions) for s, e in quotations)
              if not any(o.start <= q.start and q.end <= o.end and o.kind == "mixed" for o in found)]
    found += _answers(text, article.mentions)
    return tuple(_unnamed_before(_continued(sorted(found, key=lambda q: q.start), text, article.mentions), text,
                                 article.mentions))


# Someone described, not named: an article and a word in lower case ("un élu local", "une habitante",
# "l'administrateur du territoire").
UNNAMED_PERSON_RE = re.compile(r"(?:un|une|le|la|l['’])\s*[a-zà-ÿ]")
DESCRIBED_REACH = 2  # paragraph breaks a pronoun reaches back over to the person a quote before describes


def _unnamed_before(quotes: list[Quote], text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """ "« ... », a indiqué à l'AFP un élu local sous couvert d'anonymat. Selon lui, une vingtaine de personnes ont
    été blessées": "lui", "il" or "elle" stands for the person the quote before describes without naming ("un élu
    local", "un habitant joint par téléphone"), as English "he said" after "a resident said", where no name
    resolves it or the name that does comes before that person (the person described last is the one meant)."""
    out: list[Quote] = []
    for q in quotes:
        sp = q.speaker
        if sp is not None and (sp.mention or "").lower().lstrip("-") in PERSON_PRONOUNS:  # "ajoute-t-il": "-il"
            before = [p for p in out if p.end <= q.start and p.speaker is not None and text.count("\n\n", p.end, q.start) < DESCRIBED_REACH]
            last = max(before, key=lambda p: p.end).speaker if before else None
            named = [m.end for m in mentions if sp.name is not None and m.canonical == sp.name and m.end <= q.start]
            if last is not None and last.name is None and last.type in (None, "person") \
                    and UNNAMED_PERSON_RE.match(last.mention or "") and (sp.name is None or named and last.start is not None
                                                                           and max(named) < last.start):
                q = dataclasses.replace(q, speaker=dataclasses.replace(sp, name=None, mention=last.mention, type="person"))
            elif last is not None and last.mention and (last.mention or "").lower().lstrip("-") not in PERSON_PRONOUNS \
                    and last.start is not None and (sp.name is None or named and max(named) < last.start):
                # "« ... », raconte par téléphone Ibrahima. Selon lui, ...", "Le délégué de la CNARR, X, a précisé que
                # ... « ... », a-t-il dit": the speaker of the quote just before, where no one the pronoun could stand
                # for is named after that speaker (the tagger missed the name, or took a place for a person)
                q = dataclasses.replace(q, speaker=dataclasses.replace(
                    sp, name=last.name, mention=last.mention, role=last.role, type=last.type))
            elif last is None and sp.name is None and sp.start is not None and (
                    body := _named_before(sp.start, [m for m in mentions if not _credited(m, text)], ("organisation",),
                                          sp.mention or "", sp.end or sp.start)).name is not None:
                # "L'OIM a recensé 12 000 déplacés. Elle estime que ...": with no person named before and no quote
                # before whose speaker it could be, "il" or "elle" is the body named before (l'OIM, la FAO; le HCR)
                q = dataclasses.replace(q, speaker=dataclasses.replace(sp, name=body.name, type="organisation"))
        out.append(q)
    return out


def _answers(text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """The answers of an interview set out as questions and answers (``labelled.interview_answers``), as direct
    quotes of the person interviewed."""
    return [Quote(text=text[start:end], kind="direct", cue=":", speaker=speaker, start=start, end=end,
                  extractor=EXTRACTOR) for start, end, speaker in interview_answers(text, mentions)]


# ------------------------------------------------------------------------------------------------ direct


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included: « ... », “ ... ”, "..." (a quotation never spans a blank line)."""
    out, i = [], 0
    while i < len(text):
        close = OPEN_CLOSE.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        if j < 0 or "\n\n" in text[i:j] and not _goes_on(text, i, j):
            i += 1
            continue
        out.append((i, j + 1))
        i = j + 1
    return out


def _goes_on(text: str, start: int, close: int) -> bool:
    """A quotation that runs over paragraphs, each reopened with the same mark and none closed before the last
    ("« ... \n\n« ... »"), the French way of quoting several paragraphs."""
    mark = text[start]
    paragraphs = re.split(r"\n\s*\n", text[start:close])
    return len(paragraphs) <= 4 and all(p.lstrip().startswith(mark) and mark not in p.lstrip()[1:] for p in paragraphs)


def _is_quotation(text: str, start: int, end: int) -> bool:
    """Words someone said, not a term the writer marks ("un « massacre »"): several words, or a sentence (it ends
    with its own full stop, question or exclamation mark) or words a colon introduces."""
    inner = text[start + 1:end - 1].strip()
    return (len(WORD_RE.findall(inner)) >= MIN_DIRECT_WORDS or inner[-1:] in ".!?…"
            or text[max(0, start - 3):start].strip().endswith(":")) and bool(WORD_RE.search(inner))


def _direct(start: int, end: int, doc, text: str, mentions: Sequence[Mention]) -> Quote:
    speaker = cue = None
    verb = _cue_after(doc, end) or _cue_inside(doc, start, end)
    if verb is not None and _bare_participle(verb) and (_cue_before(doc, start) is not None
                                                        or _colon_speaker(doc, start, text, mentions) is not None):
        verb = None  # "X a expliqué : « ... », ajoutant : « ... »": the participle goes on after the quote; who
        # speaks is introduced before it
    if verb is not None:
        cue, speaker = verb.text, _incise_speaker(verb, _incise_end(verb, text), text, mentions)
    elif (verb := _cue_before(doc, start)) is not None:
        cue, speaker = verb.text, _speaker_of_verb(verb, text, mentions)
    elif (src := _source_after(text, end)) is not None:
        cue, speaker = src[0], _speaker_in(src[1], src[2], text, mentions)
    elif (introduced := _colon_speaker(doc, start, text, mentions)) is not None:
        cue, speaker = ":", introduced
    elif (introduced := _introduced_before(doc, start, text, mentions)) is not None:
        speaker = introduced
    return Quote(text=text[start:end], kind="direct", cue=cue, speaker=speaker, start=start, end=end, extractor=EXTRACTOR)


STOP_RE = re.compile(r"[.!?](?=\s|[\"«“])")


def _incise_end(verb, text: str) -> int:
    """Where an incise ends: its sentence's end, or a full stop before it that the parse ran over ("..., a affirmé un
    officier de police. \"Il s'en est suivi ...")."""
    end = verb.sent.end_char
    for m in STOP_RE.finditer(text, verb.idx, end):
        if not _honorific_stop(text, m.start()):
            return m.start()
    return end


AFTER_QUOTE_BRACKET_RE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _cue_after(doc, end: int):
    """A verb of saying in the incise right after a quotation: "», a déclaré X", "», a-t-il affirmé"; a bracket
    between them is passed over ("« ... à Assighassia » (région de l'Extrême-Nord), a affirmé un officier")."""
    if (bracket := AFTER_QUOTE_BRACKET_RE.match(doc_text(doc), end)) is not None:
        end = bracket.end()
    span = doc.char_span(end, min(len(doc_text(doc)), end + 80), alignment_mode="contract")
    if span is None or not re.match(r"\s*[,–—-]?\s*", doc_text(doc)[end:end + 3]):
        return None
    for tok in span:
        if tok.is_sent_start and tok.idx > end + 2 or tok.text in OPEN_CLOSE or tok.text in ".!?;" \
                or "\n" in doc_text(doc)[end:tok.idx]:
            return None  # an incise is in the quotation's paragraph: "»\n\nCe drame rappelle ..." is none
        if _is_saying(tok):
            return tok
        if tok.pos_ in ("NOUN", "PROPN") and tok.i > span.start + 3:
            return None
    return None


def _cue_inside(doc, start: int, end: int):
    """An incise inside a quotation: "« Nous ..., a-t-il déclaré, et ... »"."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if _is_saying(tok) and tok.i > span.start and any(t.text == "," for t in doc[max(span.start, tok.i - 3):tok.i]) \
                and any(t.dep_ in SUBJECT_DEPS and t.i > tok.i - 3 for t in tok.children) \
                and not (tok.i + 1 < span.end and doc[tok.i + 1].lower_ in ("que", "qu'", "qu’")):  # reported, no incise
            return tok
    return None


def _cue_before(doc, start: int):
    """A verb of saying in the clause that introduces a quotation: "X a déclaré : « ... »"."""
    before = doc_text(doc)[max(0, start - 3):start]
    if ":" not in before:
        return None
    span = doc.char_span(max(0, start - 200), start, alignment_mode="contract")
    if span is None:
        return None
    sent_start = doc[span.end - 1].sent.start if len(span) else span.start
    for tok in reversed(doc[max(span.start, sent_start):span.end]):
        if _is_saying(tok):
            return tok
    return None


def _colon_speaker(doc, start: int, text: str, mentions: Sequence[Mention]) -> Speaker | None:
    """A quotation a colon introduces with no verb of saying: the speaker is the clause's subject ("La préfète,
    Marie Dupont, réfute ces accusations : « ... »") or the person it names ("Le ministre, X : « ... »")."""
    colon = re.search(r":\s*$", text[max(0, start - 4):start])
    if colon is None:
        return None
    span = doc.char_span(max(0, start - 200), start, alignment_mode="contract")
    if span is None or not len(span):
        return None
    clause = doc[max(span.start, doc[span.end - 1].sent.start):span.end]
    if any(t.text in OPEN_CLOSE.values() for t in clause):
        return None
    verbs = [t for t in clause if t.pos_ == "VERB" and t.dep_ == "ROOT"]
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < v.i]
    if subjects:
        return _speaker_in(*_subject_span(subjects[0]), text, mentions)
    named = [m for m in mentions if clause.start_char <= m.start and m.end <= clause.end_char and m.type == "person"]
    return _speaker_in(clause.start_char, named[0].end, text, mentions) if named and not verbs else None


def _introduced_before(doc, start: int, text: str, mentions: Sequence[Mention]) -> Speaker | None:
    """A quotation that opens its sentence with no cue of its own, after a sentence about one person ("Fabien
    Sambussy, chef de mission de l'OIM, s'est dit très préoccupé. « ... »"): that person speaks."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    if sent.start_char < start - 1:  # the parser ran the sentence before into the quotation
        lo, hi = sent.start_char, start
    elif sent.start > 0:
        lo, hi = doc[sent.start - 1].sent.start_char, doc[sent.start - 1].sent.end_char
    else:
        return None
    if text[hi:start].count("\n\n") > 1 or not text[lo:hi].rstrip().endswith((".", ":")) \
            or any(ch in OPEN_CLOSE for ch in text[lo:hi]):
        return None  # a sentence with its own quotation: _continued decides
    people = [m for m in mentions if lo <= m.start < hi and m.type == "person"]
    if len({m.canonical for m in people}) != 1:
        return None
    return _speaker_in(people[0].start, people[0].end, text, mentions)


def _source_after(text: str, end: int) -> tuple[str, int, int] | None:
    m = re.match(r"\s*,\s*", text[end:end + 4])
    at = end + (m.end() if m else 0)
    s = SOURCE_RE.match(text, at)
    if s is None:
        return None
    stop = _source_end(text, s.end())
    return s.group().strip(), s.end(), stop


# ------------------------------------------------------------------------------------------------ indirect


def _indirect(sent, text: str, mentions: Sequence[Mention], quotations: list[tuple[int, int]]) -> list[Quote]:
    """Reported speech in a sentence: after "que" of a verb of saying, around "selon X", before an incise."""
    start, end = sent.start_char, _trimmed_end(text, sent.start_char, sent.end_char)
    if (lead := DATELINE_RE.match(text, start, end)) is not None:
        start = lead.end()
    if any(qs <= start and end <= qe for qs, qe in quotations):
        # a sentence of a quotation that opens with its own source ("« ... Selon un communiqué du gouvernement, 27
        # personnes ont perdu la vie ... »"): the speaker relays what that source states
        return _according_to(start, end, text, mentions, []) if SOURCE_RE.match(text, start) else []
    out = []
    for tok in sent:
        if not _is_saying(tok) or _in_quotation(tok.idx, quotations):
            continue
        clause = _que_clause(tok, end)
        if clause is not None:
            out.append(_quote(clause[0], end, tok.text, _speaker_of_verb(tok, text, mentions), text, quotations))
        elif (before := _incise_before(tok, start, mentions, quotations)) is not None and not any(
                qs < before and start < qe for qs, qe in quotations):
            out.append(_quote(start, before, tok.text, _incise_speaker(tok, end, text, mentions), text, quotations))
    if not out:
        out += _according_to(start, end, text, mentions, quotations) or _for_someone(start, end, text, mentions, quotations)
    elif SOURCE_RE.search(text, start, end):  # "Trois migrants sont morts, selon l'ONG X, qui affirme que deux autres
        # sont portés disparus": the words before "selon X" are X's too, beside the clause its own verb reports
        out += [q for q in _according_to(start, end, text, mentions, quotations)
                if not any(q.start < o.end and o.start < q.end for o in out)]
    return out


FOR_RE = re.compile(r"(?i)(?:(?:mais|et|or|pourtant)\s+)?pour\s+")


def _for_someone(start: int, end: int, text: str, mentions: Sequence[Mention],
                 quotations: list[tuple[int, int]]) -> list[Quote]:
    """ "Pour Jean Dupont, responsable de l'ONG, la situation est grave", "Mais pour OCHA, ...": the view of a
    person or body named between "Pour" opening the sentence (past a conjunction) and its comma."""
    m = FOR_RE.match(text, start)
    if m is None:
        return []
    comma = _with_apposition(text, _source_end(text, m.end(), end), end, mentions)
    if not text.startswith(",", comma) or not any(
            m.end() <= x.start and x.end <= comma and x.type in ("person", "organisation") for x in mentions):
        return []
    rest = comma + 1 + (len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip()))
    return [_quote(rest, end, "pour", _speaker_in(m.end(), comma, text, mentions), text, quotations)] if rest < end else []


def _quote(start: int, end: int, cue: str, speaker: Speaker | None, text: str,
           quotations: list[tuple[int, int]]) -> Quote:
    kind = "mixed" if any(start <= qs and qe <= end for qs, qe in quotations) else "indirect"
    return Quote(text=text[start:end], kind=kind, cue=cue, speaker=speaker, start=start, end=end, extractor=EXTRACTOR)


def _que_clause(verb, end: int) -> tuple[int, int] | None:
    """ "a affirmé que ...", "a indiqué jeudi à la presse qu'il ...": the clause from "que" to the sentence end."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Inf" in nxt.morph.get("VerbForm") and verb.pos_ == "VERB" \
            and nxt.lower_ not in TIME_WORDS:  # "a déclaré jeudi un porte-parole": "jeudi" tagged an infinitive
        return (nxt.idx, end) if nxt.idx < end else None  # "affirme avoir distribué ...", "dit craindre ..."
    for tok in verb.doc[verb.i + 1:min(verb.i + 8, verb.sent.end)]:
        if tok.lower_ in COMPLEMENTIZERS or tok.lower_ == "qu" and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].text in ("'", "’"):  # "estime qu'« au moins ... »": "qu" and "'" apart
            return (tok.idx, end) if tok.idx < end else None
        if tok.is_punct and tok.text != "," or _is_saying(tok) or tok.pos_ == "VERB" and tok.lemma_ != "savoir":
            return None
    return None


def _incise_before(verb, sent_start: int, mentions: Sequence[Mention],
                   quotations: Sequence[tuple[int, int]] | None = None) -> int | None:
    """ "..., a indiqué jeudi OCHA.": reported words before a comma, the verb after it (an auxiliary and an
    inverted pronoun between them), its speaker after it; where the reported words end, or None. A verb whose
    subject stands before it and that names no one after it is no incise ("Le ministre, X, a dénoncé ...").
    After a closing mark, only where the marks set off a term, not a quotation (``quotations``: its incise is the
    direct quote's): "... où les conditions sont « catastrophiques », a indiqué le porte-parole"."""
    doc, i = verb.doc, verb.i - 1
    while i >= verb.sent.start and (doc[i].pos_ == "AUX" or doc[i].dep_ in ("expl:subj", "advmod") or doc[i].lower_ in ("-t", "-il", "-elle", "-ils", "-elles", "-on")):
        i -= 1
    if i <= verb.sent.start or doc[i].text not in (",", "–", "—") or doc[i - 1].text in ("»", "”", '"') and (
            quotations is None or any(qs < doc[i - 1].idx < qe for qs, qe in quotations)):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and c.pos_ == "VERB" and c.lower_ not in TIME_WORDS
           for c in verb.children):
        return None
    if any(c.dep_ == "obj" and c.i > verb.i and not _may_speak(c, mentions) and c.lower_ not in TIME_WORDS
           for c in verb.children) and not _clause_before(doc, verb.sent.start, i) and not _learned_from(verb):
        return None  # "a dénoncé un « massacre »": what the verb says is its object, no one after it speaks (unless
        # a whole clause stands before the comma: "14 autres ont été secourus, a indiqué la garde nationale")
    if any(c.dep_ in SUBJECT_DEPS and c.i < i for c in verb.children) and not _names_after(verb, mentions) and not any(
            c.dep_ == "obj" and c.i > verb.i and _may_speak(c, mentions) for c in verb.children) \
            and not _clause_before(doc, verb.sent.start, i) and not _learned_from(verb):
        return None  # a speaker after the verb, taken for its object ("..., a annoncé la présidence"), is the incise's
    words = doc[verb.sent.start:i]
    return words.end_char if len(words) >= 3 and words.end_char > sent_start else None


def _clause_before(doc, start: int, comma: int) -> bool:
    """Whether the words before an incise's comma are a clause of their own (a verb with its subject), what the
    incise reports; the phrase after the verb of saying is then who said it, whatever noun it is."""
    return any((t.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.children))
               and any(c.dep_ in SUBJECT_DEPS for c in t.children) and not _is_saying(t)
               for t in doc[start:comma])  # a verb, or a predicate with its copula ("les districts sont les plus touchés")


def _may_speak(tok, mentions: Sequence[Mention], described: bool = True) -> bool:
    """A phrase the parser took for an object that names a speaker: a person or body mentioned, a body noun, a
    noun of people who speak ("un responsable local", "des sources sécuritaires"), a title ("le gouverneur"), a
    capitalised word inside the sentence the tagger took for a common noun ("le Conasur"); those two not after
    a verb whose object is whom it addresses ("a alerté le Conseil de sécurité")."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    described = described and (tok.lemma_.lower() in SPEAKER_NOUNS or tok.lower_ in SPEAKER_NOUNS
                 or tok.text[:1].isupper() and tok.i > tok.sent.start) and tok.head.lemma_.lower() not in ADDRESSING
    return tok.lemma_.lower() in BODY_NOUNS or described or tok.pos_ == "PROPN" or any(
        lo <= m.start < hi and m.type in ("person", "organisation") for m in mentions)


def _names_after(verb, mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if verb.idx < m.start < verb.sent.end_char and m.type in ("person", "organisation")]


def _incise_speaker(verb, end: int, text: str, mentions: Sequence[Mention]) -> Speaker | None:
    """The speaker of an incise: its subject after the verb (inverted), else the words after the verb to the end
    of the sentence or the next comma ("a annoncé l'agence mardi")."""
    if _learned_from(verb):
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "-on" else verb
        begin = _without_time_words(after.idx + len(after.text), end, text)[0]
        if after is verb and (outlet := _outlet_learned(verb)) is not None:
            begin = outlet.end()  # past the outlet that learned it ("notre rédaction", "l'AFP")
        words = LEARNED_FROM_RE.match(text, begin)
        stop = text.find(",", begin, end)
        return _speaker_in(words.end(), stop if stop >= 0 else end, text, mentions) if words else None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _may_be_subject(c)]
    if not subjects and _participle_of_saying(verb):
        return _speaker_of_verb(_verb_above(verb), text, mentions)  # "« ... », ajoutant : « ... »": who the verb it hangs on
        # has speak, never the words after it
    # an object the parser made of the speaker counts by its own words (a body noun, a name), not by a mention it
    # holds: read with the article's mentions, it cost a French quote on the realnews check part (src31, measured)
    after = [c for c in subjects if c.i > verb.i] or [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
                                                      and _may_speak(c, (), False)]
    if after:
        return _speaker_in(*_subject_span(after[0]), text, mentions)
    inverted = _inverted_pronoun(verb)  # "a-t-il déclaré"
    if inverted is not None:
        return _speaker_in(inverted.idx, inverted.idx + len(inverted.text), text, mentions)
    named = _names_after(verb, mentions)
    stop = text.find(",", verb.idx, end)
    addressed = [m for m in named if ADDRESSEE_RE.search(text, max(0, m.start - 8), m.start)
                 and m.start < (stop if stop >= 0 else end)]  # "a indiqué à l'AFP un élu": the élu speaks, to the AFP
    glued = [m for m in addressed if m.type == "person" and (g := GLUED_OUTLET_RE.match(m.text)) and g.end() < len(m.text)]
    if glued:  # "a déclaré à l'AFP Macaire Sivikunula": the tagger glued the outlet to the name; the name speaks
        m = glued[0]
        start = m.start + GLUED_OUTLET_RE.match(m.text).end()
        return Speaker(name=text[start:m.end], mention=text[start:m.end], type="person", start=start, end=m.end)
    named = [m for m in named if m not in addressed and not REACHED_BY_RE.search(text, max(0, m.start - 40), m.start)
             and not RELAYED_BY_RE.search(text, max(0, m.start - 60), m.start)  # "repris par l'agence ..., ANI": relays
             and not _title_complement(m, verb.idx, text)]  # "a déclaré le maire de Bassikounou, X": the town the
    # title holds, which the tagger may call a person, never speaks
    # "raconte un habitant joint par Le Nouvelliste": the habitant speaks, the outlet reached him
    named = [m for m in named if m.type == "person"] or named  # "la porte-parole du HCR, Eujin Byun": the person
    if named:
        return _speaker_in(named[0].start, named[0].end, text, mentions)
    begin = max([verb.idx + len(verb.text), *(m.end for m in addressed)])
    if stop >= 0 and not text[begin:stop].strip() and (aside := INCISE_ASIDE_RE.match(text, stop)) is not None:
        begin = aside.end()  # "a expliqué, de son côté, un habitant de Djibasso": the speaker after the aside
        stop = text.find(",", begin, end)
    words = text[begin:stop if stop >= 0 else end]
    return _speaker_in(begin, stop if stop >= 0 else end, text, mentions) if WORD_RE.search(words) else None


# An outlet's acronym the tagger glued to the name after it in one mention of a person ("AFP Macaire Sivikunula").
INCISE_ASIDE_RE = re.compile(r"(?i),\s*(?:" + "|".join(re.escape(a) for a in lexicon.terms(lexicon.localized(
    "cues.incise_asides", LANGUAGE))) + r")\s*,\s*")
GLUED_OUTLET_RE = re.compile(r"[A-Z]{2,6}\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
ADDRESSEE_RE = re.compile(r"(?i)\b(?:à\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?|aux?\s+)$")


def _according_to(start: int, end: int, text: str, mentions: Sequence[Mention],
                  quotations: list[tuple[int, int]]) -> list[Quote]:
    """ "Selon X, ..." (the rest of the sentence) and "..., selon X." (the sentence before it)."""
    out = []
    begin = start  # where the words a source gives begin: after the source before it in the sentence ("18 morts,
    # selon des sources locales, et 12 selon l'armée": the army gives 12, not 18)
    for m in SOURCE_RE.finditer(text, start, end):
        if _in_quotation(m.start(), quotations):
            continue
        if (relative := RELATIVE_RE.match(text, m.end())) is not None:  # "un rapport selon lequel ...": its issuer's
            speaker = _named_before(m.start(), [x for x in mentions if x.start >= start], ("organisation", "person"),
                                    text[start:m.start()].strip(), m.start())
            out.append(_quote(relative.end(), end, m.group().strip(), speaker, text, quotations))
            continue
        src_end = _with_apposition(text, _source_end(text, m.end(), end), end, mentions)
        if (apposed := _apposed_person(m.end(), src_end, text, mentions)) is not None:
            src_end = apposed.end
        speaker = _speaker_in(m.end(), src_end, text, mentions)
        lead = text[begin:m.start()].strip(" ,–—-")
        if lead and any(qs == begin + text[begin:m.start()].index(lead[0]) and qe == begin + len(text[begin:m.start()].rstrip(" ,–—-"))
                        for qs, qe in quotations):
            continue  # "« ... », selon X": the quotation is the direct quote, attributed by its own incise
        after = re.match(r"[\s,]*", text[src_end:end])
        rest = src_end + (after.end() if after else 0)
        if text[begin:m.start()].strip(" ,–—-") == "" and rest < end:
            out.append(_quote(rest, end, m.group().strip(), speaker, text, quotations))
        elif text[begin:m.start()].strip(" ,–—-"):
            stop = len(text[:m.start()].rstrip(" ,–—-("))
            about_source = re.match(r"(?i)qui\b", text[rest:end]) is not None  # "..., selon X, qui affirme que ...":
            # the clause after is about X, not more of what X states
            more = rest < end - 1 and not about_source and not SOURCE_RE.search(text, rest, end)
            out.append(_quote(begin + len(text[begin:m.start()]) - len(text[begin:m.start()].lstrip(" ,–—-")),
                              end if more else stop, m.group().strip(), speaker, text, quotations))
        begin = rest
    return out


def _with_apposition(text: str, at: int, limit: int, mentions: Sequence[Mention]) -> int:
    """A source goes on in a name in apposition after it ("D'après le porte-parole, le lieutenant X, ...") or in
    what a person named is ("Selon Moussa Diallo, maire de la commune, ...", "selon X, un habitant de Y, ...")."""
    if not text.startswith(",", at):
        return at
    stop = text.find(",", at + 1, limit)
    if stop < 0:
        return at
    words = text[at + 1:stop].split()
    if len(words) <= 6 and any(at < m.start and m.end <= stop and m.type == "person" for m in mentions):
        return stop
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    person = any(m.type == "person" and m.end <= at and not text[m.end:at].strip(" .") for m in mentions)
    if person and words and len(words) <= ROLE_APPOSITION_WORDS and (
            words[0].lower() in TITLES | ROLE_NOUNS or words[0].lower() in DESCRIBED_AS):
        return stop
    return at


HONORIFICS = lexicon.words(lexicon.localized("people.honorifics", LANGUAGE))
DESCRIBED_AS = lexicon.words(lexicon.localized("people.described_as", LANGUAGE))
ROLE_APPOSITION_WORDS = 12  # words of what a person named is, between two commas, at most


def _honorific_stop(text: str, at: int) -> bool:
    """The full stop at ``at`` ends a title of address ("selon M. Ould Ahmed"), not a sentence."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:at + 1].lower() in HONORIFICS


def _source_end(text: str, at: int, limit: int | None = None) -> int:
    """Where the source after "selon" ends: at a comma, a full stop, a colon or a quotation mark, after at most
    ``MAX_SOURCE_WORDS`` words; a bracketed acronym stays in it ("l'OIM (Organisation ...)")."""
    limit = len(text) if limit is None else limit
    depth, words, i = 0, 0, at
    while i < limit:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;:«»“”\n" or (ch in ".!?" and (i + 1 >= limit or text[i + 1].isspace())
                                                    and not _honorific_stop(text, i))):
            break
        elif ch == " ":
            words += 1
            if words >= MAX_SOURCE_WORDS:
                break
        i += 1
    return len(text[:i].rstrip())


# ------------------------------------------------------------------------------------------------ speakers


def _is_saying(tok) -> bool:
    """A verb of saying, by its lemma, or by its written form where the tagger took it for something else
    ("raconte" read as an adjective); never after a determiner ("une note")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in SAYING or _learned_from(tok):
        return True
    if tok.lower_ == "savoir" and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() == "faire":
        return True  # "a fait savoir un responsable local", "fait savoir le HCR": to make known, a verb of saying
    after_det = tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET"
    return tok.pos_ in ("VERB", "ADJ", "NOUN", "PROPN") and tok.lower_ in SAYING_FORMS and not after_det


def _learned_from(tok) -> bool:
    """ "a-t-on appris de sources sécuritaires", "apprend-on auprès d'élus locaux": the news agencies' formula for
    what a source told the writer, a verb of saying whose speaker comes after "de" or "auprès de"."""
    if tok.lemma_.lower() != "apprendre":
        return False
    return any(c.lower_ == "-on" for c in tok.doc[max(0, tok.i - 2):tok.i + 2]) or _outlet_learned(tok) is not None


LEARNED_FROM_RE = re.compile(r"(?i)\s*(?:auprès\s+)?(?:de\s+|des\s+|du\s+|d['’]\s*)(?=\S)")  # "auprès des autorités"
# "a appris notre rédaction auprès d'une source hospitalière", "a appris Alwihda Info de sources locales", "a appris
# l'AFP auprès des autorités": the outlet that learned it, inverted after the verb, before the source.
LEARNED_OUTLET_RE = re.compile(
    r"(?i)\s+(?:[\w'’.-]+\s+){1,4}?(?=auprès\s+d(?:e\s|es\s|u\s|['’])|de\s+sources?\b|d['’]une\s+source\b)")


def _outlet_learned(tok) -> re.Match | None:
    """The words of the outlet between "appris" and its source, where an outlet is the inverted subject."""
    return LEARNED_OUTLET_RE.match(doc_text(tok.doc), tok.idx + len(tok.text))


def _inverted_pronoun(verb):
    """The pronoun of an inverted verb: "-il" of "a-t-il déclaré", "-elle" of "raconte-t-elle"."""
    near = [*verb.doc[max(0, verb.i - 3):verb.i], *verb.doc[verb.i + 1:verb.i + 3]]
    return next((t for t in near if t.text.startswith("-") and t.lower_ != "-t" and t.lower_.lstrip("-") in
                 PERSON_PRONOUNS | BODY_PRONOUNS), None)


def _may_be_subject(tok) -> bool:
    """A subject the parse gives a verb of saying that may name its speaker: not the "-t" of "a-t-il", not the "-"
    of "infirmier-chef", not a day ("a indiqué mardi le haut-commissaire": "mardi" taken for the subject)."""
    return tok.lower_ != "-t" and any(ch.isalnum() for ch in tok.text) and tok.lower_ not in TIME_WORDS


def _speaker_of_verb(verb, text: str, mentions: Sequence[Mention]) -> Speaker | None:
    """The speaker of a verb of saying: its subject before or after it (inverted in an incise), else the first
    name after it in its clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _may_be_subject(c)]
    if not subjects and (inverted := _inverted_pronoun(verb)) is not None:
        subjects = [inverted]
    if not subjects and verb.head != verb and verb.dep_ in ("conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and _may_be_subject(c)] or [
            t for t in [_inverted_pronoun(verb.head)] if t is not None]  # "a-t-il précisé tout en confirmant que ..."
    if not subjects and _participle_of_saying(verb):
        # "..., a indiqué un habitant, ajoutant que ...", "a annoncé le ministère, assurant que ...": the present
        # participle says what the subject of the verb of saying it hangs on says, as English "adding that"
        return _speaker_of_verb(_verb_above(verb), text, mentions)
    for subj in subjects:
        if subj.lower_ == "qui" and verb.dep_ == "acl:relcl" and verb.head.i < verb.i:
            subj = verb.head  # "selon l'ONG X, qui affirme que ...", "le HCR, qui estime que ...": the antecedent
        start, end = _past_dateline(*_subject_span(subj), text, verb.idx)
        if (source := SOURCE_RE.match(text, start)) is not None and source.end() < end:
            start = source.end()  # without its "selon"
        return _speaker_in(start, end, text, mentions)
    after = [m for m in mentions if verb.idx < m.start < verb.sent.end_char and m.type in ("person", "organisation")]
    if after:
        return _speaker_in(after[0].start, after[0].end, text, mentions)
    before = [m for m in mentions if verb.sent.start_char <= m.start and m.end <= verb.idx
              and m.type in ("person", "organisation")]  # a subject the parser missed: the name before the verb
    before = [m for m in before if m.type == "person"] or before
    return _speaker_in(before[-1].start, before[-1].end, text, mentions) if before else _described_subject(verb, text, mentions)


def _present_participle_form(tok) -> bool:
    return "Pres" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm")


def _bare_participle(verb) -> bool:
    """A present participle with no subject of its own ("ajoutant", "précisant")."""
    return _present_participle_form(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _participle_of_saying(verb) -> bool:
    """A present participle hung on a verb of saying ("a indiqué un habitant, ajoutant que ...", "a-t-il précisé tout
    en assurant que ...": through the adverb the parse may hang it on): it says what that verb's speaker says."""
    return verb.dep_ == "advcl" and verb.head != verb and _present_participle_form(verb) and _is_saying(_verb_above(verb))


def _verb_above(verb):
    """The verb a word hangs on, past an adverb or two the parse put between ("tout en assurant": "tout")."""
    head = verb.head
    for _ in range(2):
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            break
        head = head.head
    return head


def _described_subject(verb, text: str, mentions: Sequence[Mention]) -> Speaker | None:
    """A subject the parser missed that names no one but describes who speaks ("De son côté, la garde nationale
    tunisienne affirme avoir intercepté 410 personnes", "Notre correspondant à Maroua rapporte que ..."): the words of
    the verb's clause before it (from the sentence start or its last comma, past an auxiliary or an adverb), when
    they open with a noun of people or bodies who speak and hold no verb of their own."""
    doc, sent = verb.doc, verb.sent
    start = max([sent.start, *(t.i + 1 for t in doc[sent.start:verb.i] if t.text in (",", ";", ":", "–", "—"))])
    end = verb.i
    while end > start and (doc[end - 1].pos_ in ("AUX", "ADV") or doc[end - 1].lower_ in ("se", "s'", "s’")):
        end -= 1
    words = [t for t in doc[start:end] if not t.is_space]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN", "VERB")]
    if not words or not nouns or any("Fin" in t.morph.get("VerbForm") or t.lower_ in COMPLEMENTIZERS for t in words):
        return None
    if not (nouns[0].lemma_.lower() in SPEAKER_NOUNS | BODY_NOUNS or nouns[0].lower_ in SPEAKER_NOUNS | BODY_NOUNS):
        return None
    lo, hi = _past_dateline(words[0].idx, words[-1].idx + len(words[-1].text), text, verb.idx)
    return _speaker_in(lo, hi, text, mentions)


def speaker_of_subject(subj, article: Article) -> Speaker:
    """The speaker a subject token names, among the article's mentions (the figures stage asks), without a
    dateline the parse hangs on it ("Cotonou, 11 juin 2025 (ABP) – L'état-major ...")."""
    start, end = _past_dateline(*_subject_span(subj), article.text, subj.head.idx)
    return _speaker_in(start, end, article.text, article.mentions)


def _past_dateline(start: int, end: int, text: str, verb_at: int) -> tuple[int, int]:
    """A subject's words without the dateline the parse hangs on them ("Cotonou, 11 juin 2025 (ABP) – L'état-major
    ..."); a subject that is the dateline alone ("Antananarivo, le 16 octobre 2025" of "... – L'Unicef estime"):
    the words between the dateline's dash and the verb, for a place at the root of a dateline is never a speaker."""
    if (lead := DATELINE_RE.match(text, start, end)) is not None and lead.end() < end:
        return lead.end(), end
    if (start == 0 or text[start - 1] == "\n") and (lead := DATELINE_RE.match(text, start)) is not None \
            and end <= lead.end() < verb_at:
        return lead.end(), len(text[:verb_at].rstrip())
    return start, end


def speaker_of_words(start: int, end: int, article: Article) -> Speaker:
    """The speaker the words ``article.text[start:end]`` name, among the article's mentions (the figures stage
    asks, where the parse gives no subject token)."""
    return _speaker_in(start, end, article.text, article.mentions)


def _subject_span(subj) -> tuple[int, int]:
    """A subject's words, without the relative clause after its name ("le représentant du HCR, X," keeps X)."""
    toks = [t for t in subj.subtree if not any(a.dep_ in ("acl:relcl", "acl") and a.head.i == subj.i and
                                               a.left_edge.i <= t.i for a in subj.children if a.i > subj.i)]
    toks = [t for t in toks if not t.is_punct or t.text in ("(", ")")] or [subj]
    toks.sort(key=lambda t: t.i)
    while len(toks) > 1 and toks[-1].text == "(":
        toks.pop()
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _speaker_in(start: int, end: int, text: str, mentions: Sequence[Mention]) -> Speaker:
    """The speaker the words ``text[start:end]`` name: a person, else an organisation, else a place (the body that
    speaks for it) among the mentions inside; a pronoun or a body noun the one named before; else the words."""
    start, end = _without_time_words(start, end, text)
    while end > start and (text[end - 1] in ".,;:" or text[end - 1] == ")" and "(" not in text[start:end]):
        end -= 1  # "(un par balle et 15 par des barbelés, selon lui)": not the bracket that closes around it
    if (relative := RELATIVE_AFTER_RE.search(text, start, end)) is not None and relative.start() > start:
        end = relative.start()  # "à en croire les gardes-frontières qui ont précisé ...": the guards, not their clause
    if (cited := CITING_RE.search(text, start, end)) is not None and cited.end() < end:
        start = cited.end()  # "des médias citant la marine sénégalaise", "l'AFP, citant une source sécuritaire": who
        # the relay cites states it
    elif (clause := PARTICIPLE_CLAUSE_RE.search(text, start, end)) is not None and clause.start() > start:
        end = clause.start()  # "un élu local s'exprimant sous couvert d'anonymat", "le site X ajoutant que ...":
        # the person or body, not what the participle after it says of them
    if (apposed := _apposed_person(start, end, text, mentions)) is not None:
        end = apposed.end  # "le représentant du HCR en Mauritanie, Mohamed Mahmoud": the person named after
    if _owner_start(text[start:end], start) is not None and (given := GIVEN_TO_RE.search(text, start, end)) is not None:
        end = given.start()  # "les chiffres des services de la Protection civile communiqués lundi à l'AFP": the
        # figures are the service's; the outlet they were given to only relays them
    words = text[start:end]
    inside = [m for m in mentions if m.start < end and start < m.end  # a name the words cut stays whole
              and not REACHED_BY_RE.search(text[start:m.start])  # not the outlet that reached the speaker
              and not _title_complement(m, start, text)]  # not the place a title holds ("le préfet de Ouallam")
    for kind in ("person", "organisation"):
        found = [m for m in inside if m.type == kind]
        if found:
            m = found[-1] if kind != "person" else found[0]
            role = _role(text[start:m.start]) if kind == "person" else None
            return Speaker(name=m.canonical, mention=words, role=role, type=kind, start=start, end=end)  # type: ignore[arg-type]
    head = words.lower().replace("-", " ").split()
    if head and head[0] in PERSON_PRONOUNS | BODY_PRONOUNS:
        kinds = ("person",) if head[0] in PERSON_PRONOUNS and head[0] != "ils" else ("person", "organisation")
        return _named_before(start, [m for m in mentions if not _credited(m, text)], kinds, words, end)
    reached = REACHING_RE.search(words)  # "des sources sécuritaires jointes par RFI": not RFI
    acronyms = ACRONYM_RE.findall(words[:reached.start()] if reached else words)
    content = [w for w in re.split(r"[\s’']+", words.lower()) if w and w not in ARTICLES]
    if acronyms:  # "l'agence de l'ONU OCHA", "les chiffres de l'OIM": the body the acronym names
        return Speaker(name=acronyms[-1], mention=words, type="organisation", start=start, end=end)
    if (owner := _owner_start(words, start)) is not None and owner < end:
        return dataclasses.replace(_speaker_in(owner, end, text, mentions), mention=words, start=start)
    if any(w in SOURCE_NOUNS for w in content[:2]) and not inside:  # "selon ce rapport": the body that issued it
        return _named_before(start, mentions, ("organisation",), words, end)
    if content and content[0] in BODY_NOUNS:
        written = [w for w in re.split(r"[\s’']+", words) if w and w.lower() not in ARTICLES]
        if len(content) == 1 or len(written) <= 3 and content[0] in GENERIC_BODIES and all(
                w.isalpha() and w.islower() for w in written[1:]):
            # "l'agence", "l'organisation", "l'agence onusienne": the body named before
            return _body_named_before(content[0], start, mentions, words, end)
        return Speaker(name=_role(words), mention=words, type="organisation", start=start, end=end)
    if content and content[0] in ROLE_NOUNS and (person := _described_before(content[0], start, text, mentions)):
        return Speaker(name=person.canonical, mention=words, role=_role(words), type="person", start=start, end=end)
    places = [m for m in inside if m.type == "place" and not [
        w for w in re.split(r"[\s’']+", text[start:m.start].lower()) if w and w not in ARTICLES]]
    # only a place the words open: "la préfecture de la Haute-Kotto", "un bilan ... par la préfecture de X" name
    # a body of the place or a text, not the place's government
    if places:  # "Kinshasa a affirmé": the body that speaks for the place
        return Speaker(name=places[-1].canonical, mention=words, type="organisation", start=start, end=end)
    return Speaker(name=None, mention=words or None, start=start, end=end)


_RELAYED = r"(?:repris|reprise|reprises|relayée?s?|citée?s?)\s+par"  # an outlet that passes a text on
RELAYED_BY_RE = re.compile(r"(?i)\b" + _RELAYED + r"\b[^.;:«»]*$")
# The body figures were given to, after their participle ("communiqués lundi à l'AFP", "transmis à Reuters"), or
# that relays them ("un communiqué du ministère de la Santé repris par l'agence nationale d'information, ANI").
GIVEN_TO_RE = re.compile(r"(?:\s+[^\W\d_]+(?:é|ée|és|ées|is|ise|ises|it|its|ite|ites))(?:\s+[^,;]{0,30}?)?\s+(?:à\s+(?:l['’]\s*|la\s+)|aux?\s+)(?=[A-Z])"
                         r"|,?\s+" + _RELAYED + r"\s+")
# A present participle after a speaker's words, maybe reflexive, of a verb of saying or of the verbs that describe
# how someone speaks: the clause it opens reports more words or describes the speaker ("s'exprimant sous couvert
# d'anonymat", "ajoutant que", "précisant que", "citant la marine"). Present participles of verbs in -er ("ajouter":
# "ajoutant", "annoncer": "annonçant"), "disant" of "dire".
def _present_participle(verb: str) -> str | None:
    if not verb.endswith("er"):
        return "disant" if verb == "dire" else None
    stem = verb[:-2]
    return stem[:-1] + "ç" + "ant" if stem.endswith("c") else stem + "eant" if stem.endswith("g") else stem + "ant"


_PARTICIPLES = sorted({p for v in SAYING | lexicon.words(lexicon.localized("cues.speaker_clause_verbs", LANGUAGE))
                       if (p := _present_participle(v))}, key=len, reverse=True)
CITING_RE = re.compile(r"(?i)[\s,]+citant\s+")
RELATIVE_AFTER_RE = re.compile(r"(?i),?\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\s+(?!que\b)")
PARTICIPLE_CLAUSE_RE = re.compile(r"(?i)[\s,]+(?:s['’]\s*|se\s+)?(?:" + "|".join(_PARTICIPLES) + r")\b")
OWNER_WORDS = ("par", "du", "des", "de", "d")  # "le bilan du ministère", "les chiffres publiés par l'OIM"


def _owner_start(words: str, start: int) -> int | None:
    """Where the owner of a figures noun that heads ``words`` begins ("selon le dernier bilan du ministère de la
    Santé" -> "ministère de la Santé", "d'après les chiffres publiés par l'OIM" -> "l'OIM"): the figures are
    the body's."""
    toks = list(re.finditer(r"[^\s’']+['’]?", words))
    heads = [i for i, t in enumerate(toks[:4]) if t.group().lower().rstrip("'’") in SOURCE_NOUNS]
    if not heads:
        return None
    for t in toks[heads[0] + 1:heads[0] + 4]:
        if t.group().lower().rstrip("'’") in OWNER_WORDS:
            rest = words[t.end():].lstrip()
            first = next((w for w in re.split(r"[\s’']+", rest.lower()) if w and w not in ARTICLES), "")
            named = re.sub(r"(?i)^(?:l['’]\s*|la\s+|le\s+|les\s+)", "", rest)
            if first in GENERIC_BODIES:
                return None  # "les données de l'agence": the agency named before (below)
            if first in BODY_NOUNS or first in ROLE_NOUNS or named[:1].isupper():
                return start + len(words) - len(rest)
            return None
    return None


def _without_time_words(start: int, end: int, text: str) -> tuple[int, int]:
    """A speaker's words without the day or time beside them ("l'agence mardi", "jeudi le Bureau")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().lower().strip(",.") in TIME_WORDS:
        words.pop()
    while words and words[0].group().lower().strip(",.") in TIME_WORDS:
        words.pop(0)
    return (start + words[0].start(), start + words[-1].end()) if words else (start, start)


_CREDITED_BY = "|".join(re.escape(a) for a in [*lexicon.terms("text.photo_credits"), *lexicon.terms("text.dateline_agencies")])
CREDIT_AFTER_RE = re.compile(rf"[ \t]*/[ \t]*(?:{_CREDITED_BY})\b")
CREDIT_BEFORE_RE = re.compile(r"(?:©|\b(?:crédits?(?:[ \t]+photo)?|photo)[ \t]*:)[ \t]*(?:[^\s/]+[ \t]*/[ \t]*)?$", re.I)


def _credited(m: Mention, text: str) -> bool:
    """A name in a photo's credit ("... près de Goma, le 10 mars 2024. © Alexis Huguet / AFP", "(AUBIN MUKONI /
    AFP)", "© HCR/Colin Delfosse"): the photographer, whom no pronoun of the story stands for."""
    return m.type == "person" and (CREDIT_AFTER_RE.match(text, m.end) is not None
                                   or CREDIT_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None)


def _named_before(at: int, mentions: Sequence[Mention], kinds: tuple[str, ...], words: str, end: int) -> Speaker:
    before = [m for m in mentions if m.end <= at and m.type in kinds]
    if not before:
        return Speaker(name=None, mention=words, start=at, end=end)
    m = before[-1]
    return Speaker(name=m.canonical, mention=words, type=m.type, start=at, end=end)  # type: ignore[arg-type]


# Between a description and the name in apposition: a comma, after a place the description may end with ("le
# porte-parole du HCR au Tchad, X").
APPOSITION_GAP_RE = re.compile(r"(?:\s+(?:au|aux|en|à|dans)\s+[^,.;:«»()\n]{1,40}?)?\s*,\s*")
APPOSED_END_RE = re.compile(r"\s*(?:[,.;:)(]|$)")


def _apposed_person(start: int, end: int, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """A person named in apposition right after words that name none ("le porte-parole du HCR au Tchad, Ibrahim
    Ali", "le représentant du HCR en Mauritanie, Mohamed Mahmoud, a déclaré"): the words describe that person."""
    if any(m.start < end and start < m.end and m.type == "person" and not _title_complement(m, start, text)
           for m in mentions):
        return None
    comma = APPOSITION_GAP_RE.match(text, end)
    content = [w for w in re.split(r"[\s’']+", text[start:end]) if w and w.lower() not in ARTICLES]
    if comma is None or not content or not content[0][:1].islower() or content[0] in SOURCE_NOUNS:
        return None  # a description ("le porte-parole du HCR"), not a name ("l'ONU, Jean Dupont a ...")
    at = comma.end()
    person = next((m for m in mentions if m.start == at and m.type == "person"), None)
    return person if person is not None and APPOSED_END_RE.match(text, person.end) else None


TITLES = lexicon.words(lexicon.localized("people.titles", LANGUAGE))
TITLE_OF_RE = re.compile(r"(?i)(?<![\w-])([\w-]+)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)$")


def _title_complement(m: Mention, start: int, text: str) -> bool:
    """A name right after a title and its "de" ("le préfet de Ouallam", "le sous-préfet de Mozogo", "le préfet
    d'Adré", "le gouverneur de Diffa"): what the title holds, a place the tagger may take for a person, never the
    one who speaks; the speaker is the title's holder, named in apposition or not at all."""
    title = TITLE_OF_RE.search(text, start, m.start)
    return title is not None and title.group(1).lower().rsplit("-", 1)[-1] in TITLES


# Role nouns that stand for the person they described earlier ("a estimé le ministre" after "le ministre de
# l'Action humanitaire, Laouan Magagi"): the titles of people.toml [fr] that come before a name.
ROLE_NOUNS = lexicon.words(lexicon.localized("people.roles_before_name", LANGUAGE)) | {"préfète", "ministre"}
DESCRIBED_WINDOW = 90


def _described_before(role: str, at: int, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The last person named before ``at`` whose description holds the role noun: the words just before the name
    in its sentence ("le ministre de l'Action humanitaire, Laouan Magagi") or right after it ("X, ministre de ...")."""
    pattern = re.compile(rf"(?i)(?<!\w){re.escape(role)}(?!\w)")
    for m in reversed([m for m in mentions if m.end <= at and m.type == "person"]):
        before = re.split(r"[.!?»\n]", text[max(0, m.start - DESCRIBED_WINDOW):m.start])[-1]
        after = re.split(r"[.!?«\n]", text[m.end:min(at, m.end + DESCRIBED_WINDOW)])[0]
        if pattern.search(before) or after.lstrip().startswith(",") and pattern.search(after):
            return m
    return None


# Body nouns that stand for any organisation named before ("l'agence", "l'ONG"); the others ("le gouvernement",
# "le ministère", "le bureau") only for one whose name holds them, else they are their own words.
GENERIC_BODIES = frozenset({"agence", "organisation", "ong", "organisme", "institution"})


def _body_named_before(noun: str, at: int, mentions: Sequence[Mention], words: str, end: int) -> Speaker:
    if noun in GENERIC_BODIES:
        return _named_before(at, mentions, ("organisation",), words, end)
    named = [m for m in mentions if m.end <= at and m.type == "organisation" and noun in (m.canonical or m.text).lower()]
    if named:
        return Speaker(name=named[-1].canonical, mention=words, type="organisation", start=at, end=end)
    return Speaker(name=_role(words), mention=words, type="organisation", start=at, end=end)


def _role(words: str) -> str | None:
    role = re.sub(r"(?i)^(?:(?:les|le|la|des|du|de)\s+|l['’]\s*)", "", words.strip(" ,")).strip(" ,")  # "Les services": not "s"
    return role if any(ch.isalpha() for ch in role) and len(role.split()) <= 8 else None


# ------------------------------------------------------------------------------------------------ helpers


def _continued(quotes: list[Quote], text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """A quotation with no cue of its own right after a quote (same paragraph or the next one) goes on with its
    speaker, unless someone else is named between them; "selon la même source" is the source named before, by name
    or by its words alone ("d'après une source sécuritaire. [...], selon la même source": not a name further back;
    the figures stage gives it those words, figures/french.py same_sources)."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if q.speaker is not None and q.speaker.name is None and SAME_SOURCE_RE.fullmatch(q.speaker.mention or ""):
            before = next((o.speaker for o in reversed(out) if o.speaker is not None and (o.speaker.name or (
                o.speaker.mention and not SAME_SOURCE_RE.fullmatch(o.speaker.mention)))), None)
            if before is not None and before.name:
                q = Quote(text=q.text, kind=q.kind, cue=q.cue, speaker=Speaker(
                    name=before.name, mention=q.speaker.mention, role=before.role, type=before.type,
                    start=q.speaker.start, end=q.speaker.end), start=q.start, end=q.end, extractor=q.extractor)
        if q.speaker is None and q.kind == "direct" and prev is not None and prev.speaker is not None \
                and 0 <= q.start - prev.end and text[prev.end:q.start].count("\n\n") <= 1 \
                and len(WORD_RE.findall(text[prev.end:q.start])) <= 20 \
                and not any(prev.end < m.start < q.start and m.type == "person" and m.canonical != prev.speaker.name
                            for m in mentions):
            q = Quote(text=q.text, kind=q.kind, cue=prev.cue, speaker=prev.speaker, start=q.start, end=q.end,
                      extractor=q.extractor)
        out.append(q)
    return out


RELATIVE_RE = re.compile(r"(?i)(?:lequel|laquelle|lesquels|lesquelles)\s+")
SAME_SOURCE_RE = re.compile(r"(?i)(?:la\s+même|cette|une\s+même)\s+source")


def _in_quotation(at: int, quotations: list[tuple[int, int]]) -> bool:
    return any(qs <= at < qe for qs, qe in quotations)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end
