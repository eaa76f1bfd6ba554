"""Graded figures of nine French texts in the style of local press, radio web pages and regional news sites on
disasters and epidemics, written for these tests by the fr-locale helper (fourteenth session, 2026-12-07): a
Port-au-Prince radio story on gang attacks and displacement (Haïti), a regional site on floods in Les Cayes
(Haïti), a Midi Madagasikara style story on a cyclone in the SAVA (Madagascar), a Beninese web story on
out-of-season rains in Cotonou, a Fraternité Matin style story on a wall collapse in Abidjan (Côte d'Ivoire), a
Guinéenews style story on cholera in Conakry (Guinée), a Radio Okapi style story on mpox and displaced people in
Uvira (RDC, with arrivals in Burundi), a Dakaractu style story on a pirogue wrecked off Mbour on the way to the
Canary Islands (Sénégal, with arrivals in Spain) and a Mayotte la 1ère style story on a tropical storm (Mayotte).
All events, places' incidents and people are fictional. Hard cases: attributions in another sentence ("Le bilan a
été dressé mardi par le délégué", "Selon le même communiqué"), "dont" breakdowns, households beside people
("6 240 personnes, soit environ 1 300 ménages"), familles and foyers counted, numbers in words ("onze morts",
"Quarante-deux rescapés", "Dix-neuf décès"), approximate counts ("une quarantaine", "une centaine", "quelque",
"plus d'un millier", "plus d'un million"), a range ("entre 300 et 400", graded by its low bound), cumulative
against new counts ("27 nouveaux cas ... portant le total à 318"; "le précédent bilan ... neuf décès"), movements
between countries (Uvira to Gatumba, Senegal to the Canaries), money, percentages, hectares, litres, livestock,
beds, doses, hours, km/h, millimetres and a resident's children (NO_EVENT), and numbers that are no figure (years,
days of a month, ages, times of day, phone numbers, a district's name "Gbessia Port 1").

Graded as the other French sets (tests/graded/fr-catastrophes, fr-migration): (file, value, event classes
accepted, ISO3 country or None when the text leaves it open, source words accepted or None when no one is named in
the figure's sentence or referred to from it, {approx, counted, term, when, unit}); ``approx`` one of over, at
least, about, almost ("quelque", "environ", "une quarantaine" about; "près de" almost; "plus de" over; "au moins" at
least); ``counted`` and ``term`` French stems; ``when`` the date the figure's own sentence gives, resolved from
DATE ("depuis le début de l'année": 2025-01, "dans la nuit de mardi à mercredi": 2025-02, "en 2024": 2024);
``unit`` household where ménages, familles or foyers are counted. A movement between countries takes the country
people reach; deaths on "la route atlantique" with no coast named are None; Mayotte is MYT. Classes as
fr-catastrophes: "sinistrés" affected, houses "détruites", "effondrées", "incendiées" destroyed, "endommagées"
damaged; people "hébergés" or spending the night in centres sheltered; vaccine doses no event (en-epidemics).

Written blind: the texts and this gold were set down and committed before newsfacts ran on them. Read by
tests/graded/grade.py and tests/test_french_graded.py.

Blind score (newsfacts at e67b009, run once after the gold above was committed in a816d1a, before any change): found
69/70, event 57, category 57, country 67, source 62, approx 21/21, counted 49/51, term 44/55, when 15/18, unit 6/7, no
event 25/27, unit (no event) 12/12, source (no event) 2/2, no figure 25/31, all right 43/70.
After phase B (fr-locale: doses are objects of no event, "le début de l'année" reads as January; two children of one
resident moved from NO_FIGURE to NO_EVENT): when 18/18, no event 29/29, no figure 25/29, all right 45/70."""

DATE = "2025-02-27"  # a Thursday: mercredi 2025-02-26, mardi 02-25, lundi 02-24, dimanche 02-23, samedi 02-22

