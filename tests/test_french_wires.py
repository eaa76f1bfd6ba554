"""French wire copy and local press as they write figures and sources (texts written for these tests, in the shapes seen
on real pages of AFP relays, Sahel and Haitian outlets, and ministry tolls): thousands in words, unnamed sources in
incises, tolls by place in brackets, figures given to an agency, flight from a city of the one country in play."""

from __future__ import annotations

from test_french import _figure, _one, _quote


def _by(f) -> str:
    return (f.stated_by.name or f.stated_by.mention or "") if f.stated_by is not None else ""


def test_thousands_written_with_the_word_mille():
    a = _one("Quelque 17 mille personnes ont fui le quartier depuis lundi. Au total, 113 mille 582 personnes sont "
             "déplacées dans le département de l'Ouest, dont 96 mille dans des sites.")
    assert _figure(a, 17000).event == "fled" and _figure(a, 17000).approx == "about"
    assert _figure(a, 113582).event == "displaced"
    assert _figure(a, 96000).value == 96000 and _figure(a, 96000).unit == "person"
    assert not [f for f in a.figures if f.value in (17, 113, 582, 1000)]


def test_pas_moins_de_is_at_least_and_pas_plus_de_up_to():
    a = _one("Pas moins de 6 000 personnes ont fui Mirebalais. Pas plus de 200 familles ont pu rentrer chez elles.")
    assert _figure(a, 6000).approx == "at least"
    assert _figure(a, 200).approx == "up to"


def test_the_departure_of_people_is_a_departure():
    a = _one("L'OIM a observé le départ de 2 400 personnes de la capitale et l'arrivée de 1 900 personnes dans le Sud.")
    assert _figure(a, 2400).event == "departed" and _figure(a, 1900).event == "arrived"


def test_a_resident_of_a_village_is_no_person_named_by_it():
    a = _one("« Les assaillants ont encerclé le village », a expliqué un habitant de Djibasso, ajoutant que 14 "
             "personnes avaient péri.")
    q = _quote(a, "encerclé")
    assert q.speaker is not None and q.speaker.name is None and "habitant de Djibasso" in (q.speaker.mention or "")
    assert "habitant de Djibasso" in _by(_figure(a, 14))


def test_a_present_participle_reports_what_the_speaker_of_its_verb_says():
    a = _one("« Les tirs ont duré près d'une heure », a indiqué un habitant, soulignant que 12 personnes étaient "
             "portées disparues.\n\nLe ministère a annoncé un nouveau bilan, assurant que 30 blessés avaient été "
             "évacués.")
    assert "habitant" in _by(_figure(a, 12))
    assert "ministère" in _by(_figure(a, 30)).lower()


def test_faire_savoir_and_an_aside_before_the_speaker_of_an_incise():
    a = _one("« On a enregistré huit morts et une dizaine de blessés », a fait savoir un responsable local.\n\n"
             "« Les assaillants ont incendié des maisons », a expliqué, de son côté, un témoin joint par téléphone.")
    assert "responsable local" in (_quote(a, "huit morts").speaker.mention or "")
    assert "témoin" in (_quote(a, "incendié").speaker.mention or "")
    assert "responsable local" in _by(_figure(a, 8))  # not "On", the quote's speaker


def test_que_written_apart_from_its_quotation_opens_the_reported_words():
    a = _one("Un responsable de l'organisation, qui a requis l'anonymat, estime qu'« au moins 150 familles dorment "
             "encore dehors ».")
    q = _quote(a, "150 familles")
    assert "responsable de l'organisation" in (q.speaker.mention or "")


def test_a_toll_by_place_in_brackets_gives_each_place_its_count():
    a = _one("Le bilan le plus lourd a été enregistré dans la province du Ouaddaï (542 décès), la province du Sila "
             "(103) et la province du Salamat (38). Les provinces les plus touchées sont Maradi (centre-sud, 42 "
             "décès) et Zinder (centre-est, 27 décès).")
    assert [_figure(a, v).event for v in (542, 103, 38)] == ["killed"] * 3
    assert [_figure(a, v).place.text for v in (542, 103, 38, 42, 27)] == ["Ouaddaï", "Sila", "Salamat", "Maradi", "Zinder"]


