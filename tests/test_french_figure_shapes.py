"""French figures: event classes and sources read from shapes French news gives them (texts written for these
tests)."""

from __future__ import annotations

from test_french import _figure, _one  # one French text declared French; its figure of a value


def test_people_given_aid_by_the_verb_its_recipient_or_the_goods_received():
    a = _one("Inondations à Kaya\n\nLa Croix-Rouge a distribué des kits d'hygiène à 800 familles sinistrées de Kaya. "
             "Avec ses fonds, l'ONG a pu assister 12 000 personnes depuis janvier. Deux cents ménages ont reçu chacun "
             "un sac de riz de 25 kg. Au total, ce sont 3 100 personnes qui ont bénéficié de cette opération.\n")
    for value, term in ((800, "distribué"), (12000, "assister"), (200, "reçu"), (3100, "bénéficié")):
        f = _figure(a, value)
        assert (f.event, f.category, f.term) == ("aid", "aid", term), value
    f = _figure(a, 25)  # the bag's weight: a measure of a thing, no count of anyone's plight
    assert (f.unit, f.event) == ("kilogram", None)


def test_people_the_relief_noun_is_for_or_to_with_no_verb_of_giving():
    a = _one("Sécheresse à Tahoua\n\nLe préfet de Tahoua a lancé un appel : « Il nous manque des vivres pour au moins "
             "8 400 personnes jusqu'à la récolte. » Faute de fonds, l'ONG pourrait interrompre l'assistance à 26 000 "
             "personnes dès le mois prochain. Un appel de 3 millions d'euros vise à venir en aide à 41 000 personnes "
             "sinistrées dans la région. Le dispensaire, prévu pour 500 personnes, est débordé.\n")
    for value, terms in ((8400, ("vivres",)), (26000, ("assistance", "interrompre")), (41000, ("aide",))):
        f = _figure(a, value)  # the relief, or the verb the parse hangs the people and the relief on
        assert (f.event, f.category) == ("aid", "aid") and f.term in terms, (value, f.term)
    assert _figure(a, 500).event is None  # a capacity: no relief before "pour"
    assert _figure(a, 3000000).event is None  # money asked for: no people given relief


def test_people_paid_served_or_given_access_to_relief_are_given_aid():
    a = _one("Aide aux sinistrés de Zinder\n\nSelon le gouvernorat, 9 600 foyers ont perçu la deuxième échéance de "
             "l'indemnité. Par ailleurs, 1 750 ménages seront servis jeudi au centre de Mirriah. Depuis avril, 52 000 "
             "habitants ont eu accès à des latrines. Quelque 18 000 personnes n'ont toujours pas accès à l'eau "
             "potable, et 700 ménages n'ont pas perçu la première échéance.\n")
    for value, term in ((9600, "perçu"), (1750, "servis"), (52000, "eu accès")):
        f = _figure(a, value)
        assert (f.event, f.category, f.term) == ("aid", "aid", term), value
    assert _figure(a, 18000).event != "aid"  # denied: no access had
    assert _figure(a, 700).event != "aid"  # denied: nothing paid


def test_what_happened_to_people_a_status_names():
    a = _one("Crise au Nord-Kivu\n\nEnviron 4 200 personnes déplacées sont retournées dans leurs villages du territoire "
             "de Rutshuru au cours du mois, selon les autorités locales. Ce naufrage porte à 61 le nombre de migrants "
             "morts depuis janvier, selon une ONG.\n")
    assert (_figure(a, 4200).event, _figure(a, 4200).term) == ("returned", "retournées")
    assert (_figure(a, 61).event, _figure(a, 61).counted) == ("killed", "migrants")


def test_french_verbs_of_the_classes():
    a = _one("Migrations en Méditerranée\n\nPlus de 9 000 migrants ont débarqué en Italie depuis janvier, selon le "
             "ministère. La Tunisie a renvoyé 1 300 Soudanais vers la Libye en février. Quelque 900 réfugiés ont été "
             "transférés vers le camp de Zarzis la semaine dernière.\n")
    assert _figure(a, 9000).event == "arrived"
    assert _figure(a, 1300).event == "deported"
    assert _figure(a, 900).event == "relocated"


