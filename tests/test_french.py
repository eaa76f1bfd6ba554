"""French end to end, on short French news texts written for these tests (tests/french/*.txt), and languages
newsfacts does not extract: kept, with their language and a note, and no rules run on them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsfacts
from newsfacts import language
from newsfacts.analyse.figures import french as french_figures
from newsfacts.analyse.quotes import french as french_quotes

FIXTURES = Path(__file__).parent / "french"
DATE = "2025-03-14"


def _article(name: str):
    result = newsfacts.extract(str(FIXTURES / name), date=DATE)
    assert len(result.articles) == 1
    return result.articles[0]


def _figure(article, value: float):
    found = [f for f in article.figures if f.value == value]
    assert found, f"no figure {value}: {[f.value for f in article.figures]}"
    return found[0]


def _quote(article, words: str):
    found = [q for q in article.quotes if words in q.text]
    assert found, f"no quote with {words!r}: {[q.text for q in article.quotes]}"
    return found[0]


# ------------------------------------------------------------------------------------------------ language


def test_detect_tells_french_english_and_others_and_leaves_short_text_undecided():
    assert language.detect((FIXTURES / "tchad-soudanais.txt").read_text(encoding="utf-8")) == "fr"
    assert language.detect("The ministry said on Monday that 3,000 people had fled the fighting in the north.") == "en"
    assert language.detect("Die Regierung hat am Montag neue Hilfen für die vom Hochwasser betroffene Region angekündigt.") == "de"
    assert language.detect("Goma, 14 mars") is None


def test_declared_language_is_kept():
    text = "Les combats ont fait au moins 12 morts à Goma, selon des sources locales, a indiqué mardi la police."
    from newsfacts.pipeline import process_batch
    from newsfacts.records import Article, Source

    out = process_batch([Article(id="x", source=Source(path="x"), text=text, language="de")])
    assert out[0].language == "de" and not out[0].figures and out[0].notes


def test_unsupported_language_is_kept_with_a_note_and_no_facts():
    text = ("Die Behörden teilten am Montag mit, dass mehr als 3000 Menschen vor den Kämpfen geflohen sind. "
            "„Die Lage ist dramatisch“, sagte der Sprecher des Roten Kreuzes, Hans Müller, in Genf.")
    article = newsfacts.extract(text).articles[0]
    assert article.language == "de"
    assert article.notes == ("language 'de' is not supported: facts not extracted",)
    assert not article.figures and not article.quotes and not article.mentions and not article.dates


def test_unsupported_language_in_csv_and_ingest_summary(tmp_path):
    from newsfacts.output.formats import write_csv
    from newsfacts.store import open_store

    text = "Die Behörden teilten am Montag mit, dass mehr als 3000 Menschen vor den Kämpfen geflohen sind."
    src = tmp_path / "de.txt"
    src.write_text(text, encoding="utf-8")
    import io

    out = io.StringIO()
    write_csv(newsfacts.iter_extract(str(src)), out)
    assert "de" in out.getvalue() and "is not supported" in out.getvalue()
    with open_store(str(tmp_path / "ledger.db")) as store:
        summary = store.ingest(newsfacts.iter_extract(str(src)), source_label="de")
        stored = store.articles()
    assert summary.not_extracted == 1 and summary.unsupported_languages == ("de",)
    assert stored[0].language == "de" and stored[0].notes == ("language 'de' is not supported: facts not extracted",)


def test_english_alone_loads_no_french_model():
    code = ("import newsfacts; from newsfacts.analyse import nlp; "
            "newsfacts.extract('The ministry said on Monday that 3,000 people had fled the fighting in the north.'); "
            "print(','.join(nlp.loaded_languages()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "en"


# ------------------------------------------------------------------------------------------------ quotes


def test_direct_quote_with_incise_after_and_inverted_pronoun():
    article = _article("rdc-ituri.txt")
    q = _quote(article, "Les assaillants sont arrivés")
    assert q.kind == "direct" and q.speaker.name == "Jean-Pierre Ngabu"
    q = _quote(article, "Nous ne laisserons pas")
    assert q.speaker.name == "Jules Ngongo"  # "», a-t-il déclaré": the person named before


def test_according_to_and_incise_indirect_quotes():
    article = _article("haiti-gangs.txt")
    q = _quote(article, "plus de 6 270 habitants ont fui")
    assert q.kind == "indirect" and q.speaker.name == "Organisation internationale pour les migrations"
    q = _quote(article, "Les violences ont fait plus de 3 600 morts")
    assert q.speaker.name.startswith("Haut-Commissariat")
    article = _article("rdc-ituri.txt")
    q = _quote(article, "ont forcé plus de 6 500 personnes")  # "..., a indiqué jeudi le Bureau ... (OCHA)."
    assert q.kind == "indirect" and "BUNIA" not in q.text and q.speaker.type == "organisation"


def test_que_clause_with_pronoun_and_body_noun_speakers():
    article = _article("tchad-soudanais.txt")
    q = _quote(article, "les camps de l'est du pays accueillent")
    assert q.text.startswith("que") and q.speaker.name.startswith("Haut-Commissariat")  # "L'organisation affirme que"
    article = _article("mauritanie-mbera.txt")
    assert _quote(article, "l'eau et les abris manquaient").speaker.name == "Ahmed Ould Cheikh"  # "Il a ajouté que"


def test_mixed_quote_and_marked_term():
    article = _article("sahel-burkina.txt")
    assert _quote(article, "personne ne sera abandonné").kind == "mixed"
    assert not [q for q in article.quotes if q.text == "« insoutenables »"]  # a word the writer marks is no quote


def test_speakers_are_never_numbers_or_prepositions():
    for name in FIXTURES.glob("*.txt"):
        for q in _article(name.name).quotes:
            words = (q.speaker.mention or "") if q.speaker else ""
            assert not words.lower().startswith(("environ", "de ", "plus ", "près ")), (name.name, words)


# ------------------------------------------------------------------------------------------------ figures


@pytest.mark.parametrize("text, value, approx", [
    ("Plus de 20\u202f000 personnes ont fui.", 20000, "over"),
    ("Quelque 110\u00a0000 déplacés vivent dans les camps.", 110000, "about"),
    ("Environ 1,4 million de personnes sont touchées.", 1400000, "about"),
    ("Au total, 6,9 millions de personnes sont déplacées.", 6900000, "exact"),
    ("Au moins 180.000 réfugiés vivent dans le camp.", 180000, "at least"),
    ("Près de 4 000 personnes sont mortes.", 4000, "almost"),
    ("Vingt-cinq enfants ont été blessés.", 25, "exact"),
    ("Près d'un million d'enfants sont privés d'école.", 1000000, "almost"),
])
def test_french_amounts(text, value, approx):
    found = french_figures.amounts(text)
    assert [(a.value, a.approx) for a in found][:1] == [(value, approx)]


def test_approximate_vague_and_ranges():
    found = french_figures.amounts("Une cinquantaine de blessés, des milliers de personnes, entre 100 et 200 arrivants.")
    assert [(a.value, a.approx, a.low, a.high) for a in found] == [
        (50, "about", None, None), (1000, "exact", 1000, 10000), (100, "exact", 100, 200)]


def test_event_classes_from_french_words():
    haiti = _article("haiti-gangs.txt")
    f = _figure(haiti, 115)
    assert (f.event, f.category, f.term, f.unit, f.place.country) == ("killed", "casualties", "tuées", "person", "HTI")
    f = _figure(haiti, 6270)
    assert (f.event, f.term, f.stated_by.name) == ("fled", "fui", "Organisation internationale pour les migrations")
    rdc = _article("rdc-ituri.txt")
    assert _figure(rdc, 17).event == "injured"
    f = _figure(rdc, 1500000)
    assert (f.event, f.counted, f.approx, f.place.country) == ("displaced", "déplacés internes", "about", "COD")
    tchad = _article("tchad-soudanais.txt")
    f = _figure(tchad, 20000)
    assert (f.event, f.counted, f.approx, f.place.country) == ("refugees", "réfugiés soudanais", "almost", "TCD")
    assert _figure(tchad, 150000000).unit == "USD"
    burkina = _article("sahel-burkina.txt")
    f = _figure(burkina, 2100000)  # "le nombre de personnes déplacées ... a atteint 2,1 millions"
    assert (f.event, f.counted, f.place.country) == ("displaced", "personnes déplacées", "BFA")
    mbera = _article("mauritanie-mbera.txt")
    f = _figure(mbera, 100)
    assert (f.low, f.high, f.event) == (100, 200, "arrived")


def test_years_days_and_times_are_no_figures():
    rdc = _article("rdc-ituri.txt")
    values = {f.value for f in rdc.figures}
    assert 14 not in values and 7 not in values and 2 not in values  # "14 mars", "le 7 mars", "vers 2 heures du matin"
    tchad = _article("tchad-soudanais.txt")
    assert 2023 not in {f.value for f in tchad.figures}  # "Depuis avril 2023"


def test_figure_dates_and_sources():
    haiti = _article("haiti-gangs.txt")
    f = _figure(haiti, 3600)
    assert f.when.value == "2025-01/2025-03-14" and f.stated_by.name.startswith("Haut-Commissariat")
    f = _figure(haiti, 700000)
    assert (f.when.value, f.event) == ("2024", "displaced")  # "L'an dernier, quelque 700 000 Haïtiens ... déplacés"


# ------------------------------------------------------------------------------------------------ dates, places


def test_french_dates():
    import datetime as dt

    from newsfacts.analyse import dates_fr

    ref = dt.date(2025, 3, 14)  # a Friday
    found = {d.text: (d.value, d.precision) for d in dates_fr.read_dates(
        "Le 12 mars, mardi dernier, l'an dernier, depuis janvier, il y a trois jours, en 2023 et hier.", ref)}
    assert found == {
        "Le 12 mars": ("2025-03-12", "day"), "mardi dernier": ("2025-03-11", "day"), "l'an dernier": ("2024", "year"),
        "depuis janvier": ("2025-01/..", "interval"), "il y a trois jours": ("2025-03-11", "day"),
        "en 2023": ("2023", "year"), "hier": ("2025-03-13", "day")}


def test_french_place_names_resolve_to_their_countries():
    places = {m.text: m.country for name in FIXTURES.glob("*.txt") for m in _article(name.name).mentions
              if m.type == "place"}
    assert places["Soudan"] == "SDN" and places["Tchad"] == "TCD" and places["Mauritanie"] == "MRT"
    assert places["Ituri"] == "COD" and places["Djugu"] == "COD"
    groups = {m.text: m.country for name in FIXTURES.glob("*.txt") for m in _article(name.name).mentions
              if m.type == "group"}
    assert groups["Soudanais"] == "SDN" and groups["Maliens"] == "MLI" and groups["Haïtiens"] == "HTI"
    text = "En RDC, plus de 20 000 personnes ont fui vers le Nord-Kivu et Goma, selon OCHA."
    article = newsfacts.extract(text).articles[0]
    assert {m.text: m.country for m in article.mentions if m.type == "place"} == {"RDC": "COD", "Nord-Kivu": "COD", "Goma": "COD"}


def test_json_output_says_the_language():
    from newsfacts.records import to_dict

    article = _article("soudan-darfour.txt")
    assert json.loads(json.dumps(to_dict(article)))["language"] == "fr"
    assert french_quotes.LANGUAGE == "fr"


def test_a_french_and_an_english_article_about_one_event_are_compared(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text("Haiti: 20,000 displaced in four days\n\nPORT-AU-PRINCE (AP) — Gang violence in Port-au-Prince has "
                  "displaced 20,000 people in four days, the International Organization for Migration said on Tuesday.\n",
                  encoding="utf-8")
    fr = tmp_path / "fr.txt"
    fr.write_text("Haïti : 45 000 déplacés en quatre jours\n\nLa violence des gangs à Port-au-Prince a déplacé 45 000 "
                  "personnes en quatre jours, a indiqué mardi l'Organisation internationale pour les migrations.\n",
                  encoding="utf-8")
    result = newsfacts.extract([str(en), str(fr)], date="2024-11-20")
    assert [a.language for a in result.articles] == ["en", "fr"]
    values = [sorted(c.value for c in k.claims) for k in result.conflicts if k.kind == "figure_disagreement"]
    assert values == [[20000, 45000]]


def test_inverted_present_age_apposition_and_acronym_speakers():
    text = ("Tchad : à Adré, les réfugiés racontent\n\nFatimé Abakar, 34 ans, a fui El Geneina avec ses cinq enfants. "
            "« Nous avons tout perdu, ils ont brûlé notre maison », raconte-t-elle depuis le camp d'Adré.\n\n"
            "« La situation est catastrophique. Nous manquons de tout », explique Mamadou Diallo, médecin de MSF.\n")
    article = newsfacts.extract(text, date=DATE).articles[0]
    assert _quote(article, "Nous avons tout perdu").speaker.name == "Fatimé Abakar"
    assert _quote(article, "Nous manquons de tout").speaker.name == "Mamadou Diallo"
    places = {m.text: (m.type, m.country) for m in article.mentions}
    assert places["El Geneina"] == ("place", "SDN") and places["MSF"][0] == "organisation"


def test_a_report_speaks_for_the_body_that_issued_it_and_start_of_year_dates():
    text = ("Le HCR a publié mardi un nouveau rapport sur la crise au Sahel. Selon ce rapport, plus de 180.000 "
            "réfugiés maliens vivent en Mauritanie depuis le début de l'année.")
    article = newsfacts.extract(text, date=DATE).articles[0]
    f = _figure(article, 180000)
    assert (f.stated_by.name, f.when.value, f.place.country, f.event) == ("HCR", "2025/2025-03-14", "MRT", "refugees")


def test_a_short_sentence_in_quotation_marks_after_a_colon_is_a_quote():
    text = ("Au Tchad, le représentant du HCR, Laura Lo Castro, a lancé un appel à la communauté internationale : "
            "« Il faut agir maintenant. » Le camp accueille déjà 200 000 personnes.")
    article = newsfacts.extract(text, date=DATE).articles[0]
    q = _quote(article, "Il faut agir maintenant")
    assert q.kind == "direct" and q.speaker.name == "Laura Lo Castro"
