"""Graded figures of ten French web pages as scrapers dump them from African and francophone news sites and relays,
written for these tests (fr23 helper): a Le360 relay "(Avec AFP)" on Malian refugees at Mbera (Mauritania), a
Seneweb story on the Senegal river flood at Matam, a Koaci story on Burkinabè asylum seekers in the Bounkani (Côte
d'Ivoire), an Abidjan.net relay of ONU Info ("Source : ONU Info") on Sudanese refugees reaching Chad, an Actu
Cameroun story on a Boko Haram attack at Mozogo, a Mosaïque Guinée story on floods in Conakry, a Tchadinfos story
on arrivals at Adré, an Alwihda story on displacement in Chad's Lac province, a Burkina24 story on a food
distribution at Kaya and a Sahel-Intelligence relay "(Avec AFP)" on an attack near Tillabéri (Niger). Each text is
the whole scraped page: menus, bylines with dates and times ("Par Awa Diallo - 03 décembre 2025 à 16h47", "Mis à
jour le"), "Temps de lecture : 3 min", "Partager", photo captions and credits, "Publicité", "Lire aussi : <a
headline with a number>", comment and view counts, "Les plus lus" and a footer with phone numbers.

Layout and conventions as tests/graded/fr-migration/gold.py: (file, value, event classes accepted, ISO3 country or
None, source words accepted or None, {approx, counted, term, when}); counted and term are French stems; ``when`` is
the date the figure's own sentence gives, resolved from DATE. The first line of each text is its title, not graded.
Furniture as the shared realnews README treats it: figures only in a headline, a "Lire aussi" link or a "Les plus
lus" list are not expected (and not graded); comment and view counts, reading times, times and days of bylines,
phone numbers and post-box numbers are no figure. Numbers that are a figure of no event: tonnes, kilograms, litres,
hectares, heights, distances, durations, money, percentages, incidents and attacks counted, aid workers mobilised,
the capacity of a camp.

Written blind: the gold was set down and committed (b3d0a7a) before newsfacts ran on these texts.
Blind score (newsfacts at main 0285308, run once after the gold above was committed, before any change): found
69/69, event 56, category 57, country 66, source 63, approx 25/25, counted 63/64, term 43/65, when 9/9, no event
20/23, unit (no event) 8/8, source (no event) 3/3, no figure 41/49, all right 41/69.
Gold unchanged since. Tuned on by fr23 (mechanisms general to the tuned French sets: refugees or displaced people a
place hosts keep their status with the verb of hosting as term, "accueille 1,2 million de réfugiés"; a part after
"dont" of people a status noun counts takes its own participle, "dont 860 000 arrivés"; a status noun right after a
verb of a happened class takes that class, "ont relocalisé 3 900 réfugiés"; French comment counts are boilerplate, as
English "Comments (12)"; a bracketed country code and a three-digit mobile prefix make a telephone number): found 69,
event 57, category 57, country 66, source 63, approx 25/25, counted 63/64, term 49/65, when 9/9, no event 20/23, no
figure 47/49, all right 45/69. Left: "N cas de choléra" keeps "cas" as its term (the disease as term lowered an
unseen set); aid given by a noun ("distribution de vivres à 2 150 ménages", "au profit de 14 250 personnes") and
"servis"; "a soigné 1 240 enfants pour malnutrition", "97 admissions pour malnutrition" carry no class; "avoir
« neutralisé » 96 assaillants" (a verb in quotation marks before the number); "À ces réfugiés s'ajoutent quelque
150 000 Maliens installés"; "venues du Burkina Faso" places the arrests in Burkina Faso; "les camps de l'Est" resolved to
Burkina Faso's region in a Chad story; "a-t-il dit" resolved to "Adré"; "selon l'ONG Acled" lost after « des trois
frontières »; "BP 1234"; relief weighed ("500 tonnes de riz") and volunteers mobilised read as aid."""

BLIND = {"all right": 41, "found": 69, "event": 56, "category": 57, "country": 66, "source": 63}
TUNED = {"all right": 45, "found": 69, "event": 57, "category": 57, "country": 66, "source": 63}

