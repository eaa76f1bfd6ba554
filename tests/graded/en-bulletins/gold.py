"""Graded figures of English humanitarian bulletins and wire stories in this folder (texts written for these tests,
blind: the gold was written and committed before newsfacts was run on them): an IOM DTM flash update, an OCHA
situation report, an IFRC DREF summary, a UNHCR briefing note, a WHO outbreak note, an IOM release, Reuters, AP and
AFP wires, local press and two liveblogs; floods, cyclones, an earthquake, conflict displacement, returns,
deportations, cross-border flows, cholera and an eviction, in Africa, Asia, the Middle East, the Americas and
Europe. For each figure a careful reader records in the body (the first line is the title, not the text): (file,
value, event classes accepted, country or None when the text leaves it open, source words accepted or None when no
one is named in or for the sentence). A movement between countries takes the country people reach. Read by
tests/graded/grade.py and tests/test_french_graded.py."""

DISPLACED = ("displaced", "idps")
SHELTERED = ("sheltered", "in_camps", "displaced", "hosted", "staying")
RETURNED = ("returned", "repatriated", "deported", "arrived")
DTM = ("Displacement Tracking Matrix", "DTM", "International Organization for Migration", "IOM")
ETH_BUREAU = ("Disaster Risk Management Bureau", "Bureau")
BALOCH = ("UNHCR", "Babar Baloch", "Baloch", "Refugee Agency")
BNGRC = ("BNGRC", "National Office for Risk", "disaster office")
GUAT = ("Guatemalan Migration Institute", "migration institute", "Institute")
DMC = ("Disaster Management Centre", "DMC")

