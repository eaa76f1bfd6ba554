"""The TempEval-3 reader and scorer, on a TimeML document written for this test."""

from __future__ import annotations

from newsfacts.eval.tempeval import Tally, normalise_gold, normalise_ours, parse_timeml
from newsfacts.records import DateMention

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-05" functionInDocument="CREATION_TIME">20251205</TIMEX3></DCT>
<TEXT>
The camp <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-12-04">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> &amp; more; talks resume <TIMEX3 tid="t3" type="DATE" value="2025-12-08">Monday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_spans_and_creation_time(tmp_path):
    path = tmp_path / "T1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = parse_timeml(path)
    assert doc.dct == "2025-12-05"
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "2025-12-04"), ("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2025-12-08")]
    assert "& more" in doc.text


def test_scoring_strict_relaxed_and_values(tmp_path):
    path = tmp_path / "T1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = parse_timeml(path)
    y = doc.text.index("yesterday")
    m = doc.text.index("Monday")
    preds = [DateMention("yesterday", "2025-12-04", "day", y, y + 9),
             DateMention("resume Monday", "2025-12-01", "day", m - 7, m + 6)]
    tally = Tally()
    tally.add(doc, preds)
    s = tally.scores()
    assert (s["strict_precision"], s["relaxed_recall"], s["value_accuracy"]) == (0.5, 1.0, 0.5)


def test_value_normalisation():
    assert normalise_gold("1998-08-13TMO") == "1998-08-13"
    assert normalise_gold("1949-XX") == "1949"
    assert normalise_gold("199X") == "199"
    assert normalise_gold("2000-W6") == "2000-W06"
    assert normalise_gold("PRESENT_REF") == "PRESENT_REF"
    assert normalise_ours("2024/..") == "2024"
