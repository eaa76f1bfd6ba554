"""Conflicts kept up to date in the ledger, one article at a time, inside the article's own transaction.

For a new article: (1) its story: the LSH bands of its shingles find the stored articles that may be
copies, exact shingle Jaccard confirms, and it joins the story of the earliest copy (else starts its own);
(2) its figures become rows of ``figure_claims``; (3) for each topic its claims touch, only the claims of
that topic published within ``COMPARE_DAYS`` are read, the new pairs that disagree are found, and the
stored conflicts they join (or whose claims the new article supports) are rebuilt from their members, so
``sources`` counts stay right; (4) its denials are linked to a quote of its own or of an article published
within ``DENIAL_DAYS`` and stored, and its quotes may answer denials stored before it, still unlinked. The result is the same as ``resolve.conflicts.find_conflicts`` over the
articles in ingest order (tests/test_ledger_conflicts.py checks this on the evaluation set), with no pass
over the whole ledger. An undated article's claims are compared with the latest ``POOL_LIMIT`` placed
claims of a topic, and a denial with the latest ``POOL_LIMIT`` quotes in its window, not all of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Select, and_, delete, insert, or_, select, text, tuple_

from ..records import Article, Claim, Conflict
from ..resolve import conflicts as rc
from . import queries, rows
from .schema import articles, claims, conflicts, figure_claims, quotes, stories, story_bands

POOL_LIMIT = 5000
ADVISORY_LOCK = 0x6E657773  # "news": PostgreSQL writers keeping conflicts take turns on this lock
CONFLICT_TAG = "conflicts@2"  # the extractor tag stored conflicts carry

Numbered = list[tuple[int, rc.FigureClaim]]


def add_article(conn: Connection, article: Article, run_id: int | None) -> int:
    """Bring the ledger's stories, claims and conflicts up to date with one stored article (its facts
    already written); returns how many conflicts were created or rebuilt. On PostgreSQL concurrent
    writers take turns here (a transaction-scoped advisory lock); SQLite's writers already do."""
    _take_turn(conn)
    if conn.execute(select(stories.c.article_id).where(stories.c.article_id == article.id)).first() is None:
        assign_story(conn, article)
    fresh = _insert_claims(conn, article)
    changed = 0
    for t in dict.fromkeys(c.topic for _, c in fresh):
        changed += _refresh(conn, t, [(i, c) for i, c in fresh if c.topic == t], run_id)
    return changed + _add_denials(conn, article, run_id)


def forget_article(conn: Connection, article_id: str, run_id: int | None) -> None:
    """Take an article's claims and denials out of the ledger (before its facts of a newer extractor
    version go in through ``add_article``); the conflicts they were part of are rebuilt without them.
    Its story stays: the text, and so the story, cannot change under the same id."""
    _take_turn(conn)
    ids = set(conn.execute(select(figure_claims.c.id).where(figure_claims.c.article_id == article_id)).scalars())
    touched = _conflicts_with(conn, ids)
    members = {i for c in touched for i in _member_ids(conn, c)} - ids
    _drop_conflicts(conn, touched)
    own_denials = select(claims.c.conflict_id).where(claims.c.article_id == article_id, claims.c.role == "denial")
    _drop_conflicts(conn, set(conn.execute(own_denials).scalars()))
    conn.execute(delete(figure_claims).where(figure_claims.c.article_id == article_id))
    by_topic: dict[str, set[int]] = {}
    for i, key in conn.execute(select(figure_claims.c.id, figure_claims.c.topic).where(figure_claims.c.id.in_(members))):
        by_topic.setdefault(key, set()).add(i)
    for key, group in by_topic.items():
        _rebuild(conn, key, group, run_id)


def _take_turn(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK})


def catch_up(conn: Connection) -> int:
    """Add every stored article that has no story yet (a ledger from before stored conflicts), in the
    order they were stored; returns how many."""
    query = (select(articles.c.id).outerjoin(stories, stories.c.article_id == articles.c.id)
             .where(stories.c.article_id.is_(None)).order_by(articles.c.pk))
    missing = list(conn.execute(query).scalars())
    for article_id in missing:
        found = queries.read_articles(conn, queries.article_query(conn).where(articles.c.id == article_id), True)
        add_article(conn, found[0], None)
    return len(missing)


# -- stories -------------------------------------------------------------------------------------------------


def assign_story(conn: Connection, article: Article) -> str:
    sh = rc.shingles(article.text)
    hashes = list(enumerate(rc.bands(sh)))
    story = article.id
    if hashes:
        copies = select(story_bands.c.article_id).where(tuple_(story_bands.c.band, story_bands.c.hash).in_(hashes))
        query = (select(articles.c.text, stories.c.story_id).join(stories, stories.c.article_id == articles.c.id)
                 .where(articles.c.id.in_(copies)).order_by(articles.c.pk))
        for other_text, story_id in conn.execute(query):
            if rc.similar(rc.shingles(other_text), sh):
                story = story_id
                break
        conn.execute(insert(story_bands), [{"article_id": article.id, "band": i, "hash": h} for i, h in hashes])
    conn.execute(insert(stories).values(article_id=article.id, story_id=story))
    return story