KILL = "mort|tué|décès|décéd|vie|péri"
FLED = ("fled", "displaced", "departed")
SHELTER = ("sheltered", "hosted", "in_camps", "displaced", "staying")
PC_PAP = ("Protection civile",)
PNH = ("PNH", "Police nationale")
OIM = ("OIM", "Organisation internationale", "agence onusienne")
DELEGUE = ("Jean-Claude Saint-Fleur", "Saint-Fleur", "délégué")
DPC = ("DPC", "protection civile")
BNGRC = ("BNGRC", "Bureau national", "même communiqué")
ANPC = ("ANPC", "protection civile")
ONPC = ("ONPC", "protection civile")
ANSS = ("ANSS", "Agence nationale de sécurité sanitaire")
BYAMUNGU = ("Espérance Byamungu", "Byamungu", "médecin chef")
OCHA_UVIRA = ("bureau de coordination humanitaire", "coordination humanitaire")
PREFECTURE = ("préfecture", "préfet")

FIGURES = [
    # Radio story, Port-au-Prince (Haïti): attacks on Nazon and Christ-Roi
    ("radiohorizon-portauprince-deplaces.txt", 6240, FLED, "HTI", PC_PAP, {"counted": "personne", "term": "quitt"}),
    ("radiohorizon-portauprince-deplaces.txt", 1300, FLED, "HTI", PC_PAP, {"approx": "about", "counted": "ménage", "term": "quitt", "unit": "household"}),
    ("radiohorizon-portauprince-deplaces.txt", 11, "killed", "HTI", PNH, {"approx": "at least", "term": KILL}),
    ("radiohorizon-portauprince-deplaces.txt", 3, "killed", "HTI", PNH, {"counted": "femme"}),
    ("radiohorizon-portauprince-deplaces.txt", 40, "destroyed", "HTI", None, {"approx": "about", "counted": "maison", "term": "incendi"}),
    ("radiohorizon-portauprince-deplaces.txt", 850, SHELTER + ("homeless",), "HTI", ("correspondant",), {"approx": "about", "counted": "personne", "term": "dorm"}),
    ("radiohorizon-portauprince-deplaces.txt", 40000, FLED, "HTI", OIM, {"approx": "over", "counted": "personne", "term": "quitt|forc", "when": "2025-01"}),
    ("radiohorizon-portauprince-deplaces.txt", 1000000, ("idps", "displaced"), "HTI", OIM, {"approx": "over", "term": "déplac"}),
    # Regional site, floods in Les Cayes (Sud, Haïti)
    ("cayesinfo-sud-inondations.txt", 8, "killed", "HTI", DELEGUE, {"approx": "at least", "counted": "personne", "term": KILL, "when": "2025-02"}),
    ("cayesinfo-sud-inondations.txt", 5, "missing", "HTI", DELEGUE, {"term": "dispar"}),
    ("cayesinfo-sud-inondations.txt", 2, "killed", "HTI", None, {"counted": "enfant", "term": "emport"}),
    ("cayesinfo-sud-inondations.txt", 1742, "affected", "HTI", DPC, {"counted": "famille", "term": "sinistr", "unit": "household"}),
    ("cayesinfo-sud-inondations.txt", 1105, "affected", "HTI", DPC, {"unit": "household"}),
    ("cayesinfo-sud-inondations.txt", 236, "destroyed", "HTI", None, {"approx": "about", "counted": "maison", "term": "détrui"}),
    ("cayesinfo-sud-inondations.txt", 430, SHELTER, "HTI", None, {"approx": "about", "counted": "personne", "term": "héberg"}),
    ("cayesinfo-sud-inondations.txt", 600, "aid", "HTI", ("Croix-Rouge", "Fritz Mondésir", "coordonnateur"), {"counted": "kit", "term": "distribu"}),
    # Midi Madagasikara style, cyclone Vanina in the SAVA (Madagascar)
    ("midimada-sava-cyclone.txt", 14, "killed", "MDG", BNGRC, {"term": KILL}),
    ("midimada-sava-cyclone.txt", 9, "killed", "MDG", None, {"term": "décès", "when": "2025-02-24"}),
    ("midimada-sava-cyclone.txt", 3, "missing", "MDG", None, {"counted": "personne", "term": "dispar"}),
    ("midimada-sava-cyclone.txt", 38415, "affected", "MDG", None, {"counted": "personne", "term": "sinistr"}),
    ("midimada-sava-cyclone.txt", 11260, FLED + ("evacuated",), "MDG", None, {"term": "quitt"}),
    ("midimada-sava-cyclone.txt", 7930, SHELTER, "MDG", None, {"term": "héberg"}),
    ("midimada-sava-cyclone.txt", 4180, "destroyed", "MDG", BNGRC, {"counted": "case", "term": "détrui"}),
    ("midimada-sava-cyclone.txt", 25000, "aid", "MDG", ("PAM", "Programme alimentaire"), {"counted": "personne", "term": "distribu"}),
    # Beninese web story, out-of-season rains in Cotonou and Sèmè-Podji (Bénin)
    ("banouto-cotonou-pluies.txt", 6, "killed", "BEN", ("Modeste Akplogan", "préfet"), {"counted": "personne", "term": KILL}),
    ("banouto-cotonou-pluies.txt", 2, "killed", "BEN", None, {"counted": "élève"}),
    ("banouto-cotonou-pluies.txt", 2315, "affected", "BEN", ANPC, {"counted": "personne", "term": "sinistr"}),
    ("banouto-cotonou-pluies.txt", 486, "affected", "BEN", ANPC, {"counted": "ménage", "unit": "household"}),
    ("banouto-cotonou-pluies.txt", 100, "destroyed", "BEN", None, {"approx": "about", "counted": "maison", "term": "effondr"}),
    ("banouto-cotonou-pluies.txt", 300, SHELTER, "BEN", ("Charlemagne Dossou", "maire"), {"counted": "sinistré", "term": "accueil"}),
    ("banouto-cotonou-pluies.txt", 1250, ("infected", "diagnosed"), "BEN", ("ministère",), {"counted": "cas", "term": "notifi|choléra", "when": "2024"}),
    # Fraternité Matin style, a wall collapse in Attécoubé (Abidjan, Côte d'Ivoire)
    ("fratmat-abidjan-eboulement.txt", 4, "killed", "CIV", None, {"counted": "personne", "term": KILL, "when": "2025-02"}),
    ("fratmat-abidjan-eboulement.txt", 3, "killed", "CIV", None, {"counted": "enfant"}),
    ("fratmat-abidjan-eboulement.txt", 37, ("relocated", "evacuated", "displaced", "moved", "resettled"), "CIV", ("ministre",), {"counted": "famille", "term": "relog", "unit": "household"}),
    ("fratmat-abidjan-eboulement.txt", 62, "damaged", "CIV", ONPC, {"counted": "habitation", "term": "endommag"}),
    ("fratmat-abidjan-eboulement.txt", 14, "destroyed", "CIV", ONPC, {"term": "détrui"}),
    ("fratmat-abidjan-eboulement.txt", 412, "affected", "CIV", None, {"counted": "personne", "term": "affect"}),
    ("fratmat-abidjan-eboulement.txt", 18, "killed", "CIV", ("autorités",), {"term": KILL, "when": "2018-06"}),
    ("fratmat-abidjan-eboulement.txt", 1500, ("evicted", "displaced", "relocated"), "CIV", ("district",), {"approx": "over", "counted": "ménage", "term": "déguerp", "when": "2020", "unit": "household"}),
    # Guinéenews style, cholera in Conakry (Guinée)
    ("guineenews-conakry-cholera.txt", 27, ("infected", "diagnosed"), "GIN", ANSS, {"counted": "cas", "term": "confirm"}),
    ("guineenews-conakry-cholera.txt", 318, ("infected", "diagnosed"), "GIN", ANSS, {"counted": "cas", "when": "2025-02"}),
    ("guineenews-conakry-cholera.txt", 11, "killed", "GIN", None, {"term": "décès"}),
    ("guineenews-conakry-cholera.txt", 4, "killed", "GIN", None),
    ("guineenews-conakry-cholera.txt", 184, ("infected", "diagnosed"), "GIN", None, {"counted": "cas"}),
    ("guineenews-conakry-cholera.txt", 15, ("infected", "hospitalized"), "GIN", ("Mamadou Aliou Sow", "docteur", "responsable"), {"counted": "patient"}),
    ("guineenews-conakry-cholera.txt", 46, "hospitalized", "GIN", None, {"counted": "malade", "term": "hospitalis"}),
    # Radio Okapi style, mpox and displaced people in Uvira (Sud-Kivu, RDC), arrivals in Burundi
    ("okapi-uvira-mpox.txt", 912, ("infected", "diagnosed"), "COD", BYAMUNGU, {"counted": "cas", "term": "suspect|notifi", "when": "2025-01"}),
    ("okapi-uvira-mpox.txt", 214, ("infected", "diagnosed"), "COD", BYAMUNGU, {"term": "confirm"}),
    ("okapi-uvira-mpox.txt", 19, "killed", "COD", None, {"term": "décès"}),
    ("okapi-uvira-mpox.txt", 63, ("hospitalized", "infected"), "COD", None, {"counted": "patient"}),
    ("okapi-uvira-mpox.txt", 85000, SHELTER + ("idps", "fled", "arrived"), "COD", OCHA_UVIRA, {"approx": "almost", "counted": "personne", "term": "refuge", "when": "2025-01"}),
    ("okapi-uvira-mpox.txt", 12000, SHELTER + ("idps",), "COD", OCHA_UVIRA, {"approx": "about"}),
    ("okapi-uvira-mpox.txt", 2640, ("arrived", "refugees", "fled"), "BDI", ("HCR",), {"counted": "arrivant", "term": "enregistr|arriv"}),
    ("okapi-uvira-mpox.txt", 8300, "vaccinated", "COD", ("division provinciale",), {"counted": "personne", "term": "vaccin"}),
    # Dakaractu style, a pirogue wrecked off Mbour (Sénégal) on the way to the Canaries
    ("dakaractu-mbour-pirogue.txt", 23, "killed", "SEN", None, {"approx": "at least", "counted": "corps", "term": "repêch", "when": "2025-02"}),
    ("dakaractu-mbour-pirogue.txt", 150, ("migrants", "departed", "affected"), "SEN", PREFECTURE, {"approx": "about", "counted": "passager"}),
    ("dakaractu-mbour-pirogue.txt", 42, "rescued", "SEN", None, {"counted": "rescapé", "term": "secour"}),
    ("dakaractu-mbour-pirogue.txt", 3180, ("arrived", "migrants"), "ESP", ("ministère espagnol", "ministère"), {"counted": "migrant", "term": "arriv", "when": "2025-01"}),
    ("dakaractu-mbour-pirogue.txt", 46843, ("arrived", "migrants", "hosted"), "ESP", None, {"counted": "migrant", "term": "accueil|arriv", "when": "2024"}),
    ("dakaractu-mbour-pirogue.txt", 1230, ("detained", "migrants"), "SEN", ("Marine nationale",), {"counted": "candidat", "term": "intercept", "when": "2025-01"}),
    ("dakaractu-mbour-pirogue.txt", 10000, ("killed", "missing"), None, ("Caminando Fronteras",), {"approx": "over", "counted": "personne", "term": "mort|dispar", "when": "2024"}),
    # Mayotte la 1ère style, tropical storm Lesedi (Mayotte)
    ("mayotte1ere-lesedi-bilan.txt", 2, "killed", "MYT", PREFECTURE, {"counted": "personne", "term": KILL}),
    ("mayotte1ere-lesedi-bilan.txt", 1860, SHELTER + ("evacuated",), "MYT", PREFECTURE, {"counted": "personne", "term": "nuit|héberg"}),
    ("mayotte1ere-lesedi-bilan.txt", 640, SHELTER + ("evacuated",), "MYT", PREFECTURE),
    ("mayotte1ere-lesedi-bilan.txt", 900, SHELTER + ("homeless",), "MYT", None, {"approx": "about", "when": "2025-02-26"}),
    ("mayotte1ere-lesedi-bilan.txt", 350, "destroyed", "MYT", ("sécurité civile",), {"approx": "about", "counted": "habitation", "term": "détrui"}),
    ("mayotte1ere-lesedi-bilan.txt", 1000, "damaged", "MYT", ("sécurité civile",), {"approx": "over", "term": "endommag"}),
    ("mayotte1ere-lesedi-bilan.txt", 28000, "affected", "MYT", ("EDM", "Électricité de Mayotte"), {"approx": "almost", "counted": "foyer", "term": "priv", "unit": "household"}),
    ("mayotte1ere-lesedi-bilan.txt", 37, ("infected", "diagnosed"), "MYT", ("ARS", "Agence régionale"), {"counted": "cas", "term": "confirm", "when": "2025-01"}),
    ("mayotte1ere-lesedi-bilan.txt", 20, ("infected", "diagnosed"), "MYT", ("ARS", "Agence régionale"), {"approx": "about", "when": "2024"}),
]