def test_a_number_counted_by_the_clitic_en_of_its_verb():
    a = _one("Afflux à Renk\n\nLe centre de transit de Renk, conçu pour 3 000 personnes, en accueille désormais plus de "
             "8 000, selon le HCR. L'école du quartier, qui en héberge à elle seule près de 900, déborde.\n")
    assert (_figure(a, 8000).event, _figure(a, 8000).unit) == ("hosted", "person")
    assert _figure(a, 900).event == "sheltered"


def test_people_counted_among_others_share_what_happened_to_them():
    a = _one("Attaque à Kalehe\n\nL'attaque du village de Bushushu a fait au moins 30 morts, selon la société civile. "
             "Parmi les victimes figurent 11 femmes, a précisé la même source.\n\nLa plupart des rapatriés sont passés "
             "par le poste de Bunagana. Parmi eux figurent 400 enfants non accompagnés, selon le HCR.\n")
    assert (_figure(a, 11).event, _figure(a, 11).term) == ("killed", "victimes")
    assert _figure(a, 400).event == "repatriated"


def test_what_people_did_before_what_for_and_refuge_abroad():
    a = _one("Violences au Sahel\n\nEnviron 700 habitants ont quitté le village de Tin-Hama pour se réfugier à "
             "Ansongo. Au Niger voisin, plus de 6 000 Maliens ont trouvé refuge depuis janvier, selon le HCR. Quelque "
             "2 000 autres ont cherché refuge dans les pays voisins.\n")
    assert _figure(a, 700).event == "departed"
    assert (_figure(a, 6000).event, _figure(a, 6000).place.country) == ("refugees", "NER")
    assert _figure(a, 2000).event == "refugees"


def test_sources_past_an_aside_a_conjunction_or_a_coordination():
    a = _one("Crue à Kalemie\n\nLa Croix-Rouge signale pour sa part 700 familles hébergées dans deux écoles. La "
             "société civile parle quant à elle de près de 3 100 ménages sinistrés. Mais pour le Bureau de la "
             "coordination des affaires humanitaires (OCHA), la ville compte 9 000 déplacés. L'UNICEF dénombre "
             "également 16 blessés et au moins 4 enfants disparus.\n\nLe bilan s'établit à 23 morts, a annoncé jeudi "
             "la préfecture, contre 17 mercredi soir.\n")
    assert _figure(a, 700).stated_by.name == "Croix-Rouge"
    assert _figure(a, 3100).stated_by.mention == "La société civile"
    assert _figure(a, 9000).stated_by.name == "OCHA" or "OCHA" in _figure(a, 9000).stated_by.mention
    assert _figure(a, 4).stated_by.name == _figure(a, 16).stated_by.name == "UNICEF"
    assert "préfecture" in _figure(a, 23).stated_by.mention and "préfecture" in _figure(a, 17).stated_by.mention


def test_a_pronoun_stands_for_the_speaker_of_the_quote_before_it():
    a = _one("Attaque en Ituri\n\n« Ils ont tout brûlé, il ne reste plus rien du village », a déclaré Kahindo Mbusa. "
             "Il fait également état de dix-neuf blessés, évacués vers Bunia.\n")
    f = _figure(a, 19)
    assert (f.stated_by.name, f.stated_by.mention) == ("Kahindo Mbusa", "Il")


def test_an_age_after_a_name_is_no_figure():
    a = _one("Sinistrés de Kaya\n\n« Nous avons tout perdu », raconte Mariam Ouédraogo, 41 ans, installée avec ses "
             "enfants dans une école où 300 familles ont trouvé refuge.\n")
    assert 41 not in {f.value for f in a.figures} and 300 in {f.value for f in a.figures}


def test_a_verb_read_by_the_lemmatizer_whatever_the_tagger_says():
    """Participles the small model tags as adjectives or adverbs are read as their verb (agreement included), and a
    verb right before the number has its people for its object."""
    a = _one("Violences dans le Nord\n\nDes frappes aériennes ont tué onze personnes, dont trois enfants, dans la "
             "région de Kidal. Les autorités ont expulsé près de 2 000 ressortissants étrangers au cours du mois. Au "
             "moins 400 migrants ont péri en mer depuis janvier, selon une ONG.\n")
    assert (_figure(a, 11).event, _figure(a, 11).term) == ("killed", "tué")
    assert _figure(a, 2000).event == "expelled"
    assert (_figure(a, 400).event, _figure(a, 400).term) == ("killed", "péri")


