"""A synthetic multi-year archive, grown in minutes: real extractions replicated with varied text, ids,
dates and places. Used by ``bench_grown.py`` (``bench_ingest.py --grown N``); ``benchmarks/README.md`` says
what the ledger is and why its density is what it is.

The plan (``plan``) is fixed by ``--seed``: article k of n is published on day ``k * DAYS // n`` from
``START`` (three years, in order, as an archive is stored); it is about a country drawn by rank from
``COUNTRIES`` with weight ``1/rank`` (Zipf), and is one of the ``base`` extractions, drawn uniformly, moved
to that country (``relocated``: the base's own country, the one most of its places resolve to, becomes the
drawn one; other countries stay); a share ``NEAR_COPY_SHARE`` of the articles (where there is one to copy)
is instead a light edit of an article of the same country published up to ``COPY_DAYS`` days before (a wire copy carried by another
outlet: the same facts, the same story). A unique copy has a word of its own after every third word, so
its word shingles are its own and it is a near-copy of nothing.

How it is stored (``build``): the bases are stored first through ``Store.ingest`` (the first days of the
archive); the articles older than the last ``TAIL_DAYS`` days are then replicated in SQL, in chunks, each
copy's rows read from its base's stored rows by ``INSERT ... SELECT`` (the same rows ``Store.ingest`` writes,
with the article id, date and country changed): articles, extractions, mentions, quotes, figures, dates,
figure claims, its story and MinHash bands. A unique copy gets a random MinHash signature (its shingles are
its own, so a real signature would share a band with no other either) and the bands worked out from it; a
near-copy its original's signature, bands and story. No conflicts or figure histories are worked out among
the replicated articles. The last ``TAIL_DAYS`` days (more than ``sameness.COMPARE_DAYS``, the window a new
article's figures are compared in) are stored through ``Store.ingest``, so whatever a new article meets in
its window is what the store itself kept: stories, claims, conflicts, updates, denials.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace

START = dt.date(2022, 1, 1)
DAYS = 3 * 365
TAIL_DAYS = 61
NEAR_COPY_SHARE = 0.10  # PolNeAR: 87 of 1,008 articles credit a wire; realnews: 2-4 outlets per event
COPY_DAYS = 3
# The countries articles are about, by rank (weight 1/rank): the crises and the big newsmakers first,
# then the rest of the world's countries alphabetically.
LEADING = ("USA", "UKR", "SDN", "COD", "PSE", "ISR", "AFG", "SYR", "YEM", "HTI", "MMR", "ETH", "SOM", "NGA", "GBR",
           "FRA", "RUS", "CHN", "IND", "PAK", "BGD", "LBN", "IRN", "IRQ", "TUR", "MLI", "BFA", "NER", "TCD", "CAF",
           "SSD", "LBY", "MOZ", "VEN", "COL", "MEX", "BRA", "PHL", "IDN", "KEN")
N_COUNTRIES = 120


def countries() -> tuple[str, ...]:
    import pycountry

    rest = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in LEADING)
    return (LEADING + tuple(rest))[:N_COUNTRIES]


@dataclass(frozen=True)
class Planned:
    k: int
    base: int  # index into the bases
    country: str
    published: str
    copy_of: int | None  # k of the article this one is a near-copy of


def plan(n_bases: int, total: int, n: int, seed: int = 20) -> list[Planned]:
    """Articles 0 .. total-1 of an archive of ``n`` (those past ``n``, for probes, carry on at the same rate)."""
    rng = random.Random(seed)
    names = countries()
    weights = [1 / r for r in range(1, len(names) + 1)]
    out: list[Planned] = []
    recent: dict[str, list[int]] = {}
    for k in range(total):
        day = START + dt.timedelta(days=k * DAYS // n)
        published = day.isoformat()
        country = rng.choices(names, weights)[0]
        before = (day - dt.timedelta(days=COPY_DAYS)).isoformat()
        pool = [j for j in recent.get(country, []) if out[j].published >= before and out[j].copy_of is None]
        if pool and rng.random() < NEAR_COPY_SHARE:
            j = rng.choice(pool)
            out.append(Planned(k, out[j].base, country, published, j))
        else:
            out.append(Planned(k, rng.randrange(n_bases), country, published, None))
        recent.setdefault(country, []).append(k)
        recent[country] = recent[country][-50:]
    return out


def home_country(article) -> str | None:
    """The country most of the article's places resolve to (the one its copies are moved from)."""
    found = Counter(m.country for m in article.mentions if m.country)
    found.update(f.place.country for f in article.figures if f.place is not None and f.place.country)
    return found.most_common(1)[0][0] if found else None


def _moved(m, home: str | None, to: str):
    return replace(m, country=to) if m is not None and home and m.country == home else m