def _stories(conn: Connection, article_ids: Iterable[str]) -> dict[str, str]:
    ids = list(set(article_ids))
    out: dict[str, str] = {}
    for n in range(0, len(ids), 500):
        chunk = ids[n:n + 500]
        query = select(stories.c.article_id, stories.c.story_id).where(stories.c.article_id.in_(chunk))
        out.update({article_id: story_id for article_id, story_id in conn.execute(query)})
    return out


# -- figure claims -----------------------------------------------------------------------------------------


def _claim_row(c: rc.FigureClaim) -> dict[str, Any]:
    place = c.place or (None, None, None)
    return {"article_id": c.article, "topic": rc.topic_key(c.topic), "published": c.published, "source": c.source,
            "low_bound": c.low, "high_bound": None if math.isinf(c.high) else c.high, "flow": c.flow,
            "place_country": place[0], "place_name": place[1], "place_precision": place[2],
            "value": c.claim.value, "low": c.claim.low, "high": c.claim.high,
            **rows.speaker_columns("stated_by", c.claim.stated_by), "start": c.claim.start, "end": c.claim.end,
            "text": c.claim.text, "reported_by": c.claim.reported_by, "context": " ".join(sorted(c.context)),
            "contrast": c.contrast}


def _figure_claim(r: Any) -> rc.FigureClaim:
    place = (r["place_country"], r["place_name"], r["place_precision"]) if r["place_name"] is not None else None
    claim = rows.claim(r)
    return rc.FigureClaim(r["article_id"], r["published"], r["source"], tuple(r["topic"].split("|", 2)),
                          r["low_bound"], math.inf if r["high_bound"] is None else r["high_bound"], r["flow"],
                          place, claim, frozenset(r["context"].split()), r["contrast"])


def _insert_claims(conn: Connection, article: Article) -> Numbered:
    found = rc.figure_claims(article)
    if not found:
        return []
    query = insert(figure_claims).returning(figure_claims.c.id, sort_by_parameter_order=True)
    ids = conn.execute(query, [_claim_row(c) for c in found]).scalars().all()
    return list(zip(ids, found, strict=True))


def _read(conn: Connection, query: Select) -> Numbered:
    return [(r["id"], _figure_claim(r)) for r in conn.execute(query).mappings()]


def _pool(conn: Connection, key: str, near: Sequence[rc.FigureClaim]) -> Numbered:
    """The claims of a topic that these claims may be compared with, in ingest order: their own article's,
    those published within ``COMPARE_DAYS`` of them, and undated ones that name a place (an undated
    claim is compared across articles only when both name one: ``resolve.conflicts._far_apart``)."""
    c = figure_claims.c
    reach = [c.article_id.in_({x.article for x in near})]
    days = [d for x in near if (d := rc.day(x.published)) is not None]
    if days:
        lo = (min(days) - timedelta(days=rc.COMPARE_DAYS)).isoformat()
        hi = (max(days) + timedelta(days=rc.COMPARE_DAYS + 1)).isoformat()
        reach.append(and_(c.published >= lo, c.published < hi))
        reach.append(and_(c.published.is_(None), c.place_name.is_not(None)))
    undated_placed = any(x.place for x in near if rc.day(x.published) is None)
    if undated_placed:  # an undated claim meets dated and undated claims that name a place
        reach.append(c.place_name.is_not(None))
    query = select(figure_claims).where(c.topic == key, or_(*reach))
    if not undated_placed:
        return _read(conn, query.order_by(c.id))
    return _read(conn, query.order_by(c.id.desc()).limit(POOL_LIMIT))[::-1]


# -- conflicts ---------------------------------------------------------------------------------------------


def _refresh(conn: Connection, t: tuple[str, ...], fresh: Numbered, run_id: int | None) -> int:
    key = rc.topic_key(t)
    pool = _pool(conn, key, [c for _, c in fresh])
    story = _stories(conn, (c.article for _, c in pool))
    ends: set[int] = set()
    agreeing: set[int] = set()
    for i, x in fresh:
        for j, y in pool:
            if j == i:
                continue
            if rc.disagree(x, y, story):
                ends |= {i, j}
            elif rc.supports(x, y):
                agreeing.add(j)
    touched = _conflicts_with(conn, ends | agreeing)
    if not ends and not touched:
        return 0
    members = ends | {i for c in touched for i in _member_ids(conn, c)}
    _drop_conflicts(conn, touched)
    return _rebuild(conn, key, members, run_id)


def _rebuild(conn: Connection, key: str, members: set[int], run_id: int | None) -> int:
    """Store the conflicts among these claims of one topic (their disagreeing groups), with each claim's
    support counted over the claims published near any of them."""
    if not members:
        return 0
    group = _read(conn, select(figure_claims).where(figure_claims.c.id.in_(members)).order_by(figure_claims.c.id))
    pool = _pool(conn, key, [c for _, c in group])
    story = _stories(conn, [c.article for _, c in group] + [c.article for _, c in pool])
    found = rc.disagreement_groups([c for _, c in group], story)
    for g in found:
        conflict = rc.conflict_of([group[i][1] for i in g], [c for _, c in pool], story)
        _insert_conflict(conn, conflict, run_id, [group[i][0] for i in g])
    return len(found)


