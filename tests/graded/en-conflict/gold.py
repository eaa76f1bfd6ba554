"""Graded figures of the English conflict and movement fixtures in this folder (texts written for these tests:
wire stories, UNHCR briefing notes, OCHA updates, ministry and NGO statements, a liveblog, local press), graded
as a careful reader records them from the body (the headline is the title, not the text): (file, value, event
classes accepted, country or None when the text leaves it open, source words accepted or None when no one is
named in the figure's sentence or referred back to by a pronoun). A movement between countries takes the
country people reach ("fled from Myanmar into Bangladesh": BGD; "returned from Iran": AFG), as in the French
set. Read by tests/graded/grade.py and tests/test_french_graded.py."""

UNHCR_BYUN = ("Eujin Byun", "UNHCR")
UNHCR_SARRADO = ("Olga Sarrado", "UNHCR")
IOM = ("International Organization for Migration", "IOM")

FIGURES = [
    ("sudan-el-fasher-reuters.txt", 47, "killed", "SDN", ("medical group", "Sudan Doctors Network")),
    ("sudan-el-fasher-reuters.txt", 83, "injured", "SDN", ("medical group", "Sudan Doctors Network")),
    ("sudan-el-fasher-reuters.txt", 14, "killed", "SDN", ("Sudan Doctors Network",)),
    ("sudan-el-fasher-reuters.txt", 2000, "fled", "SDN", ("volunteer", "Emergency Response Rooms")),
    ("sudan-el-fasher-reuters.txt", 400000, ("displaced", "idps"), "SDN", IOM),
    ("sudan-el-fasher-reuters.txt", 12000000, ("displaced", "idps"), "SDN", ("U.N.", "United Nations")),
    ("sudan-el-fasher-reuters.txt", 4000000, ("arrived", "refugees", "fled", "displaced"), None, ("U.N.", "United Nations")),

    ("chad-unhcr-briefing.txt", 68000, ("refugees", "arrived"), "TCD", UNHCR_BYUN),
    ("chad-unhcr-briefing.txt", 11500, "arrived", "TCD", UNHCR_BYUN),
    ("chad-unhcr-briefing.txt", 300, "injured", "TCD", UNHCR_BYUN),
    ("chad-unhcr-briefing.txt", 1300000, ("refugees", "hosted"), "TCD", UNHCR_BYUN),
    ("chad-unhcr-briefing.txt", 1100000, ("refugees", "hosted"), "TCD", UNHCR_BYUN),
    ("chad-unhcr-briefing.txt", 1000000, ("arrived", "refugees", "returned"), "SSD", UNHCR_BYUN),

    ("drc-goma-ap.txt", 773, "killed", "COD", ("Patrick Muyaya", "spokesman")),
    ("drc-goma-ap.txt", 2900, "injured", "COD", ("Patrick Muyaya", "spokesman")),
    ("drc-goma-ap.txt", 600, "injured", "COD", ("International Committee of the Red Cross", "ICRC", "Red Cross")),
    ("drc-goma-ap.txt", 40, "injured", "COD", ("International Committee of the Red Cross", "ICRC", "Red Cross")),
    ("drc-goma-ap.txt", 500000, ("displaced", "idps"), "COD", ("OCHA", "humanitarian office")),
    ("drc-goma-ap.txt", 400000, ("in_camps", "displaced", "idps", "staying"), "COD", ("OCHA", "humanitarian office")),
    ("drc-goma-ap.txt", 1200, ("arrived", "fled", "refugees"), "RWA", ("authorities",)),
    ("drc-goma-ap.txt", 7000000, ("displaced", "idps"), "COD", ("refugee agency", "UNHCR")),

    ("myanmar-rohingya-afp.txt", 8000, ("fled", "refugees", "arrived"), "BGD", ("officials",)),
    ("myanmar-rohingya-afp.txt", 1500, ("deported", "expelled"), "BGD", ("Mohammed Mizanur Rahman", "commissioner")),
    ("myanmar-rohingya-afp.txt", 39, "injured", "BGD", ("Medecins Sans Frontieres", "MSF")),
    ("myanmar-rohingya-afp.txt", 17, "injured", "BGD", ("Medecins Sans Frontieres", "MSF")),
    ("myanmar-rohingya-afp.txt", 1000000, ("refugees", "hosted", "in_camps"), "BGD", None),
    ("myanmar-rohingya-afp.txt", 300000, ("displaced", "idps"), "MMR", ("UN",)),

    ("ukraine-kyiv-liveblog.txt", 23, "killed", "UKR", ("Tymur Tkachenko", "military administration")),
    ("ukraine-kyiv-liveblog.txt", 4, "killed", "UKR", ("Tymur Tkachenko", "military administration")),
    ("ukraine-kyiv-liveblog.txt", 48, "injured", "UKR", ("Tymur Tkachenko", "military administration")),
    ("ukraine-kyiv-liveblog.txt", 31, ("hospitalized", "injured"), "UKR", ("Tymur Tkachenko", "military administration")),
    ("ukraine-kyiv-liveblog.txt", 5, "missing", "UKR", ("emergency service",)),
    ("ukraine-kyiv-liveblog.txt", 1200, "evacuated", "UKR", ("Oleh Syniehubov", "governor")),
    ("ukraine-kyiv-liveblog.txt", 6900000, "refugees", None, ("refugee agency", "UNHCR")),
    ("ukraine-kyiv-liveblog.txt", 3700000, ("displaced", "idps"), "UKR", ("refugee agency", "UNHCR")),

    ("gaza-ministry-reuters.txt", 62, "killed", "PSE", ("health ministry",)),
    ("gaza-ministry-reuters.txt", 41689, "killed", "PSE", ("health ministry",)),
    ("gaza-ministry-reuters.txt", 158, "injured", "PSE", ("ministry",)),
    ("gaza-ministry-reuters.txt", 96625, "injured", "PSE", ("ministry",)),
    ("gaza-ministry-reuters.txt", 20, "killed", "PSE", ("military",)),
    ("gaza-ministry-reuters.txt", 1200, "killed", "ISR", ("Israeli tallies",)),
    ("gaza-ministry-reuters.txt", 250, "abducted", "ISR", ("Israeli tallies",)),
    ("gaza-ministry-reuters.txt", 1900000, ("displaced", "idps"), "PSE", ("United Nations",)),
    ("gaza-ministry-reuters.txt", 80000, "fled", "PSE", ("UNRWA", "agency for Palestinian refugees")),

    ("burkina-nrc-release.txt", 2000000, ("displaced", "idps"), "BFA", ("Norwegian Refugee Council", "NRC")),
    ("burkina-nrc-release.txt", 270000, "trapped", "BFA", ("local authorities",)),
    ("burkina-nrc-release.txt", 35, "killed", "BFA", ("NRC",)),
    ("burkina-nrc-release.txt", 150000, "fled", "BFA", ("organisation", "NRC")),

    ("haiti-gangs-ap.txt", 1300000, ("displaced", "fled"), "HTI", IOM),
    ("haiti-gangs-ap.txt", 60000, "fled", "HTI", IOM),
    ("haiti-gangs-ap.txt", 240000, ("sheltered", "in_camps", "displaced", "idps"), "HTI", IOM),
    ("haiti-gangs-ap.txt", 1617, "killed", "HTI", ("human rights office",)),
    ("haiti-gangs-ap.txt", 580, "injured", "HTI", ("human rights office",)),
    ("haiti-gangs-ap.txt", 92, "killed", "HTI", ("Ravina Shamdasani", "spokesperson")),
    ("haiti-gangs-ap.txt", 1800, ("expelled", "deported"), "HTI", ("Support Group for Returnees",)),

    ("afghanistan-returns-flash.txt", 256000, "returned", "AFG", IOM),
    ("afghanistan-returns-flash.txt", 113000, "deported", "AFG", None),
    ("afghanistan-returns-flash.txt", 1400000, ("returned", "deported"), "AFG", None),
    ("afghanistan-returns-flash.txt", 860000, ("returned", "deported"), "AFG", None),
    ("afghanistan-returns-flash.txt", 30000, "deported", "AFG", ("UNHCR",)),
    ("afghanistan-returns-flash.txt", 51000, ("arrived", "returned"), "AFG", ("IOM",)),

    ("libya-boat-afp.txt", 45, "missing", "LBY", ("UN migration agency", "IOM")),
    ("libya-boat-afp.txt", 22, "rescued", "LBY", ("Flavio Di Giacomo", "IOM")),
    ("libya-boat-afp.txt", 3, "killed", "LBY", ("Flavio Di Giacomo", "IOM")),
    ("libya-boat-afp.txt", 1145, ("arrived", "rescued", "migrants"), "ITA", ("coast guard",)),
    ("libya-boat-afp.txt", 20000, "arrived", "ITA", ("interior ministry",)),
    ("libya-boat-afp.txt", 42000, "arrived", "ITA", ("interior ministry",)),
    ("libya-boat-afp.txt", 2452, ("killed", "missing"), None, ("Missing Migrants Project", "IOM")),

    ("channel-crossings-uk.txt", 1190, "arrived", "GBR", ("Home Office",)),
    ("channel-crossings-uk.txt", 14812, "arrived", "GBR", None),
    ("channel-crossings-uk.txt", 2, "killed", "FRA", ("French authorities",)),
    ("channel-crossings-uk.txt", 50, "rescued", "FRA", ("spokesman", "prefecture")),
    ("channel-crossings-uk.txt", 78, "killed", None, IOM),
    ("channel-crossings-uk.txt", 24000, ("deported", "expelled", "returned"), "GBR", ("Yvette Cooper", "Home Secretary")),

    ("yemen-marib-ocha.txt", 4600, ("displaced", "idps"), "YEM", None),
    ("yemen-marib-ocha.txt", 16, "killed", "YEM", None),
    ("yemen-marib-ocha.txt", 6, "killed", "YEM", None),
    ("yemen-marib-ocha.txt", 2100, "aid", "YEM", None),
    ("yemen-marib-ocha.txt", 4600, ("displaced", "idps"), "YEM", ("Displacement Tracking Matrix", "DTM")),
    ("yemen-marib-ocha.txt", 760, ("displaced", "idps"), "YEM", ("Displacement Tracking Matrix", "DTM")),
    ("yemen-marib-ocha.txt", 16, "killed", "YEM", ("Health partners",)),
    ("yemen-marib-ocha.txt", 29, "injured", "YEM", ("Health partners",)),
    ("yemen-marib-ocha.txt", 11, "injured", "YEM", None),
    ("yemen-marib-ocha.txt", 1300000, ("idps", "displaced", "hosted"), "YEM", ("Executive Unit",)),
    ("yemen-marib-ocha.txt", 2100, "aid", "YEM", ("partners",)),
    ("yemen-marib-ocha.txt", 450, "aid", "YEM", ("partners",)),

    ("somalia-save-children.txt", 90000, "fled", "SOM", ("Save the Children",)),
    ("somalia-save-children.txt", 55000, "fled", "SOM", ("Save the Children",)),
    ("somalia-save-children.txt", 14, "killed", "SOM", ("Mohamud Mohamed Hassan", "Country Director")),
    ("somalia-save-children.txt", 12, "killed", "SOM", ("residents", "Abdi Nur", "elder")),
    ("somalia-save-children.txt", 20, "injured", "SOM", ("residents", "Abdi Nur", "elder")),
    ("somalia-save-children.txt", 3900000, ("idps", "displaced"), "SOM", ("UN",)),

    ("mali-boulkessi-communique.txt", 30, "killed", "MLI", None),
    ("mali-boulkessi-communique.txt", 22, "injured", "MLI", None),
    ("mali-boulkessi-communique.txt", 41, "killed", "MLI", None),
    ("mali-boulkessi-communique.txt", 3500, ("relocated", "moved", "evacuated"), "MLI", ("Government",)),

    ("drc-msf-north-kivu.txt", 700, "injured", "COD", ("Medecins Sans Frontieres", "MSF")),
    ("drc-msf-north-kivu.txt", 143, "injured", "COD", None),
    ("drc-msf-north-kivu.txt", 25, "injured", "COD", None),
    ("drc-msf-north-kivu.txt", 8, "killed", "COD", None),
    ("drc-msf-north-kivu.txt", 100000, ("departed", "returned", "fled"), "COD", ("Virginie Napolitano", "emergency coordinator")),
    ("drc-msf-north-kivu.txt", 12, "infected", "COD", ("MSF", "Medecins Sans Frontieres")),

    ("darfur-dabanga.txt", 27, "killed", "SDN", ("residents",)),
    ("darfur-dabanga.txt", 31, "injured", "SDN", ("residents",)),
    ("darfur-dabanga.txt", 120, ("destroyed", "damaged"), "SDN", ("survivor",)),
    ("darfur-dabanga.txt", 7, "killed", "SDN", ("Emergency Lawyers",)),
    ("darfur-dabanga.txt", 5, "killed", "SDN", ("Emergency Lawyers",)),
    ("darfur-dabanga.txt", 3100, ("arrived", "fled"), "SDN", ("coordination",)),
    ("darfur-dabanga.txt", 600000, ("sheltered", "hosted", "displaced", "idps"), "SDN", ("coordination",)),

    ("niger-fambita-reuters.txt", 44, "killed", "NER", ("government",)),
    ("niger-fambita-reuters.txt", 13, "injured", "NER", ("government",)),
    ("niger-fambita-reuters.txt", 400000, ("displaced", "fled"), "NER", ("U.N.",)),
    ("niger-fambita-reuters.txt", 10, "killed", "NER", ("army",)),

    ("south-sudan-renk.txt", 1500, ("arrived", "returned"), "SSD", None),
    ("south-sudan-renk.txt", 1100000, ("arrived", "refugees", "returned", "hosted"), "SSD", ("Marie-Helene Verney", "UNHCR")),
    ("south-sudan-renk.txt", 15000, ("sheltered", "in_camps"), "SSD", IOM),
    ("south-sudan-renk.txt", 1050, "infected", "SSD", ("health authorities",)),
    ("south-sudan-renk.txt", 20, "killed", "SSD", ("health authorities",)),
    ("south-sudan-renk.txt", 140000, ("relocated", "moved", "returned"), "SSD", ("IOM",)),

    ("pakistan-torkham-dawn.txt", 19000, ("repatriated", "returned", "deported"), "AFG", ("officials",)),
    ("pakistan-torkham-dawn.txt", 19347, ("repatriated", "arrived", "returned"), "AFG", ("home department",)),
    ("pakistan-torkham-dawn.txt", 6112, ("repatriated", "arrived", "returned"), "AFG", ("home department",)),
    ("pakistan-torkham-dawn.txt", 7980, ("repatriated", "arrived", "returned"), "AFG", ("home department",)),
    ("pakistan-torkham-dawn.txt", 2260, ("deported", "detained"), "AFG", None),
    ("pakistan-torkham-dawn.txt", 4512, "detained", "PAK", ("official",)),
    ("pakistan-torkham-dawn.txt", 850000, ("departed", "returned", "repatriated"), None, ("official",)),

    ("darien-panama-ap.txt", 160000, ("arrived", "migrants"), "PAN", ("National Migration Service",)),
    ("darien-panama-ap.txt", 200000, ("arrived", "migrants"), "PAN", ("National Migration Service",)),
    ("darien-panama-ap.txt", 55, "killed", "PAN", ("agency", "National Migration Service")),
    ("darien-panama-ap.txt", 1300, ("repatriated", "deported"), None, ("Frank Abrego", "Security Minister")),

    ("mauritania-unhcr-briefing.txt", 55000, ("refugees", "arrived", "fled", "sheltered"), "MRT", UNHCR_SARRADO),
    ("mauritania-unhcr-briefing.txt", 250000, ("refugees", "hosted"), "MRT", UNHCR_SARRADO),
    ("mauritania-unhcr-briefing.txt", 11, "killed", "MLI", UNHCR_SARRADO),
    ("mauritania-unhcr-briefing.txt", 70000, ("hosted", "refugees"), "MRT", UNHCR_SARRADO),
]

