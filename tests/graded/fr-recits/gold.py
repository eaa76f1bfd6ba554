"""Graded figures of French news stories told by several outlets (written for these tests, blind: gold written
before the tool was run on them): five events (an attack in Masisi, Nord-Kivu; an attack on Djibo, Burkina Faso;
Sudanese refugees arriving at Adré, Chad; a gang attack in Port-au-Prince; a cyclone on Mayotte), each told by
three outlets (AFP, RFI, Le Monde, local papers and radios, OCHA, HCR, OIM, a prefecture's communiqué, a
liveblog) with their own and updated numbers, and a shipwreck off Lampedusa. For each figure of the body:
(file, value, event classes accepted, country or None, source words accepted or None, and the fields the shared
realnews scorer checks, as its annotations give them: approx (over | at least | about | almost, only where the
text qualifies the number), counted (the noun counted, singular), term (stems of the text's word for what
happened), when (an ISO prefix, only where the text dates the figure; relative dates against DATE)).
Read by tests/graded/grade.py and tests/test_french_graded.py."""

DATE = "2025-02-13"  # a Thursday: "mardi" is 2025-02-11, "mercredi" 2025-02-12, "dimanche" 2025-02-09

KILL = "tué|tuer|tue"
FLED = "fui|fuir|fuy"
SHELTER = ("sheltered", "hosted", "in_camps", "displaced")