# Figures of no event: money, percentages, hours, hectares, litres, livestock, places, beds, doses, distances, and the
# children of one mother, as fr-humanitaire ("children of one mother") and en-features ("family sizes") grade them.
NO_EVENT = [
    ("radiohorizon-portauprince-deplaces.txt", 12000000, {"unit": "HTG", "source": ("Rosemond Jean-Baptiste", "maire")}),
    ("radiohorizon-portauprince-deplaces.txt", 60, {"unit": "percent"}),
    ("radiohorizon-portauprince-deplaces.txt", 48),
    ("radiohorizon-portauprince-deplaces.txt", 24),
    ("cayesinfo-sud-inondations.txt", 2000),
    ("cayesinfo-sud-inondations.txt", 1200),
    ("cayesinfo-sud-inondations.txt", 300),
    ("cayesinfo-sud-inondations.txt", 5000000, {"unit": "HTG"}),
    ("midimada-sava-cyclone.txt", 52),
    ("midimada-sava-cyclone.txt", 80, {"unit": "percent", "source": ("Jaona Rakotomalala", "chef de district")}),
    ("midimada-sava-cyclone.txt", 2000000000, {"unit": "MGA"}),
    ("midimada-sava-cyclone.txt", 210),
    ("midimada-sava-cyclone.txt", 40, {"unit": "percent"}),
    ("banouto-cotonou-pluies.txt", 150000000, {"unit": "XOF"}),
    ("banouto-cotonou-pluies.txt", 4),  # "mère de quatre enfants" (moved from NO_FIGURE after the blind run)
    ("fratmat-abidjan-eboulement.txt", 250000, {"unit": "XOF"}),
    ("fratmat-abidjan-eboulement.txt", 80),
    ("guineenews-conakry-cholera.txt", 3.5, {"unit": "percent"}),
    ("guineenews-conakry-cholera.txt", 40),
    ("guineenews-conakry-cholera.txt", 50),
    ("guineenews-conakry-cholera.txt", 120000),
    ("okapi-uvira-mpox.txt", 58, {"unit": "percent"}),
    ("okapi-uvira-mpox.txt", 5),  # "avec ses cinq enfants" (moved from NO_FIGURE after the blind run)
    ("okapi-uvira-mpox.txt", 30),
    ("okapi-uvira-mpox.txt", 50000),
    ("dakaractu-mbour-pirogue.txt", 400000, {"unit": "XOF"}),
    ("dakaractu-mbour-pirogue.txt", 10),
    ("mayotte1ere-lesedi-bilan.txt", 24),
    ("mayotte1ere-lesedi-bilan.txt", 20000000, {"unit": "EUR"}),
]