# Numbers in these texts that are no figure at all: days of a month, years, clock times, a document's number,
# a place's number ("Delmas 30").
NO_FIGURE = [
    ("sudan-el-fasher-reuters.txt", 2023),
    ("chad-unhcr-briefing.txt", 2025),
    ("drc-goma-ap.txt", 26),
    ("myanmar-rohingya-afp.txt", 20), ("myanmar-rohingya-afp.txt", 5), ("myanmar-rohingya-afp.txt", 2017),
    ("ukraine-kyiv-liveblog.txt", 9), ("ukraine-kyiv-liveblog.txt", 14), ("ukraine-kyiv-liveblog.txt", 25),
    ("ukraine-kyiv-liveblog.txt", 40),
    ("gaza-ministry-reuters.txt", 7), ("gaza-ministry-reuters.txt", 2023),
    ("burkina-nrc-release.txt", 5), ("burkina-nrc-release.txt", 2018),
    ("haiti-gangs-ap.txt", 30),
    ("afghanistan-returns-flash.txt", 10), ("afghanistan-returns-flash.txt", 9), ("afghanistan-returns-flash.txt", 4),
    ("afghanistan-returns-flash.txt", 2025),
    ("libya-boat-afp.txt", 14), ("libya-boat-afp.txt", 2024),
    ("channel-crossings-uk.txt", 2025),
    ("yemen-marib-ocha.txt", 18), ("yemen-marib-ocha.txt", 2), ("yemen-marib-ocha.txt", 2025),
    ("somalia-save-children.txt", 2024),
    ("mali-boulkessi-communique.txt", 6), ("mali-boulkessi-communique.txt", 2025),
    ("drc-msf-north-kivu.txt", 27), ("drc-msf-north-kivu.txt", 2025),
    ("darfur-dabanga.txt", 2025),
    ("niger-fambita-reuters.txt", 1300), ("niger-fambita-reuters.txt", 2023), ("niger-fambita-reuters.txt", 3),
    ("pakistan-torkham-dawn.txt", 2023), ("pakistan-torkham-dawn.txt", 7),
]