def test_figures_given_to_an_agency_are_those_of_who_gave_them():
    a = _one("Les pluies ont fait 159 morts et 225 539 sinistrés depuis juin au Niger, selon les chiffres des "
             "services de la protection civile communiqués lundi à l'AFP.")
    assert "protection civile" in _by(_figure(a, 159)) and "AFP" not in _by(_figure(a, 159))


def test_flight_from_a_city_of_the_only_country_in_play_is_counted_there():
    a = _one("Près de 100 000 personnes ont fui la zone métropolitaine de Port-au-Prince en un mois pour échapper "
             "aux gangs, a annoncé vendredi l'OIM.")
    f = _figure(a, 100000)
    assert f.event == "fled" and f.place is not None and f.place.country == "HTI"


def test_a_communique_relayed_by_an_agency_is_its_issuers():
    a = _one("Ces nouvelles pertes portent à 2 412 morts et 11 267 blessés le bilan depuis octobre, indique un "
             "communiqué du ministère de la Santé repris par l'agence nationale d'information libanaise, ANI.")
    assert "ministère de la Santé" in _by(_figure(a, 2412)) and "ANI" not in _by(_figure(a, 2412))


def test_where_journalists_were_told_is_not_where_people_crossed():
    a = _one("La porte-parole du HCR a indiqué aux journalistes à Genève que quelque 8 762 personnes avaient traversé "
             "la frontière vers l'est du Cameroun.")
    assert _figure(a, 8762).place.country == "CMR"


def test_cases_with_deaths_are_cases():
    a = _one("Le choléra progresse. Les autorités sanitaires ont recensé 378 cas avec 26 décès dans la région du Lac.")
    assert _figure(a, 378).event == "infected" and _figure(a, 26).event == "killed"


def test_months_written_without_their_accent_are_dates():
    a = _one("Les attaques ont fait 57 morts en deux semaines. La plus grande a eu lieu le 5 aout courant, où 22 "
             "personnes ont été tuées; le 7 aout, 7 autres sont mortes.")
    assert not [f for f in a.figures if f.value in (5,)]
    assert _figure(a, 22).when is not None and _figure(a, 22).when.value.endswith("-08-05")


def test_a_relay_citing_a_source_gives_that_source():
    a = _one("Vingt-six corps ont été récupérés au large de Mbour, ont rapporté des médias citant la marine "
             "sénégalaise.\n\nUne vingtaine de personnes ont pu être secourues, précise le site Infomigrants ajoutant "
             "que le nombre de passagers n'était pas connu.")
    assert "marine sénégalaise" in _by(_figure(a, 26)) and "médias" not in _by(_figure(a, 26))
    assert "ajoutant" not in _by(_figure(a, 20))


def test_a_speaker_described_then_described_again():
    a = _one("« Nous avons compté douze corps », a déclaré à l'AFP un élu local s'exprimant sous couvert d'anonymat "
             "pour des raisons de sécurité. « Le bilan pourrait s'alourdir », a-t-il ajouté.\n\nA en croire le "
             "coordonnateur de la société civile, les miliciens ont tué 4 personnes à Nizi.\n\nLes services de "
             "sécurité relèvent que 38 personnes ont été enlevées (dont 12 relâchées, selon lui).")
    assert (_quote(a, "douze corps").speaker.mention or "").endswith("élu local")
    assert "coordonnateur" in _by(_figure(a, 4))
    assert _by(_figure(a, 38)).startswith("services de sécurité") or "Les services" in _by(_figure(a, 38))


def test_the_people_a_count_noun_counts_whatever_noun_the_number_takes():
    a = _one("Le nombre de sinistrés s'est élevé à plus de 88 000 personnes, selon le BNGRC.")
    assert _figure(a, 88000).event == "affected"


def test_on_states_nothing():
    a = _one("Le cyclone a frappé le nord du pays. On dénombre près de 90 décès dans la région.")
    assert _figure(a, 90).stated_by is None


def test_a_part_is_where_its_whole_is():
    a = _one("Le cyclone a frappé trois pays. À Madagascar, 129 720 personnes ont été touchées, dont 55 362 sont "
             "déplacées. À noter que 20 000 d'entre elles ont commencé à rentrer. Au Mozambique, 45 000 personnes ont "
             "besoin d'aide.")
    assert _figure(a, 20000).place is not None and _figure(a, 20000).place.country == "MDG"


