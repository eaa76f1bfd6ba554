"""Mechanisms French figures share with English (issue 18; texts written for these tests): counts of areas, sites,
settlements and vehicles take no people's event; a verb that names its class only for people leaves things
alone; a place's capacity is no one hosted; verbs of catching a disease; a status noun under the clause's verb; an
adverb of another class; people in a state that death ends; the threat of famine.

The lexicon's parity (session 9): the French vocabulary of the event classes (``[classes.NAME.fr]`` of
newsfacts/lexicon/events.toml) names each class in the forms English names it in, a structural test over the
lexicon, not a list of sentences: where a class has English verbs, French has verbs (or verb-object pairs); where it
has an English noun of the event or of its people, French lists a noun; every agreement of a class verb's French
participle ("déguerpi", "déguerpies") reads back to a class the way the figures stage reads a participle
(figures/french.py _class_of: the written form, else the verb the model's lemmatizer rules make of it)."""

from __future__ import annotations

import pytest
from test_french import DATE, _figure, _one

import newsfacts
from newsfacts import lexicon
from newsfacts.analyse.figures import french
from newsfacts.analyse.nlp import verb_lemma
from newsfacts.lexicon.events import classes


def _english(text: str) -> dict:
    return {f.value: f for f in newsfacts.extract("---\nlanguage: en\n---\n" + text, date=DATE).articles[0].figures}


def test_areas_take_no_event_and_sites_only_the_classes_of_things():
    a = _one("Sécheresse au Niger\n\nLa sécheresse a touché 14 districts et 12 communes, selon le gouvernement. "
             "Dans la région, 300 écoles ont été détruites et les pluies ont endommagé 40 sites de déplacés.\n")
    assert _figure(a, 14).event is None and _figure(a, 12).event is None
    assert _figure(a, 14).category == "other"
    assert _figure(a, 300).event == "destroyed"
    assert _figure(a, 40).event == "damaged"


def test_settlements_are_destroyed_never_affected():
    a = _one("Attaque\n\nDes assaillants ont incendié 30 villages. Ailleurs, la sécheresse a touché 20 villages.\n")
    assert _figure(a, 30).event == "destroyed"
    assert _figure(a, 20).event is None
    en = _english("Gunmen burned 30 villages. Elsewhere, the drought affected 20 villages.\n")
    assert en[30].event == "destroyed" and en[20].event is None


def test_sites_affected_are_damaged():
    a = _one("Tempête\n\nAu total, 42 écoles et 3 centres de santé ont été touchés par la tempête, a dit le maire.\n")
    assert _figure(a, 42).event == _figure(a, 3).event == "damaged"
    en = _english("The storm affected 42 schools, the mayor said.\n")
    assert en[42].event == "damaged"


def test_a_verb_of_people_leaves_things_without_event():
    a = _one("Opération\n\nL'armée a neutralisé 12 engins explosifs. Les forestiers ont abattu 200 arbres. Les "
             "militaires ont neutralisé 20 terroristes.\n")
    assert _figure(a, 12).event is None and _figure(a, 12).unit == "engin"
    assert _figure(a, 200).event is None
    assert (_figure(a, 20).event, _figure(a, 20).unit) == ("killed", "person")


def test_a_capacity_is_no_one_hosted():
    a = _one("Camp\n\nLe stade peut accueillir 40 000 spectateurs. Le nouveau site pourra héberger 6 000 personnes. "
             "Le Tchad accueille 1 200 000 réfugiés.\n")
    assert _figure(a, 40000).event is None
    assert _figure(a, 6000).event is None
    assert _figure(a, 1200000).event is not None
    en = _english("The stadium can host 40,000 people. Chad hosts 1.2 million refugees.\n")
    assert en[40000].event is None and en[1200000].event is not None


