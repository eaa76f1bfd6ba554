"""The quotes stage: direct, indirect and mixed quotes, each with its cue and its speaker.

The stage runs, per article: quotations in the text (``marks``) become direct quotes attributed to a cue
(``direct``, ``attribution``); interview transcripts and labelled lines are quotes of their label
(``labelled``); reported speech comes from the parse, scored by the cue model and reshaped by the boundary
model (``indirect``, ``cues``, ``bounds``); speakers resolve to the article's mentions (``speakers``).
Last, a bare quotation right after reported speech goes on with its speaker (``_continued`` here). French text
has its own rules, by the shapes French news gives quotes (``french``).

The models are passed to the stage that uses them: ``quote_stage(cue_model, boundary_model)``; ``STAGE`` is
the stage with the shipped models (``analyse/data/*.json``), loaded once per process on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...records import Quote
from ...stage import Stage, Work, per_article
from . import bounds, cues, french
from .bounds import BoundaryModel
from .cues import CueModel
from .direct import direct_quotes, fragment_quotes, quotations
from .found import Found, continues
from .indirect import indirect_quotes
from .labelled import attach_labels, labelled_lines, title_cues, transcript_turns, turn_start
from .marks import quotation_spans, words_in
from .speakers import context_of, past_dateline_span, resolve_pronouns

__all__ = ["EXTRACTOR", "STAGE", "VERSION", "Found", "find_quotes", "quotation_spans", "quote_stage"]

VERSION = "1"
EXTRACTOR = f"quotes@{VERSION}"
MERGE_KINDS = ("mixed", "indirect")  # quote kinds that reported speech has
SAME_SENTENCE_GAP_RE = re.compile(r"[ \xa0]*(?:--|[-–—:])[ \xa0]*")  # reported speech goes on in a quotation: "X said Y -- ''Z''"
MAX_CONTINUED_GAP = 20  # words between reported speech and a bare quote it goes on in: ", says X, CEO of Y."


def _continued(found: list[Found], text: str) -> list[Found]:
    """A bare quotation right after reported speech, in the same paragraph or opening the next one, has
    its speaker: Teachers are “looking ...,” Lily Garcia said. “That’s got to scare an educator.” In the same
    paragraph it goes on that statement: one mixed quote from the reported speech to the quotation's end
    (PolNeAR marks it so)."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and f.kind == "direct" and prev.kind in MERGE_KINDS and prev.end > f.cue_at == prev.cue_at >= 0 \
                and 0 <= f.start - prev.end and SAME_SENTENCE_GAP_RE.fullmatch(text[prev.end:f.start]):
            prev.end, prev.kind = f.end, "mixed"  # one cue, one sentence: Mr. X said Y -- ''Z.''
            continue
        if (prev is not None and f.kind == "direct" and f.cue is None and f.speaker is None and prev.kind != "direct"
                and prev.speaker is not None and 0 <= f.start - prev.end
                and (("\n" not in text[prev.end:f.start] and words_in(text[prev.end:f.start]) <= MAX_CONTINUED_GAP)
                     or continues(text, prev, f.start))):
            f.speaker, f.cue = prev.speaker, prev.cue
            if prev.kind in MERGE_KINDS and "\n" not in text[prev.end:f.start]:
                prev.end, prev.kind = f.end, "mixed"  # one statement: the quoted words go on after the attribution
                continue
        out.append(f)
    return out


def _inside_mixed(d: Found, indirect: Sequence[Found]) -> bool:
    """A quotation that ends reported speech begun before it is part of that mixed quote, not a quote of
    its own, when one cue reports both: She added that it is a problem because, “In the end, we vote for somebody.”"""
    return d.kind == "direct" and d.cue_at >= 0 and any(
        f.kind == "mixed" and f.cue_at == d.cue_at < d.start and f.start < d.start and d.end <= f.end for f in indirect)


def find_quotes(work: Work, cue_model: CueModel | None = None,
                boundary_model: BoundaryModel | None = None) -> dict[str, Any]:
    """The quotes of one article, found with these models (the shipped ones where None)."""
    doc, article = work.products["doc"], work.article
    if doc.lang_ == french.LANGUAGE:
        return {"quotes": french.find_quotes(article, doc)}
    model = cue_model if cue_model is not None else cues.load_model()
    shaper = boundary_model if boundary_model is not None else bounds.load_model()
    ctx = context_of(article, doc)
    standing, embedded = quotations(doc, article.text)
    turns = transcript_turns(article.text, ctx)
    standing = [s for s in standing if not any(turn_start(t) <= s[0] < t.end for t in turns)]
    direct = direct_quotes(doc, ctx, standing) + turns
    dateline = (article.dateline.start, article.dateline.end) if article.dateline is not None else None
    direct += attach_labels(direct, labelled_lines(doc, article.text, ctx, turns, dateline))
    indirect = indirect_quotes(doc, ctx, direct, model, shaper)
    direct = [d for d in direct if not _inside_mixed(d, indirect)]
    indirect += title_cues(doc, article.text, ctx, direct + indirect)
    found = _continued(direct + indirect + fragment_quotes(doc, ctx, embedded, indirect), ctx.text)
    resolve_pronouns(found, ctx)
    for f in found:  # reported words never open with the dateline: "KABUL, May 12 (AFP) — More than 8,000 ..."
        f.start = past_dateline_span(f.start, f.end, ctx)[0]
    found = [f for f in found if f.start < f.end]  # nor are they the dateline alone
    quotes = tuple(
        Quote(text=article.text[f.start:f.end], kind=f.kind, cue=f.cue, speaker=f.speaker,  # type: ignore[arg-type]
              start=f.start, end=f.end, extractor=EXTRACTOR)
        for f in found
    )
    return {"quotes": quotes}


def quote_stage(cue_model: CueModel | None = None, boundary_model: BoundaryModel | None = None) -> Stage:
    """The quotes stage with these cue and boundary models; where one is None, the shipped model, loaded once
    per process when the stage first runs."""

    def find(work: Work) -> dict[str, Any]:
        return find_quotes(work, cue_model, boundary_model)

    find.__name__ = find_quotes.__name__
    return Stage("quotes", VERSION, per_article(find), requires=("doc", "mentions"), assigns=("quotes",))


STAGE = quote_stage()
