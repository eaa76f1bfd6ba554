"""Stories of wire copies: containment of word shingles, estimated from datasketch MinHash signatures and
found through LSH bands, in memory and in the ledger alike. Texts written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace

import newsfacts
from newsfacts.resolve.duplicates import (
    COPY_CONTAINMENT,
    StoryIndex,
    assign_story,
    bands,
    containment,
    fingerprint,
    shingles,
)
from newsfacts.store import open_store

WIRE = ("Gunmen killed 27 villagers in an overnight attack on Kabrousse in northern Burkina Faso, local officials "
        "said on Friday. The attackers arrived on motorbikes and set fire to the market, a resident told AFP by "
        "telephone. Hundreds of families fled to the nearby town of Djibo, where aid groups said food stocks were "
        "running low. No group has claimed the attack, but jihadists linked to Al-Qaeda are active in the area. "
        "The army said it had launched an operation to track down the attackers.")
# retitled, re-paragraphed, one phrase cut, the last two sentences dropped
TRIMMED = ("Burkina: 27 villagers killed\n\nGunmen killed 27 villagers in an overnight attack on Kabrousse in "
           "northern Burkina Faso, local officials said on Friday.\n\nThe attackers arrived on motorbikes and set fire "
           "to the market, a resident told AFP.\n\nHundreds of families fled to the nearby town of Djibo, where aid "
           "groups said food stocks were running low.")
OWN = ("Residents of Kabrousse buried their dead on Friday after an overnight raid that local officials said killed "
       "27 people. Many families left for Djibo on foot, and traders said the market had burned to the ground. The "
       "army has sent reinforcements to the area, a security source said.")


def exact_containment(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / min(len(sa), len(sb))


def test_a_trimmed_retitled_copy_is_contained_though_its_jaccard_is_low():
    a, b = fingerprint(WIRE), fingerprint(TRIMMED)
    sa, sb = shingles(WIRE), shingles(TRIMMED)
    assert len(sa & sb) / len(sa | sb) < 0.6  # a Jaccard threshold of 0.7 misses it
    assert containment(a, b) >= COPY_CONTAINMENT
    assert abs(containment(a, b) - exact_containment(WIRE, TRIMMED)) < 0.15  # the estimate is close
    assert containment(fingerprint(WIRE), fingerprint(OWN)) < COPY_CONTAINMENT  # another report of one event


def test_fingerprints_and_bands_are_stable_and_short_texts_never_copies():
    assert fingerprint(WIRE) == fingerprint(WIRE) and bands(fingerprint(WIRE)) == bands(fingerprint(WIRE))
    assert bands(fingerprint("Share this story")) == []
    assert containment(fingerprint("Read more"), fingerprint("Read more")) == 0.0


def test_copies_join_the_first_story_in_memory_and_in_the_ledger(tmp_path, db_url):
    index = StoryIndex()
    assert [assign_story(index, i, t) for i, t in (("wire", WIRE), ("copy", TRIMMED), ("own", OWN))] == \
        ["wire", "wire", "own"]
    path = tmp_path / "copies.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": i, "source": i, "published": "2024-05-17", "text": t}) + "\n"
                            for i, t in (("wire", WIRE), ("copy", TRIMMED), ("own", OWN))))
    result = newsfacts.extract(str(path))
    wire, copy, own = result.articles
    assert wire.story == copy.story == wire.id and own.story == own.id
    assert [s.articles for s in result.stories] == [(wire.id, copy.id)]
    with open_store(db_url) as store:
        for a in result.articles:
            store.ingest([a], source_label=a.id)
        assert store.story(copy.id) == [wire.id, copy.id] and store.story(own.id) == [own.id]
        assert [a.story for a in store.articles()] == [wire.id, wire.id, own.id]


def test_sqlite_keeps_band_keys_as_fts5_words_moved_in_and_out_by_the_migration(tmp_path):
    """SQLite keeps an article's band keys as the words of one ``story_bands_fts`` row (0010): a ledger of
    0009 has them moved in (its ``story_bands`` rows, as they were, come back on a downgrade) and its copies
    are found as before; taking a story out takes its words out."""
    from alembic import command
    from sqlalchemy import delete, func, select, text

    from newsfacts.store.engine import WRITE, _config
    from newsfacts.store.schema import stories, story_bands

    path = tmp_path / "copies.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": i, "source": i, "published": "2024-05-17", "text": t}) + "\n"
                            for i, t in (("wire", WIRE), ("copy", TRIMMED), ("own", OWN))))
    wire, copy, own = newsfacts.extract(str(path)).articles
    db = str(tmp_path / "ledger.db")
    words = text("SELECT count(*) FROM story_bands_fts")
    with open_store(db) as store:
        store.ingest([wire, own], source_label="first")
        with store.engine.connect().execution_options(**{WRITE: True}) as conn:
            assert conn.execute(words).scalar_one() == 2
            assert conn.execute(select(func.count()).select_from(story_bands)).scalar_one() == 0
            config = _config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0009")  # as a ledger from before 0010
            conn.commit()
            rows = conn.execute(select(story_bands.c.band, story_bands.c.hash)
                                .where(story_bands.c.article_id == wire.id).order_by(story_bands.c.band)).all()
            assert rows == list(enumerate(bands(fingerprint(wire.text))))
    with open_store(db) as store:  # migrated to 0010: the rows are words again
        store.ingest([copy], source_label="copy")
        assert store.story(copy.id) == [wire.id, copy.id] and store.story(own.id) == [own.id]
        with store.engine.begin() as conn:
            assert conn.execute(select(func.count()).select_from(story_bands)).scalar_one() == 0
            assert conn.execute(words).scalar_one() == 3
            conn.execute(delete(stories).where(stories.c.article_id == own.id))
            assert conn.execute(words).scalar_one() == 2


def test_a_copy_stored_in_the_group_of_its_original_joins_its_story(tmp_path, db_url):
    """One ingest call stores these in one transaction (its group): the copy finds its original's band keys,
    written in the group and not yet committed; an article stored later finds them committed."""
    path = tmp_path / "copies.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": i, "source": i, "published": "2024-05-17", "text": t}) + "\n"
                            for i, t in (("wire", WIRE), ("copy", TRIMMED), ("own", OWN))))
    wire, copy, own = newsfacts.extract(str(path)).articles
    with open_store(db_url) as store:
        store.ingest([wire, own, copy], source_label="one group")
        assert store.story(copy.id) == [wire.id, copy.id] and store.story(own.id) == [own.id]
        store.ingest([replace(copy, id="copy-2", text=copy.text + " More to come.")], source_label="later")
        assert store.story("copy-2") == [wire.id, copy.id, "copy-2"]