def _add_denials(conn: Connection, article: Article, run_id: int | None) -> int:
    said = rc.statements(article)
    relinked = _link_earlier_denials(conn, article, said)
    found = rc.denials(said)
    if not found:
        return relinked
    others = _statements_near(conn, article)
    for s in found:
        _insert_conflict(conn, rc.denial_conflict(s, rc.link_denial(s, others + said)), run_id, None)
    return relinked + len(found)


def _link_earlier_denials(conn: Connection, article: Article, said: list[rc.Statement]) -> int:
    """Denials stored before the statement they reject: those published within ``DENIAL_DAYS`` of this
    article and still unlinked get linked to one of its statements, when one answers them."""
    d = rc.day(article.published)
    if d is None or not said:
        return 0
    lo, hi = (d - timedelta(days=rc.DENIAL_DAYS)).isoformat(), (d + timedelta(days=rc.DENIAL_DAYS + 1)).isoformat()
    denied = select(claims.c.conflict_id).where(claims.c.role == "denied")
    query = (select(claims, articles.c.published).join(articles, articles.c.id == claims.c.article_id)
             .join(conflicts, conflicts.c.id == claims.c.conflict_id)
             .where(conflicts.c.kind == "denial", claims.c.role == "denial", claims.c.article_id != article.id,
                    articles.c.published >= lo, articles.c.published < hi, claims.c.conflict_id.not_in(denied))
             .order_by(conflicts.c.id))
    linked = 0
    for r in conn.execute(query).mappings().all():
        denial = rc.Statement(r["article_id"], r["published"], r["start"], r["end"], r["text"] or "",
                              rows.speaker(r, "stated_by"), r["reported_by"])
        found = rc.link_denial(denial, said)
        if found is not None:
            conn.execute(insert(claims).values(**_stored_claim(r["conflict_id"], 1, found.claim("denied"), None)))
            linked += 1
    return linked


def _statements_near(conn: Connection, article: Article) -> list[rc.Statement]:
    """Quotes of other articles a denial in ``article`` may answer: published within ``DENIAL_DAYS`` of
    it (an undated denial is linked only inside its own article), in ingest order, the latest
    ``POOL_LIMIT``."""
    d = rc.day(article.published)
    if d is None:
        return []
    p = articles.c.published
    lo, hi = (d - timedelta(days=rc.DENIAL_DAYS)).isoformat(), (d + timedelta(days=rc.DENIAL_DAYS + 1)).isoformat()
    query = queries.quote_query().where(articles.c.id != article.id, p >= lo, p < hi)
    query = query.order_by(None).order_by(articles.c.pk.desc(), quotes.c.seq.desc()).limit(POOL_LIMIT)
    found = [rc.Statement(s.article.id, s.article.published, s.quote.start, s.quote.end, s.quote.text,
                          s.quote.speaker, s.article.outlet, s.quote.cue) for s in queries.read_quotes(conn, query)]
    return found[::-1]


def _insert_conflict(conn: Connection, conflict: Conflict, run_id: int | None, claim_ids: list[int] | None) -> None:
    new_id = conn.execute(insert(conflicts).values(about=conflict.about, kind=conflict.kind, extractor=CONFLICT_TAG,
                                                   run_id=run_id).returning(conflicts.c.id)).scalar_one()
    conn.execute(insert(claims), [_stored_claim(new_id, seq, c, claim_ids[seq] if claim_ids else None)
                                  for seq, c in enumerate(conflict.claims)])


def _stored_claim(conflict_id: int, seq: int, c: Claim, claim_id: int | None) -> dict[str, Any]:
    return {"conflict_id": conflict_id, "seq": seq, "article_id": c.article, "value": c.value, "low": c.low,
            "high": c.high, **rows.speaker_columns("stated_by", c.stated_by), "start": c.start, "end": c.end,
            "claim_id": claim_id, "text": c.text, "reported_by": c.reported_by, "sources": c.sources,
            "role": c.role}


def _conflicts_with(conn: Connection, claim_ids: set[int]) -> set[int]:
    if not claim_ids:
        return set()
    query = select(claims.c.conflict_id).where(claims.c.claim_id.in_(claim_ids)).distinct()
    return set(conn.execute(query).scalars())


def _member_ids(conn: Connection, conflict_id: int) -> set[int]:
    query = select(claims.c.claim_id).where(claims.c.conflict_id == conflict_id, claims.c.claim_id.is_not(None))
    return set(conn.execute(query).scalars())


def _drop_conflicts(conn: Connection, ids: set[int]) -> None:
    if ids:
        conn.execute(delete(claims).where(claims.c.conflict_id.in_(ids)))
        conn.execute(delete(conflicts).where(conflicts.c.id.in_(ids)))
