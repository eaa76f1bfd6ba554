"""Child process for tests/test_store.py's crash test: ingest a JSONL of small articles into a store.

Articles are built directly (no NLP): each has one figure and one mention. ``--slow`` sleeps a little
after each article so the parent can kill it half way. A ``.pickle`` input holds articles already
extracted (``store_corpus.crash_corpus``: tests/test_store_crash.py); ``--ready`` prints a line once the
imports are done, before the store is opened, so the parent's random kill lands in the work itself.
"""

from __future__ import annotations

import json
import pickle
import re
import sys
import time

from newsfacts.records import Article, Figure, Mention, Source, article_id
from newsfacts.store import open_store

NUMBER = re.compile(r"\d[\d,]*")
PLACE = re.compile(r"Province \w+")


def build(obj: dict) -> Article:
    text = obj["text"]
    n = NUMBER.search(text)
    p = PLACE.search(text)
    figure = Figure(value=float(n.group().replace(",", "")), start=n.start(), end=n.end(), unit="person",
                    term="displaced", category="displacement", text=n.group(), extractor="figures@1")
    mention = Mention(text=p.group(), type="place", canonical=p.group(), start=p.start(), end=p.end(),
                      extractor="entities@1")
    return Article(id=article_id(obj["id"], text), source=Source(path="crash.jsonl", outlet="example.org",
                   id=obj["id"], kind="jsonl"), text=text, title=obj["title"], published=obj["published"],
                   mentions=(mention,), figures=(figure,), extractors=("entities@1", "figures@1"))


def articles(path: str, slow: bool):
    if path.endswith(".pickle"):
        with open(path, "rb") as f:
            yield from pickle.load(f)
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield build(json.loads(line))
            if slow:
                time.sleep(0.01)


def main() -> None:
    url, path, slow = sys.argv[1], sys.argv[2], "--slow" in sys.argv
    if "--ready" in sys.argv:
        print("ready", flush=True)
    summary = open_store(url).ingest(articles(path, slow), source_label=path)
    print(json.dumps({"added": summary.articles_added, "skipped": summary.articles_skipped}))


if __name__ == "__main__":
    main()