def test_catching_a_disease_is_infected():
    a = _one("Épidémie\n\nEnviron 450 personnes ont contracté la rougeole. Plus de 200 personnes ont été testées "
             "positives au choléra. Quelque 300 personnes sont tombées malades.\n")
    assert (_figure(a, 450).event, _figure(a, 450).term) == ("infected", "contracté")
    assert (_figure(a, 200).event, _figure(a, 200).term) == ("infected", "testées positives")
    assert _figure(a, 300).event == "infected"


def test_the_clause_s_verb_of_shelter_over_a_status_noun():
    a = _one("Déplacés\n\nEnviron 1 500 déplacés sont hébergés dans des écoles.\n")
    assert (_figure(a, 1500).event, _figure(a, 1500).term) == ("sheltered", "hébergés")


def test_partially_destroyed_is_damaged():
    a = _one("Séisme\n\nEnviron 700 maisons ont été partiellement détruites et 300 autres totalement détruites.\n")
    assert _figure(a, 700).event == "damaged"
    assert _figure(a, 300).event == "destroyed"
    en = _english("About 700 homes were partially destroyed.\n")
    assert en[700].event == "damaged"


def test_the_injured_who_die_are_killed_and_the_injured_stay_injured():
    a = _one("Bilan\n\nDeux blessés ont succombé à l'hôpital. Au moins 48 civils ont été tués et 27 autres blessés.\n")
    assert (_figure(a, 2).event, _figure(a, 2).term) == ("killed", "succombé")
    assert _figure(a, 27).event == "injured"


def test_threatened_by_famine_is_in_need():
    a = _one("Famine\n\nPrès de 2 millions de personnes sont menacées par la famine.\n")
    assert _figure(a, 2000000).event == "in_need"


ENGLISH_VERB_FIELDS = ("verbs", "objects", "phrasal", "place_objects", "disease_verbs")
ENGLISH_NOUN_ENDINGS = ("ion", "ions", "ment", "ments", "th", "ths", "ies", "ity")
# Classes French names otherwise, each with the reason (the test asserts the reason still holds where it can).
EXEMPT_NOUNS = {
    # French news counts the dead as "victimes" ("le naufrage a fait 40 victimes"): the word is the killed class's.
    "casualties": lambda: french.EVENT_WORDS.get("victimes") == "killed",
    # "déplacés internes" is filed displaced, as the French probes and graded sets read it; no tuned French text
    # writes the acronym PDI to check a French word of the class on.
    "idps": lambda: french.EVENT_WORDS.get("déplacés") == "displaced",
    # English "camp" names the place people stay in; French lists it among the class's places ("vivent dans des camps").
    "in_camps": lambda: "camps" in french.PLACES,
}
VERB_OBJECTS = lexicon.table(lexicon.localized("events.verb_objects", "fr"))

NAMES = list(classes())


def _french(name: str) -> dict:
    return classes()[name].get("fr", {})


def _words(name: str, field: str) -> list[str]:
    return list(lexicon.terms(f"events.classes.{name}.fr.{field}")) if field in _french(name) else []


def _english_event_nouns(name: str) -> list[str]:
    """The English nouns of the event itself ("displacement", "abduction", "deaths"): ``nouns`` and the words in
    -ion, -ment, -th."""
    fields = classes()[name]
    found = list(fields.get("nouns", {}))
    if "words" in fields:
        found += [w for w in lexicon.terms(f"events.classes.{name}.words") if w.endswith(ENGLISH_NOUN_ENDINGS)]
    return found


def _english_people_nouns(name: str) -> list[str]:
    """The English nouns of the people the event befell ("evacuee", "returnee", "hostage"): ``people``, ``remains``."""
    fields = classes()[name]
    return [w for field in ("people", "remains") if field in fields for w in lexicon.terms(f"events.classes.{name}.{field}")]