def test_the_verb_group_after_the_phrase_is_what_befell_its_people():
    a = _one("Combats à Kalembe\n\nAu moins cinq civils ont péri dans les combats et une quinzaine d'autres ont été "
             "grièvement blessés, selon la société civile. Deux réfugiés se sont noyés en tentant de traverser la "
             "rivière, selon la police.\n")
    assert _figure(a, 5).event == "killed"
    assert (_figure(a, 15).event, _figure(a, 15).term) == ("injured", "blessés")
    assert _figure(a, 2).event == "killed"


def test_a_dateline_year_opens_no_range():
    a = _one("Afflux à Adré\n\nN'DJAMENA, 10 mars 2025 - Quelque 9 000 Soudanais se sont réfugiés au Tchad cette "
             "semaine, a indiqué le HCR.\n")
    f = _figure(a, 9000)
    assert (f.low, f.event, f.place.country) == (None, "refugees", "TCD")  # Sudanese who took refuge in Chad


def test_incises_of_the_agencies_and_a_speaker_after_a_whole_clause():
    a = _one("Insécurité au Sahel\n\nOUAGADOUGOU, 2 mars 2025 - Au moins 19 soldats ont été tués dimanche près de "
             "Djibo, a-t-on appris mardi de sources sécuritaires. Des hommes armés ont enlevé 12 passagers d'un car, "
             "apprend-on auprès d'élus locaux.\n\nSix pêcheurs sont portés disparus et 9 autres ont été secourus au "
             "large de Mopti, a indiqué mercredi la garde fluviale. Une frappe de drone a tué 14 civils sur un marché, "
             "a dénoncé dimanche un collectif de médecins.\n")
    said = {v: _figure(a, v).stated_by.mention for v in (19, 12, 6, 9, 14)}
    assert said == {19: "sources sécuritaires", 12: "élus locaux", 6: "la garde fluviale", 9: "la garde fluviale",
                    14: "un collectif de médecins"}


def test_a_measure_takes_no_event_and_pour_cent_is_one_share():
    a = _one("Camps de Goma\n\nLes déplacés ont reçu un ultimatum de 72 heures pour quitter les camps, a indiqué un "
             "responsable humanitaire. Près de 15 pour cent des enfants souffrent de malnutrition aiguë, et 2 000 "
             "ménages ont reçu des bâches.\n")
    f = _figure(a, 72)
    assert (f.unit, f.event, f.category) == ("hour", None, "time")  # a time given, not people hosted
    f = _figure(a, 15)
    assert (f.unit, f.text) == ("percent", "Près de 15 pour cent")
    assert not [g for g in a.figures if g.value == 100]  # "cent" of "pour cent" is no amount of its own
    assert _figure(a, 2000).event == "aid"


def test_more_verbs_of_the_classes_and_verbs_of_people_only():
    a = _one("Crise en Méditerranée et au Sahel\n\nLa marine a intercepté 85 migrants au large. Les douaniers ont "
             "intercepté 12 camions de cigarettes. Les secours ont héliporté 240 personnes depuis les toits. Le feu a "
             "ravagé 600 abris du camp. Au moins 16 manifestants ont été incarcérés. Les autorités ont reconduit "
             "1 500 Afghans à la frontière.\n")
    assert (_figure(a, 85).event, _figure(a, 85).term) == ("detained", "intercepté")
    assert _figure(a, 12).event is None  # lorries intercepted: no one detained
    assert _figure(a, 240).event == "evacuated"
    assert _figure(a, 600).event == "destroyed"
    assert _figure(a, 16).event == "detained"
    assert _figure(a, 1500).event == "deported"


