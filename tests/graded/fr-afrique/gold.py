"""Graded figures of French texts in the style of regional African and Haitian French-language press and
humanitarian notes (written for these tests by the fr14 helper, blind: texts and gold written before the tool was
run on them): an AIB dispatch on displaced people arriving in Dori (Burkina Faso), a Studio Tamani style radio
story on floods in Mopti (Mali), an ANP dispatch on migrants turned back from Algeria at Assamaka (Niger), an
Alwihda style story on a Boko Haram attack in the Lac province (Tchad), a regional paper on an attack near Mora
(Cameroun), a Radio Ndeke Luka style story on fighting around Bria (Centrafrique), an ACP dispatch on the
Komanda massacre (Ituri, RDC), a GARR communiqué style story on returns from the Dominican Republic and gang
violence in Cabaret (Haïti), an AFP dispatch on a tropical storm in Nampula (Mozambique), a cholera outbreak in
Maradi (Niger) and a radio story on the attack at Kassela near Ségou (Mali). The texts mostly name towns and
provinces, not the country, which the reader infers from the article. For each figure of the body: (file, value,
event classes accepted, country or None, source words accepted or None when no one is named in its sentence, and
the fields the shared realnews scorer checks: approx (over | at least | about | almost, only where the text
qualifies the number), counted (the noun counted, singular), term (stems of the text's word for what happened),
when (an ISO prefix, only where the text dates the figure; relative dates against DATE)).
Read by tests/graded/grade.py and tests/test_french_graded.py.

Blind measurement (gold written first, then the tool run once, fr14 branch at e374598): found 102/102, event 85,
category 83, country 102, source 92, approx 37/37, counted 81/85, term 63/80, when 22/25, no event 7/11, no figure
11/11; all right 62/102. After tuning on it (fr14): found 102, event 98, category 96, country 102, source 98, approx
37/37, counted 84/85, term 74/80, when 22/25, no event 10/11, no figure 11/11; all right 85/102."""

DATE = "2025-10-16"  # a Thursday: "mardi" is 2025-10-14, "lundi" 2025-10-13, "dimanche" 2025-10-12

KILL = "tué|tuer|tue"
SHELTER = ("sheltered", "hosted", "in_camps", "displaced", "staying")
ARRIVED = ("arrived", "displaced", "idps", "fled")
BACK = ("deported", "expelled", "returned", "repatriated", "arrived")

