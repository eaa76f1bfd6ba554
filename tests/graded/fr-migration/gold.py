"""Graded figures of ten French texts about migration and forced movement across borders, written for these tests
(fr18 helper) in the styles of an AFP dispatch (Channel crossings), an RFI story (Lampedusa), an InfoMigrants story
(a pirogue at El Hierro), a weekly communiqué of the préfecture de Mayotte, a Jeune Afrique story (expulsions from
Algeria to Assamaka), a Lefaso.net story (Burkinabè refugees returning from Côte d'Ivoire), a HCR communiqué
(Sudanese arriving in Chad), a Mosaïque FM story (a shipwreck off Sfax and Tunisian interceptions), an OIM maritime
update (interceptions returned to Libya, dead and missing) and a Le Monde story (asylum claims and retention
centres in France).

Layout and conventions as tests/graded/en-migration/gold.py: (file, value, event classes accepted, ISO3 country or
None, source words accepted or None, {approx, counted, term, when}); counted and term are French stems; ``when`` is
the date the figure's own sentence gives, resolved from DATE. The first line of each text is its title, not graded.

Country: a movement between countries takes the country people reach ("refoulés d'Algérie vers le Niger": Niger,
"reconduites vers les Comores": Comoros, "renvoyés vers la France": France, "ramenés en Libye": Libya, "franchi la
frontière vers le Tchad": Chad); returns "vers leur pays d'origine" or to several countries ("vers les Comores et
Madagascar") are None, returns of a named nationality take its country ("3 412 Maliens": Mali). People held,
arrested or sheltered are where they are held (Mayotte is MYT, as in fr-humanitaire). Deaths and missing at sea
take the coast named ("au large de Sfax": Tunisia); "pendant la traversée" or "sur la route de la Méditerranée
centrale" with no coast named is None. Asylum claims are counted in the country they are made in.

Classes: interceptions at sea are detained, and "ramenés en Libye" returned, so either is accepted; an asylum
claim is refugees; people held in a reception or retention centre are sheltered, in_camps, staying, hosted or
detained; children screened and households given kits are aid. Numbers that are no figure: years, days of a month,
ages, emergency numbers; numbers that are a figure of no event: boats, vehicles, places in a centre, money,
percentages, lengths and distances, durations, litres, kilograms, ratios.

Written blind: the gold was set down and committed (96423fa) before newsfacts ran on these texts.
Blind score (newsfacts at main 41bb33d, run once after the gold above was committed, before any change): found
82/82, event 56, category 53, country 73, source 76, approx 12/12, counted 71/72, term 45/65, when 30/34, no event
34/41, unit (no event) 14/17, source (no event) 4/5, no figure 32/34, all right 34/82.
Gold unchanged since. Tuned on by fr18 (mechanisms general to the tuned French sets: a number after a noun or
participle of capacity, or a count of places, takes no event; a part coordinated with a part after ", dont" is of the
same whole; relief given to people is aid whatever they are called; a count is no source; "éloigner" is deported;
"parmi les 32 victimes"; a title's "rentrés de", "expulsés d'" weigh nothing in the focus): found 82, event 61,
category 58, country 73, source 78, approx 12/12, counted 71/72, term 47/65, when 30/34, no event 37/41, unit (no
event) 14/17, source (no event) 4/5, no figure 32/34, all right 39/82. Left: the Channel crossings are placed in
France (the Boulogne dateline and the French coast outweigh "côtes anglaises"); "hébergeait jeudi matin 1 480
personnes" (the parse takes "jeudi" for the subject); "Parmi les survivants figurent" ("survivant" as a rescued word
moved the term of three tuned "N survivants ont été secourus" off "secour", not shipped); "ramené à terre", "prend en
charge", "transportait", "dépisté", "empêché le départ", "enfermées", "retenus" carry no class; "demandes d'asile"
counted with no event; "les corps de 43 migrants" repêchés read as rescued; "souffrent de malnutrition" after "moins
de 5 ans" counted as years; a figure dated by the day its source spoke ("mercredi, a indiqué jeudi") and the
since-dates (1 850, 14 600) as en-migration; the Tunisian coast guard's figures placed in Italy ("vers l'Italie",
Lampedusa's focus); the Burkina returns left without a focus ("Burkinabè" is no demonym the gazetteer knows); "le
196" and "112 Canarias" read as counts; "livres" and "dinars" as units with no currency."""