def test_a_participle_whose_attribute_names_the_class_past_adverbs():
    # "portées disparues": the participle is of no class, its adjective complement is; adverbs may stand between the
    # counted noun and the participle, and the noun may be coordinated to another after "fait état de"
    a = _one("Crue à Mbandaka\n\nLe gouverneur fait état de 23 blessés et de 9 personnes toujours portées disparues "
             "après la crue du fleuve.\n")
    assert (_figure(a, 9).event, _figure(a, 9).term) == ("missing", "disparues")
    b = _one("Éboulement à Kamituga\n\nLa société civile signale 14 mineurs portés disparus depuis mardi.\n")
    assert _figure(b, 14).event == "missing"


def test_hostages_freed_are_rescued_and_freed_money_no_event():
    b = _one("Otages à Kidal\n\nQuinze chauffeurs avaient été enlevés le 3 mai. Six d'entre eux ont été libérés "
             "vendredi.\n")
    assert _figure(b, 6).event == "rescued"
    c = _one("Budget\n\nLe gouvernement a libéré 40 millions de francs CFA pour la campagne.\n")
    assert _figure(c, 40_000_000).event is None  # freeing money is no rescue


def test_a_verb_in_marks_before_the_number_gives_its_event():
    from test_french import _figure, _one

    a = _one("Dans un communiqué, l'armée affirme avoir « neutralisé » 43 assaillants lors d'un ratissage. Elle dit "
             "aussi avoir « abattu » une dizaine de combattants près de Tessit.")
    assert _figure(a, 43).event == "killed" and _figure(a, 10).event == "killed"


def test_a_day_and_an_abbreviated_month_without_a_dot_before_the_agency_are_a_date():
    from test_french import _one

    a = _one("KIDAL, 12 nov (Reuters) - Quelque 900 habitants ont fui la ville depuis dimanche, selon des élus locaux.")
    assert 12 not in [f.value for f in a.figures] and 900 in [f.value for f in a.figures]


def test_people_an_act_concerns_take_its_class():
    from test_french import _figure, _one

    a = _one("Selon le gouvernorat, ces rapatriements concernent 640 ménages venus de Libye. Les enlèvements de la "
             "semaine, signalés par des élus, concernent au moins 25 personnes.")
    assert _figure(a, 640).event == "repatriated" and _figure(a, 25).event == "abducted"


def test_a_part_after_dont_takes_the_infinitive_after_its_modal():
    a = _one("Crue à Ségou\n\nAu total, 5 200 personnes sont sinistrées dans le cercle, dont 1 340 ont dû quitter leur "
             "domicile. Plus loin, 2 600 habitants sont touchés, dont 410 ont pu rejoindre un site d'accueil.\n")
    assert (_figure(a, 5200).event, _figure(a, 2600).event) == ("affected", "affected")
    f = _figure(a, 1340)  # the parse hangs "dû" on "sinistrées": the modal stops the climb, its infinitive says
    assert (f.event, f.term) == ("departed", "quitter")
    assert _figure(a, 410).event != "affected"  # "pu rejoindre": the part's own verb, not the whole's


def test_money_with_a_sign_after_an_abbreviated_magnitude():
    a = _one("Appel pour les réfugiés\n\nLe HCR réclame 45 M$ pour l'est du Tchad. Le PAM a reçu 12,5 M$US, l'UE a "
             "promis 20 M€ et 2 Md€ sur cinq ans, et la Banque mondiale 3 Mds $.\n")
    for value, unit in ((45e6, "USD"), (12.5e6, "USD"), (20e6, "EUR"), (2e9, "EUR"), (3e9, "USD")):
        f = _figure(a, value)
        assert (f.unit, f.event) == (unit, None), value


def test_the_base_of_a_proportion_whose_one_is_the_article_un():
    # "un"/"une" is no amount: the number after "sur" alone is read, and is a share's base, no count of anyone
    a = _one("Malnutrition à Adré\n\nDans les camps, un enfant sur quatre souffre de malnutrition, selon l'Unicef. Près "
             "d'une personne sur trois a besoin d'une aide alimentaire, d'après le PAM. Une famille sur cinq vit sous "
             "une bâche. Depuis mars, 8 400 personnes ont fui les combats.\n")
    for value in (4, 3, 5):
        assert _figure(a, value).event is None, value
    assert _figure(a, 8400).event is not None
    # a number of things after "sur" stays what it counts ("une attaque sur deux villages": two villages)
    b = _one("Attaque dans le Mopti\n\nUne attaque sur deux villages a fait 12 morts dimanche, selon des élus.\n")
    assert _figure(b, 12).event == "killed"