FIGURES = [
    # AIB, Dori (Burkina Faso)
    ("aib-dori-deplaces.txt", 12500, ARRIVED, "BFA", ("Adama Sawadogo", "haut-commissaire"), {"approx": "over", "counted": "personne|déplacé", "term": "arriv|déplac", "when": "2025-10"}),
    ("aib-dori-deplaces.txt", 2140, ARRIVED, "BFA", ("Adama Sawadogo", "haut-commissaire"), {"counted": "ménage", "term": "enregistr"}),
    ("aib-dori-deplaces.txt", 6800, ARRIVED, "BFA", ("Action sociale", "direction provinciale"), {"counted": "enfant"}),
    ("aib-dori-deplaces.txt", 480000, ("idps", "displaced"), "BFA", ("CONASUR", "Conseil national"), {"approx": "almost", "counted": "personne|déplacé", "term": "déplac", "when": "2025-08"}),
    ("aib-dori-deplaces.txt", 27, "killed", "BFA", ("sources locales",), {"counted": "civil", "term": "mort", "when": "2025-10-05"}),
    ("aib-dori-deplaces.txt", 40, "destroyed", "BFA", None, {"approx": "about", "counted": "grenier", "term": "incendi"}),
    ("aib-dori-deplaces.txt", 3000, ("homeless", "sheltered"), "BFA", ("Croix-Rouge",), {"approx": "about", "counted": "personne", "term": "abri|dorm"}),
    ("aib-dori-deplaces.txt", 800, "aid", "BFA", ("Croix-Rouge",), {"counted": "kit", "term": "distribu", "when": "2025-10-13"}),
    ("aib-dori-deplaces.txt", 15000, ("in_need", "aid"), "BFA", ("Hamidou Boly", "maire"), {"approx": "at least", "counted": "personne"}),
    # Studio Tamani style, floods in Mopti (Mali)
    ("tamani-mopti-inondations.txt", 7, "killed", "MLI", ("protection civile", "direction régionale"), {"counted": "personne", "term": "perdu|vie"}),
    ("tamani-mopti-inondations.txt", 4, "killed", "MLI", ("protection civile", "direction régionale"), {"counted": "enfant"}),
    ("tamani-mopti-inondations.txt", 12, "injured", "MLI", ("protection civile", "direction régionale"), {"term": "bless"}),
    ("tamani-mopti-inondations.txt", 1340, "affected", "MLI", ("Boubacar Maïga", "directeur"), {"counted": "ménage", "term": "sinistr"}),
    ("tamani-mopti-inondations.txt", 9000, "affected", "MLI", ("Boubacar Maïga", "directeur"), {"approx": "almost", "counted": "personne"}),
    ("tamani-mopti-inondations.txt", 600, "destroyed", "MLI", ("Boubacar Maïga", "même responsable"), {"approx": "over", "counted": "maison", "term": "effondr"}),
    ("tamani-mopti-inondations.txt", 215, "damaged", "MLI", ("Boubacar Maïga", "même responsable"), {"term": "endommag"}),
    ("tamani-mopti-inondations.txt", 300, ("departed", "displaced", "fled"), "MLI", ("Ousmane Cissé", "maire"), {"counted": "famille", "term": "quitt"}),
    ("tamani-mopti-inondations.txt", 100, "homeless", "MLI", ("Ousmane Cissé", "maire"), {"approx": "about", "counted": "personne", "term": "abri"}),
    ("tamani-mopti-inondations.txt", 2500, "aid", "MLI", ("OCHA",), {"approx": "about", "counted": "kit", "term": "distribu"}),
    ("tamani-mopti-inondations.txt", 74000, "affected", "MLI", ("bilan officiel",), {"approx": "over", "counted": "personne", "term": "touch", "when": "2025-06"}),
    ("tamani-mopti-inondations.txt", 41, "killed", "MLI", ("bilan officiel",), {"term": "mort"}),
    # ANP, migrants turned back from Algeria (Niger)
    ("anp-arlit-refoules.txt", 1247, BACK, "NER", ("autorités communales", "ANP"), {"counted": "migrant", "term": "refoul", "when": "2025-10-12"}),
    ("anp-arlit-refoules.txt", 312, BACK, "NER", ("Moussa Amadou", "maire"), {"counted": "femme"}),
    ("anp-arlit-refoules.txt", 96, BACK, "NER", ("Moussa Amadou", "maire"), {"counted": "mineur"}),
    ("anp-arlit-refoules.txt", 21000, BACK + ("hosted",), "NER", ("Moussa Amadou", "maire"), {"approx": "over", "counted": "refoulé", "term": "accueil|refoul", "when": "2025-01"}),
    ("anp-arlit-refoules.txt", 4300, ("stranded", "migrants", "staying", "in_need", "hosted", "in_camps"), "NER", ("OIM", "Organisation internationale"), {"approx": "about", "counted": "migrant"}),
    ("anp-arlit-refoules.txt", 9870, ("repatriated", "returned"), "NER", ("OIM", "agence onusienne"), {"counted": "personne", "term": "rapatri", "when": "2025"}),
    ("anp-arlit-refoules.txt", 3, "killed", "NER", ("Alarme Phone Sahara", "ONG"), {"counted": "migrant", "term": "mort"}),
    ("anp-arlit-refoules.txt", 2, "missing", "NER", ("Alarme Phone Sahara", "ONG"), {"term": "dispar"}),
    ("anp-arlit-refoules.txt", 58, ("detained", "migrants"), "NER", ("police",), {"counted": "candidat", "term": "intercept"}),
    # Alwihda style, Lac province (Tchad)
    ("alwihda-lac-kaiga.txt", 11, "killed", "TCD", ("Ahmat Bachir", "gouverneur"), {"counted": "civil", "term": KILL}),
    ("alwihda-lac-kaiga.txt", 6, "injured", "TCD", ("Ahmat Bachir", "gouverneur"), {"term": "bless"}),
    ("alwihda-lac-kaiga.txt", 4, "abducted", "TCD", ("témoins",), {"counted": "femme", "term": "enlev"}),
    ("alwihda-lac-kaiga.txt", 2300, ("fled", "arrived", "displaced", "departed"), "TCD", None, {"approx": "almost", "counted": "habitant", "term": "rejoi"}),
    ("alwihda-lac-kaiga.txt", 38500, ("idps", "displaced"), "TCD", ("HCR", "Haut-Commissariat"), {"counted": "personne|déplacé", "term": "déplac"}),
    ("alwihda-lac-kaiga.txt", 400, ("in_need", "affected", "aid"), "TCD", ("Mahamat Abakar", "coordonnateur"), {"approx": "over", "counted": "ménage"}),
    ("alwihda-lac-kaiga.txt", 23, "killed", "TCD", ("gouverneur", "Ahmat Bachir"), {"counted": "terroriste", "term": "neutralis"}),
    ("alwihda-lac-kaiga.txt", 142, "killed", "TCD", ("OCHA", "rapport"), {"counted": "civil", "term": "coût|vie", "when": "2025"}),
    # Regional paper, Mozogo near Mora (Cameroun)
    ("oeil-mora-mozogo.txt", 9, "killed", "CMR", ("sources sécuritaires",), {"approx": "at least", "counted": "personne", "term": "mort", "when": "2025-10-14"}),
    ("oeil-mora-mozogo.txt", 34, "destroyed", "CMR", ("Jean-Paul Ndongo", "sous-préfet"), {"counted": "case", "term": "incendi"}),
    ("oeil-mora-mozogo.txt", 5, "missing", "CMR", None, {"counted": "habitant", "term": "dispar"}),
    ("oeil-mora-mozogo.txt", 1860, ARRIVED, "CMR", ("délégation régionale", "affaires sociales"), {"counted": "personne", "term": "arriv", "when": "2025-10"}),
    ("oeil-mora-mozogo.txt", 45000, ("idps", "displaced"), "CMR", None, {"approx": "about", "counted": "déplacé", "term": "déplac|recens"}),
    ("oeil-mora-mozogo.txt", 14, ("injured", "hospitalized"), "CMR", ("Alain Fouda", "directeur"), {"counted": "blessé", "term": "bless|charge"}),
    ("oeil-mora-mozogo.txt", 3, ("evacuated", "relocated", "moved", "injured", "hospitalized"), "CMR", ("Alain Fouda", "directeur"), {"term": "transf"}),
    ("oeil-mora-mozogo.txt", 300, "killed", "CMR", ("International Crisis Group", "Crisis Group"), {"approx": "over", "term": "mort", "when": "2024"}),
    ("oeil-mora-mozogo.txt", 1000, ("fled", "displaced", "departed", "refugees"), "CMR", ("International Crisis Group", "Crisis Group"), {"counted": "famille", "term": "exil|pouss", "when": "2024"}),
    # Radio Ndeke Luka style, Bria (Centrafrique)
    ("ndeke-bria-affrontements.txt", 17, "killed", "CAF", ("préfecture",), {"approx": "at least", "term": "mort", "when": "2025-10"}),
    ("ndeke-bria-affrontements.txt", 12, "killed", "CAF", ("préfecture",), {"counted": "civil"}),
    ("ndeke-bria-affrontements.txt", 8000, SHELTER + ("fled", "arrived"), "CAF", ("Éric Yakété", "chef de site"), {"approx": "over", "counted": "personne", "term": "refuge"}),
    ("ndeke-bria-affrontements.txt", 38000, SHELTER + ("idps",), "CAF", None, {"approx": "almost", "counted": "déplacé"}),
    ("ndeke-bria-affrontements.txt", 46, "injured", "CAF", ("Médecins sans frontières", "MSF", "organisation"), {"counted": "blessé", "term": "bless|soign"}),
    ("ndeke-bria-affrontements.txt", 8, "injured", "CAF", ("Médecins sans frontières", "MSF", "organisation"), {"counted": "enfant"}),
    ("ndeke-bria-affrontements.txt", 1120, "infected", "CAF", ("district sanitaire",), {"counted": "cas", "term": "notifi|paludisme"}),
    ("ndeke-bria-affrontements.txt", 15, ("abducted", "rescued", "detained"), "CAF", ("source locale",), {"approx": "about", "counted": "commerçant", "term": "enlev|libér"}),
    ("ndeke-bria-affrontements.txt", 510000, ("idps", "displaced"), "CAF", ("Commission des mouvements",), {"counted": "personne", "term": "déplac", "when": "2025-08"}),
    # ACP, Komanda (Ituri, RDC)
    ("acp-komanda-bilan.txt", 43, "killed", "COD", ("Jean-Baptiste Munyololo", "administrateur"), {"term": "mort", "when": "2025-10"}),
    ("acp-komanda-bilan.txt", 31, "killed", "COD", ("Jean-Baptiste Munyololo", "administrateur"), {"counted": "corps", "term": "retrouv|corps"}),
    ("acp-komanda-bilan.txt", 12, "killed", "COD", ("Jean-Baptiste Munyololo", "administrateur")),
    ("acp-komanda-bilan.txt", 19, ("injured", "hospitalized"), "COD", ("médecin directeur",), {"counted": "blessé"}),
    ("acp-komanda-bilan.txt", 7, "injured", "COD", ("médecin directeur",)),
    ("acp-komanda-bilan.txt", 27, "missing", "COD", ("société civile",), {"counted": "personne", "term": "dispar"}),
    ("acp-komanda-bilan.txt", 1000, ("departed", "fled", "displaced"), "COD", ("journaliste", "ACP"), {"counted": "habitant", "term": "quitt"}),
    ("acp-komanda-bilan.txt", 1100000, ("idps", "displaced"), "COD", ("OCHA",), {"approx": "over", "counted": "personne", "term": "déplac"}),
    ("acp-komanda-bilan.txt", 120000, SHELTER + ("idps",), "COD", ("OCHA",), {"approx": "about"}),
    # GARR style, returns from the Dominican Republic and Cabaret (Haïti)
    ("garr-rapatries-cabaret.txt", 2600, BACK, "HTI", ("GARR", "Groupe d'appui"), {"approx": "over", "counted": "haïtien", "term": "rapatri", "when": "2025-10"}),
    ("garr-rapatries-cabaret.txt", 214, BACK, "HTI", ("GARR", "Groupe d'appui", "organisation"), {"counted": "enfant"}),
    ("garr-rapatries-cabaret.txt", 37, BACK, "HTI", ("GARR", "Groupe d'appui", "organisation"), {"counted": "femme"}),
    ("garr-rapatries-cabaret.txt", 198000, ("deported", "expelled", "returned"), "HTI", ("OIM", "Organisation internationale"), {"counted": "personne", "term": "refoul", "when": "2025-01"}),
    ("garr-rapatries-cabaret.txt", 30, "destroyed", "HTI", ("Jean-Robert Delva", "maire"), {"approx": "about", "counted": "maison", "term": "incendi", "when": "2025-10-09"}),
    ("garr-rapatries-cabaret.txt", 5, "killed", "HTI", ("Jean-Robert Delva", "maire"), {"approx": "at least", "counted": "personne", "term": KILL}),
    ("garr-rapatries-cabaret.txt", 4700, ("fled", "displaced", "departed"), "HTI", ("Protection civile",), {"approx": "about", "counted": "personne", "term": "fui", "when": "2025-10"}),
    ("garr-rapatries-cabaret.txt", 950, SHELTER, "HTI", ("Protection civile",), {"counted": "famille", "term": "héberg"}),
    ("garr-rapatries-cabaret.txt", 1300000, ("displaced", "idps"), "HTI", ("protection civile", "Direction"), {"approx": "over", "counted": "personne", "term": "déplac"}),
    # AFP, tropical storm in Nampula (Mozambique)
    ("afp-nampula-tempete.txt", 14, "killed", "MOZ", ("INGD", "Institut national"), {"approx": "at least", "term": "mort"}),
    ("afp-nampula-tempete.txt", 87, "injured", "MOZ", ("INGD", "Institut national"), {"term": "bless"}),
    ("afp-nampula-tempete.txt", 23410, "affected", "MOZ", ("INGD", "Institut national"), {"counted": "personne", "term": "affect"}),
    ("afp-nampula-tempete.txt", 3900, "destroyed", "MOZ", None, {"approx": "about", "counted": "maison", "term": "détrui"}),
    ("afp-nampula-tempete.txt", 5200, "damaged", "MOZ", None, {"approx": "over", "term": "endommag"}),
    ("afp-nampula-tempete.txt", 42, ("damaged", "destroyed", "affected"), "MOZ", ("Assane Issufo", "administrateur"), {"counted": "école", "term": "touch"}),
    ("afp-nampula-tempete.txt", 3, ("damaged", "destroyed", "affected"), "MOZ", ("Assane Issufo", "administrateur"), {"counted": "centre", "term": "touch"}),
    ("afp-nampula-tempete.txt", 6150, SHELTER + ("affected", "homeless"), "MOZ", None, {"counted": "sinistré", "term": "abrit|sinistr"}),
    ("afp-nampula-tempete.txt", 40000, "aid", "MOZ", ("PAM", "Programme alimentaire"), {"counted": "personne", "term": "distribu"}),
    ("afp-nampula-tempete.txt", 1000000, ("fled", "displaced", "departed"), "MOZ", None, {"approx": "over", "counted": "personne", "term": "fuir", "when": "2017"}),
    # Cholera in Maradi (Niger)
    ("actuniger-maradi-cholera.txt", 412, "infected", "NER", ("ministère",), {"counted": "cas", "when": "2025-09"}),
    ("actuniger-maradi-cholera.txt", 19, "killed", "NER", ("ministère",), {"term": "décès"}),
    ("actuniger-maradi-cholera.txt", 231, "infected", "NER", ("communiqué",), {"counted": "cas"}),
    ("actuniger-maradi-cholera.txt", 118, "infected", "NER", ("communiqué",), {"counted": "cas"}),
    ("actuniger-maradi-cholera.txt", 63, "hospitalized", "NER", ("Issoufou Garba", "infirmier"), {"counted": "malade", "term": "hospitalis"}),
    ("actuniger-maradi-cholera.txt", 1200000, "affected", "NER", ("ministère",), {"approx": "almost", "counted": "personne", "term": "touch"}),
    ("actuniger-maradi-cholera.txt", 98000, "destroyed", "NER", ("ministère",), {"approx": "over", "counted": "maison", "term": "détrui"}),
    ("actuniger-maradi-cholera.txt", 14500, ("homeless", "affected", "sheltered", "displaced", "staying"), "NER", None, {"counted": "sinistré"}),
    ("actuniger-maradi-cholera.txt", 350000, "vaccinated", "NER", ("Unicef",), {"approx": "about", "counted": "personne", "term": "vaccin", "when": "2025-10-20"}),
    # Studio Tamani style, Kassela near Ségou (Mali)
    ("tamani-segou-kassela.txt", 21, "killed", "MLI", ("Bakary Diarra", "maire"), {"term": "mort"}),
    ("tamani-segou-kassela.txt", 19, "killed", "MLI", ("Bakary Diarra", "maire"), {"counted": "personne", "term": "enterr"}),
    ("tamani-segou-kassela.txt", 2, ("killed", "injured"), "MLI", ("Bakary Diarra", "maire"), {"counted": "blessé", "term": "succomb"}),
    ("tamani-segou-kassela.txt", 1000, SHELTER + ("fled",), "MLI", ("maire de Ségou", "maire"), {"approx": "over", "counted": "personne", "term": "héberg"}),
    ("tamani-segou-kassela.txt", 186, SHELTER + ("idps", "affected"), "MLI", ("Mamadou Keïta", "directeur"), {"counted": "ménage", "term": "recens"}),
    ("tamani-segou-kassela.txt", 1214, SHELTER + ("idps", "affected"), "MLI", ("Mamadou Keïta", "directeur"), {"counted": "personne"}),
    ("tamani-segou-kassela.txt", 6, "abducted", "MLI", ("Studio Tamani", "sources sécuritaires"), {"counted": "agent", "term": "enlev", "when": "2025-10-03"}),
    ("tamani-segou-kassela.txt", 87, ("repatriated", "returned", "deported"), None, ("direction générale", "Maliens de l'extérieur"), {"counted": "malien", "term": "rapatri", "when": "2025-10-09"}),
    ("tamani-segou-kassela.txt", 400000, ("displaced", "fled", "departed", "idps"), "MLI", ("HCR",), {"approx": "about", "counted": "personne", "term": "quitt"}),
]