def relocated(article, home: str | None, to: str):
    """The article with its places in ``home`` resolved to ``to`` instead (names and coordinates kept)."""
    if not home or home == to:
        return article
    figures = tuple(replace(f, place=_moved(f.place, home, to), origin=_moved(f.origin, home, to),
                            destination=_moved(f.destination, home, to)) for f in article.figures)
    return replace(article, mentions=tuple(_moved(m, home, to) for m in article.mentions), figures=figures)


def varied_text(text: str, k: int) -> str:
    mark = f"v{k}x"
    return " ".join(w if i % 3 else f"{w} {mark}" for i, w in enumerate(text.split(" ")))


def article_id(k: int, text: str) -> str:
    return hashlib.sha256(f"{k}:{text}".encode()).hexdigest()[:16]


def make(bases: list, homes: list, p: Planned, made: dict[int, object]):
    """Article ``p`` as a record (for ``Store.ingest``); ``made`` holds the records of earlier ones it may copy."""
    if p.copy_of is not None and p.copy_of in made:
        original = made[p.copy_of]
        text = original.text + f" e{p.k}"
        a = original
    else:
        base = bases[p.base]
        text = varied_text(base.text, p.k)
        a = relocated(base, homes[p.base], p.country)
    source = replace(a.source, id=f"synthetic-{p.k}", path=None, url=f"https://example.org/{p.k}")
    return replace(a, id=article_id(p.k, text), text=text, story=None, source=source, published=p.published)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


# -- replication in SQL -----------------------------------------------------------------------------------

COUNTRY_COLUMNS = {"mentions": ("country",), "figures": ("place_country", "origin_country", "destination_country"),
                   "figure_claims": ("place_country",)}


def _copy_sql(table, keyed: str = "article_id") -> str:
    """INSERT ... SELECT copying one article's rows of ``table`` to a new article (id, date, country)."""
    cols, exprs = [], []
    for c in table.columns:
        if c.name == "pk" or (table.name == "figure_claims" and c.name == "id"):
            continue  # a new surrogate key
        cols.append(f'"{c.name}"')
        if c.name == keyed:
            exprs.append(":new_id")
        elif table.name in ("articles", "figure_claims") and c.name == "published":
            exprs.append(":published")
        elif table.name == "articles" and c.name in ("text", "source_id", "url", "source_url", "run_id"):
            exprs.append(f":{c.name}")
        elif table.name == "articles" and c.name == "source_path":
            exprs.append("NULL")
        elif c.name in COUNTRY_COLUMNS.get(table.name, ()):
            exprs.append(f'CASE WHEN "{c.name}" = :home THEN :country ELSE "{c.name}" END')
        else:
            exprs.append(f'"{c.name}"')
    return (f'INSERT INTO {table.name} ({", ".join(cols)}) SELECT {", ".join(exprs)} FROM {table.name} '
            f'WHERE "{keyed}" = :from_id')