def test_a_participle_after_a_quote_introduced_before_it_goes_on_with_its_speaker():
    a = _one("Philippe Lazzarini a expliqué : « La population est regroupée sur moins d'un tiers des terres », ajoutant : "
             "« Il est irréaliste de penser que les gens resteront inébranlables ».")
    assert _quote(a, "regroupée").speaker.name == "Philippe Lazzarini"
    assert _quote(a, "irréaliste").speaker.name == "Philippe Lazzarini"


def test_things_counted_in_french_take_the_units_english_gives_them():
    a = _one("Les inondations ont détruit 9 000 maisons et 120 écoles ; 4 000 tentes ont été distribuées et 419 cas de "
             "choléra ont été notifiés. Quelque 1 200 cases se sont effondrées.")
    assert [_figure(a, v).unit for v in (9000, 120, 4000, 419, 1200)] == ["house", "school", "tent", "case", "hut"]


def test_thousands_grouped_by_apostrophes():
    a = _one("Plus de 21'000 personnes ont été blessées et 315’000 déplacées, selon l'ONU.")
    assert _figure(a, 21000).event == "injured" and _figure(a, 315000).value == 315000
    assert _figure(a, 315000).event == "displaced"


def test_a_place_named_after_its_area_noun_is_where_it_happened():
    a = _one("Le ministère de la Santé du Hamas a annoncé que 8306 personnes avaient été tuées dans la bande de Gaza "
             "depuis le début de la guerre avec Israël.")
    assert _figure(a, 8306).place.country == "PSE"
    assert {m.text: m.type for m in a.mentions}["ministère de la Santé du Hamas"] == "organisation"


def test_what_a_toll_or_its_dead_include_is_part_of_them():
    a = _one("Le gouvernement a annoncé samedi que 12 300 Palestiniens ont été tués.\n\nCes chiffres incluent plus de "
             "5 000 enfants et 3 300 femmes, selon le gouvernement. Les morts incluent aussi 200 soignants.")
    assert [_figure(a, v).event for v in (5000, 3300, 200)] == ["killed"] * 3


def test_a_fraction_counts_no_one():
    a = _one("Plus de 136 000 personnes ont été forcées de quitter leurs foyers, dont les deux-tiers depuis janvier. "
             "Les trois quarts des déplacés sont des enfants, et 1,5 million de personnes ayant besoin d'aide ont été "
             "recensées.")
    assert not [f for f in a.figures if f.value in (2, 3)]
    assert _figure(a, 1_500_000).counted == "personnes"


def test_a_qualified_amount_in_quotation_marks_is_no_year():
    a = _one("Les inondations ont frappé la Libye. Le Premier ministre a fait état de « plus de 2000 morts » et « des "
             "milliers de disparus ».")
    assert _figure(a, 2000).event == "killed"


def test_a_participle_reaching_a_level_counts_the_main_clauses_count():
    a = _one("Selon le HCR, le nombre des déplacés a presque doublé en une semaine, passant de 230 000 à plus de "
             "400 000.\n\nLe nombre des personnes déplacées en Haïti a augmenté de 60 %, portant le chiffre à plus de "
             "578 000.")
    assert [_figure(a, v).event for v in (230000, 400000, 578000)] == ["displaced"] * 3


def test_ranges_of_days_and_since_the_start_of_something():
    a = _one("Du 1er au 31 août 2023, 590 786 personnes ont été déplacées. Entre le 8 mars et le 9 avril 2024, l'OIM a "
             "observé le départ de 94 821 personnes. Depuis le début de la guerre le 15 avril 2023, 700 000 personnes "
             "ont fui vers l'Égypte.")
    assert _figure(a, 590786).when.value == "2023-08-01/2023-08-31"
    assert _figure(a, 94821).when.value == "2024-03-08/2024-04-09"
    assert _figure(a, 700000).when.value.startswith("2023-04-15/")


def test_a_relative_clause_with_a_modal_or_avoir_besoin_names_the_event():
    a = _one("Ce chiffre représente la moitié des 6,3 millions de personnes qui auront besoin d'une aide humanitaire. "
             "Le HCR s'attend désormais à 800 000 personnes qui pourraient fuir le pays.")
    assert _figure(a, 6_300_000).event == "in_need" and _figure(a, 800000).event == "fled"


def test_sud_soudan_is_south_sudan():
    a = _one("Plus de 100 000 réfugiés sont rentrés au Sud-Soudan depuis 2005.")
    assert {m.text: m.country for m in a.mentions}["Sud-Soudan"] == "SSD"