FIGURES = [
    # Masisi (Nord-Kivu): AFP, Radio Okapi style, OCHA flash note
    ("afp-nord-kivu-masisi.txt", 35, "killed", "COD", ("sources",), {"approx": "at least", "counted": "civil", "term": KILL, "when": "2025-02-11"}),
    ("afp-nord-kivu-masisi.txt", 200, ("destroyed", "damaged"), "COD", ("Augustin Mwamba", "administrateur"), {"approx": "over", "counted": "maison", "term": "incendi|brûl|détrui"}),
    ("afp-nord-kivu-masisi.txt", 35, "killed", "COD", ("Augustin Mwamba", "administrateur"), {"counted": "corps", "term": "enterr"}),
    ("afp-nord-kivu-masisi.txt", 20, "injured", "COD", ("source médicale",), {"approx": "about", "term": "bless"}),
    ("afp-nord-kivu-masisi.txt", 12000, ("fled", "displaced", "departed"), "COD", ("OCHA", "Bureau de coordination"), {"approx": "about", "counted": "personne", "term": FLED, "when": "2025-02"}),
    ("afp-nord-kivu-masisi.txt", 2500000, ("displaced", "idps"), "COD", ("Nations unies",), {"approx": "over", "counted": "déplacé", "term": "déplac"}),
    ("okapi-masisi-bilan.txt", 48, "killed", "COD", ("société civile",), {"term": "mort"}),
    ("okapi-masisi-bilan.txt", 35, "killed", "COD", None, {"when": "2025-02-12"}),
    ("okapi-masisi-bilan.txt", 13, "killed", "COD", ("Jean-Bosco Hakizimana", "président"), {"counted": "corps", "term": "découv|mort|corps"}),
    ("okapi-masisi-bilan.txt", 27, "injured", "COD", ("même source", "Jean-Bosco Hakizimana", "société civile"), {"term": "bless"}),
    ("okapi-masisi-bilan.txt", 10, "injured", "COD", None, {"approx": "about"}),
    ("okapi-masisi-bilan.txt", 15, "missing", "COD", ("même source", "Jean-Bosco Hakizimana", "société civile"), {"approx": "about", "counted": "personne", "term": "dispar"}),
    ("okapi-masisi-bilan.txt", 3000, ("departed", "fled", "displaced"), "COD", ("administrateur",), {"approx": "over", "counted": "ménage", "term": "quitt"}),
    ("ocha-nord-kivu-flash.txt", 48, "killed", "COD", ("autorités locales",), {"approx": "at least", "counted": "civil", "term": KILL}),
    ("ocha-nord-kivu-flash.txt", 27, "injured", "COD", ("autorités locales",), {"term": "bless"}),
    ("ocha-nord-kivu-flash.txt", 15000, ("fled", "displaced", "departed"), "COD", None, {"approx": "about", "counted": "personne", "term": FLED + "|déplac"}),
    ("ocha-nord-kivu-flash.txt", 2300, SHELTER, "COD", None, {"approx": "about", "counted": "personne", "term": "héberg"}),
    ("ocha-nord-kivu-flash.txt", 140000, ("displaced", "idps"), "COD", ("Commission des mouvements de population",), {"approx": "over", "counted": "personne", "term": "déplac", "when": "2025"}),
    # Djibo (Burkina Faso): RFI, a Ouagadougou paper, HCR communiqué
    ("rfi-burkina-djibo.txt", 50, "killed", "BFA", ("sources sécuritaires",), {"approx": "at least", "counted": "personne", "term": KILL}),
    ("rfi-burkina-djibo.txt", 30, "killed", "BFA", None, {"approx": "about", "counted": "soldat", "term": KILL}),
    ("rfi-burkina-djibo.txt", 1000, ("departed", "fled", "displaced"), "BFA", None, {"approx": "over", "counted": "habitant", "term": "quitt", "when": "2025-02"}),
    ("rfi-burkina-djibo.txt", 2000000, ("displaced", "idps"), "BFA", ("gouvernement",), {"approx": "over", "counted": "déplacé", "term": "déplac", "when": "2023-03"}),
    ("lefaso-djibo-bilan.txt", 72, "killed", "BFA", ("source hospitalière",), {"term": "mort"}),
    ("lefaso-djibo-bilan.txt", 50, "killed", "BFA", None, {"term": "mort"}),
    ("lefaso-djibo-bilan.txt", 41, "killed", "BFA", ("même source", "source hospitalière"), {"counted": "civil", "term": "victime"}),
    ("lefaso-djibo-bilan.txt", 80, "injured", "BFA", None, {"approx": "at least", "term": "bless"}),
    ("lefaso-djibo-bilan.txt", 1500, ("arrived", "fled", "displaced"), "BFA", ("Issa Diallo", "maire"), {"approx": "over", "counted": "personne", "term": "arriv", "when": "2025-02"}),
    ("lefaso-djibo-bilan.txt", 1800, ("displaced", "idps"), "BFA", ("Conasur", "Conseil national de secours"), {"counted": "déplacé", "term": "déplac"}),
    ("hcr-burkina-communique.txt", 2000, ("fled", "departed", "displaced"), "BFA", ("autorités locales",), {"approx": "almost", "counted": "personne", "term": FLED, "when": "2025-02"}),
    ("hcr-burkina-communique.txt", 600, "aid", "BFA", None, {"approx": "about", "counted": "famille", "term": "distribu"}),
    ("hcr-burkina-communique.txt", 3300000, ("displaced", "idps"), None, None, {"approx": "over", "counted": "personne", "term": "déplac"}),
    ("hcr-burkina-communique.txt", 37000, ("refugees", "fled"), "BFA", None, {"counted": "burkinabè", "term": "refuge|réfugi|cherch", "when": "2024-01"}),
    # Adré (Chad): HCR communiqué, RFI, Alwihda
    ("hcr-tchad-adre.txt", 20000, ("arrived", "refugees", "fled"), "TCD", None, {"approx": "over", "counted": "réfugié", "term": "franchi|arriv|réfugi", "when": "2025-02-01"}),
    ("hcr-tchad-adre.txt", 4500, ("arrived", "refugees"), "TCD", None, {"approx": "about", "counted": "personne", "term": "arriv", "when": "2025-02-11"}),
    ("hcr-tchad-adre.txt", 35000, ("hosted", "in_camps", "refugees", "sheltered"), "TCD", None, {"approx": "over", "term": "accueil", "when": "2025-02-13"}),
    ("hcr-tchad-adre.txt", 2700, ("relocated", "moved"), "TCD", None, {"counted": "personne", "term": "transf"}),
    ("hcr-tchad-adre.txt", 700000, ("refugees", "hosted", "arrived"), "TCD", None, {"approx": "over", "counted": "réfugié", "term": "accueil|réfugi", "when": "2023-04"}),
    ("hcr-tchad-adre.txt", 1100000, ("refugees", "hosted"), "TCD", None, {"counted": "réfugié", "term": "réfugi"}),
    ("rfi-tchad-adre.txt", 25000, ("arrived", "refugees", "fled"), "TCD", ("autorités locales",), {"approx": "almost", "counted": "soudanais", "term": "arriv", "when": "2025-02"}),
    ("rfi-tchad-adre.txt", 8000, ("arrived", "refugees", "fled"), "TCD", ("autorités locales",), {"when": "2025-01"}),
    ("rfi-tchad-adre.txt", 300, "injured", "TCD", ("Médecins sans frontières", "MSF"), {"approx": "at least", "term": "bless", "when": "2025-02"}),
    ("alwihda-ouaddai-refugies.txt", 27000, ("arrived", "refugees"), "TCD", ("gouverneur", "Ousmane Brahim"), {"counted": "réfugié", "term": "arriv", "when": "2025-02-01"}),
    ("alwihda-ouaddai-refugies.txt", 9000, ("homeless", "stranded", "staying", "refugees"), "TCD", ("gouverneur", "Ousmane Brahim"), {"approx": "about", "counted": "personne", "term": "dorm"}),
    ("alwihda-ouaddai-refugies.txt", 12, "killed", "TCD", ("délégué provincial",), {"term": "décès"}),
    ("alwihda-ouaddai-refugies.txt", 400000, ("refugees", "hosted"), "TCD", None, {"approx": "over", "counted": "réfugié", "term": "accueil|réfugi", "when": "2023-04"}),
    # Carrefour-Feuilles (Port-au-Prince): AFP, Le Nouvelliste style, OIM communiqué
    ("afp-haiti-gangs.txt", 10000, ("fled", "displaced", "departed"), "HTI", ("Organisation internationale pour les migrations", "OIM"), {"approx": "over", "counted": "personne", "term": FLED, "when": "2025-02"}),
    ("afp-haiti-gangs.txt", 18, "killed", "HTI", ("Police nationale", "PNH"), {"approx": "at least", "counted": "personne", "term": KILL}),
    ("afp-haiti-gangs.txt", 4200, SHELTER, "HTI", None),
    ("afp-haiti-gangs.txt", 5600, "killed", "HTI", ("ONU",), {"approx": "over", "counted": "personne", "term": KILL, "when": "2024"}),
    ("afp-haiti-gangs.txt", 1000000, ("displaced", "idps"), "HTI", ("ONU",), {"approx": "over", "counted": "personne", "term": "déplac"}),
    ("nouvelliste-carrefour-feuilles.txt", 25, "killed", "HTI", ("RNDDH", "Réseau national"), {"term": "mort"}),
    ("nouvelliste-carrefour-feuilles.txt", 18, "killed", "HTI", None, {"term": "mort"}),
    ("nouvelliste-carrefour-feuilles.txt", 14, "injured", "HTI", ("RNDDH", "Réseau national"), {"term": "bless"}),
    ("nouvelliste-carrefour-feuilles.txt", 6, "abducted", "HTI", ("RNDDH", "Réseau national"), {"approx": "at least", "counted": "personne", "term": "enlev"}),
    ("nouvelliste-carrefour-feuilles.txt", 12500, ("displaced", "idps"), "HTI", ("Protection civile",), {"counted": "déplacé", "term": "déplac"}),
    ("nouvelliste-carrefour-feuilles.txt", 3000, SHELTER, "HTI", None, {"approx": "almost", "term": "abrit"}),
    ("nouvelliste-carrefour-feuilles.txt", 40000, ("displaced", "fled", "departed", "evicted"), "HTI", ("Protection civile",), {"approx": "over", "counted": "personne", "term": "forc|quitt", "when": "2025-01"}),
    ("oim-haiti-communique.txt", 13750, ("displaced", "idps"), "HTI", ("OIM", "Organisation internationale"), {"counted": "personne", "term": "déplac", "when": "2025-02"}),
    ("oim-haiti-communique.txt", 4000, ("sheltered", "hosted", "in_camps"), "HTI", None, {"approx": "over", "term": "héberg"}),
    ("oim-haiti-communique.txt", 1200, "aid", "HTI", None, {"counted": "famille", "term": "distribu", "when": "2025-02-12"}),
    ("oim-haiti-communique.txt", 1040000, ("displaced", "idps"), "HTI", ("DTM", "matrice"), {"counted": "personne", "term": "déplac", "when": "2024-12"}),
    ("oim-haiti-communique.txt", 700000, ("displaced", "idps"), "HTI", ("DTM", "matrice"), {"when": "2024-06"}),
    # Cyclone Fami (Mayotte): a liveblog, Le Monde, the prefecture's communiqué
    ("direct-mayotte-cyclone.txt", 14, "killed", "MYT", ("préfecture",), {"term": "mort", "when": "2025-02-13"}),
    ("direct-mayotte-cyclone.txt", 9, "killed", "MYT", ("préfecture",), {"when": "2025-02-12"}),
    ("direct-mayotte-cyclone.txt", 180, "injured", "MYT", ("centre hospitalier",), {"approx": "over", "term": "bless"}),
    ("direct-mayotte-cyclone.txt", 30, "injured", "MYT", None),
    ("direct-mayotte-cyclone.txt", 10000, SHELTER, "MYT", ("préfecture",), {"approx": "about", "counted": "personne", "term": "héberg"}),
    ("direct-mayotte-cyclone.txt", 6000, SHELTER, "MYT", None, {"when": "2025-02-11"}),
    ("direct-mayotte-cyclone.txt", 40000, "affected", "MYT", ("Électricité de Mayotte",), {"approx": "almost", "counted": "foyer", "term": "priv"}),
    ("lemonde-mayotte-fami.txt", 14, "killed", "MYT", ("préfecture",), {"approx": "at least", "counted": "personne", "term": "mort"}),
    ("lemonde-mayotte-fami.txt", 5000, ("destroyed", "damaged"), "MYT", ("Ambdilwahedou Soumaïla", "maire"), {"approx": "over", "counted": "habitation", "term": "détrui|endommag"}),
    ("lemonde-mayotte-fami.txt", 20000, ("homeless", "displaced", "affected"), "MYT", ("autorités",), {"approx": "almost", "counted": "personne", "term": "perdu|perd"}),
    ("prefecture-mayotte-communique.txt", 15, "killed", "MYT", None, {"term": "mort"}),
    ("prefecture-mayotte-communique.txt", 196, "injured", "MYT", None, {"term": "bless"}),
    ("prefecture-mayotte-communique.txt", 32, "injured", "MYT", None),
    ("prefecture-mayotte-communique.txt", 11, "missing", "MYT", None, {"counted": "personne", "term": "dispar"}),
    ("prefecture-mayotte-communique.txt", 9600, SHELTER, "MYT", None, {"counted": "personne", "term": "accueil"}),
    # Lampedusa
    ("infomigrants-lampedusa.txt", 40, "missing", "ITA", ("HCR", "OIM", "Haut-Commissariat"), {"approx": "at least", "counted": "migrant", "term": "dispar", "when": "2025-02-12"}),
    ("infomigrants-lampedusa.txt", 15, "rescued", "ITA", None, {"counted": "survivant", "term": "secour"}),
    ("infomigrants-lampedusa.txt", 55, ("departed", "migrants", "moved"), None, None, {"approx": "about", "counted": "personne", "term": "embarqu"}),
    ("infomigrants-lampedusa.txt", 250, ("killed", "missing"), None, ("OIM",), {"approx": "almost", "counted": "personne", "term": "mort|dispar", "when": "2025"}),
    ("infomigrants-lampedusa.txt", 6000, ("arrived", "migrants"), "ITA", ("ministère",), {"approx": "over", "counted": "migrant", "term": "débarqu", "when": "2025-01-01"}),
    ("infomigrants-lampedusa.txt", 3800, ("arrived", "migrants"), "ITA", ("ministère",), {"when": "2024"}),
]

# Figures that are not events: a camp's capacity, a town's population, reinforcements, a wind speed.
NO_EVENT = [
    ("hcr-tchad-adre.txt", 10000),
    ("rfi-tchad-adre.txt", 50000),
    ("lemonde-mayotte-fami.txt", 200),
    ("lemonde-mayotte-fami.txt", 320000),
    ("prefecture-mayotte-communique.txt", 210),
]

# Ages are not figures.
NO_FIGURE = [
    ("nouvelliste-carrefour-feuilles.txt", 8),
    ("nouvelliste-carrefour-feuilles.txt", 45),
    ("lemonde-mayotte-fami.txt", 34),
]