# Years, days of a month, ages, times of day, emergency and phone numbers, a district's name.
NO_FIGURE = [
    ("radiohorizon-portauprince-deplaces.txt", 15),
    ("radiohorizon-portauprince-deplaces.txt", 34),
    ("radiohorizon-portauprince-deplaces.txt", 116),
    ("radiohorizon-portauprince-deplaces.txt", 2025),
    ("radiohorizon-portauprince-deplaces.txt", 26),
    ("cayesinfo-sud-inondations.txt", 52),
    ("cayesinfo-sud-inondations.txt", 2021),
    ("cayesinfo-sud-inondations.txt", 25),
    ("banouto-cotonou-pluies.txt", 8),
    ("banouto-cotonou-pluies.txt", 3),
    ("banouto-cotonou-pluies.txt", 166),
    ("banouto-cotonou-pluies.txt", 2024),
    ("fratmat-abidjan-eboulement.txt", 6),
    ("fratmat-abidjan-eboulement.txt", 11),
    ("fratmat-abidjan-eboulement.txt", 40),
    ("fratmat-abidjan-eboulement.txt", 2),
    ("fratmat-abidjan-eboulement.txt", 47),
    ("fratmat-abidjan-eboulement.txt", 2018),
    ("guineenews-conakry-cholera.txt", 1),
    ("guineenews-conakry-cholera.txt", 31),
    ("guineenews-conakry-cholera.txt", 115),
    ("okapi-uvira-mpox.txt", 27),
    ("okapi-uvira-mpox.txt", 15),
    ("okapi-uvira-mpox.txt", 26),
    ("dakaractu-mbour-pirogue.txt", 58),
    ("dakaractu-mbour-pirogue.txt", 2024),
    ("mayotte1ere-lesedi-bilan.txt", 63),
    ("mayotte1ere-lesedi-bilan.txt", 41),
    ("mayotte1ere-lesedi-bilan.txt", 50),
]
