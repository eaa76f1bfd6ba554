"""A small corpus written for the store's crash and load tests: the same events reported by different
outlets with different figures, so the ledger keeps conflicts (figure disagreements) as it grows.

``corpus()`` gives JSONL records (id, title, source, published, text); ``extracted(path)`` extracts them
once (spaCy) and pickles the articles, so the child processes (``store_crash_child.py``,
``store_load_child.py``) store real extractions without loading a model.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

# (place, province, what happened, the date it was reported, a sentence only this event has)
EVENTS = [
    ("Kandahar", "Kandahar", "floods", "2025-03-04", "Roads to the airport were cut and two bridges collapsed."),
    ("Herat", "Herat", "an earthquake", "2025-03-11", "Aftershocks kept families sleeping in tents outside."),
    ("Jalalabad", "Nangarhar", "fighting", "2025-04-02", "Shops in the old bazaar stayed shut for a third day."),
    ("Kunduz", "Kunduz", "floods", "2025-04-19", "The river broke its banks near the northern market."),
    ("Quetta", "Balochistan", "an earthquake", "2025-05-07", "Schools were turned into shelters overnight."),
    ("Peshawar", "Khyber Pakhtunkhwa", "clashes", "2025-05-23", "Checkpoints were set up on the ring road."),
    ("Sukkur", "Sindh", "floods", "2025-06-14", "Boats ferried the elderly to the raised highway."),
    ("Mazar-i-Sharif", "Balkh", "a landslide", "2025-07-01", "Rescue teams dug through mud with shovels."),
    ("Bamyan", "Bamyan", "a landslide", "2025-07-20", "Herders lost most of their livestock on the slopes."),
    ("Ghazni", "Ghazni", "fighting", "2025-08-08", "Power lines were cut across three districts."),
]

# Three outlets, each writing the event its own way and each counting differently.
OUTLETS = [
    ("Valley Times", "{place}: {what_cap} killed {killed} people in {province} province this week and displaced "
     "{displaced:,} people, the provincial disaster authority said on Wednesday. {extra}"),
    ("Frontier Wire", "Officials said on Wednesday that {what} had displaced {displaced:,} people in {province} "
     "province this week. {extra} The toll stood at {killed} people killed in {province} province, they said."),
    ("Plains Herald", "Some {displaced:,} people were displaced by {what} in {province} province this week, an aid "
     "coalition said on Wednesday. {extra} It said {killed} people had been killed in {province} province."),
]


def corpus() -> list[dict]:
    out = []
    for e, (place, province, what, published, extra) in enumerate(EVENTS):
        for o, (outlet, template) in enumerate(OUTLETS):
            killed = 20 + 7 * e + 11 * o  # each outlet its own toll: the ledger sees disagreements
            displaced = 1000 * (e + 2) * (o + 3)
            text = template.format(place=place, province=province, what=what, what_cap=what[0].upper() + what[1:], killed=killed, displaced=displaced,
                                   extra=extra)
            out.append({"id": f"e{e}-o{o}", "title": f"{what.capitalize()} in {place}", "source": outlet,
                        "published": published, "text": text})
    return out


def extracted(directory: Path) -> Path:
    """Extract the corpus once (into ``directory``) and pickle the articles in order; returns the pickle's
    path (the one made before, when there is one)."""
    import newsfacts

    path = directory / "corpus.pickle"
    if path.exists():
        return path
    jsonl = directory / "corpus.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in corpus()), encoding="utf-8")
    result = newsfacts.extract(str(jsonl))
    assert not result.errors, result.errors
    path.write_bytes(pickle.dumps(list(result.articles)))
    return path


def load(path: str | Path) -> list:
    return pickle.loads(Path(path).read_bytes())


def renamed(article, tag: str):
    """The article as another copy of itself (a new id and source id): a writer's next round adds rows."""
    from newsfacts.records import article_id

    key = f"{tag}-{article.source.id}"
    return replace(article, id=article_id(key, article.text), source=replace(article.source, id=key))


def crash_corpus(path: str | Path) -> Path:
    """The corpus three times over, for the crash test: as it is, then a copy of every article (new ids:
    the copy path), then every article tagged with a newer extractor version (the update path, which
    takes its claims and conflicts out and works them out again); pickled beside ``path``."""
    corpus = load(path)
    items = corpus + [renamed(a, "copy") for a in corpus] + \
        [replace(a, extractors=(*a.extractors, "crash@2")) for a in corpus]
    out = Path(path).with_name("crash.pickle")
    out.write_bytes(pickle.dumps(items))
    return out
