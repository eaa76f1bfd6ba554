"""Graded figures of French dispatches and bulletins in this folder (texts written for these tests, blind: the gold
was written and committed before newsfacts was run on them), in the styles of AFP, RFI, Radio Okapi, Studio Tamani,
Alwihda, OCHA, HCR, OIM and OMS notes and a liveblog: the Sahel, Haiti, the DRC, Lebanon, Mozambique, Chad, Niger,
Djibouti, Burundi, northern France and the Central African Republic; attacks, floods, a cyclone, returns,
expulsions, a shipwreck, mpox and the clearing of a camp. For each figure a careful reader records in the body (the
headline is the title, not the text): (file, value, event classes accepted, country or None when the text leaves
it open, source words accepted or None when no one is named in or for the sentence). A movement between countries
takes the country people reach. Read by tests/graded/grade.py and tests/test_french_graded.py."""

DISPLACED = ("displaced", "idps")
SHELTERED = ("sheltered", "in_camps", "displaced", "hosted", "staying")
OIM = ("Organisation internationale pour les migrations", "OIM")
HCR = ("Haut-Commissariat", "HCR")
OCHA = ("OCHA", "Bureau de la coordination")
INGD = ("INGD", "Institut national de gestion")
CROIX_ROUGE_TCD = ("Croix-Rouge",)
MPOX = ("ministère", "bulletin", "OMS", "Organisation mondiale de la santé")