def test_a_year_right_after_the_name_it_dates_is_no_figure():
    a = _one("Financement\n\nLe Plan de réponse humanitaire 2024 pour le Tchad, qui requiert 1,1 milliard de dollars, "
             "n'est financé qu'à 12 %. L'appel éclair 2025 reste financé à hauteur de 20 %. La campagne agricole 2024 "
             "a touché 2024 ménages.\n")
    values = [f.value for f in a.figures]
    assert values.count(2024) == 1 and 2025 not in values  # the names' years: none; the count of households stays
    f = _figure(a, 2024)
    assert (f.unit, f.start) == ("household", a.text.index("2024 ménages"))
    assert _figure(a, 1.1e9).unit == "USD"


def test_a_verb_in_the_present_plural_after_the_people_says_what_befell_them():
    # the small model tags "franchissent", "traversent", "regagnent" a noun or an adverb before "chaque jour"
    a = _one("Frontière\n\nQuelque 250 réfugiés maliens franchissent chaque jour la frontière. Près de 300 migrants "
             "traversent chaque semaine le désert. Quelque 1 200 déplacés regagnent chaque mois leurs villages. Des "
             "centaines de réfugiés affluent chaque jour vers le camp. Au moins 40 réfugiés vivent à Mbera depuis 2012.\n")
    for value, event, term in ((250, "arrived", "franchissent"), (300, "arrived", "traversent"),
                               (1200, "returned", "regagnent"), (100, "arrived", "affluent")):
        f = _figure(a, value)
        assert (f.event, f.term) == (event, term), value
    assert _figure(a, 40).event != "arrived"


def test_people_a_place_takes_in_alone_or_past_the_amount_s_de():
    # "à lui seul" set before the number, and "de" of "plus de" which the parse hangs on the noun, are no preposition
    # of a place the people are in: the people are the verb's object
    a = _one("Camps de l'Est\n\nLe site de transit d'Adré accueille désormais plus de 200 000 personnes, a précisé "
             "l'agence. Le camp d'Adré abrite à lui seul plus de 150 000 personnes, selon le HCR. Les camps de l'est "
             "abritent à eux seuls plus de 400 000 personnes. Les pluies ont touché 9 000 personnes dans 15 sites.\n")
    assert (_figure(a, 200000).event, _figure(a, 200000).term) == ("hosted", "accueille")
    assert (_figure(a, 150000).event, _figure(a, 150000).term) == ("sheltered", "abrite")
    assert _figure(a, 400000).event == "sheltered"
    assert _figure(a, 15).event != "sheltered"  # sites: where, not who


def test_a_million_and_a_half_written_in_words():
    a = _one("Famine\n\nUn million et demi de personnes sont menacées de famine, a averti le PAM. Deux millions et demi "
             "de personnes ont fui leurs foyers, selon l'OIM. Le plan requiert trois milliards et demi de dollars.\n")
    assert (_figure(a, 1.5e6).counted, _figure(a, 1.5e6).event) == ("personnes", "in_need")
    assert _figure(a, 2.5e6).event == "fled"
    assert _figure(a, 3.5e9).unit == "USD"
    assert not [f for f in a.figures if f.value in (1e6, 2e6, 3e9)]


def test_the_verb_after_an_aside_on_the_people_counted():
    # an aside set off by commas after the people ("soit ...", "en majorité ...", as "dont ..."): the verb after it
    a = _one("Soudan\n\nSelon le Bureau de la coordination des affaires humanitaires (OCHA), quelque 25 millions de "
             "personnes, soit plus de la moitié de la population, ont besoin d'une aide humanitaire. D'après le HCR, "
             "300 000 réfugiés, en majorité des femmes et des enfants, sont arrivés au Tchad. Selon l'OIM, 9 000 "
             "déplacés, pour la plupart des agriculteurs, sont rentrés dans leurs villages.\n")
    assert _figure(a, 25e6).event == "in_need"
    assert (_figure(a, 300000).event, _figure(a, 300000).term) == ("arrived", "arrivés")
    assert _figure(a, 9000).event == "returned"