DATE = "2025-12-04"  # a Thursday: "mercredi" 2025-12-03, "mardi" 2025-12-02, "lundi" 2025-12-01, "dimanche" 2025-11-30

KILL = "mort|décè|décéd|tué|péri|noy|vie"
PEOPLE = "personne"
HELD = ("sheltered", "in_camps", "staying", "hosted", "refugees", "idps")
CROSSED = ("arrived", "fled", "refugees")
FLED = ("fled", "displaced", "departed", "idps")
IDPS = ("idps", "displaced")
ILL = ("in_need", "affected", "hospitalized", "aid", "infected", "diagnosed")

HCR = ("HCR", "Haut-Commissariat", "agence")
OCHA = ("OCHA", "Bureau de la coordination")
OIM = ("OIM", "Organisation internationale pour les migrations")
MSF = ("MSF", "Médecins sans frontières", "ONG")
PAM = ("PAM", "Programme alimentaire")
# le360-mbera-refugies
AHMED = ("Cheikh Ould Ahmed", "Ould Ahmed", "responsable", "HCR")
MR_AUT = ("autorités",)
# seneweb-crue-matam
GOUV_MATAM = ("gouverneur", "Ibrahima Fall")
POMPIERS = ("sapeurs-pompiers",)
# koaci-demandeurs-asile-bounkani
DAARA = ("DAARA", "Direction d'aide", "responsable")
PREF_CI = ("autorités préfectorales", "autorités")
# abidjannet-onuinfo-tchad-soudan
BYUN = ("Eujin Byun", "Byun", "porte-parole", "HCR")
UNICEF = ("UNICEF", "Fonds des Nations Unies pour l'enfance", "agence")
# actucameroun-mozogo-attaque
SECU = ("sources sécuritaires", "sources")
BELLO = ("Amadou Bello", "Bello", "sous-préfet")
MIL = ("source militaire",)
# mosaiqueguinee-pluies-conakry
ANGUCH = ("ANGUCH", "Agence nationale de gestion")
TOURE = ("Ousmane Touré", "Touré", "directeur", "ANGUCH")
MAIRIE = ("mairie",)
CRG = ("Croix-Rouge",)
# tchadinfos-adre-refugies
CNARR = ("CNARR", "Commission nationale")
ABDELKERIM = ("Ahmat Issa Abdelkerim", "Abdelkerim", "délégué", "CNARR")
HCR_CNARR = ("HCR", "CNARR")
# alwihda-lac-deplaces
EMGA = ("état-major", "communiqué")
ARMEE = ("armée",)
CICR = ("CICR", "Comité international de la Croix-Rouge")
# burkina24-kaya-vivres
MINISTERE = ("ministère",)
SAWADOGO = ("Issouf Sawadogo", "Sawadogo", "directeur")
CONASUR = ("CONASUR", "Conseil national de secours", "source")
# sahelintelligence-tillaberi-attaque
LOCALES = ("sources locales", "sources")
ELU = ("élu",)
NE_MOI = ("ministère nigérien de l'Intérieur", "ministère")
ACLED = ("Acled", "ONG")