def build(url: str, bases: list, n: int, *, seed: int = 20, chunk: int = 1000, log=print,
          tail_only: bool = False) -> dict:
    """A ledger of ``n`` synthetic articles at ``url`` (see the module docstring); returns what it took. With
    ``tail_only``, only the bases and the last ``TAIL_DAYS`` days (no replicated archive): the same window a
    probe article meets, as dense, in a ledger of about 5,900 articles instead of 100,000, which tells the cost
    of the window's density from the cost of the ledger's size (near-copies of replicated articles are then
    articles of their own)."""
    from sqlalchemy import insert, text

    from newsfacts.resolve.duplicates import NUM_PERM, Fingerprint, bands
    from newsfacts.store import open_store
    from newsfacts.store.conflicts import keep_bands
    from newsfacts.store.engine import WRITE
    from newsfacts.store.schema import (
        articles,
        dates,
        extractions,
        figure_claims,
        figures,
        mentions,
        quotes,
        stories,
    )

    t0 = time.perf_counter()
    homes = [home_country(b) for b in bases]
    planned = plan(len(bases), n, n, seed)
    tail_from = (START + dt.timedelta(days=DAYS - TAIL_DAYS)).isoformat()
    head = [] if tail_only else [p for p in planned if p.published < tail_from]
    tail = [p for p in planned if p.published >= tail_from]
    rng = random.Random(seed + 1)
    with open_store(url) as store:
        # the bases as stored articles (their own text and ids, published on the archive's first day)
        store.ingest([replace(b, published=START.isoformat()) for b in bases], source_label="synthetic bases")
        base_ids = [b.id for b in bases]
        stored_t = time.perf_counter() - t0
        statements = {t.name: text(_copy_sql(t)) for t in (mentions, quotes, figures, dates, figure_claims)}
        statements["extractions"] = text(_copy_sql(extractions))
        statements["articles"] = text(_copy_sql(articles, keyed="id"))
        made_ids: dict[int, str] = {}
        sig_of: dict[int, tuple[bytes, list[int], str]] = {}  # k -> signature, bands, story
        texts: dict[int, str] = {}
        with store.engine.connect().execution_options(**{WRITE: True}) as conn:
            if conn.dialect.name == "sqlite":  # a large page cache for the build alone (its indexes grow at random)
                conn.exec_driver_sql("PRAGMA cache_size = -1000000")
            run_id = conn.execute(text("SELECT max(id) FROM ingest_runs")).scalar()
            conn.commit()
            spent = Counter()
            for at in range(0, len(head), chunk):
                part = head[at:at + chunk]
                params = {name: [] for name in statements}
                story_rows, band_keys = [], {}
                for p in part:
                    if p.copy_of is not None and p.copy_of in made_ids:
                        j = p.copy_of
                        body = texts[j] + f" e{p.k}"
                        from_id, home = made_ids[j], None
                        signature, keys, story = sig_of[j]
                    else:
                        body = varied_text(bases[p.base].text, p.k)
                        from_id, home = base_ids[p.base], homes[p.base]
                        signature = rng.randbytes(4 * NUM_PERM)
                        keys, story = None, None
                    new_id = article_id(p.k, body)
                    story = story or new_id
                    if keys is None:
                        keys = bands(Fingerprint(max(20, len(body.split()) - 3), signature))
                    made_ids[p.k], sig_of[p.k], texts[p.k] = new_id, (signature, keys, story), body
                    common = {"new_id": new_id, "from_id": from_id, "home": home or "", "country": p.country,
                              "published": p.published}
                    params["articles"].append({**common, "text": body, "source_id": f"synthetic-{p.k}",
                                               "url": f"https://example.org/{p.k}", "source_url": None,
                                               "run_id": run_id})
                    for name in ("extractions", "mentions", "quotes", "figures", "dates", "figure_claims"):
                        params[name].append(common)
                    story_rows.append({"article_id": new_id, "story_id": story, "size": len(body.split()) - 3,
                                       "signature": signature})
                    band_keys[new_id] = list(enumerate(keys))
                with conn.begin():
                    for name in ("articles", "extractions", "mentions", "quotes", "figures", "dates", "figure_claims"):
                        t1 = time.perf_counter()
                        conn.execute(statements[name], params[name])
                        spent[name] += time.perf_counter() - t1
                    t1 = time.perf_counter()
                    conn.execute(insert(stories), story_rows)
                    keep_bands(conn, band_keys)
                    spent["stories"] += time.perf_counter() - t1
                for p in part:  # keep only what a near-copy may still copy
                    texts.pop(p.k - 4 * chunk, None)
                log(f"  replicated {at + len(part):,}/{len(head):,} ({time.perf_counter() - t0:.0f} s; {load()})")
        replicated_t = time.perf_counter() - t0
        log("  replication time by table: " + ", ".join(f"{k} {v:.1f} s" for k, v in spent.most_common()))
        made: dict[int, object] = {}
        records = []
        for p in tail:
            a = make(bases, homes, p, made)
            made[p.k] = a
            records.append(a)
        for at in range(0, len(records), chunk):
            store.ingest(records[at:at + chunk], source_label="synthetic tail")
            log(f"  stored {at + min(chunk, len(records) - at):,}/{len(records):,} of the last {TAIL_DAYS} days "
                f"({time.perf_counter() - t0:.0f} s; {load()})")
            if at == 0 and store.dialect == "postgresql":
                _analyze(store)  # PostgreSQL plans by its statistics, which a bulk load leaves stale
        if store.dialect == "postgresql":
            _analyze(store)  # as autovacuum would have done on a ledger grown over years
    return {"bases_s": stored_t, "replicated": len(head), "replicated_s": replicated_t - stored_t,
            "tail": len(tail), "tail_s": time.perf_counter() - t0 - replicated_t, "total_s": time.perf_counter() - t0}


def _analyze(store) -> None:
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")


def probe(bases: list, n: int, count: int, seed: int = 20) -> list:
    """The ``count`` articles after an archive of ``n`` (the next days, the same plan), as records."""
    homes = [home_country(b) for b in bases]
    planned = plan(len(bases), n + count, n, seed)
    made: dict[int, object] = {}
    out = []
    for p in planned[max(0, n - 4000):]:  # near-copies copy recent articles: make those it may copy
        if p.k >= n or any(q.copy_of == p.k for q in planned[n:]):
            a = make(bases, homes, p, made)
            made[p.k] = a
            if p.k >= n:
                out.append(a)
    return out


def density(planned: list[Planned]) -> str:
    """Articles per country per month: the leading country, the 10th and the median, and the near-copy share."""
    months = {p.published[:7] for p in planned}
    per = Counter(p.country for p in planned)
    ranked = sorted(per.values(), reverse=True)
    m = len(months)
    return (f"{len(planned):,} articles over {m} months, {len(per)} countries; per month: leading country "
            f"{ranked[0] / m:.0f}, 10th {ranked[min(9, len(ranked) - 1)] / m:.0f}, median {ranked[len(ranked) // 2] / m:.1f}; "
            f"near-copies {sum(p.copy_of is not None for p in planned) / len(planned):.1%}")


if __name__ == "__main__":
    print(density(plan(300, int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)))