# Numbers that are no figure of people's plight: durations, distances, a town's population, boats, sites, attacks,
# a rate, tonnes of goods, shelters opened.
NO_EVENT = [
    ("aib-dori-deplaces.txt", 3),
    ("anp-arlit-refoules.txt", 15),
    ("anp-arlit-refoules.txt", 6000),
    ("alwihda-lac-kaiga.txt", 10),
    ("alwihda-lac-kaiga.txt", 17),
    ("alwihda-lac-kaiga.txt", 70),
    ("ndeke-bria-affrontements.txt", 300),
    ("afp-nampula-tempete.txt", 11),
    ("actuniger-maradi-cholera.txt", 4.6),
    ("actuniger-maradi-cholera.txt", 3),
    ("actuniger-maradi-cholera.txt", 25),
]

# Days of dates, hours, years, an ordinal: no figures.
NO_FIGURE = [
    ("aib-dori-deplaces.txt", 7),
    ("aib-dori-deplaces.txt", 5),
    ("alwihda-lac-kaiga.txt", 9),
    ("alwihda-lac-kaiga.txt", 2),
    ("oeil-mora-mozogo.txt", 2024),
    ("ndeke-bria-affrontements.txt", 5),
    ("acp-komanda-bilan.txt", 13),
    ("acp-komanda-bilan.txt", 4),
    ("afp-nampula-tempete.txt", 2017),
    ("actuniger-maradi-cholera.txt", 20),
    ("tamani-segou-kassela.txt", 3),
]