FIGURES = [
    # Le360 (Avec AFP): arrivals at Mbera, daily arrivals, the camp, Malians in villages, food, malnutrition, deaths
    ("le360-mbera-refugies.txt", 8350, CROSSED, "MRT", HCR, {"counted": "arrivant", "term": "accueil|arriv", "when": "2025-11"}),
    ("le360-mbera-refugies.txt", 250, CROSSED, "MRT", AHMED, {"approx": "over", "counted": PEOPLE, "term": "recev"}),
    ("le360-mbera-refugies.txt", 112000, HELD, "MRT", None, {"approx": "over", "counted": "réfugié", "term": "abrit"}),
    ("le360-mbera-refugies.txt", 150000, HELD, "MRT", MR_AUT, {"approx": "about", "counted": "malien", "term": "install"}),
    ("le360-mbera-refugies.txt", 95000, "aid", "MRT", PAM, {"counted": "réfugié", "term": "distribu", "when": "2025-10"}),
    ("le360-mbera-refugies.txt", 1240, ILL, "MRT", MSF, {"counted": "enfant", "term": "soign|malnutrition"}),
    ("le360-mbera-refugies.txt", 4, "killed", "MRT", MSF, {"counted": "enfant", "term": KILL}),

    # Seneweb: the Matam flood, households and people affected, houses, shelter in schools, drowned, kits
    ("seneweb-crue-matam.txt", 2318, "affected", "SEN", GOUV_MATAM, {"counted": "ménage", "term": "sinistr"}),
    ("seneweb-crue-matam.txt", 16500, "affected", "SEN", GOUV_MATAM, {"approx": "over", "counted": PEOPLE, "term": "affect"}),
    ("seneweb-crue-matam.txt", 1100, "destroyed", "SEN", None, {"approx": "about", "counted": "maison", "term": "effondr"}),
    ("seneweb-crue-matam.txt", 600, ("sheltered", "displaced"), "SEN", None, {"approx": "almost", "counted": PEOPLE, "term": "refuge"}),
    ("seneweb-crue-matam.txt", 2, "killed", "SEN", POMPIERS, {"counted": PEOPLE, "term": KILL}),
    ("seneweb-crue-matam.txt", 3000, "aid", "SEN", None, {"counted": "kit", "term": "envoi"}),

    # Koaci: asylum seekers registered, hosted, the Niornigué site, food, schooling, arrests at the border
    ("koaci-demandeurs-asile-bounkani.txt", 3540, ("refugees", "arrived"), "CIV", DAARA, {"counted": "demandeur", "term": "enregistr"}),
    ("koaci-demandeurs-asile-bounkani.txt", 68000, ("refugees", "hosted"), "CIV", DAARA, {"approx": "over", "counted": "demandeur", "term": "accueil"}),
    ("koaci-demandeurs-asile-bounkani.txt", 7800, HELD, "CIV", None, {"counted": PEOPLE, "term": "héberg"}),
    ("koaci-demandeurs-asile-bounkani.txt", 2150, "aid", "CIV", HCR, {"counted": "ménage", "term": "distribu"}),
    ("koaci-demandeurs-asile-bounkani.txt", 430, ("aid", "refugees"), "CIV", None, {"approx": "about", "counted": "enfant", "term": "inscri"}),
    ("koaci-demandeurs-asile-bounkani.txt", 14, "detained", "CIV", PREF_CI, {"counted": PEOPLE, "term": "interpell", "when": "2025-11"}),

    # Abidjan.net relaying ONU Info: arrivals in Chad, children alone, vaccination, cholera, refugees hosted, IDPs in Sudan
    ("abidjannet-onuinfo-tchad-soudan.txt", 29000, CROSSED, "TCD", HCR, {"approx": "over", "counted": "réfugié", "term": "arriv"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 1700, ("refugees", "arrived", "in_need", "affected", "aid"), "TCD", BYUN, {"counted": "enfant", "term": "identifi|accompagn"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 46000, "vaccinated", "TCD", UNICEF, {"counted": "enfant", "term": "vaccin"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 230, ("infected", "diagnosed"), "TCD", UNICEF, {"counted": "cas", "term": "choléra"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 6, "killed", "TCD", UNICEF, {"term": "décès"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 1200000, ("refugees", "hosted"), "TCD", None, {"approx": "over", "counted": "réfugié", "term": "accueil"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 860000, CROSSED, "TCD", None, {"approx": "over", "term": "arriv", "when": "2023-04"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 11000000, IDPS, "SDN", OIM, {"approx": "over", "counted": PEOPLE, "term": "déplac"}),

    # Actu Cameroun: the attack at Kouyapé, huts burnt, women among the dead, wounded, flight, IDPs, assailants killed
    ("actucameroun-mozogo-attaque.txt", 9, "killed", "CMR", SECU, {"counted": PEOPLE, "term": KILL}),
    ("actucameroun-mozogo-attaque.txt", 34, "destroyed", "CMR", None, {"counted": "case", "term": "incendi"}),
    ("actucameroun-mozogo-attaque.txt", 2, "killed", "CMR", None, {"counted": "femme"}),
    ("actucameroun-mozogo-attaque.txt", 5, ("injured", "hospitalized", "evacuated"), "CMR", None, {"counted": "villageois", "term": "bless"}),
    ("actucameroun-mozogo-attaque.txt", 1200, FLED, "CMR", BELLO, {"approx": "over", "counted": PEOPLE, "term": "quitt"}),
    ("actucameroun-mozogo-attaque.txt", 450000, IDPS, "CMR", OCHA, {"approx": "over", "counted": PEOPLE, "term": "déplac"}),
    ("actucameroun-mozogo-attaque.txt", 4, "killed", "CMR", MIL, {"counted": "assaillant", "term": "neutralis"}),

    # Mosaïque Guinée: the Conakry floods, children under a wall, wounded, people affected, houses, shelter, relief
    ("mosaiqueguinee-pluies-conakry.txt", 11, "killed", "GIN", ANGUCH, {"approx": "at least", "term": KILL}),
    ("mosaiqueguinee-pluies-conakry.txt", 6, "killed", "GIN", None, {"counted": "enfant", "term": KILL}),
    ("mosaiqueguinee-pluies-conakry.txt", 14, ("injured", "hospitalized"), "GIN", None, {"counted": "blessé", "term": "bless|admis"}),
    ("mosaiqueguinee-pluies-conakry.txt", 4260, "affected", "GIN", TOURE, {"counted": "sinistré", "term": "sinistr"}),
    ("mosaiqueguinee-pluies-conakry.txt", 620, "damaged", "GIN", TOURE, {"counted": "maison", "term": "endommag"}),
    ("mosaiqueguinee-pluies-conakry.txt", 85, "destroyed", "GIN", TOURE, {"term": "détrui"}),
    ("mosaiqueguinee-pluies-conakry.txt", 900, ("sheltered", "displaced"), "GIN", MAIRIE, {"approx": "almost", "counted": PEOPLE}),
    ("mosaiqueguinee-pluies-conakry.txt", 350, "aid", "GIN", CRG, {"counted": "famille", "term": "distribu"}),

    # Tchadinfos: arrivals registered at Adré, the transit site, relocation, malaria, malnutrition, deaths, refugees hosted
    ("tchadinfos-adre-refugies.txt", 6412, CROSSED, "TCD", CNARR, {"counted": "réfugié", "term": "enregistr", "when": "2025-11"}),
    ("tchadinfos-adre-refugies.txt", 230000, HELD, "TCD", ABDELKERIM, {"approx": "over", "counted": PEOPLE}),
    ("tchadinfos-adre-refugies.txt", 3900, ("relocated", "moved"), "TCD", HCR_CNARR, {"counted": "réfugié", "term": "reloc"}),
    ("tchadinfos-adre-refugies.txt", 540, ("infected", "diagnosed", "hospitalized"), "TCD", MSF, {"counted": "cas", "term": "paludisme|trait"}),
    ("tchadinfos-adre-refugies.txt", 97, ILL, "TCD", MSF, {"counted": "admission", "term": "admission|malnutrition"}),
    ("tchadinfos-adre-refugies.txt", 2, "killed", "TCD", MSF, {"counted": "enfant", "term": KILL}),
    ("tchadinfos-adre-refugies.txt", 1300000, ("refugees", "hosted"), "TCD", HCR, {"approx": "over", "counted": "réfugié", "term": "accueil"}),

    # Alwihda: flight from the islands, IDPs already there, soldiers killed and wounded, assailants, food, IDPs, hunger
    ("alwihda-lac-deplaces.txt", 5000, FLED, "TCD", OCHA, {"approx": "over", "counted": PEOPLE, "term": "fui"}),
    ("alwihda-lac-deplaces.txt", 21000, IDPS, "TCD", None, {"approx": "about", "counted": PEOPLE, "term": "déplac"}),
    ("alwihda-lac-deplaces.txt", 17, "killed", "TCD", EMGA, {"counted": "soldat", "term": KILL}),
    ("alwihda-lac-deplaces.txt", 23, "injured", "TCD", None, {"counted": "militaire", "term": "bless"}),
    ("alwihda-lac-deplaces.txt", 96, "killed", "TCD", ARMEE, {"counted": "assaillant", "term": "neutralis"}),
    ("alwihda-lac-deplaces.txt", 820, "aid", "TCD", CICR, {"counted": "ménage", "term": "distribu"}),
    ("alwihda-lac-deplaces.txt", 221000, IDPS, "TCD", OIM, {"counted": PEOPLE, "term": "déplac"}),
    ("alwihda-lac-deplaces.txt", 410000, ("in_need", "affected", "at_risk"), "TCD", PAM, {"counted": PEOPLE, "term": "insécurité"}),

    # Burkina24: food for IDPs at Kaya, households served, IDPs hosted, returns, the year's food assistance
    ("burkina24-kaya-vivres.txt", 14250, "aid", "BFA", MINISTERE, {"counted": PEOPLE, "term": "distribu|profit"}),
    ("burkina24-kaya-vivres.txt", 2850, "aid", "BFA", SAWADOGO, {"counted": "ménage", "term": "servi"}),
    ("burkina24-kaya-vivres.txt", 110000, IDPS + ("hosted",), "BFA", CONASUR, {"approx": "over", "counted": PEOPLE, "term": "accueil|déplac"}),
    ("burkina24-kaya-vivres.txt", 38000, "returned", "BFA", CONASUR, {"counted": PEOPLE, "term": "retourn", "when": "2025"}),
    ("burkina24-kaya-vivres.txt", 175000, "aid", "BFA", MINISTERE, {"counted": PEOPLE, "term": "bénéfici|assistance", "when": "2025"}),

    # Sahel-Intelligence (Avec AFP): the market attack, wounded, the ministry's toll, flight, IDPs, refugees, the year's dead
    ("sahelintelligence-tillaberi-attaque.txt", 22, "killed", "NER", LOCALES, {"approx": "at least", "counted": "civil", "term": KILL, "when": "2025-11-30"}),
    ("sahelintelligence-tillaberi-attaque.txt", 15, "injured", "NER", ELU, {"approx": "about", "counted": PEOPLE, "term": "bless"}),
    ("sahelintelligence-tillaberi-attaque.txt", 19, "killed", "NER", NE_MOI, {"term": "mort"}),
    ("sahelintelligence-tillaberi-attaque.txt", 4300, FLED, "NER", HCR, {"approx": "over", "counted": PEOPLE, "term": "fui"}),
    ("sahelintelligence-tillaberi-attaque.txt", 137000, IDPS, "NER", HCR, {"counted": "déplacé"}),
    ("sahelintelligence-tillaberi-attaque.txt", 420000, ("refugees", "hosted"), "NER", HCR, {"counted": "réfugié", "term": "accueil"}),
    ("sahelintelligence-tillaberi-attaque.txt", 310, "killed", None, ACLED, {"approx": "at least", "counted": "civil", "term": KILL, "when": "2025-01"}),
]

# Numbers that are a figure of no event of people: tonnes, kilograms, litres, hectares, heights, distances,
# durations, money, percentages, incidents and attacks counted, volunteers mobilised, a camp's capacity.
NO_EVENT = [
    ("le360-mbera-refugies.txt", 70000), ("le360-mbera-refugies.txt", 18000000, {"unit": "USD", "source": PAM}),
    ("seneweb-crue-matam.txt", 500), ("seneweb-crue-matam.txt", 2000000000, {"unit": "XOF"}),
    ("seneweb-crue-matam.txt", 9.12), ("seneweb-crue-matam.txt", 4800),
    ("koaci-demandeurs-asile-bounkani.txt", 62, {"unit": "percent"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 300), ("abidjannet-onuinfo-tchad-soudan.txt", 78, {"unit": "percent", "source": HCR}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 1800000000, {"unit": "USD"}),
    ("abidjannet-onuinfo-tchad-soudan.txt", 24, {"unit": "percent", "source": HCR}),
    ("actucameroun-mozogo-attaque.txt", 312),
    ("mosaiqueguinee-pluies-conakry.txt", 3), ("mosaiqueguinee-pluies-conakry.txt", 5000000000),
    ("mosaiqueguinee-pluies-conakry.txt", 120), ("mosaiqueguinee-pluies-conakry.txt", 150),
    ("tchadinfos-adre-refugies.txt", 58, {"unit": "percent"}), ("tchadinfos-adre-refugies.txt", 25000, {"unit": "XOF"}),
    ("alwihda-lac-deplaces.txt", 38),
    ("burkina24-kaya-vivres.txt", 50), ("burkina24-kaya-vivres.txt", 20), ("burkina24-kaya-vivres.txt", 2),
    ("sahelintelligence-tillaberi-attaque.txt", 72),
]

# Numbers that are no figure at all: times and days of bylines, reading times, comment and view counts, phone and
# post-box numbers, years, days of a month, ages, a name ("les trois frontières").
NO_FIGURE = [
    ("le360-mbera-refugies.txt", 10), ("le360-mbera-refugies.txt", 14), ("le360-mbera-refugies.txt", 3),
    ("le360-mbera-refugies.txt", 12), ("le360-mbera-refugies.txt", 2012), ("le360-mbera-refugies.txt", 2026),
    ("le360-mbera-refugies.txt", 522),
    ("seneweb-crue-matam.txt", 16), ("seneweb-crue-matam.txt", 47), ("seneweb-crue-matam.txt", 9),
    ("seneweb-crue-matam.txt", 35), ("seneweb-crue-matam.txt", 869),
    ("koaci-demandeurs-asile-bounkani.txt", 2527), ("koaci-demandeurs-asile-bounkani.txt", 18),
    ("koaci-demandeurs-asile-bounkani.txt", 6),
    ("koaci-demandeurs-asile-bounkani.txt", 27),
    ("abidjannet-onuinfo-tchad-soudan.txt", 2023), ("abidjannet-onuinfo-tchad-soudan.txt", 15),
    ("abidjannet-onuinfo-tchad-soudan.txt", 2025),
    ("actucameroun-mozogo-attaque.txt", 7), ("actucameroun-mozogo-attaque.txt", 58), ("actucameroun-mozogo-attaque.txt", 3),
    ("actucameroun-mozogo-attaque.txt", 23), ("actucameroun-mozogo-attaque.txt", 18), ("actucameroun-mozogo-attaque.txt", 1234),
    ("actucameroun-mozogo-attaque.txt", 699),
    ("mosaiqueguinee-pluies-conakry.txt", 10), ("mosaiqueguinee-pluies-conakry.txt", 12), ("mosaiqueguinee-pluies-conakry.txt", 2),
    ("mosaiqueguinee-pluies-conakry.txt", 9), ("mosaiqueguinee-pluies-conakry.txt", 622),
    ("tchadinfos-adre-refugies.txt", 13), ("tchadinfos-adre-refugies.txt", 20), ("tchadinfos-adre-refugies.txt", 3),
    ("tchadinfos-adre-refugies.txt", 29), ("tchadinfos-adre-refugies.txt", 66),
    ("alwihda-lac-deplaces.txt", 19), ("alwihda-lac-deplaces.txt", 66),
    ("burkina24-kaya-vivres.txt", 15), ("burkina24-kaya-vivres.txt", 30), ("burkina24-kaya-vivres.txt", 3),
    ("burkina24-kaya-vivres.txt", 2022), ("burkina24-kaya-vivres.txt", 4), ("burkina24-kaya-vivres.txt", 2025),
    ("sahelintelligence-tillaberi-attaque.txt", 18), ("sahelintelligence-tillaberi-attaque.txt", 47),
    ("sahelintelligence-tillaberi-attaque.txt", 0), ("sahelintelligence-tillaberi-attaque.txt", 3),
    ("sahelintelligence-tillaberi-attaque.txt", 2023),
]