# Numbers in these texts that are no figure of people's plight (ammunition, sites, boats, capacity, a city's
# population, money, shares, distances, measures, durations: figures with a unit by SPEC): they must carry no
# event class.
NO_EVENT = [
    ("sudan-el-fasher-reuters.txt", 60), ("sudan-el-fasher-reuters.txt", 37),
    ("chad-unhcr-briefing.txt", 7), ("chad-unhcr-briefing.txt", 15), ("gaza-ministry-reuters.txt", 24),
    ("chad-unhcr-briefing.txt", 1800000000), ("chad-unhcr-briefing.txt", 14),
    ("drc-goma-ap.txt", 2000000), ("drc-goma-ap.txt", 100),
    ("ukraine-kyiv-liveblog.txt", 440), ("ukraine-kyiv-liveblog.txt", 32), ("ukraine-kyiv-liveblog.txt", 405),
    ("ukraine-kyiv-liveblog.txt", 28),
    ("gaza-ministry-reuters.txt", 2300000),
    ("burkina-nrc-release.txt", 12),
    ("haiti-gangs-ap.txt", 246), ("haiti-gangs-ap.txt", 529), ("haiti-gangs-ap.txt", 24),
    ("channel-crossings-uk.txt", 19), ("channel-crossings-uk.txt", 63), ("channel-crossings-uk.txt", 42),
    ("yemen-marib-ocha.txt", 200),
    ("somalia-save-children.txt", 34), ("somalia-save-children.txt", 1600000000),
    ("south-sudan-renk.txt", 3000), ("south-sudan-renk.txt", 70),
    ("pakistan-torkham-dawn.txt", 12),
    ("mauritania-unhcr-briefing.txt", 90000),
]