FIGURES = [
    # IOM DTM flash update, Ethiopia floods: narrative then key-figure bullets then narrative.
    ("dtm-ethiopia-floods-flash.txt", 48650, DISPLACED, "ETH", DTM + ETH_BUREAU),
    ("dtm-ethiopia-floods-flash.txt", 8110, DISPLACED, "ETH", DTM + ETH_BUREAU),
    ("dtm-ethiopia-floods-flash.txt", 48650, DISPLACED, "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 8110, DISPLACED, "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 14, "killed", "ETH", ("regional authorities", "authorities")),
    ("dtm-ethiopia-floods-flash.txt", 3260, "destroyed", "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 5900, "damaged", "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 19400, SHELTERED, "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 112000, "affected", "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 21700, ("fled", "displaced", "evacuated"), "ETH", ETH_BUREAU),
    ("dtm-ethiopia-floods-flash.txt", 9, "killed", "ETH", ETH_BUREAU),
    ("dtm-ethiopia-floods-flash.txt", 1500, ("destroyed", "damaged"), "ETH", ("UNHCR",)),
    ("dtm-ethiopia-floods-flash.txt", 2300, "aid", "ETH", None),
    ("dtm-ethiopia-floods-flash.txt", 86, "infected", "ETH", ("regional health bureau", "health bureau")),
    # OCHA situation report, returns to Afghanistan (the country people reach).
    ("ocha-afghanistan-returns-sitrep.txt", 148000, RETURNED, "AFG", ("IOM", "UNHCR", "border monitoring")),
    ("ocha-afghanistan-returns-sitrep.txt", 41300, ("arrived", "returned", "deported"), "AFG", None),
    ("ocha-afghanistan-returns-sitrep.txt", 2300000, "in_need", "AFG", None),
    ("ocha-afghanistan-returns-sitrep.txt", 6800, "detained", "PAK", ("UNHCR",)),
    ("ocha-afghanistan-returns-sitrep.txt", 87500, RETURNED, "AFG", ("IOM",)),
    ("ocha-afghanistan-returns-sitrep.txt", 2900, ("returned", "hosted", "in_camps", "staying", "sheltered", "displaced", "relocated", "moved"), "AFG", ("Directorate of Refugees and Repatriation", "Directorate")),
    ("ocha-afghanistan-returns-sitrep.txt", 52400, "aid", "AFG", None),
    ("ocha-afghanistan-returns-sitrep.txt", 310, "infected", "AFG", None),
    ("ocha-afghanistan-returns-sitrep.txt", 610000, "aid", "AFG", ("WFP",)),
    # IFRC DREF, Nigeria floods: households with people in brackets, planned reach.
    ("ifrc-dref-nigeria-floods.txt", 414000, SHELTERED, "NGA", ("State Emergency Management Agency", "SEMA")),
    ("ifrc-dref-nigeria-floods.txt", 37, "killed", "NGA", ("National Emergency Management Agency", "NEMA")),
    ("ifrc-dref-nigeria-floods.txt", 58, "injured", "NGA", ("National Emergency Management Agency", "NEMA")),
    ("ifrc-dref-nigeria-floods.txt", 2146, ("homeless", "destroyed", "displaced"), "NGA", ("Nigerian Red Cross", "NRCS")),
    ("ifrc-dref-nigeria-floods.txt", 12900, ("homeless", "destroyed", "displaced"), "NGA", ("Nigerian Red Cross", "NRCS")),
    ("ifrc-dref-nigeria-floods.txt", 1800000, ("idps", "displaced", "hosted"), "NGA", None),
    ("ifrc-dref-nigeria-floods.txt", 1000000, "affected", "NGA", ("state government",)),
    ("ifrc-dref-nigeria-floods.txt", 12, "infected", "NGA", ("Ministry of Health",)),
    ("ifrc-dref-nigeria-floods.txt", 2, "killed", "NGA", ("Ministry of Health",)),
    ("ifrc-dref-nigeria-floods.txt", 1350, ("evacuated", "rescued"), "NGA", ("Nigerian Red Cross", "Red Cross")),
    ("ifrc-dref-nigeria-floods.txt", 212, ("aid", "injured"), "NGA", ("Nigerian Red Cross", "Red Cross")),
    ("ifrc-dref-nigeria-floods.txt", 4000, "aid", "NGA", ("NRCS",)),
    ("ifrc-dref-nigeria-floods.txt", 24000, "aid", "NGA", ("NRCS",)),
    # UNHCR briefing note: the whole note is the spokesperson's word.
    ("unhcr-briefing-rohingya-aceh.txt", 437, ("arrived", "refugees"), "IDN", BALOCH),
    ("unhcr-briefing-rohingya-aceh.txt", 26, "killed", None, BALOCH + ("Survivors",)),
    ("unhcr-briefing-rohingya-aceh.txt", 152, "rescued", "IDN", BALOCH + ("fishermen",)),
    ("unhcr-briefing-rohingya-aceh.txt", 9, "missing", "IDN", BALOCH),
    ("unhcr-briefing-rohingya-aceh.txt", 7800, ("departed", "migrants", "fled", "refugees"), None, BALOCH),
    ("unhcr-briefing-rohingya-aceh.txt", 657, ("killed", "missing"), None, BALOCH),
    ("unhcr-briefing-rohingya-aceh.txt", 1000000, ("refugees", "in_camps", "hosted"), "BGD", BALOCH),
    ("unhcr-briefing-rohingya-aceh.txt", 60000, ("fled", "arrived", "refugees"), "BGD", BALOCH),
    # Reuters, earthquake in Tibet (China).
    ("reuters-tibet-earthquake.txt", 126, "killed", "CHN", ("state media",)),
    ("reuters-tibet-earthquake.txt", 188, "injured", "CHN", ("state media",)),
    ("reuters-tibet-earthquake.txt", 3600, "destroyed", "CHN", ("CCTV", "emergency management department")),
    ("reuters-tibet-earthquake.txt", 30000, ("relocated", "evacuated", "displaced", "moved"), "CHN", ("CCTV", "emergency management department")),
    ("reuters-tibet-earthquake.txt", 407, "rescued", "CHN", ("Xinhua",)),
    ("reuters-tibet-earthquake.txt", 46500, ("sheltered", "relocated", "moved", "displaced"), "CHN", ("officials",)),
    ("reuters-tibet-earthquake.txt", 20, "damaged", "NPL", ("spokesman", "national disaster authority")),
    ("reuters-tibet-earthquake.txt", 9000, "killed", "NPL", None),
    # AFP, cyclone in Madagascar then Mozambique.
    ("afp-madagascar-cyclone.txt", 11, "killed", "MDG", BNGRC),
    ("afp-madagascar-cyclone.txt", 2300, "homeless", "MDG", BNGRC),
    ("afp-madagascar-cyclone.txt", 8200, "affected", "MDG", BNGRC),
    ("afp-madagascar-cyclone.txt", 1135, ("destroyed", "damaged"), "MDG", BNGRC),
    ("afp-madagascar-cyclone.txt", 2, "killed", "MDG", ("Jean Rakotomalala", "police chief")),
    ("afp-madagascar-cyclone.txt", 3, "missing", "MDG", BNGRC),
    ("afp-madagascar-cyclone.txt", 1700, SHELTERED, "MDG", ("governor",)),
    ("afp-madagascar-cyclone.txt", 3, "killed", "MOZ", ("authorities",)),
    ("afp-madagascar-cyclone.txt", 900, "affected", "MOZ", ("authorities",)),
    ("afp-madagascar-cyclone.txt", 121, "killed", "MDG", None),
    # Reuters, Syrians crossing into Lebanon; returns the other way.
    ("reuters-lebanon-syrian-arrivals.txt", 10000, ("fled", "arrived", "refugees"), "LBN", ("refugee agency", "United Nations", "UNHCR")),
    ("reuters-lebanon-syrian-arrivals.txt", 9850, ("arrived", "fled", "refugees"), "LBN", ("UNHCR",)),
    ("reuters-lebanon-syrian-arrivals.txt", 1600, SHELTERED, "LBN", ("UNHCR",)),
    ("reuters-lebanon-syrian-arrivals.txt", 1500, "killed", "SYR", ("Syrian Observatory", "war monitor")),
    ("reuters-lebanon-syrian-arrivals.txt", 231, "killed", "SYR", ("interim authorities", "authorities")),
    ("reuters-lebanon-syrian-arrivals.txt", 1500000, ("refugees", "hosted"), "LBN", ("government",)),
    ("reuters-lebanon-syrian-arrivals.txt", 270000, ("returned", "departed"), "SYR", ("UN",)),
    ("reuters-lebanon-syrian-arrivals.txt", 350, ("expelled", "deported", "returned", "departed", "detained"), None, ("army source", "army")),
    # AP, deportation flights to Central America.
    ("ap-guatemala-deportation-flights.txt", 246, ("deported", "returned", "arrived"), "GTM", GUAT),
    ("ap-guatemala-deportation-flights.txt", 14700, ("deported", "returned"), "GTM", GUAT),
    ("ap-guatemala-deportation-flights.txt", 3900, ("deported", "returned"), "GTM", GUAT),
    ("ap-guatemala-deportation-flights.txt", 31, ("deported", "returned", "arrived"), "GTM", ("officials",)),
    ("ap-guatemala-deportation-flights.txt", 40, "detained", "USA", ("Juan Carlos López", "López")),
    ("ap-guatemala-deportation-flights.txt", 5260, ("returned", "deported"), "HND", ("National Center for Returned Migrants", "National Center")),
    ("ap-guatemala-deportation-flights.txt", 2100, ("deported", "arrived", "sheltered", "hosted", "returned"), "MEX", ("government",)),
    # Liveblog, Ukraine and Russia.
    ("liveblog-ukraine-sumy.txt", 4, "killed", "UKR", ("Oleh Syniehubov", "Syniehubov", "governor")),
    ("liveblog-ukraine-sumy.txt", 19, "injured", "UKR", ("Oleh Syniehubov", "Syniehubov", "governor")),
    ("liveblog-ukraine-sumy.txt", 1180, "evacuated", "UKR", ("Vadym Filashkin", "Filashkin", "military administration")),
    ("liveblog-ukraine-sumy.txt", 96, "evacuated", "UKR", ("Vadym Filashkin", "Filashkin", "military administration")),
    ("liveblog-ukraine-sumy.txt", 1, "killed", "RUS", ("Alexander Khinshtein", "Khinshtein", "governor")),
    ("liveblog-ukraine-sumy.txt", 3, "injured", "RUS", ("Alexander Khinshtein", "Khinshtein", "governor")),
    ("liveblog-ukraine-sumy.txt", 27, "injured", "UKR", ("Volodymyr Artiukh", "Artiukh", "Regional head")),
    ("liveblog-ukraine-sumy.txt", 40, "damaged", "UKR", ("Volodymyr Artiukh", "Artiukh", "Regional head")),
    ("liveblog-ukraine-sumy.txt", 12654, "killed", "UKR", ("human rights monitoring mission", "monitoring mission")),
    ("liveblog-ukraine-sumy.txt", 29392, "injured", "UKR", ("human rights monitoring mission", "monitoring mission")),
    ("liveblog-ukraine-sumy.txt", 3400, ("at_risk", "staying", "trapped", "affected"), "UKR", ("regional administration",)),
    ("liveblog-ukraine-sumy.txt", 24300, ("arrived", "fled", "departed", "refugees"), "POL", ("Border Guard",)),
    ("liveblog-ukraine-sumy.txt", 22100, ("returned", "departed", "arrived"), "UKR", ("Border Guard",)),
    # Reuters, floods in Spain.
    ("reuters-spain-floods.txt", 158, "killed", "ESP", ("emergency services",)),
    ("reuters-spain-floods.txt", 155, "killed", "ESP", ("emergency services",)),
    ("reuters-spain-floods.txt", 2, "killed", "ESP", ("officials",)),
    ("reuters-spain-floods.txt", 1, "killed", "ESP", ("officials",)),
    ("reuters-spain-floods.txt", 4800, "rescued", "ESP", ("Carlos Mazon", "Mazon")),
    ("reuters-spain-floods.txt", 2000, ("sheltered", "hosted", "displaced"), "ESP", None),
    ("reuters-spain-floods.txt", 62, "killed", "ESP", ("Maribel Albalat", "Albalat", "mayor")),
    ("reuters-spain-floods.txt", 150, "killed", "ESP", None),
    # WHO Disease Outbreak News, cholera.
    ("who-don-angola-cholera.txt", 5820, "infected", "AGO", None),
    ("who-don-angola-cholera.txt", 211, "killed", "AGO", None),
    ("who-don-angola-cholera.txt", 3140, "infected", "AGO", None),
    ("who-don-angola-cholera.txt", 104, "killed", "AGO", None),
    ("who-don-angola-cholera.txt", 1030, "infected", "AGO", None),
    ("who-don-angola-cholera.txt", 47, "killed", "AGO", None),
    ("who-don-angola-cholera.txt", 812, "infected", "AGO", None),
    ("who-don-angola-cholera.txt", 29, "killed", "AGO", None),
    ("who-don-angola-cholera.txt", 2160, "hospitalized", "AGO", None),
    ("who-don-angola-cholera.txt", 903000, "vaccinated", "AGO", ("Ministry of Health",)),
    ("who-don-angola-cholera.txt", 1412, "infected", "COD", None),
    ("who-don-angola-cholera.txt", 28, "killed", "COD", None),
    # Nigerian press, a forced eviction.
    ("punch-lagos-waterfront-evictions.txt", 4000, ("homeless", "evicted", "displaced"), "NGA", ("community leaders",)),
    ("punch-lagos-waterfront-evictions.txt", 700, "destroyed", "NGA", ("Babatunde Ojo", "Ojo", "chairman")),
    ("punch-lagos-waterfront-evictions.txt", 1300, ("homeless", "evicted", "displaced"), "NGA", ("Ojo",)),
    ("punch-lagos-waterfront-evictions.txt", 1, "killed", "NGA", ("Federation",)),
    ("punch-lagos-waterfront-evictions.txt", 11, "injured", "NGA", ("Federation",)),
    ("punch-lagos-waterfront-evictions.txt", 23, "detained", "NGA", ("Benjamin Hundeyin", "Hundeyin", "spokesperson", "Police")),
    ("punch-lagos-waterfront-evictions.txt", 250, "relocated", "NGA", ("Commissioner",)),
    ("punch-lagos-waterfront-evictions.txt", 30000, "evicted", "NGA", ("Amnesty International",)),
    # AFP, conflict displacement in Colombia, a crossing into Venezuela.
    ("afp-colombia-catatumbo.txt", 50000, ("fled", "displaced"), "COL", ("ombudsman",)),
    ("afp-colombia-catatumbo.txt", 48200, DISPLACED, "COL", ("office", "ombudsman")),
    ("afp-colombia-catatumbo.txt", 80, "killed", "COL", ("William Villamizar", "Villamizar", "governor")),
    ("afp-colombia-catatumbo.txt", 32000, ("arrived", "displaced", "sheltered", "hosted"), "COL", None),
    ("afp-colombia-catatumbo.txt", 11000, ("trapped", "stranded", "at_risk"), "COL", None),
    ("afp-colombia-catatumbo.txt", 850, "evacuated", "COL", ("army",)),
    ("afp-colombia-catatumbo.txt", 5, "killed", "COL", ("UN verification mission", "verification mission")),
    ("afp-colombia-catatumbo.txt", 1200, ("fled", "arrived", "refugees"), "VEN", ("Venezuelan authorities", "authorities")),
    ("afp-colombia-catatumbo.txt", 80000, "in_need", "COL", ("OCHA", "humanitarian office")),
    # IOM release, returns in Iraq.
    ("iom-iraq-sinjar-returns.txt", 9600, "returned", "IRQ", DTM),
    ("iom-iraq-sinjar-returns.txt", 113000, ("in_camps", "idps", "displaced"), "IRQ", ("DTM",)),
    ("iom-iraq-sinjar-returns.txt", 5400, ("destroyed", "damaged"), "IRQ", ("DTM",)),
    ("iom-iraq-sinjar-returns.txt", 1100000, DISPLACED, "IRQ", None),
    ("iom-iraq-sinjar-returns.txt", 6000000, DISPLACED, "IRQ", None),
    ("iom-iraq-sinjar-returns.txt", 4800000, "returned", "IRQ", None),
    ("iom-iraq-sinjar-returns.txt", 340, ("displaced", "in_camps", "returned"), "IRQ", ("DTM",)),
    ("iom-iraq-sinjar-returns.txt", 2750, "aid", "IRQ", ("IOM",)),
    # Liveblog, cyclone in Sri Lanka and India.
    ("liveblog-cyclone-fengal.txt", 16, "killed", "LKA", DMC),
    ("liveblog-cyclone-fengal.txt", 448000, "affected", "LKA", DMC),
    ("liveblog-cyclone-fengal.txt", 7000, ("evacuated", "sheltered", "in_camps", "moved", "relocated"), "IND", ("Ramachandran", "Revenue Minister")),
    ("liveblog-cyclone-fengal.txt", 3, "killed", "IND", ("Greater Chennai Corporation", "Corporation")),
    ("liveblog-cyclone-fengal.txt", 1500, "evacuated", "IND", None),
    ("liveblog-cyclone-fengal.txt", 640, "rescued", "IND", ("defence spokesperson", "spokesperson")),
    ("liveblog-cyclone-fengal.txt", 2214, "damaged", "IND", ("district collector", "collector")),
    ("liveblog-cyclone-fengal.txt", 12, "killed", "IND", ("Disaster Management Minister", "minister")),
    ("liveblog-cyclone-fengal.txt", 2200, ("sheltered", "in_camps", "displaced"), "LKA", DMC),
    ("liveblog-cyclone-fengal.txt", 7300, ("sheltered", "in_camps", "displaced"), "LKA", DMC),
]

