"""Graded figures of six news events, each told by three outlets (texts written for these tests: wire stories,
broadcasters, local papers, UN and NGO releases, a liveblog), graded as the shared realnews annotations are:
(file, value, event classes accepted, country or None when the text leaves it open, source words accepted or
None, {approx, counted, term, when}). ``term`` holds the stems of the text's word, ``counted`` what is counted
("people|person" for people), ``approx`` one of over, at least, about, up to, almost, under, and ``when`` the
date the figure's own sentence gives it, resolved from DATE ("on Tuesday": 2025-03-11; "since January": from
January; "in December": the past one; "last year": 2024); a figure whose sentence dates nothing has no ``when``.
A movement between countries takes the country people reach. Read by tests/graded/grade.py and
tests/test_french_graded.py."""

DATE = "2025-03-14"  # a Friday

KILL = "kill|dead|death|died|die|fatalit|lives"
INJ = "injur|wound|hurt"
PEOPLE = "people|person"
AFAD = ("AFAD", "disaster agency", "disaster management agency")
INGD = ("INGD", "National Institute for Disaster", "authorities")
COSSA = ("Fatima Cossa", "spokeswoman", "INGD")
IOM = ("International Organization for Migration", "IOM", "DTM", "Displacement Tracking Matrix")
MUHARI = ("Abdul Muhari", "BNPB", "agency")