BLIND = {"all right": 34, "found": 82, "event": 56, "category": 53, "country": 73, "source": 76}
TUNED = {"all right": 39, "found": 82, "event": 61, "category": 58, "country": 73, "source": 78}

DATE = "2025-11-13"  # a Thursday: "mercredi" 2025-11-12, "mardi" 2025-11-11, "dimanche" 2025-11-09

KILL = "mort|décè|tué|corps|noy"
PEOPLE = "personne"
DETAINED = ("detained", "returned", "deported")
HELD = ("sheltered", "in_camps", "staying", "hosted", "detained")
CROSSED = ("arrived", "fled", "refugees", "migrants")

# manche-traversees-afp
UK_MOI = ("ministère britannique de l'Intérieur", "ministère", "Home Office")
PREMAR = ("préfecture maritime", "préfecture")
AFP = ("AFP", "décompte")
PDC = ("préfecture du Pas-de-Calais", "préfecture")
HO = ("Home Office",)
# lampedusa-debarquements-rfi
CORRESP = ("correspondante",)
CRI = ("Croix-Rouge italienne", "Croix-Rouge")
ITCG = ("garde-côtes",)
OIM_SURV = ("survivants", "OIM")
AGRIGENTE = ("préfecture d'Agrigente", "préfecture")
IT_MOI = ("ministère italien de l'Intérieur", "ministère")
TN_GN = ("garde nationale",)
# canaries-cayuco-infomigrants
URG = ("services d'urgence",)
C112 = ("112 Canarias", "centre de coordination")
RESCAPES = ("rescapés",)
ES_MOI = ("ministère espagnol de l'Intérieur", "ministère")
CAMINANDO = ("Caminando Fronteras",)
CANARIAS = ("gouvernement canarien",)
# mayotte-bilan-prefecture
PREF_MY = ("préfecture de Mayotte", "préfecture")
# assamaka-expulsions-jeuneafrique
APS = ("Alarme Phone Sahara", "organisation", "ONG")
HUMA = ("source humanitaire",)
# retours-refugies-lefaso
MIN_AH = ("ministre de l'Action humanitaire", "ministre")
HCR = ("HCR", "Haut-Commissariat")
CONASUR = ("CONASUR", "Conseil national de secours")
# tchad-soudanais-hcr
GUISSE = ("Magatte Guisse", "Guisse", "représentante", "HCR")
# sfax-naufrage-mosaique
JEBABLI = ("Houssemeddine Jebabli", "Jebabli", "porte-parole", "garde nationale")
# libye-interceptions-oim
MMP = ("Migrants disparus", "OIM")
# asile-retention-lemonde
OFPRA = ("Ofpra", "Office français", "Julien Boucher", "Boucher", "directeur général")
ASSOS = ("associations",)
UTOPIA = ("Utopia 56",)