@pytest.mark.parametrize("name", NAMES)
def test_french_verbs_where_english_has_verbs(name):
    fields = classes()[name]
    if not any(f in fields for f in ENGLISH_VERB_FIELDS):
        return
    french_verbs = _words(name, "verbs") + _words(name, "disease_verbs") + list(VERB_OBJECTS.get(name, []))
    assert french_verbs, f"{name}: English verbs {[fields[f] for f in ENGLISH_VERB_FIELDS if f in fields]}, no French"


# Endings of French nouns of an event ("déplacement", "évacuation", "expulsion", "retour", "exode", "exil", "décès",
# "blessure", "otage"), singular or plural.
FRENCH_NOUN_ENDINGS = ("ment", "tion", "sion", "our", "ode", "il", "ès", "ure", "age", "ade", "ée")


@pytest.mark.parametrize("name", NAMES)
def test_french_noun_where_english_has_a_noun(name):
    """An English noun of the event ("the displacement of", "the abduction of") has a French noun of the event; an
    English noun of its people ("evacuees", "hostages") a French plural (a noun, or a participle used as one:
    "les évacués", "les rapatriés")."""
    event, people = _english_event_nouns(name), _english_people_nouns(name)
    if not (event or people):
        return
    if name in EXEMPT_NOUNS:
        assert EXEMPT_NOUNS[name](), f"{name}: the reason it is exempt no longer holds"
        return
    words = _words(name, "words")
    if event:
        nouns = [w for w in words if w.removesuffix("s").endswith(FRENCH_NOUN_ENDINGS)]
        assert nouns, f"{name}: English nouns of the event {event}, French none among {words}"
    if people:
        plurals = [w for w in words if w.endswith(("s", "x"))]
        assert plurals, f"{name}: English nouns of its people {people}, French none among {words}"


def _participles(verb: str) -> list[str]:
    """The masculine singular participles of a French verb that its own words or the regular rule give: "-er" ->
    "-é", "-ir" -> "-i" where the lemmatizer reads it back, and the class's listed words that read back to the verb."""
    found = [w for name in NAMES for w in _words(name, "words") if verb_lemma(w, "fr") == verb
             and not w.endswith(("e", "es", "s", "ant"))]  # "fuyant": a present participle, which does not agree
    if verb.endswith("er"):
        found.append(verb[:-2] + "é")
    elif verb.endswith("ir") and verb_lemma(verb[:-1], "fr") == verb:
        found.append(verb[:-1])
    return sorted(set(found))


# Verbs whose participle never agrees (conjugated with "avoir" and no direct object: "ont bénéficié de l'aide").
NO_AGREEMENT = frozenset({"bénéficier"})
# The verbs the model's lemmatizer knows: a lemma listed as the small model writes it ("refugier" for "réfugier")
# has its participles read through the verb as spelt.
FRENCH_VERBS = sorted({v for name in NAMES for v in _words(name, "verbs") if verb_lemma(v, "fr") == v} - NO_AGREEMENT)


@pytest.mark.parametrize("verb", FRENCH_VERBS)
def test_every_agreement_of_a_participle_reads_back(verb):
    """ "N personnes déplacées", "les familles déguerpies": each agreement of a class verb's participle is a word of a
    class, written or read as the verb."""
    missing = [form for p in _participles(verb) for form in (p, p + "e", p + "s", p + "es")
               if french.EVENT_WORDS.get(form) is None and french._as_verb_class(form) is None]
    assert not missing, f"{verb}: {missing} read as no class"


def test_count_nouns_and_units_have_french():
    """The nouns a figure counts people, households, cases and totals by exist in French where they do in English."""
    for entry in ("units.person_nouns", "units.household_nouns", "events.count_nouns", "events.case_nouns", "events.diseases"):
        assert lexicon.words(entry), entry
        assert lexicon.words(lexicon.localized(entry, "fr")), f"{entry}: no French"
    english_people = lexicon.words("units.person_nouns")
    french_people = lexicon.words(lexicon.localized("units.person_nouns", "fr"))
    assert len(french_people) >= len(english_people) // 2, "French person nouns far fewer than English"