# Numbers in the texts that count no event (sites, districts, magnitudes, money, ages, customers, soldiers).
NO_EVENT = [
    ("dtm-ethiopia-floods-flash.txt", 37), ("dtm-ethiopia-floods-flash.txt", 11),
    ("ocha-afghanistan-returns-sitrep.txt", 2400000000),
    ("ifrc-dref-nigeria-floods.txt", 20),
    ("reuters-tibet-earthquake.txt", 6.8), ("reuters-tibet-earthquake.txt", 7.8),
    ("reuters-lebanon-syrian-arrivals.txt", 5800000), ("reuters-lebanon-syrian-arrivals.txt", 21),
    ("ap-guatemala-deportation-flights.txt", 28),
    ("reuters-spain-floods.txt", 115000), ("reuters-spain-floods.txt", 1700),
    ("who-don-angola-cholera.txt", 21),
    ("liveblog-cyclone-fengal.txt", 24), ("liveblog-cyclone-fengal.txt", 105), ("liveblog-cyclone-fengal.txt", 120),
]

# Years and dates, not figures.
NO_FIGURE = [
    ("reuters-tibet-earthquake.txt", 2015), ("reuters-spain-floods.txt", 1973),
    ("punch-lagos-waterfront-evictions.txt", 2017), ("afp-colombia-catatumbo.txt", 2016),
]