FIGURES = [
    # AFP: Channel crossings, deaths off Wimereux, people brought ashore, the year's arrivals and deaths, asylum, returns
    ("manche-traversees-afp.txt", 912, "arrived", "GBR", UK_MOI, {"approx": "at least", "counted": "migrant", "term": "travers", "when": "2025-11-12"}),
    ("manche-traversees-afp.txt", 2, "killed", "FRA", PREMAR, {"counted": PEOPLE, "term": KILL}),
    ("manche-traversees-afp.txt", 58, ("rescued", "returned"), "FRA", PREMAR, {"counted": PEOPLE, "term": "ramen|terre"}),
    ("manche-traversees-afp.txt", 11, ("rescued", "returned"), "FRA", PREMAR, {"counted": "enfant"}),
    ("manche-traversees-afp.txt", 36816, "arrived", "GBR", AFP, {"counted": PEOPLE, "term": "rejoi", "when": "2025-01"}),
    ("manche-traversees-afp.txt", 24, "killed", "FRA", PDC, {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025"}),
    ("manche-traversees-afp.txt", 109343, "refugees", "GBR", HO, {"counted": PEOPLE, "term": "asile|demand"}),
    ("manche-traversees-afp.txt", 32000, ("sheltered", "refugees", "hosted"), "GBR", HO, {"approx": "about", "counted": "demandeur", "term": "log|hôtel"}),
    ("manche-traversees-afp.txt", 42, ("returned", "deported"), "FRA", UK_MOI, {"counted": "migrant", "term": "renvo", "when": "2025-09"}),

    # RFI: arrivals on Lampedusa, the centre, rescues, missing, transfers, the year's arrivals, minors, Tunisia
    ("lampedusa-debarquements-rfi.txt", 1300, "arrived", "ITA", CORRESP, {"approx": "almost", "counted": "migrant", "term": "arriv"}),
    ("lampedusa-debarquements-rfi.txt", 1480, HELD, "ITA", CRI, {"counted": PEOPLE, "term": "héberg", "when": "2025-11-13"}),
    ("lampedusa-debarquements-rfi.txt", 187, "rescued", "ITA", ITCG, {"counted": PEOPLE, "term": "secour"}),
    ("lampedusa-debarquements-rfi.txt", 3, "missing", "ITA", OIM_SURV, {"counted": PEOPLE, "term": "dispar"}),
    ("lampedusa-debarquements-rfi.txt", 700, ("relocated", "moved", "departed"), "ITA", AGRIGENTE, {"approx": "about", "counted": PEOPLE, "term": "transf"}),
    ("lampedusa-debarquements-rfi.txt", 58200, "arrived", "ITA", IT_MOI, {"counted": "migrant", "term": "débarqu", "when": "2025-01"}),
    ("lampedusa-debarquements-rfi.txt", 7100, ("arrived", "migrants"), "ITA", None, {"counted": "mineur"}),
    ("lampedusa-debarquements-rfi.txt", 410, "detained", "TUN", TN_GN, {"counted": PEOPLE, "term": "intercept"}),

    # InfoMigrants: a pirogue at El Hierro, dead aboard, survivors, hospital, dead at sea, the year's arrivals
    ("canaries-cayuco-infomigrants.txt", 176, ("arrived", "migrants"), "ESP", URG, {"counted": PEOPLE, "term": "arriv", "when": "2025-11-12"}),
    ("canaries-cayuco-infomigrants.txt", 6, "killed", "ESP", URG, {"counted": "corps", "term": KILL, "when": "2025-11-12"}),
    ("canaries-cayuco-infomigrants.txt", 29, ("rescued", "arrived", "migrants"), "ESP", None, {"counted": "femme"}),
    ("canaries-cayuco-infomigrants.txt", 41, ("rescued", "arrived", "migrants"), "ESP", None, {"counted": "mineur"}),
    ("canaries-cayuco-infomigrants.txt", 19, "hospitalized", "ESP", C112, {"counted": PEOPLE, "term": "hospital"}),
    ("canaries-cayuco-infomigrants.txt", 5, ("hospitalized", "injured"), "ESP", C112, {}),
    ("canaries-cayuco-infomigrants.txt", 15, "killed", None, RESCAPES, {"approx": "at least", "counted": "passager", "term": KILL}),
    ("canaries-cayuco-infomigrants.txt", 14582, "arrived", "ESP", ES_MOI, {"counted": "migrant", "term": "attei", "when": "2025"}),
    ("canaries-cayuco-infomigrants.txt", 10457, ("killed", "missing", "casualties"), None, CAMINANDO, {"counted": PEOPLE, "term": KILL + "|dispar", "when": "2024"}),
    ("canaries-cayuco-infomigrants.txt", 5000, ("sheltered", "hosted", "staying", "migrants", "in_camps"), "ESP", CANARIAS, {"approx": "about", "counted": "mineur", "term": "charge"}),

    # Préfecture de Mayotte: interceptions, arrests ashore, removals to the Comoros, the year's removals, the CRA
    ("mayotte-bilan-prefecture.txt", 212, "detained", "MYT", PREF_MY, {"counted": "passager", "term": "interpell"}),
    ("mayotte-bilan-prefecture.txt", 498, "detained", "MYT", None, {"counted": PEOPLE, "term": "interpell"}),
    ("mayotte-bilan-prefecture.txt", 611, ("deported", "expelled", "returned"), "COM", None, {"term": "reconduit"}),
    ("mayotte-bilan-prefecture.txt", 21430, ("deported", "expelled", "returned"), None, None, {"counted": "éloignement", "when": "2025"}),
    ("mayotte-bilan-prefecture.txt", 24467, ("deported", "expelled", "returned"), None, None, {"when": "2024"}),
    ("mayotte-bilan-prefecture.txt", 19, HELD, "MYT", None, {"counted": "mineur", "term": "accueil"}),
    ("mayotte-bilan-prefecture.txt", 37, ("detained", "arrived", "migrants"), "MYT", None, {"counted": PEOPLE, "when": "2025-11-09"}),
    ("mayotte-bilan-prefecture.txt", 6, ("detained", "arrived", "migrants"), "MYT", None, {"counted": "enfant"}),

    # Jeune Afrique: expulsions from Algeria to Assamaka, a convoy, the OIM transit centre, voluntary returns
    ("assamaka-expulsions-jeuneafrique.txt", 4000, ("deported", "expelled"), "NER", APS, {"approx": "over", "counted": "migrant", "term": "refoul", "when": "2025-10"}),
    ("assamaka-expulsions-jeuneafrique.txt", 1143, ("deported", "expelled", "arrived"), "NER", APS, {"counted": PEOPLE, "term": "arriv", "when": "2025-11-05"}),
    ("assamaka-expulsions-jeuneafrique.txt", 612, ("deported", "expelled", "arrived", "returned"), "NER", APS, {"counted": "nigérien"}),
    ("assamaka-expulsions-jeuneafrique.txt", 2300, HELD + ("stranded", "migrants"), "NER", HUMA, {"approx": "almost", "counted": "migrant", "term": "attend", "when": "2025-11-12"}),
    ("assamaka-expulsions-jeuneafrique.txt", 9870, ("returned", "repatriated"), None, None, {"counted": "migrant", "term": "rentr", "when": "2025-01"}),
    ("assamaka-expulsions-jeuneafrique.txt", 3412, ("returned", "repatriated"), "MLI", None, {"counted": "malien"}),
    ("assamaka-expulsions-jeuneafrique.txt", 2086, ("returned", "repatriated"), "GIN", None, {"counted": "guinéen"}),
    ("assamaka-expulsions-jeuneafrique.txt", 31404, ("deported", "expelled"), "NER", APS, {"counted": PEOPLE, "term": "expuls", "when": "2024"}),

    # Lefaso.net: refugees returning from Côte d'Ivoire, kits, asylum seekers still there, IDPs, the transit site
    ("retours-refugies-lefaso.txt", 1850, ("returned", "repatriated"), "BFA", MIN_AH, {"counted": "réfugié", "term": "regagn", "when": "2025-08"}),
    ("retours-refugies-lefaso.txt", 412, "aid", "BFA", MIN_AH, {"counted": "ménage", "term": "bénéfici"}),
    ("retours-refugies-lefaso.txt", 68000, ("refugees", "hosted"), "CIV", HCR, {"approx": "about", "counted": "demandeur", "term": "accueil"}),
    ("retours-refugies-lefaso.txt", 2062534, ("idps", "displaced"), "BFA", CONASUR, {"counted": PEOPLE, "term": "déplac", "when": "2023-03-31"}),
    ("retours-refugies-lefaso.txt", 327, ("sheltered", "hosted", "staying", "in_camps"), "BFA", None, {"counted": PEOPLE, "term": "héberg"}),
    ("retours-refugies-lefaso.txt", 5000, ("returned", "repatriated"), "BFA", MIN_AH, {"counted": "réfugié", "term": "rentr"}),

    # HCR: Sudanese crossing into Chad, people without shelter at Tiné, screening, refugees hosted, kits, relocation
    ("tchad-soudanais-hcr.txt", 14600, CROSSED, "TCD", HCR, {"approx": "over", "counted": "réfugié", "term": "franchi", "when": "2025-10-26"}),
    ("tchad-soudanais-hcr.txt", 6200, ("homeless", "staying", "refugees", "in_need"), "TCD", GUISSE, {"counted": PEOPLE, "term": "abri"}),
    ("tchad-soudanais-hcr.txt", 3950, "aid", "TCD", HCR, {"counted": "enfant", "term": "dépist"}),
    ("tchad-soudanais-hcr.txt", 1020, ("in_need", "affected"), "TCD", HCR, {"term": "malnutrition"}),
    ("tchad-soudanais-hcr.txt", 1300000, ("refugees", "hosted"), "TCD", None, {"approx": "over", "counted": "réfugié", "term": "accueil"}),
    ("tchad-soudanais-hcr.txt", 880000, CROSSED, "TCD", None, {"term": "arriv", "when": "2023-04"}),
    ("tchad-soudanais-hcr.txt", 2400, "aid", "TCD", HCR, {"counted": "kit", "term": "distribu"}),
    ("tchad-soudanais-hcr.txt", 4100, ("relocated", "moved"), "TCD", HCR, {"counted": "réfugié", "term": "transf"}),

    # Mosaïque FM: bodies recovered off Sfax, rescued, missing, interceptions, smugglers arrested, the year's departures
    ("sfax-naufrage-mosaique.txt", 43, "killed", "TUN", JEBABLI, {"counted": "migrant", "term": KILL + "|repêch", "when": "2025-11-12"}),
    ("sfax-naufrage-mosaique.txt", 29, "rescued", "TUN", None, {"counted": PEOPLE, "term": "secour"}),
    ("sfax-naufrage-mosaique.txt", 12, "missing", "TUN", None, {"term": "dispar"}),
    ("sfax-naufrage-mosaique.txt", 978, "detained", "TUN", None, {"counted": "migrant", "term": "intercept"}),
    ("sfax-naufrage-mosaique.txt", 864, "detained", "TUN", None, {}),
    ("sfax-naufrage-mosaique.txt", 17, "detained", "TUN", None, {"counted": "passeur", "term": "arrêt"}),
    ("sfax-naufrage-mosaique.txt", 62000, "detained", "TUN", TN_GN, {"counted": "migrant", "term": "empêch", "when": "2025"}),
    ("sfax-naufrage-mosaique.txt", 80000, "detained", "TUN", TN_GN, {"when": "2023"}),

    # OIM: interceptions returned to Libya, women and children, dead and missing on the route, a capsizing, assistance
    ("libye-interceptions-oim.txt", 463, DETAINED, "LBY", None, {"counted": "migrant", "term": "intercept|ramen", "when": "2025-11"}),
    ("libye-interceptions-oim.txt", 21950, DETAINED, "LBY", None, {"counted": "migrant", "term": "intercept|renvo", "when": "2025"}),
    ("libye-interceptions-oim.txt", 1730, DETAINED, "LBY", None, {"counted": "femme"}),
    ("libye-interceptions-oim.txt", 742, DETAINED, "LBY", None, {"counted": "enfant"}),
    ("libye-interceptions-oim.txt", 538, "killed", None, MMP, {"counted": "migrant", "term": KILL, "when": "2025"}),
    ("libye-interceptions-oim.txt", 702, "missing", None, MMP, {"term": "dispar", "when": "2025"}),
    ("libye-interceptions-oim.txt", 18, "rescued", "LBY", None, {"counted": "survivant", "term": "secour", "when": "2025-11-06"}),
    ("libye-interceptions-oim.txt", 4, "killed", "LBY", None, {"counted": "corps", "term": KILL + "|repêch", "when": "2025-11-06"}),
    ("libye-interceptions-oim.txt", 11, "missing", "LBY", None, {"counted": PEOPLE, "term": "dispar"}),
    ("libye-interceptions-oim.txt", 1380, "aid", "LBY", ("OIM",), {"counted": "migrant", "term": "assist|fourni"}),
    ("libye-interceptions-oim.txt", 21300, DETAINED, "LBY", None, {"counted": PEOPLE, "term": "intercept|ramen", "when": "2024"}),

    # Le Monde: asylum claims, people held in retention centres, children, removals, asylum seekers sleeping rough
    ("asile-retention-lemonde.txt", 157947, "refugees", "FRA", OFPRA, {"counted": "demande", "term": "asile|enregistr", "when": "2024"}),
    ("asile-retention-lemonde.txt", 40592, "detained", "FRA", ASSOS, {"counted": PEOPLE, "term": "enferm", "when": "2024"}),
    ("asile-retention-lemonde.txt", 2014, "detained", "FRA", None, {}),
    ("asile-retention-lemonde.txt", 96, "detained", "FRA", None, {"counted": "enfant", "term": "retenu"}),
    ("asile-retention-lemonde.txt", 12856, ("deported", "expelled"), None, ASSOS, {"counted": PEOPLE, "term": "éloign"}),
    ("asile-retention-lemonde.txt", 4800, ("homeless", "refugees"), "FRA", UTOPIA, {"counted": "demandeur", "term": "rue|dorm"}),
]

# Numbers that are no figure at all: years, days of a month, ages, emergency numbers.
NO_FIGURE = [
    ("manche-traversees-afp.txt", 13), ("manche-traversees-afp.txt", 2025), ("manche-traversees-afp.txt", 34),
    ("manche-traversees-afp.txt", 2024), ("manche-traversees-afp.txt", 196),
    ("canaries-cayuco-infomigrants.txt", 112), ("canaries-cayuco-infomigrants.txt", 2024),
    ("mayotte-bilan-prefecture.txt", 13), ("mayotte-bilan-prefecture.txt", 2025), ("mayotte-bilan-prefecture.txt", 3),
    ("mayotte-bilan-prefecture.txt", 9), ("mayotte-bilan-prefecture.txt", 2024), ("mayotte-bilan-prefecture.txt", 27),
    ("assamaka-expulsions-jeuneafrique.txt", 5), ("assamaka-expulsions-jeuneafrique.txt", 2024),
    ("assamaka-expulsions-jeuneafrique.txt", 22),
    ("retours-refugies-lefaso.txt", 13), ("retours-refugies-lefaso.txt", 2025), ("retours-refugies-lefaso.txt", 31),
    ("retours-refugies-lefaso.txt", 2023),
    ("tchad-soudanais-hcr.txt", 13), ("tchad-soudanais-hcr.txt", 26), ("tchad-soudanais-hcr.txt", 5), ("tchad-soudanais-hcr.txt", 2023),
    ("tchad-soudanais-hcr.txt", 2025),
    ("sfax-naufrage-mosaique.txt", 2023),
    ("libye-interceptions-oim.txt", 2), ("libye-interceptions-oim.txt", 8), ("libye-interceptions-oim.txt", 2025),
    ("libye-interceptions-oim.txt", 6), ("libye-interceptions-oim.txt", 2024),
    ("asile-retention-lemonde.txt", 2024), ("asile-retention-lemonde.txt", 2023), ("asile-retention-lemonde.txt", 56),
]

# Numbers that are a figure of no event of people: boats, vehicles, places, money, percentages, lengths, durations.
NO_EVENT = [
    ("manche-traversees-afp.txt", 22, {"unit": "percent", "source": AFP}), ("manche-traversees-afp.txt", 12),
    ("manche-traversees-afp.txt", 5700000, {"unit": "GBP"}),
    ("lampedusa-debarquements-rfi.txt", 31), ("lampedusa-debarquements-rfi.txt", 400),
    ("lampedusa-debarquements-rfi.txt", 4, {"unit": "percent", "source": IT_MOI}), ("lampedusa-debarquements-rfi.txt", 69),
    ("canaries-cayuco-infomigrants.txt", 18), ("canaries-cayuco-infomigrants.txt", 9),
    ("canaries-cayuco-infomigrants.txt", 58, {"unit": "percent", "source": ES_MOI}),
    ("canaries-cayuco-infomigrants.txt", 100000000, {"unit": "EUR"}),
    ("mayotte-bilan-prefecture.txt", 14), ("mayotte-bilan-prefecture.txt", 136), ("mayotte-bilan-prefecture.txt", 8),
    ("assamaka-expulsions-jeuneafrique.txt", 15), ("assamaka-expulsions-jeuneafrique.txt", 1000),
    ("assamaka-expulsions-jeuneafrique.txt", 200), ("assamaka-expulsions-jeuneafrique.txt", 25000, {"unit": "XOF"}),
    ("retours-refugies-lefaso.txt", 50), ("retours-refugies-lefaso.txt", 100000, {"unit": "XOF"}),
    ("retours-refugies-lefaso.txt", 62, {"unit": "percent"}), ("retours-refugies-lefaso.txt", 250),
    ("retours-refugies-lefaso.txt", 12),
    ("tchad-soudanais-hcr.txt", 9), ("tchad-soudanais-hcr.txt", 10), ("tchad-soudanais-hcr.txt", 60),
    ("tchad-soudanais-hcr.txt", 7), ("tchad-soudanais-hcr.txt", 31, {"unit": "percent", "source": HCR}),
    ("tchad-soudanais-hcr.txt", 250000000, {"unit": "USD"}),
    ("sfax-naufrage-mosaique.txt", 23), ("sfax-naufrage-mosaique.txt", 7), ("sfax-naufrage-mosaique.txt", 1500, {"unit": "TND"}),
    ("libye-interceptions-oim.txt", 86, {"unit": "percent"}), ("libye-interceptions-oim.txt", 9, {"unit": "percent"}),
    ("libye-interceptions-oim.txt", 5, {"unit": "percent"}),
    ("asile-retention-lemonde.txt", 11.4, {"unit": "percent", "source": OFPRA}), ("asile-retention-lemonde.txt", 32, {"unit": "percent"}),
    ("asile-retention-lemonde.txt", 240), ("asile-retention-lemonde.txt", 33), ("asile-retention-lemonde.txt", 90),
    ("asile-retention-lemonde.txt", 230000000, {"unit": "EUR"}),
]