FIGURES = [
    # AFP, attack in western Niger.
    ("afp-niger-tillaberi.txt", 44, "killed", "NER", ("ministère de l'Intérieur", "ministère")),
    ("afp-niger-tillaberi.txt", 13, "injured", "NER", ("ministère",)),
    ("afp-niger-tillaberi.txt", 52, "killed", "NER", ("élu local", "élu")),
    ("afp-niger-tillaberi.txt", 3400, ("arrived", "fled", "displaced"), "NER", HCR),
    ("afp-niger-tillaberi.txt", 507000, DISPLACED, "NER", ("gouvernement",)),
    # RFI, gang attacks in Haiti.
    ("rfi-haiti-kenscoff.txt", 3000, ("fled", "displaced"), "HTI", OIM),
    ("rfi-haiti-kenscoff.txt", 640, SHELTERED, "HTI", ("directeur",)),
    ("rfi-haiti-kenscoff.txt", 41, "killed", "HTI", ("mairie",)),
    ("rfi-haiti-kenscoff.txt", 150, "destroyed", "HTI", ("mairie",)),
    ("rfi-haiti-kenscoff.txt", 18, "killed", "HTI", ("Police nationale", "Police")),
    ("rfi-haiti-kenscoff.txt", 1000000, DISPLACED, "HTI", OIM),
    ("rfi-haiti-kenscoff.txt", 180000, SHELTERED + ("idps",), "HTI", None),
    ("rfi-haiti-kenscoff.txt", 6000000, "in_need", "HTI", OCHA),
    # Radio Okapi, returns in Rutshuru.
    ("radiookapi-rutshuru-retours.txt", 12000, "returned", "COD", ("Jean-Claude Bisimwa", "Bisimwa", "société civile")),
    ("radiookapi-rutshuru-retours.txt", 400, "destroyed", "COD", ("Bisimwa", "société civile")),
    ("radiookapi-rutshuru-retours.txt", 9, "killed", "COD", ("même source", "Bisimwa", "société civile")),
    ("radiookapi-rutshuru-retours.txt", 73, "infected", "COD", ("infirmier",)),
    ("radiookapi-rutshuru-retours.txt", 80000, "returned", "COD", ("acteurs humanitaires", "humanitaires")),
    ("radiookapi-rutshuru-retours.txt", 4500, "aid", "COD", ("Programme alimentaire mondial", "PAM")),
    # OCHA note in French: highlights then narrative.
    ("ocha-rdc-sudkivu-flash.txt", 350000, ("displaced", "idps", "fled"), "COD", ("autorités locales", "partenaires")),
    ("ocha-rdc-sudkivu-flash.txt", 67, "killed", "COD", None),
    ("ocha-rdc-sudkivu-flash.txt", 210, ("injured", "hospitalized"), "COD", None),
    ("ocha-rdc-sudkivu-flash.txt", 42000, ("refugees", "arrived", "fled"), "BDI", None),
    ("ocha-rdc-sudkivu-flash.txt", 350000, ("displaced", "idps", "fled"), "COD", ("Commission mouvement de population", "CMP")),
    ("ocha-rdc-sudkivu-flash.txt", 95000, ("hosted", "displaced", "idps", "staying"), "COD", ("Commission mouvement de population", "CMP")),
    ("ocha-rdc-sudkivu-flash.txt", 210, ("injured", "hospitalized"), "COD", ("Hôpital général", "hôpital")),
    ("ocha-rdc-sudkivu-flash.txt", 67, "killed", "COD", ("Comité international de la Croix-Rouge", "CICR")),
    ("ocha-rdc-sudkivu-flash.txt", 42000, ("refugees", "arrived"), "BDI", HCR),
    ("ocha-rdc-sudkivu-flash.txt", 9000, ("relocated", "moved"), "BDI", None),
    ("ocha-rdc-sudkivu-flash.txt", 6200, "aid", "COD", None),
    # HCR note, returns between Lebanon and Syria.
    ("hcr-liban-retours-syrie.txt", 240000, ("returned", "departed"), "SYR", HCR),
    ("hcr-liban-retours-syrie.txt", 95000, "returned", "LBN", ("autorités libanaises", "autorités")),
    ("hcr-liban-retours-syrie.txt", 1500000, ("refugees", "hosted"), "LBN", HCR),
    ("hcr-liban-retours-syrie.txt", 750000, ("refugees", "hosted"), "LBN", HCR),
    ("hcr-liban-retours-syrie.txt", 12500, "aid", None, HCR),
    ("hcr-liban-retours-syrie.txt", 880000, "returned", "SYR", HCR + ("agence",)),
    # AFP, cyclone in Mozambique.
    ("afp-mozambique-cyclone-jude.txt", 16, "killed", "MOZ", INGD),
    ("afp-mozambique-cyclone-jude.txt", 68, "injured", "MOZ", INGD),
    ("afp-mozambique-cyclone-jude.txt", 28000, ("destroyed", "damaged"), "MOZ", INGD),
    ("afp-mozambique-cyclone-jude.txt", 167000, "affected", "MOZ", INGD),
    ("afp-mozambique-cyclone-jude.txt", 7300, SHELTERED, "MOZ", None),
    ("afp-mozambique-cyclone-jude.txt", 20000, "aid", "MOZ", ("Programme alimentaire mondial", "PAM")),
    ("afp-mozambique-cyclone-jude.txt", 120, "killed", "MOZ", None),
    ("afp-mozambique-cyclone-jude.txt", 3000000, "in_need", "MOZ", ("ONU",)),
    # Alwihda, floods in N'Djamena.
    ("alwihda-ndjamena-inondations.txt", 23, "killed", "TCD", ("ministre",)),
    ("alwihda-ndjamena-inondations.txt", 70000, ("affected", "homeless"), "TCD", ("ministre",)),
    ("alwihda-ndjamena-inondations.txt", 3450, "destroyed", "TCD", CROIX_ROUGE_TCD),
    ("alwihda-ndjamena-inondations.txt", 12800, SHELTERED, "TCD", CROIX_ROUGE_TCD),
    ("alwihda-ndjamena-inondations.txt", 900, "aid", "TCD", None),
    ("alwihda-ndjamena-inondations.txt", 341, "killed", "TCD", ("gouvernement",)),
    ("alwihda-ndjamena-inondations.txt", 1900000, ("affected", "homeless"), "TCD", ("gouvernement",)),
    ("alwihda-ndjamena-inondations.txt", 214, "infected", "TCD", ("ministère de la Santé", "ministère")),
    # AFP, expulsions from Algeria to Niger.
    ("afp-algerie-expulsions-assamaka.txt", 1500, ("expelled", "deported", "stranded"), "NER", ("Alarme Phone Sahara", "ONG")),
    ("afp-algerie-expulsions-assamaka.txt", 2, "killed", None, ("Moctar Dan Yayé", "Alarme Phone")),
    ("afp-algerie-expulsions-assamaka.txt", 31000, ("expelled", "deported"), "NER", OIM),
    ("afp-algerie-expulsions-assamaka.txt", 4800, ("aid", "arrived", "hosted", "expelled", "deported"), "NER", OIM + ("agence onusienne",)),
    ("afp-algerie-expulsions-assamaka.txt", 640, ("aid", "arrived", "hosted", "expelled", "deported"), "NER", OIM + ("agence onusienne",)),
    ("afp-algerie-expulsions-assamaka.txt", 2300, SHELTERED, "NER", ("agent humanitaire",)),
    ("afp-algerie-expulsions-assamaka.txt", 600, ("repatriated", "returned"), None, OIM),
    # Studio Tamani, displacement into Ménaka.
    ("studiotamani-menaka-deplaces.txt", 6000, ("arrived", "fled", "displaced"), "MLI", ("Ibrahim Ag Mohamed", "directeur régional")),
    ("studiotamani-menaka-deplaces.txt", 27, "killed", "MLI", ("notables",)),
    ("studiotamani-menaka-deplaces.txt", 850, "aid", "MLI", ("autorités régionales",)),
    ("studiotamani-menaka-deplaces.txt", 19, "injured", "MLI", ("infirmier",)),
    ("studiotamani-menaka-deplaces.txt", 378000, DISPLACED, "MLI", OCHA),
    ("studiotamani-menaka-deplaces.txt", 44000, DISPLACED, "MLI", None),
    # OIM release, shipwreck off Djibouti.
    ("oim-djibouti-naufrage.txt", 45, "killed", "DJI", OIM),
    ("oim-djibouti-naufrage.txt", 111, "missing", "DJI", OIM),
    ("oim-djibouti-naufrage.txt", 310, ("departed", "migrants"), None, None),
    ("oim-djibouti-naufrage.txt", 154, "rescued", "DJI", None),
    ("oim-djibouti-naufrage.txt", 558, "killed", None, OIM),
    ("oim-djibouti-naufrage.txt", 62000, ("returned", "deported", "expelled"), "ETH", None),
    # Ministry and WHO bulletin, mpox in Burundi.
    ("oms-burundi-mpox.txt", 147, "infected", "BDI", MPOX),
    ("oms-burundi-mpox.txt", 3410, "infected", "BDI", MPOX),
    ("oms-burundi-mpox.txt", 1, "killed", "BDI", ("bulletin",)),
    ("oms-burundi-mpox.txt", 62, "hospitalized", "BDI", ("directeur",)),
    ("oms-burundi-mpox.txt", 60000, ("arrived", "refugees", "fled"), "BDI", HCR),
    ("oms-burundi-mpox.txt", 12, "infected", "BDI", HCR),
    ("oms-burundi-mpox.txt", 8700, "vaccinated", "BDI", None),
    # Liveblog, camp cleared near Dunkirk, a Channel shipwreck.
    ("direct-calais-campement.txt", 620, ("sheltered", "evicted", "relocated", "moved", "evacuated"), "FRA", ("préfecture",)),
    ("direct-calais-campement.txt", 200, "destroyed", "FRA", ("Pierre Roques", "Roques", "Auberge des migrants")),
    ("direct-calais-campement.txt", 5, "killed", "FRA", ("préfecture maritime", "préfecture")),
    ("direct-calais-campement.txt", 47, "rescued", "FRA", None),
    ("direct-calais-campement.txt", 36816, ("arrived", "migrants"), "GBR", ("ministère de l'Intérieur", "ministère")),
    ("direct-calais-campement.txt", 78, "killed", None, OIM),
    # RFI, Central African Republic and refugees in Chad.
    ("rfi-centrafrique-refugies.txt", 7500, ("refugees", "fled", "arrived", "hosted"), "TCD", HCR),
    ("rfi-centrafrique-refugies.txt", 23, "killed", "CAF", ("notable",)),
    ("rfi-centrafrique-refugies.txt", 14000, DISPLACED, "CAF", OCHA),
    ("rfi-centrafrique-refugies.txt", 31, "injured", "CAF", ("Médecins sans frontières", "MSF")),
    ("rfi-centrafrique-refugies.txt", 1200000, ("refugees", "hosted"), "TCD", None),
    ("rfi-centrafrique-refugies.txt", 130000, ("refugees", "hosted"), "TCD", None),
    ("rfi-centrafrique-refugies.txt", 450000, DISPLACED, "CAF", ("Nations unies",)),
]

# Numbers in the texts that count no event (sites, schools, police officers, distances, doses, percentages).
NO_EVENT = [
    ("rfi-haiti-kenscoff.txt", 108),
    ("hcr-liban-retours-syrie.txt", 27),
    ("afp-mozambique-cyclone-jude.txt", 14),
    ("alwihda-ndjamena-inondations.txt", 14),
    ("afp-algerie-expulsions-assamaka.txt", 15),
    ("oim-djibouti-naufrage.txt", 150),
    ("oms-burundi-mpox.txt", 30000),
    ("direct-calais-campement.txt", 350),
]

# Years, not figures.
NO_FIGURE = [
    ("afp-algerie-expulsions-assamaka.txt", 2024), ("oim-djibouti-naufrage.txt", 2024),
    ("direct-calais-campement.txt", 2024),
]
