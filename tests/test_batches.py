"""Articles go into batches as segmentation gives them, bounded by NEWSFACTS_BATCH_SIZE and
NEWSFACTS_BATCH_CHARS, so one large file never becomes one large batch (issue 14, finding 3)."""

from __future__ import annotations

from newsfacts.api import batches, iter_extract
from newsfacts.pipeline import Stage
from newsfacts.records import Article, Failure, Source


def tiny_dump(n: int, paragraph_words: int = 12) -> str:
    out = []
    for i in range(n):
        body = " ".join(["word"] * paragraph_words)
        out += [f"Story {i} about the river", f"https://example.com/news/{i}", "",
                f"The river story number {i} began on a quiet morning and {body}.", "",
                f"Residents said the river story {i} had changed their lives.", ""]
    return "\n".join(out)


def recording_stage(seen: list[tuple[int, int]]) -> Stage:
    def fn(batch):
        seen.append((len(batch), sum(len(w.article.text) for w in batch)))
        return [{"bullets": ("seen",)} for _ in batch]

    return Stage("record", "1", fn, requires=("text",), assigns=("bullets",))


def test_one_file_of_many_articles_is_split_into_batches_of_the_batch_size(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "8")
    path = tmp_path / "dump.txt"
    path.write_text(tiny_dump(100), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    out = list(iter_extract(str(path), stages=[recording_stage(seen)]))
    assert len(out) == 100 and all(isinstance(a, Article) and a.bullets == ("seen",) for a in out)
    assert [n for n, _ in seen] == [8] * 12 + [4]  # before: the file's 100 articles in one batch


def test_batches_never_pass_the_character_budget(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_BATCH_CHARS", "2000")
    path = tmp_path / "dump.txt"
    path.write_text(tiny_dump(60, paragraph_words=40), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    out = list(iter_extract(str(path), stages=[recording_stage(seen)]))
    assert len(out) == 60 and sum(n for n, _ in seen) == 60
    assert all(chars <= 2000 for _, chars in seen) and all(n <= 32 for n, _ in seen)
    assert len(seen) > 1


def art(n: int, length: int) -> Article:
    return Article(id=f"a{n}", source=Source(path="t"), text="x" * length)


def test_batches_keep_order_and_a_failure_ends_the_batch_before_it():
    items = [art(1, 10), art(2, 10), Failure("bad.txt", "unreadable"), art(3, 10), art(4, 500), art(5, 10)]
    got = list(batches(items, size=5, chars=100))
    shape = [x.source if isinstance(x, Failure) else [a.id for a in x] for x in got]
    assert shape == [["a1", "a2"], "bad.txt", ["a3"], ["a4"], ["a5"]]  # a4 is over the budget alone


def test_batches_of_many_articles_stay_within_both_limits():
    items = [art(i, (i * 37) % 300 + 1) for i in range(1000)]
    got = list(batches(items, size=7, chars=900))
    assert [a.id for b in got for a in b] == [a.id for a in items]
    assert all(len(b) <= 7 and (sum(len(a.text) for a in b) <= 900 or len(b) == 1) for b in got)


def test_a_full_batch_goes_at_once_without_waiting_for_the_next_article():
    def items():
        yield art(1, 10)
        yield art(2, 10)
        raise AssertionError("read the next article before running a full batch")

    assert [a.id for a in next(batches(items(), size=2, chars=100))] == ["a1", "a2"]