FIGURES = [
    # Turkey earthquake, Tuesday 11 March
    ("turkey-quake-wire.txt", 212, "killed", "TUR", AFAD, {"term": KILL, "when": "2025-03-13"}),
    ("turkey-quake-wire.txt", 1460, "injured", "TUR", AFAD, {"counted": PEOPLE, "term": INJ}),
    ("turkey-quake-wire.txt", 96, ("hospitalized", "injured"), "TUR", AFAD, {"term": "care|intensive|hospital|injur|remain"}),
    ("turkey-quake-wire.txt", 340, ("destroyed", "damaged"), "TUR", AFAD, {"approx": "over", "counted": "building", "term": "collaps|damag|destroy"}),
    ("turkey-quake-wire.txt", 57, "rescued", "TUR", ("Ali Yerlikaya", "Interior Minister", "Yerlikaya"), {"counted": PEOPLE, "term": "pull|rescu|alive"}),
    ("turkey-quake-wire.txt", 148, "killed", "TUR", None, {"term": KILL + "|toll", "when": "2025-03-12"}),
    ("turkey-quake-wire.txt", 38000, ("sheltered", "homeless", "displaced"), "TUR", ("Turkish Red Crescent", "Red Crescent"), {"approx": "about", "counted": PEOPLE, "term": "tent|shelter|spent|hall"}),
    ("turkey-quake-wire.txt", 9, "killed", "SYR", ("civil defence",), {"counted": PEOPLE, "term": KILL, "when": "2025-03-11"}),
    ("turkey-quake-wire.txt", 53000, "killed", "TUR", None, {"approx": "over", "counted": PEOPLE, "term": KILL, "when": "2023-02"}),

    ("turkey-quake-bbc.txt", 209, "killed", "TUR", AFAD, {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("turkey-quake-bbc.txt", 1400, "injured", "TUR", AFAD, {"approx": "over", "term": INJ, "when": "2025-03-13"}),
    ("turkey-quake-bbc.txt", 11, "killed", "TUR", ("Mehmet Demir",), {"counted": "member|family", "term": "lost|lose|" + KILL}),
    ("turkey-quake-bbc.txt", 3000, "evacuated", "TUR", ("governor",), {"approx": "about", "counted": PEOPLE, "term": "evacuat"}),
    ("turkey-quake-bbc.txt", 120000, "in_need", "TUR", ("World Health Organization", "WHO"), {"approx": "up to", "counted": PEOPLE, "term": "need", "when": "2025-03-12"}),
    ("turkey-quake-bbc.txt", 12, "killed", "SYR", ("White Helmets",), {"approx": "at least", "counted": PEOPLE, "term": KILL}),

    ("turkey-quake-liveblog.txt", 212, "killed", "TUR", None, {"term": KILL}),  # the entry's headline line
    ("turkey-quake-liveblog.txt", 212, "killed", "TUR", AFAD, {"counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("turkey-quake-liveblog.txt", 148, "killed", "TUR", AFAD, {"term": KILL + "|toll", "when": "2025-03-12"}),
    ("turkey-quake-liveblog.txt", 1460, "injured", "TUR", AFAD, {"term": INJ}),
    ("turkey-quake-liveblog.txt", 600, "injured", "TUR", ("Ayse Kaplan", "chief physician"), {"approx": "almost", "counted": "wounded|people|person", "term": "wound|injur|treat"}),
    ("turkey-quake-liveblog.txt", 38000, "sheltered", "TUR", ("Turkish Red Crescent", "Red Crescent"), {"approx": "about", "counted": PEOPLE, "term": "shelter"}),
    ("turkey-quake-liveblog.txt", 2, "rescued", "TUR", None, {"counted": "child", "term": "rescu"}),

    # Cyclone Hondo, Mozambique, landfall Monday 10 March
    ("mozambique-cyclone-ocha.txt", 38, "killed", "MOZ", INGD, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("mozambique-cyclone-ocha.txt", 211, "injured", "MOZ", INGD, {"term": INJ}),
    ("mozambique-cyclone-ocha.txt", 176000, "affected", "MOZ", None, {"approx": "over", "counted": PEOPLE, "term": "affect"}),
    ("mozambique-cyclone-ocha.txt", 21840, "damaged", "MOZ", INGD, {"counted": "house", "term": "damag", "when": "2025-03-13"}),
    ("mozambique-cyclone-ocha.txt", 6300, "destroyed", "MOZ", INGD, {"counted": "house", "term": "destroy", "when": "2025-03-13"}),
    ("mozambique-cyclone-ocha.txt", 34000, "sheltered", "MOZ", None, {"approx": "about", "counted": PEOPLE, "term": "shelter"}),
    ("mozambique-cyclone-ocha.txt", 97, "damaged", "MOZ", ("health directorate",), {"approx": "at least", "counted": "facilit", "term": "damag"}),
    ("mozambique-cyclone-ocha.txt", 410000, "in_need", "MOZ", ("Humanitarian partners", "partners"), {"approx": "about", "counted": PEOPLE, "term": "need|assist"}),

    ("mozambique-cyclone-afp.txt", 41, "killed", "MOZ", ("authorities",), {"term": KILL, "when": "2025-03-13"}),
    ("mozambique-cyclone-afp.txt", 41, "killed", "MOZ", COSSA, {"counted": PEOPLE, "term": "lost|" + KILL}),
    ("mozambique-cyclone-afp.txt", 236, "injured", "MOZ", COSSA, {"term": INJ}),
    ("mozambique-cyclone-afp.txt", 38, "killed", "MOZ", COSSA, {"term": KILL + "|toll"}),
    ("mozambique-cyclone-afp.txt", 28000, "damaged", "MOZ", COSSA, {"approx": "over", "counted": "home|house", "term": "roof|tore|tear|damag"}),
    ("mozambique-cyclone-afp.txt", 90000, "affected", "MOZ", ("UNICEF", "children's agency"), {"approx": "almost", "counted": "child", "term": "affect"}),
    ("mozambique-cyclone-afp.txt", 300, ("damaged", "destroyed"), "MOZ", ("UNICEF", "children's agency"), {"approx": "at least", "counted": "school", "term": "damag|destroy"}),
    ("mozambique-cyclone-afp.txt", 2, "killed", "MWI", ("disaster management",), {"counted": PEOPLE, "term": KILL}),
    ("mozambique-cyclone-afp.txt", 1200, "displaced", "MWI", ("disaster management",), {"approx": "about", "counted": "household", "term": "displac"}),
    ("mozambique-cyclone-afp.txt", 120, "killed", "MOZ", None, {"counted": PEOPLE, "term": KILL, "when": "2024-12"}),

    ("mozambique-cyclone-local.txt", 14, "killed", "MOZ", ("Abdul Remane", "administrator"), {"counted": PEOPLE, "term": KILL, "when": "2025-03-12"}),
    ("mozambique-cyclone-local.txt", 3500, ("homeless", "displaced", "destroyed"), "MOZ", ("Abdul Remane", "administrator"), {"counted": "famil", "term": "lost|lose|home"}),
    ("mozambique-cyclone-local.txt", 1870, "damaged", "MOZ", ("municipal council",), {"counted": "house", "term": "damag"}),
    ("mozambique-cyclone-local.txt", 9, "killed", "MOZ", ("municipal council",), {"counted": "death", "term": KILL}),
    ("mozambique-cyclone-local.txt", 27, ("infected", "diagnosed"), "MOZ", ("Celso Muianga", "health director"), {"counted": "case", "term": "cholera|case|record", "when": "2025-03"}),

    # Lebanon, hostilities resumed Sunday 2 March
    ("lebanon-iom-release.txt", 96000, "displaced", "LBN", IOM, {"approx": "almost", "counted": PEOPLE, "term": "displac", "when": "2025-03"}),
    ("lebanon-iom-release.txt", 14500, ("in_camps", "sheltered", "staying"), "LBN", None, {"approx": "about", "term": "stay|shelter"}),
    ("lebanon-iom-release.txt", 8200, "returned", "LBN", IOM, {"counted": PEOPLE, "term": "return", "when": "2025-03"}),
    ("lebanon-iom-release.txt", 23000, ("arrived", "fled", "refugees", "moved"), "SYR", ("authorities",), {"counted": PEOPLE, "term": "cross", "when": "2025-03"}),
    ("lebanon-iom-release.txt", 1200000, "displaced", "LBN", None, {"approx": "over", "counted": PEOPLE, "term": "displac", "when": "2023-10"}),

    ("lebanon-aljazeera.txt", 87, "killed", "LBN", ("health ministry",), {"counted": PEOPLE, "term": KILL, "when": "2025-03"}),
    ("lebanon-aljazeera.txt", 12, "killed", "LBN", ("health ministry",), {"counted": "child", "term": KILL}),
    ("lebanon-aljazeera.txt", 342, "injured", "LBN", ("health ministry",), {"counted": "other|people", "term": INJ}),
    ("lebanon-aljazeera.txt", 40000, ("sheltered", "displaced", "idps", "in_camps"), "LBN", ("Walid Karam", "coordinator"), {"approx": "about", "counted": "displaced|people", "term": "regist|shelter|displac"}),
    ("lebanon-aljazeera.txt", 2, "injured", None, ("Israeli military", "military"), {"counted": "soldier", "term": INJ, "when": "2025-03-12"}),

    ("lebanon-ap.txt", 9, "killed", "LBN", ("state news agency", "news agency"), {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-03-14"}),
    ("lebanon-ap.txt", 96, "killed", "LBN", ("Health Ministry",), {"term": KILL, "when": "2025-03"}),
    ("lebanon-ap.txt", 110000, ("displaced", "idps"), "LBN", ("refugee agency", "United Nations"), {"approx": "over", "counted": PEOPLE, "term": "displac"}),
    ("lebanon-ap.txt", 96000, ("displaced", "idps"), "LBN", ("refugee agency", "United Nations"), {"term": "displac", "when": "2025-03"}),
    ("lebanon-ap.txt", 25000, ("arrived", "fled", "refugees", "moved"), "SYR", ("refugee agency", "United Nations"), {"approx": "about", "term": "cross"}),
    ("lebanon-ap.txt", 4000, "evacuated", "ISR", ("authorities",), {"approx": "about", "counted": "resident", "term": "evacuat"}),
    ("lebanon-ap.txt", 4000, "killed", "LBN", ("Health Ministry",), {"approx": "over", "counted": PEOPLE, "term": KILL, "when": "2024"}),
    ("lebanon-ap.txt", 1200000, "displaced", "LBN", ("Health Ministry",), {"approx": "about", "term": "displac", "when": "2024"}),

    # Shipwreck off Crete, Monday night 10 March
    ("greece-shipwreck-unhcr-iom.txt", 27, "killed", "GRC", ("IOM", "UNHCR"), {"approx": "at least", "counted": PEOPLE, "term": "lost|" + KILL, "when": "2025-03-10"}),
    ("greece-shipwreck-unhcr-iom.txt", 54, "rescued", "GRC", ("Greek authorities", "authorities"), {"counted": "survivor", "term": "rescu"}),
    ("greece-shipwreck-unhcr-iom.txt", 411, ("killed", "missing", "casualties"), None, ("Missing Migrants Project", "IOM"), {"counted": PEOPLE, "term": "died|die|missing", "when": "2025-01"}),
    ("greece-shipwreck-unhcr-iom.txt", 2400, "killed", None, None, {"approx": "over", "counted": "death", "term": KILL, "when": "2024"}),

    ("greece-shipwreck-ap.txt", 4, "killed", "GRC", ("officials",), {"counted": "bod", "term": "recover|bod", "when": "2025-03-12"}),
    ("greece-shipwreck-ap.txt", 31, "killed", "GRC", ("officials",), {"term": KILL}),
    ("greece-shipwreck-ap.txt", 54, "rescued", "GRC", ("Nikos Alexiou", "spokesman"), {"counted": PEOPLE, "term": "rescu"}),
    ("greece-shipwreck-ap.txt", 35, "missing", "GRC", ("Nikos Alexiou", "spokesman"), {"approx": "at least", "term": "missing"}),
    ("greece-shipwreck-ap.txt", 9, ("detained",), "GRC", ("police",), {"counted": "smuggler", "term": "arrest"}),
    ("greece-shipwreck-ap.txt", 8000, "arrived", "GRC", ("coast guard",), {"approx": "over", "counted": "migrant", "term": "arriv", "when": "2025-01"}),

    ("greece-shipwreck-kathimerini.txt", 31, "killed", "GRC", None, {"term": KILL + "|toll", "when": "2025-03-12"}),
    ("greece-shipwreck-kathimerini.txt", 35, "missing", "GRC", None, {"approx": "at least", "counted": PEOPLE, "term": "missing"}),
    ("greece-shipwreck-kathimerini.txt", 54, ("sheltered", "relocated", "rescued", "hosted"), "GRC", None, {"counted": "survivor", "term": "hous|transfer"}),
    ("greece-shipwreck-kathimerini.txt", 1250, "arrived", "GRC", ("regional authorities", "authorities"), {"counted": "migrant", "term": "receiv|arriv", "when": "2025-03"}),
    ("greece-shipwreck-kathimerini.txt", 3100, "arrived", "GRC", ("regional authorities", "authorities"), {"term": "receiv|arriv", "when": "2023"}),
    ("greece-shipwreck-kathimerini.txt", 720, "hosted", "GRC", ("Municipal officials", "officials"), {"counted": PEOPLE, "term": "host", "when": "2025-03"}),

    # Haiti, gang attacks in early March
    ("haiti-iom-release.txt", 60000, ("fled", "displaced"), "HTI", IOM, {"approx": "over", "counted": PEOPLE, "term": "flee|fled|forced", "when": "2025-03"}),
    ("haiti-iom-release.txt", 1100000, ("idps", "displaced"), "HTI", None, {"approx": "over", "counted": "displaced|idp|people", "term": "displac"}),
    ("haiti-iom-release.txt", 24000, ("in_camps", "staying", "sheltered"), "HTI", None, {"approx": "about", "counted": PEOPLE, "term": "stay|site|shelter"}),
    ("haiti-iom-release.txt", 4860, "deported", "HTI", IOM, {"counted": "deportation|haitian", "term": "deport", "when": "2025-03"}),

    ("haiti-ap.txt", 15, "killed", "HTI", ("police",), {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("haiti-ap.txt", 2, "killed", "HTI", ("police",), {"counted": "toddler", "term": KILL}),
    ("haiti-ap.txt", 4000, "fled", "HTI", ("local officials", "officials"), {"approx": "about", "counted": "resident", "term": "fled|flee"}),
    ("haiti-ap.txt", 1086, "killed", "HTI", ("human rights office", "U.N."), {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-01"}),
    ("haiti-ap.txt", 538, "injured", "HTI", ("human rights office", "U.N."), {"term": INJ, "when": "2025-01"}),

    ("haiti-times.txt", 22, "killed", "HTI", ("Massillon Jean", "mayor"), {"counted": PEOPLE, "term": KILL, "when": "2025-03"}),
    ("haiti-times.txt", 150, ("destroyed", "damaged"), "HTI", ("Massillon Jean", "mayor"), {"approx": "over", "counted": "home", "term": "fire|burn|set"}),
    ("haiti-times.txt", 3200, ("arrived", "displaced", "idps", "sheltered"), "HTI", ("Civil protection",), {"counted": "displaced|people", "term": "arriv|displac", "when": "2025-03"}),
    ("haiti-times.txt", 47, "injured", "HTI", ("Doctors Without Borders", "MSF"), {"counted": "patient", "term": "gunshot|wound|treat|injur"}),
    ("haiti-times.txt", 5601, "killed", "HTI", ("U.N.", "UN"), {"counted": PEOPLE, "term": KILL, "when": "2024"}),

    # West Sumatra floods, Monday night 10 March
    ("indonesia-floods-reuters.txt", 26, "killed", "IDN", MUHARI, {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-03-12"}),
    ("indonesia-floods-reuters.txt", 11, "missing", "IDN", MUHARI, {"term": "missing", "when": "2025-03-12"}),
    ("indonesia-floods-reuters.txt", 3400, "evacuated", "IDN", MUHARI, {"approx": "over", "counted": PEOPLE, "term": "evacuat"}),
    ("indonesia-floods-reuters.txt", 580, "damaged", "IDN", MUHARI, {"approx": "at least", "counted": "house", "term": "damag"}),
    ("indonesia-floods-reuters.txt", 67, "killed", "IDN", None, {"counted": PEOPLE, "term": KILL, "when": "2024-05"}),

    ("indonesia-floods-antara.txt", 31, "killed", "IDN", MUHARI, {"counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("indonesia-floods-antara.txt", 5, "killed", "IDN", MUHARI, {"counted": "bod", "term": "found|bod"}),
    ("indonesia-floods-antara.txt", 31, "killed", "IDN", MUHARI, {"term": KILL}),
    ("indonesia-floods-antara.txt", 7, "missing", "IDN", MUHARI, {"counted": PEOPLE, "term": "search|missing"}),
    ("indonesia-floods-antara.txt", 4125, "displaced", "IDN", MUHARI, {"counted": "resident", "term": "displac"}),
    ("indonesia-floods-antara.txt", 612, "damaged", "IDN", MUHARI, {"counted": "house", "term": "damag"}),

    ("indonesia-floods-cna.txt", 31, "killed", "IDN", None, {"term": KILL + "|toll", "when": "2025-03-13"}),
    ("indonesia-floods-cna.txt", 26, "killed", "IDN", None, {"term": KILL + "|toll"}),
    ("indonesia-floods-cna.txt", 7, "missing", "IDN", ("officials",), {"counted": PEOPLE, "term": "missing"}),
    ("indonesia-floods-cna.txt", 4200, ("staying", "sheltered", "displaced"), "IDN", None, {"approx": "almost", "counted": PEOPLE, "term": "stay|shelter"}),
    ("indonesia-floods-cna.txt", 67, "killed", "IDN", None, {"counted": PEOPLE, "term": KILL, "when": "2024-05"}),
]

# Numbers that are no figure at all: days, years, clock times.
NO_FIGURE = [
    ("turkey-quake-liveblog.txt", 2025),
    ("greece-shipwreck-unhcr-iom.txt", 2025),
]

# Numbers that are no figure of people's plight (magnitudes, districts, personnel, tents, shelters as places,
# shares, customers, money, capacity, ages, durations): they must carry no event class.
NO_EVENT = [
    ("turkey-quake-wire.txt", 14),
    ("turkey-quake-wire.txt", 11000),
    ("turkey-quake-bbc.txt", 2100),
    ("turkey-quake-liveblog.txt", 4200),
    ("turkey-quake-liveblog.txt", 23),
    ("mozambique-cyclone-ocha.txt", 62),
    ("mozambique-cyclone-ocha.txt", 195),
    ("mozambique-cyclone-afp.txt", 190),
    ("mozambique-cyclone-local.txt", 60),
    ("mozambique-cyclone-local.txt", 45000),
    ("mozambique-cyclone-local.txt", 310000),
    ("lebanon-iom-release.txt", 71),
    ("lebanon-iom-release.txt", 112),
    ("lebanon-aljazeera.txt", 43),
    ("lebanon-aljazeera.txt", 150),
    ("greece-shipwreck-kathimerini.txt", 24),
    ("greece-shipwreck-kathimerini.txt", 300),
    ("haiti-iom-release.txt", 42),
    ("haiti-iom-release.txt", 18),
    ("haiti-ap.txt", 1000),
    ("indonesia-floods-antara.txt", 19),
    ("indonesia-floods-cna.txt", 52),
]
