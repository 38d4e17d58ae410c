"""Actor probe of round 18: actor phrases in the style of 1990s-2000s international wire news,
written for these tests (no gold text), in families (armed groups, communities, security forces,
parties and legislatures, civil society and media, old names and misspellings, international
bodies, state organs). Each family has negative cases that must not resolve or must keep their
code. The sentence tests check the rules added with the probe: forces "loyal to" a leader,
broadcasters named by their place, a party's legislators, and US party legislators."""
from datetime import date

import pytest

from diplograph.actors import resolve_phrase


def code(phrase: str, day: str) -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor else None

# --- A. armed groups and rebels ----------------------------------------------------------
FAMILY_A = [
    ('Tamil Tigers', '1998-05-01', ('LKAREB',)),
    ('LTTE rebels', '1998-05-01', ('LKAREB',)),
    ('Tamil Tiger rebels', '1998-05-01', ('LKAREB',)),
    ('Tamil Tiger guerrillas', '1998-05-01', ('LKAREB',)),
    ('UNITA', '1998-05-01', ('AGOREB',)),
    ('UNITA rebels', '1998-05-01', ('AGOREB',)),
    ('the SPLA', '1998-05-01', ('SDNREB',)),
    ('SPLA rebels', '1998-05-01', ('SDNREB',)),
    ('Kosovo Liberation Army', '1998-05-01', ('SRBREB',)),
    ('KLA guerrillas', '1998-05-01', ('SRBREB',)),
    ('Shining Path guerrillas', '1998-05-01', ('PERREB',)),
    ('Zapatista rebels', '1998-05-01', ('MEXREB',)),
    ('FARC rebels', '1998-05-01', ('COLREB',)),
    ('ELN guerrillas', '1998-05-01', ('COLREB',)),
    ('Armed Islamic Group', '1998-05-01', ('DZAREB',)),
    ('GIA militants', '1998-05-01', ('DZAREB',)),
    ('Islamic Salvation Front', '1998-05-01', ('DZAREB',)),
    ('Islamic Salvation Army', '1998-05-01', ('DZAREB',)),
    ('Rwandan Hutu militias', '1998-05-01', ('RWAUAF',)),
    ('Interahamwe militiamen', '1998-05-01', ('RWAUAF',)),
    ("Lord's Resistance Army", '1998-05-01', ('UGAREB',)),
    ('LRA rebels', '1998-05-01', ('UGAREB',)),
    ('Abu Sayyaf', '1998-05-01', ('PHLREB',)),
    ('Abu Sayyaf gunmen', '2000-05-01', ('PHLREB', 'PHLUAF')),
    ('MILF guerrillas', '1998-05-01', ('PHLREB',)),
    ('Chechen separatists', '1998-05-01', ('RUSSEP',)),
    ('Chechen rebels', '1998-05-01', ('RUSREB',)),
    ('PKK guerrillas', '1998-05-01', ('TURREB',)),
    ('Kurdish rebels in Turkey', '1998-05-01', ('TURREB',)),
    ('Basque separatists', '1998-05-01', ('ESPSEP',)),
    ('ETA', '1998-05-01', ('ESPREB',)),
    ('the IRA', '1998-05-01', ('GBRREB',)),
    ('IRA guerrillas', '1998-05-01', ('GBRREB',)),
    ('loyalist paramilitaries', '1998-05-01', ('GBRUAF',)),
    ('Bosnian Serb forces', '1995-05-01', ('BIHMIL',)),
    ('Croatian Serb rebels', '1995-05-01', ('HRVREB',)),
    ('Mai-Mai militia', '1998-05-01', ('CODUAF',)),
    ('Hezbollah guerrillas', '1998-05-01', ('LBNREB',)),
    ('South Lebanon Army', '1998-05-01', ('LBNUAF',)),
    ('Israeli-backed South Lebanon Army militia', '1998-05-01', ('LBNUAF',)),
    ('Kurdistan Democratic Party', '1998-05-01', ('IRQREB',)),
    ('Patriotic Union of Kurdistan', '1998-05-01', ('IRQREB',)),
    ("Nepal's Maoist rebels", '2003-05-01', ('NPLREB',)),
    ('Maoist rebels in Nepal', '2003-05-01', ('NPLREB',)),
    ('Tutsi rebels in Congo', '1998-09-01', ('CODREB',)),
    ('Rally for Congolese Democracy', '1999-05-01', ('CODREB',)),
    ('Movement for the Liberation of Congo', '1999-05-01', ('CODREB',)),
    ('Alliance of Democratic Forces for the Liberation of Congo-Zaire', '1997-03-01', ('CODREB',)),
    ('Rwandan Patriotic Front', '1993-05-01', ('RWAREB',)),
    ('Hamas militants', '1998-05-01', ('PSEREB', 'PSEUAF')),
    ('Islamic Jihad', '1998-05-01', ('PSEREB',)),
    ('Taliban militia', '1998-05-01', ('AFGGOV', 'AFGREB')),
    ('RUF rebels', '1998-05-01', ('SLEREB',)),
    ("Sierra Leone's rebels", '1998-05-01', ('SLEREB',)),
    ('Hutu rebels in Burundi', '1998-05-01', ('BDIREB',)),
    ('Contra rebels', '1989-05-01', ('NICREB',)),
    ('Muslim separatists in Mindanao', '1998-05-01', ('PHLSEP',)),
    ('Free Aceh Movement', '2001-05-01', ('IDNSEP',)),
    ('GAM rebels', '2001-05-01', ('IDNSEP',)),
    ('Kashmiri militants in India', '1998-05-01', ('INDUAF',)),
    ('Hizb-ul-Mujahideen', '1998-05-01', ('INDREB',)),
    ('Harkat-ul-Ansar', '1998-05-01', ('PAKUAF',)),
    ('Moroccan-backed militia', '1998-05-01', ('UAF',)),
    ('Somali warlords', '1998-05-01', ('SOMUAF',)),
    ('Liberian rebels', '1998-05-01', ('LBRREB',)),
    ('fighters loyal to Hekmatyar', '1995-05-01', ('AFGREB',)),
    ('KDP fighters', '1996-05-01', ('IRQREB',)),
    ('PUK', '2005-05-01', ('IRQPTY',)),
    ('Naxalite rebels', '2003-05-01', ('INDREB',)),
]
NEGATIVE_A = [
    ('a tiger', '1998-05-01', (None,)),
]

# --- B. ethnic and religious communities -------------------------------------------------
FAMILY_B = [
    ('ethnic Albanians in Kosovo', '1998-05-01', ('SRBCVL', 'SRB')),
    ('ethnic Albanians in Macedonia', '2001-05-01', ('MKDCVL', 'MKD')),
    ('Kosovo Albanians', '1998-05-01', ('SRB', 'SRBCVL')),
    ('Bosnian Muslims', '1995-05-01', ('BIH', 'BIHCVL', 'BIHREL')),
    ('Bosnian Croats', '1995-05-01', ('BIHCVL',)),
    ('Bosnian Serbs', '1995-05-01', ('BIH', 'BIHCVL')),
    ('Krajina Serbs', '1995-05-01', ('HRV',)),
    ('Iraqi Kurds', '1998-05-01', ('IRQCVL',)),
    ('Shiite Muslims in Bahrain', '1998-05-01', ('BHRREL', 'BHRCVL')),
    ('Bahraini Shiites', '1998-05-01', ('BHRREL',)),
    ('Tamil civilians in Sri Lanka', '1998-05-01', ('LKACVL',)),
    ('Palestinian refugees', '1998-05-01', ('PSEREF',)),
    ('Jewish settlers', '1998-05-01', ('ISRCVL',)),
    ('Israeli settlers', '1998-05-01', ('ISRCVL',)),
    ('Serb civilians', '1998-05-01', ('SRBCVL',)),
    ('Rwandan Hutu refugees', '1996-05-01', ('RWAREF',)),
    ('refugees from Kosovo', '1999-05-01', ('SRBREF',)),
    ('Kosovar refugees', '1999-05-01', ('SRBREF',)),
    ('Tibetan monks', '1998-05-01', ('CHNREL',)),
    ('Chinese dissidents', '1998-05-01', ('CHNOPP',)),
    ('Turkish Cypriots', '1998-05-01', ('CYP', 'CYPCVL')),
    ('Greek Cypriots', '1998-05-01', ('CYP', 'CYPCVL')),
    ('Israeli Arabs', '1998-05-01', ('ISR',)),
    ('Lebanese Christians', '1998-05-01', ('LBNREL',)),
    ('Egyptian Copts', '1998-05-01', ('EGYREL', 'EGY')),
    ('Indonesian Chinese', '1998-05-01', ('IDN',)),
    ('ethnic Chinese in Indonesia', '1998-05-01', ('IDNCVL', 'IDN')),
    ('Iraqi Shiites', '1998-05-01', ('IRQREL',)),
    ('Algerian civilians', '1998-05-01', ('DZACVL',)),
    ('Sunni Muslims in Iraq', '2005-05-01', ('IRQREL',)),
    ('East Timorese', '1998-05-01', ('IDN',)),
    ('Haitian boat people', '1994-05-01', ('HTIREF',)),
    ('Cuban exiles', '1998-05-01', ('CUB', 'CUBOPP')),
    ('Vietnamese boat people', '1990-05-01', ('VNMREF',)),
]
NEGATIVE_B = [
    ('Albanians', '1998-05-01', ('ALB',)),
]

# --- C. security forces ------------------------------------------------------------------
FAMILY_C = [
    ('Algerian security forces', '1998-05-01', ('DZACOP',)),
    ('Sri Lankan troops', '1998-05-01', ('LKAMIL',)),
    ('the Burundian army', '1998-05-01', ('BDIMIL',)),
    ('Colombian police', '1998-05-01', ('COLCOP',)),
    ('Serbian police', '1998-05-01', ('SRBCOP',)),
    ('Serbian special police', '1998-05-01', ('SRBCOP',)),
    ('the Yugoslav army', '1998-05-01', ('SRBMIL',)),
    ('Yugoslav army troops', '1999-05-01', ('SRBMIL',)),
    ('Indonesian troops', '1998-05-01', ('IDNMIL',)),
    ('troops loyal to President Kabila', '1998-09-01', ('CODMIL',)),
    ('forces loyal to Mobutu', '1996-05-01', ('CODMIL',)),
    ('Indian border guards', '1998-05-01', ('INDMIL',)),
    ('riot police in Jakarta', '1998-05-01', ('IDNCOP',)),
    ('Chinese secret police', '1998-05-01', ('CHNSPY',)),
    ('Pakistani intelligence services', '1998-05-01', ('PAKSPY',)),
    ('Zairean troops', '1996-05-01', ('CODMIL',)),
    ('Zairian soldiers', '1996-05-01', ('CODMIL',)),
    ('Israel Defence Forces', '1998-05-01', ('ISRMIL',)),
    ('Israel Defense Forces', '1998-05-01', ('ISRMIL',)),
    ('the IDF', '1998-05-01', ('ISRMIL',)),
    ('Turkish gendarmes', '1998-05-01', ('TURCOP',)),
    ("Iraq's Republican Guard", '1998-05-01', ('IRQMIL',)),
    ('Republican Guard units', '1998-05-01', ('MIL',)),
    ("Iran's Revolutionary Guards", '1998-05-01', ('IRNMIL',)),
    ('Revolutionary Guards', '1998-05-01', ('IRNMIL',)),
    ('Syrian troops in Lebanon', '1998-05-01', ('SYRMIL',)),
    ('Russian federal troops', '1998-05-01', ('RUSMIL',)),
    ('federal forces in Chechnya', '1998-05-01', ('RUS',)),
    ('Interior Ministry troops', '1998-05-01', ('COP',)),
    ('Algerian gunmen', '1998-05-01', ('DZAUAF',)),
    ('Rwandan Patriotic Army', '1998-05-01', ('RWAMIL',)),
    ('Ecomog peacekeepers', '1998-05-01', ('IGOWAFWASMIL',)),
    ('the Royal Ulster Constabulary', '1998-05-01', ('GBRCOP',)),
    ('RUC officers', '1998-05-01', ('GBRCOP',)),
    ('Burmese junta', '1998-05-01', ('MMRGOV', 'MMRGOVMIL')),
    ('Haitian police', '1998-05-01', ('HTICOP',)),
    ('the Securitate', '1989-12-01', ('ROUSPY',)),
    ('the Stasi', '1989-12-01', ('DEUSPY',)),
    ('Savak', '1978-05-01', ('IRNSPY',)),
    ('Mukhabarat', '1998-05-01', ('SPY', None)),
    ("Syria's Republican Guard", '2000-05-01', ('SYRMIL',)),
    ('the Iraqi Mukhabarat', '1998-05-01', ('IRQSPY',)),
    ('militiamen loyal to the SPLA', '1998-05-01', ('SDNREB',)),
    ("Mobutu's troops", '1996-05-01', ('CODMIL',)),
]
NEGATIVE_C = [
    ('Irish Republican Army', '1998-05-01', ('GBRREB',)),
    ('Interior Ministry', '1998-05-01', ('GOV',)),
]

# --- D. parties, politicians and legislatures --------------------------------------------
FAMILY_D = [
    ('the ruling party', '1998-05-01', ('PTY',)),
    ('opposition parties', '1998-05-01', ('OPP',)),
    ('the Congress party', '1998-05-01', ('INDPTY',)),
    ('Likud', '1998-05-01', ('ISRPTY',)),
    ('the ANC', '1998-05-01', ('ZAFPTY',)),
    ('the Kuomintang', '1998-05-01', ('TWNPTY',)),
    ('KMT', '1998-05-01', ('TWNPTY',)),
    ("Taiwan's Democratic Progressive Party", '1998-05-01', ('TWNPTY',)),
    ('the French Socialist party', '1998-05-01', ('FRAPTY',)),
    ('Chinese Communist Party officials', '1998-05-01', ('CHNGOV',)),
    ("Vietnam's Communist Party", '1998-05-01', ('VNMGOV', 'VNMPTY')),
    ('Communist Party of Vietnam', '1998-05-01', ('VNMGOV',)),
    ('Cuban Communist Party', '1998-05-01', ('CUBGOV',)),
    ('Soviet Communist Party', '1989-05-01', ('RUSGOV',)),
    ('Russian Communist Party', '1998-05-01', ('RUSPTY', 'RUSOPP')),
    ('Russian lawmakers', '1998-05-01', ('RUSLEG',)),
    ('Russian deputies', '1998-05-01', ('RUSLEG',)),
    ('the Duma', '1998-05-01', ('RUSLEG',)),
    ('the Knesset', '1998-05-01', ('ISRLEG',)),
    ('the Majlis', '1998-05-01', ('IRNLEG',)),
    ('the Bundestag', '1998-05-01', ('DEULEG',)),
    ('the Sejm', '1998-05-01', ('POLLEG',)),
    ('the Lok Sabha', '1998-05-01', ('INDLEG',)),
    ('Palestinian Legislative Council', '1998-05-01', ('PSELEG',)),
    ('Likud lawmakers', '1998-05-01', ('ISRLEG',)),
    ('Tory MPs', '1998-05-01', ('GBRLEG',)),
    ('Republican lawmakers', '1998-05-01', ('USALEG',)),
    ('Democratic senators', '1998-05-01', ('USALEG',)),
    ('parliament speaker', '1998-05-01', ('LEG',)),
    ("Pakistan People's Party", '1998-05-01', ('PAKPTY',)),
    ('Pakistan Peoples Party', '1998-05-01', ('PAKPTY',)),
    ('Shas', '1998-05-01', ('ISRPTY',)),
    ("Israel's Labor Party", '1998-05-01', ('ISRPTY',)),
    ('Yabloko', '1998-05-01', ('RUSPTY',)),
    ('Liberal Democratic Party of Japan', '1998-05-01', ('JPNPTY',)),
    ("Japan's ruling Liberal Democratic Party", '1998-05-01', ('JPNPTY',)),
    ("Turkey's Welfare Party", '1997-05-01', ('TURPTY',)),
    ('Islamic Action Front', '1998-05-01', ('JORPTY',)),
    ('Nepali Congress', '1998-05-01', ('NPLPTY',)),
    ('PASOK', '1998-05-01', ('GRCPTY',)),
    ('Hamas leaders', '1998-05-01', ('PSEREB',)),
    ('Iranian hardliners', '1998-05-01', ('IRN', 'IRNGOV', 'IRNRAD')),
    ('Iranian reformists', '1998-05-01', ('IRN', 'IRNMOD', 'IRNOPP')),
    ('the Supreme Soviet', '1991-05-01', ('RUSLEG',)),
    ("Congress of People's Deputies", '1992-05-01', ('RUSLEG',)),
    ('ANC lawmakers', '1998-05-01', ('ZAFLEG',)),
    ('BJP legislators', '1998-05-01', ('INDLEG',)),
]
NEGATIVE_D = [
    ('Likud leaders', '1998-05-01', ('ISRPTY',)),
    ('ANC officials', '1998-05-01', ('ZAFPTY',)),
]

# --- E. unions, students, media, rights groups, churches ---------------------------------
FAMILY_E = [
    ('Indonesian students', '1998-05-01', ('IDNEDU',)),
    ('South Korean students', '1998-05-01', ('KOREDU',)),
    ('Polish shipyard workers', '1989-05-01', ('POLLAB',)),
    ('French farmers', '1998-05-01', ('FRAAGR',)),
    ('the daily Al-Ahram', '1998-05-01', ('EGYMED', 'EGYGOVMED')),
    ('Al-Ahram', '1998-05-01', ('EGYMED', 'EGYGOVMED')),
    ('state television', '1998-05-01', ('GOVMED',)),
    ('the official news agency IRNA', '1998-05-01', ('IRNGOVMED',)),
    ('Xinhua', '1998-05-01', ('CHNGOVMED',)),
    ('the official Xinhua news agency', '1998-05-01', ('CHNGOVMED',)),
    ('ITAR-Tass', '1998-05-01', ('RUSGOVMED',)),
    ('Tass', '1989-05-01', ('RUSGOVMED',)),
    ('Iraqi News Agency', '1998-05-01', ('IRQGOVMED',)),
    ("Jordan's official Petra news agency", '1998-05-01', ('JORGOVMED',)),
    ('Tanjug', '1998-05-01', ('SRBGOVMED',)),
    ('the Kyodo news agency', '1998-05-01', ('MED', 'JPNMED')),  # round 24: Kyodo is a known outlet
    ('Amnesty International', '1998-05-01', ('NGOHRI',)),
    ('Human Rights Watch', '1998-05-01', ('NGOHRI',)),
    ('the Vatican', '1998-05-01', ('VAT', 'VATGOV')),
    ('Muslim clerics', '1998-05-01', ('REL',)),
    ('Iranian clerics', '1998-05-01', ('IRNREL',)),
    ('Russian Orthodox Church', '1998-05-01', ('RUSREL',)),
    ('the Serbian Orthodox Church', '1998-05-01', ('SRBREL',)),
    ('COSATU', '1998-05-01', ('ZAFLAB',)),
    ('Histadrut', '1998-05-01', ('ISRLAB',)),
    ('Solidarity union', '1989-05-01', ('POLLAB',)),
    ('Korean Confederation of Trade Unions', '1998-05-01', ('KORLAB',)),
    ("B'Tselem", '1998-05-01', ('ISRHRI',)),
    ("Israeli human rights group B'Tselem", '1998-05-01', ('ISRHRI',)),
    ('Peace Now', '1998-05-01', ('ISROPP',)),
    ('Pravda', '1990-05-01', ('RUSMED', 'RUSGOVMED')),
    ('Izvestia', '1998-05-01', ('RUSMED',)),
    ('the Israeli daily Haaretz', '1998-05-01', ('ISRMED',)),
    ('Egyptian newspapers', '1998-05-01', ('EGYMED',)),
    ('Iraqi television', '1998-05-01', ('IRQMED', 'IRQGOVMED')),
    ('Radio Tehran', '1990-05-01', ('IRNGOVMED',)),
    ('Tehran radio', '1990-05-01', ('IRNGOVMED',)),
    ('Baghdad radio', '1990-05-01', ('IRQGOVMED',)),
    ('Syrian state radio', '1998-05-01', ('SYRGOVMED',)),
    ('the Red Cross', '1998-05-01', ('NGOHLH',)),
    ('Medecins Sans Frontieres', '1998-05-01', ('NGOHLH',)),
    ('Palestinian businessmen', '1998-05-01', ('PSEBUS',)),
    ('Chinese journalists', '1998-05-01', ('CHNMED',)),
    ('Radio Pakistan', '1998-05-01', ('PAKGOVMED',)),
    ('Kabul radio', '1995-05-01', ('AFGGOVMED',)),
    ('Iranian radio', '1998-05-01', ('IRNMED',)),
    ('Iraqi television', '1998-05-01', ('IRQMED',)),
    ('the Lebanese daily As-Safir', '1998-05-01', ('LBNMED',)),
    ('an Egyptian weekly', '1998-05-01', ('EGYMED',)),
    ('the official Syrian daily Tishrin', '1998-05-01', ('SYRGOVMED',)),
    ('Cuban exiles', '1998-05-01', ('CUBOPP',)),
]
NEGATIVE_E = [
    ('Interfax', '1998-05-01', (None, 'RUSMED')),  # round 24: national agencies added (Reuters stays out)
    ('INA', '1998-05-01', (None,)),
    ('Kyodo', '1998-05-01', (None, 'JPNMED')),
    ('Tehran residents', '1998-05-01', ('IRN', 'IRNCVL')),
    ('Israeli daily life', '1998-05-01', ('ISR',)),
    ('Solidarity', '1998-05-01', (None,)),
]

# --- F. misspellings, old names, demonyms ------------------------------------------------
FAMILY_F = [
    ('Ghanians', '1998-05-01', ('GHA', 'GHACVL')),
    ('Phillipine troops', '1998-05-01', ('PHLMIL',)),
    ('the Phillipines', '1998-05-01', ('PHL',)),
    ('Columbian police', '1998-05-01', ('COLCOP',)),
    ('Columbian rebels', '1998-05-01', ('COLREB',)),
    ('Serb', '1998-05-01', ('SRB',)),
    ('Serb police', '1998-05-01', ('SRBCOP',)),
    ('Moslem rebels', '1998-05-01', ('REB',)),
    ('Moslem clerics', '1998-05-01', ('REL',)),
    ('Kampuchea', '1985-05-01', ('KHM',)),
    ('Kampuchean troops', '1985-05-01', ('KHMMIL',)),
    ('Zaire', '1996-05-01', ('COD',)),
    ('Zairean', '1996-05-01', ('COD',)),
    ('Burma', '1998-05-01', ('MMR',)),
    ('Burmese troops', '1998-05-01', ('MMRMIL',)),
    ('Ceylon', '1970-05-01', ('LKA',)),
    ('Yugoslav', '1998-05-01', ('SRB',)),
    ('Soviet troops', '1989-05-01', ('RUSMIL',)),
    ('the Soviets', '1989-05-01', ('RUS',)),
    ('an Egyptian', '1998-05-01', ('EGYCVL', 'EGY')),
    ('Palestinians', '1998-05-01', ('PSE',)),
    ('Iraqis', '1998-05-01', ('IRQ',)),
    ('Byelorussia', '1991-05-01', ('BLR',)),
    ('Byelorussian', '1991-05-01', ('BLR',)),
    ('Kirghizia', '1991-05-01', ('KGZ',)),
    ('Moldavia', '1991-05-01', ('MDA',)),
    ('Kazakstan', '1998-05-01', ('KAZ',)),
    ('Tadjikistan', '1998-05-01', ('TJK',)),
    ('Tajik rebels', '1995-05-01', ('TJKREB',)),
    ('Azeri troops', '1993-05-01', ('AZEMIL',)),
    ('Peking', '1985-05-01', ('CHNGOV', 'CHN')),
    ('Rangoon', '1998-05-01', ('MMRGOV', 'MMR')),
    ('Bosnia-Hercegovina', '1995-05-01', ('BIH',)),
    ('Hercegovina', '1995-05-01', ('BIH',)),
    ('FYROM', '1998-05-01', ('MKD',)),
    ('Former Yugoslav Republic of Macedonia', '1998-05-01', ('MKD',)),
    ('Ivory Coast', '1998-05-01', ('CIV',)),
    ("Cote d'Ivoire", '1998-05-01', ('CIV',)),
    ('West German', '1988-05-01', ('DEU',)),
    ('East German police', '1989-05-01', ('DEUCOP',)),
    ('Czechoslovak', '1989-05-01', ('CZE',)),
    ('Sri Lankan', '1998-05-01', ('LKA',)),
    ('Pakistani', '1998-05-01', ('PAK',)),
    ('Kampuchean', '1985-05-01', ('KHM',)),
    ('Belorussian', '1995-05-01', ('BLR',)),
    ('Tadzhik', '1993-05-01', ('TJK',)),
    ('Kirgiz', '1993-05-01', ('KGZ',)),
    ('Moslems', '1995-05-01', ('REL',)),
    ('Israelis', '1998-05-01', ('ISR',)),
]
NEGATIVE_F = [
    ('Columbia University', '1998-05-01', ('EDU',)),
]

# --- G. international bodies and forces --------------------------------------------------
FAMILY_G = [
    ('UNPROFOR', '1994-05-01', ('IGOUNOMIL',)),
    ('U.N. peacekeepers', '1994-05-01', ('IGOUNOMIL',)),
    ('blue helmets', '1994-05-01', ('IGOUNOMIL', 'MIL')),
    ('IFOR troops', '1996-05-01', ('IGOWSTNATMIL',)),
    ('SFOR', '1998-05-01', ('IGOWSTNATMIL',)),
    ('KFOR', '1999-08-01', ('IGOWSTNATMIL',)),
    ('UNSCOM', '1998-05-01', ('IGOUNO',)),
    ('U.N. weapons inspectors', '1998-05-01', ('IGOUNO', 'IGOUNOGOV')),
    ('Organization of African Unity', '1998-05-01', ('IGOAFRAFU', 'IGOAFR')),
    ('OAU', '1998-05-01', ('IGOAFRAFU', 'IGOAFR')),
    ('CSCE', '1993-05-01', ('IGOEURSCE',)),
    ('Commonwealth of Independent States', '1995-05-01', ('IGOCASCIS',)),
    ('CIS peacekeepers', '1995-05-01', ('IGOCASCISMIL',)),
    ('Organization of the Islamic Conference', '1998-05-01', ('IGOMOSOIC', 'IGOOIC')),
    ('Western European Union', '1995-05-01', ('IGOEURWEU',)),
    ('the Group of Seven', '1998-05-01', ('IGOGOS',)),
    ('G-7', '1998-05-01', ('IGOGOS',)),
    ('GATT', '1993-05-01', ('IGOBUSGAT',)),
    ('the Hague tribunal', '1998-05-01', ('IGOUNOJUD', 'IGOJUD')),
    ('the U.N. war crimes tribunal', '1998-05-01', ('IGOUNOJUD',)),
    ('International Criminal Tribunal for the former Yugoslavia', '1998-05-01', ('IGOUNOJUD',)),
    ('the Rwanda tribunal', '1998-05-01', ('IGOUNOJUD',)),
    ('the World Court', '1998-05-01', ('IGOUNOJUDICJ',)),
    ('the U.N. Security Council', '1998-05-01', ('IGOUNO',)),
    ('U.N. General Assembly', '1998-05-01', ('IGOUNO',)),
    ('UNHCR', '1998-05-01', ('IGOUNOREFHCR',)),
    ('the U.N. refugee agency', '1998-05-01', ('IGOUNOREFHCR',)),
    ('UNICEF', '1998-05-01', ('IGOUNOKID',)),
    ('the European Commission', '1998-05-01', ('IGOEUREEC', 'IGOEUREECGOV')),
    ('MONUC', '2002-05-01', ('IGOUNOMIL',)),
    ('UNAMSIL', '2001-05-01', ('IGOUNOMIL',)),
    ('UNIFIL', '1998-05-01', ('IGOUNOMIL',)),
    ('Interpol', '1998-05-01', ('IGOCOPITP',)),
    ('NATO-led peacekeepers', '1999-05-01', ('IGOWSTNATMIL',)),
    ('Mercosur', '1998-05-01', ('IGOSAMMER',)),
    ('SAARC', '1998-05-01', ('IGOSASARC',)),
]
NEGATIVE_G = [
    ('the Contact Group', '1998-05-01', (None,)),
    ('the Commonwealth Games', '1998-05-01', (None,)),
]

# --- H. state organs and ruling bodies ---------------------------------------------------
FAMILY_H = [
    ('the Politburo', '1998-05-01', ('CHNGOV',)),
    ('the Chinese Politburo', '1998-05-01', ('CHNGOV',)),
    ('the Communist Party Central Committee', '1989-05-01', ('GOV', 'PTY')),
    ("Iraq's Revolutionary Command Council", '1998-05-01', ('IRQGOV',)),
    ('the Revolutionary Command Council', '1998-05-01', ('IRQGOV', 'GOV')),
    ("China's State Council", '1998-05-01', ('CHNGOV',)),
    ('the State Council', '1998-05-01', ('CHNGOV', 'GOV')),
    ('the Provisional Ruling Council', '1997-05-01', ('NGAGOV', 'GOV')),
    ("Nigeria's military rulers", '1997-05-01', ('NGAGOV', 'NGAMIL', 'NGAGOVMIL')),
    ('the military regime', '1997-05-01', ('GOVMIL', 'GOV')),
    ('mutinous soldiers', '1997-05-01', ('MIL', 'REB')),
    ('mutineers', '1997-05-01', ('OPP',)),
    ('Congolese mutineers', '1998-05-01', ('CODOPP',)),
    ('the Council of Ministers', '1998-05-01', ('GOV',)),
    ("Saudi Arabia's Council of Ministers", '1998-05-01', ('SAUGOV',)),
    ('the royal palace', '1998-05-01', ('GOV',)),
    ('the Jordanian royal court', '1998-05-01', ('JORGOV',)),
    ("Iran's Guardian Council", '1998-05-01', ('IRNGOV',)),
    ('the Assembly of Experts', '1998-05-01', ('IRNGOV', 'IRNLEG')),
    ('Expediency Council', '1998-05-01', ('IRNGOV',)),
    ('the Loya Jirga', '2002-05-01', ('AFGLEG', 'AFGGOV')),
    ('the Sandinista government', '1988-05-01', ('NICGOV',)),
    ('tribal elders', '1998-05-01', ('CVL', 'GOV', None)),
    ('Islamic fundamentalists', '1998-05-01', ('REL', 'RAD', None)),
    ('Muslim fundamentalists in Algeria', '1994-05-01', ('DZAREL', 'DZARAD', 'DZA')),
    ('Islamist militants', '1998-05-01', ('UAF',)),
    ('Iranian moderates', '1998-05-01', ('IRNMOD', 'IRN')),
    ('hardliners in Tehran', '1998-05-01', ('IRN', 'IRNGOV', 'IRNRAD')),
]
NEGATIVE_H = [
    ('the state of the economy', '1998-05-01', (None,)),
]

# --- I. collective references, regions, Palestinian bodies -------------------------------
FAMILY_I = [
    ('the Palestinian Authority', '1998-05-01', ('PSEGOV',)),
    ('Palestinian police', '1998-05-01', ('PSECOP',)),
    ('Palestinian security forces', '1998-05-01', ('PSECOP',)),
    ('the Palestinian leadership', '1998-05-01', ('PSEGOV',)),
    ('a Palestinian gunman', '1998-05-01', ('PSEUAF',)),
    ('an Israeli soldier', '1998-05-01', ('ISRMIL',)),
    ('Hamas activists', '1998-05-01', ('PSEREB',)),
    ('the Israeli cabinet', '1998-05-01', ('ISRGOV',)),
    ('Arab states', '1998-05-01', ('MEA', 'MEAGOV')),
    ('Gulf Arab states', '1998-05-01', ('PGS', 'MEA', 'PGSGOV')),
    ('Western diplomats', '1998-05-01', ('WSTGOV',)),
    ('Western governments', '1998-05-01', ('WSTGOV',)),
    ('African leaders', '1998-05-01', ('AFRGOV',)),
    ('Balkan states', '1998-05-01', ('BLK', 'BLKGOV')),
    ('Central Asian states', '1998-05-01', ('CAS', 'CASGOV')),
    ('Latin American leaders', '1998-05-01', ('LAMGOV',)),
    ('European Union foreign ministers', '1998-05-01', ('IGOEUREECGOV',)),
    ('EU foreign ministers', '1998-05-01', ('IGOEUREECGOV',)),
    ('NATO allies', '1998-05-01', ('IGOWSTNAT',)),
    ('the Arab League', '1998-05-01', ('IGOMEAARL',)),
    ('Islamic countries', '1998-05-01', ('MOS', None, 'IGOMOSOIC')),
    ('the Non-Aligned Movement', '1998-05-01', ('IGONAM',)),
    ('East Timorese guerrillas', '1998-05-01', ('IDNREB',)),
    ('Shiite militiamen', '1998-05-01', ('UAF',)),
    ('Lebanese guerrillas', '1998-05-01', ('LBNREB',)),
    ('Kashmiri separatists', '1998-05-01', ('SEP', 'INDSEP')),
    ('Sikh separatists', '1990-05-01', ('SEP', 'INDSEP')),
    ('the Tibetan government-in-exile', '1998-05-01', ('CHNOPP', 'CHN', 'CHNGOV')),
]
NEGATIVE_I = [
    ('the Arab world', '1998-05-01', ('MEA',)),
]

# --- J. economy, business and finance ----------------------------------------------------
FAMILY_J = [
    ('the Bundesbank', '1998-05-01', ('DEUGOVBUS', 'DEUBUS')),
    ('the Bank of Japan', '1998-05-01', ('JPNGOVBUS',)),
    ('the Federal Reserve', '1998-05-01', ('USAGOVBUS',)),
    ('the Fed', '1998-05-01', ('USAGOVBUS',)),
    ('Japanese automakers', '1998-05-01', ('JPNBUS',)),
    ('OPEC ministers', '1998-05-01', ('IGOOPCGOV',)),
    ('Gazprom', '1998-05-01', ('RUSBUS',)),
    ('Saudi Aramco', '1998-05-01', ('SAUBUS',)),
    ('Pemex', '1998-05-01', ('MEXBUS',)),
    ('Petronas', '1998-05-01', ('MYSBUS',)),
    ("Indonesia's central bank", '1998-05-01', ('IDNGOVBUS',)),
    ('the Bank of England', '1998-05-01', ('GBRGOVBUS',)),
    ('the Reserve Bank of India', '1998-05-01', ('INDGOVBUS',)),
    ('South Korean chaebol', '1998-05-01', ('KORBUS',)),
    ('Chinese state-owned enterprises', '1998-05-01', ('CHNGOVBUS',)),
    ('the Paris Club', '1998-05-01', ('IGO', 'IGOBUS')),
    ('IMF officials', '1998-05-01', ('IGOUNOBUSIMFGOV', 'IGOBUSIMFGOV')),
    ('the World Bank', '1998-05-01', ('IGOUNODEVWBK',)),
    ('Russian oligarchs', '1998-05-01', ('RUSBUS',)),
    ('Thai exporters', '1998-05-01', ('THABUS',)),
    ('Japanese banks', '1998-05-01', ('JPNBUS',)),
    ('the Tokyo Stock Exchange', '1998-05-01', ('JPNBUS',)),
    ('a Hong Kong tycoon', '1998-05-01', ('HKGBUS',)),
]
NEGATIVE_J = [
    ('free enterprise', '1998-05-01', (None,)),
    ('a bank holiday', '1998-05-01', (None, 'BUS')),
]

FAMILIES = [FAMILY_A, FAMILY_B, FAMILY_C, FAMILY_D, FAMILY_E, FAMILY_F, FAMILY_G, FAMILY_H, FAMILY_I, FAMILY_J]
NEGATIVES = [NEGATIVE_A, NEGATIVE_B, NEGATIVE_C, NEGATIVE_D, NEGATIVE_E, NEGATIVE_F, NEGATIVE_G, NEGATIVE_H, NEGATIVE_I, NEGATIVE_J]


@pytest.mark.parametrize("phrase, day, want", [row for family in FAMILIES for row in family])
def test_wire_news_phrase_resolves(phrase, day, want):
    assert code(phrase, day) in want


@pytest.mark.parametrize("phrase, day, want", [row for family in NEGATIVES for row in family])
def test_wire_news_negative_keeps_its_reading(phrase, day, want):
    assert code(phrase, day) in want


def test_every_family_has_a_negative():
    assert all(NEGATIVES) and all(len(f) >= 20 for f in FAMILIES)


# --- the rules, in sentences ---------------------------------------------------------------------

def mentions(text: str, year: int) -> dict[str, str]:
    from diplograph import nlp
    from diplograph.actors import find_mentions
    from diplograph.types import Document, content_id

    nlp.load()
    (doc,) = nlp.parse([Document(id=content_id(text), text=text, published=date(year, 5, 1))])
    return {m.text: m.actor.code for m in find_mentions(doc).mentions}


@pytest.mark.model
@pytest.mark.parametrize("text, year, span, want", [
    ("Troops loyal to President Mobutu fled the town as the rebels advanced.", 1996,
     "Troops loyal to President Mobutu", "CODMIL"),           # the leader's country, the word's role
    ("Fighters loyal to Hekmatyar shelled the capital again on Tuesday.", 1995,
     "Fighters loyal to Hekmatyar", "AFGREB"),                 # a rebel leader's forces are rebels
    ("Militiamen loyal to the SPLA raided a cattle camp.", 1998, "Militiamen loyal to the SPLA", "SDNREB"),
    ("Baghdad radio said the attack had been repulsed.", 1998, "Baghdad radio", "IRQGOVMED"),
    ("Radio Tehran accused Washington of meddling in the region.", 1998, "Radio Tehran", "IRNGOVMED"),
    ("Iranian radio quoted the minister as saying talks would resume.", 1998, "Iranian radio", "IRNMED"),
    ("Likud lawmakers threatened to bring down the coalition.", 1998, "Likud lawmakers", "ISRLEG"),
    ("ANC legislators walked out of the debate in Cape Town.", 1998, "ANC legislators", "ZAFLEG"),
    ("Republican lawmakers criticised the White House over the trade deal.", 1998, "Republican lawmakers", "USALEG"),
    ("Democratic senators blocked the nomination on Thursday.", 1998, "Democratic senators", "USALEG"),
    ("The Israeli daily Haaretz reported that the cabinet would meet.", 1998, "Israeli daily Haaretz", "ISRMED"),
    ("An Egyptian weekly said the talks had failed.", 1998, "Egyptian weekly", "EGYMED"),
    # a stateless people's or a faith's armed men fight the state the sentence names
    ("Sri Lankan troops recaptured the town from Tamil rebels after heavy fighting.", 1998, "Tamil rebels", "LKAREB"),
    ("Turkish warplanes bombed Kurdish guerrillas in the mountains.", 1995, "Kurdish guerrillas", "TURREB"),
    ("The Burundian army said it had killed 40 Hutu rebels.", 1997, "Hutu rebels", "BDIREB"),
])
def test_rules_in_sentences(text, year, span, want):
    got = mentions(text, year)
    assert got.get(span) == want, got


@pytest.mark.model
@pytest.mark.parametrize("text, year, absent", [
    ("The radio was playing loudly in the kitchen.", 1998, "MED"),
    ("She listened to the radio in Tehran during the blackout.", 1998, "MED"),
    ("Supporters stayed loyal to the team until the end of the match.", 1998, "MIL"),
    ("Social Democratic deputies voted against the budget in Berlin.", 1998, "USALEG"),
    ("Christian Democrat lawmakers met in Bonn on Monday.", 1998, "USALEG"),
    ("Solidarity among the workers was high during the strike.", 1998, "POLLAB"),
    ("The Petra ruins drew thousands of tourists last year.", 1998, "JORGOVMED"),
    ("Iraqi daily oil exports rose to two million barrels.", 1998, "MED"),
    ("Palestinians resumed their daily lives after the curfew.", 1998, "MED"),
    ("He has lived in exile since 1979.", 1998, "OPP"),
    ("U.S. troops killed ten insurgents near the border.", 2005, "USAREB"),   # a state's forces abroad: no reading
])
def test_rules_leave_ordinary_sentences_alone(text, year, absent):
    got = mentions(text, year)
    assert not [c for c in got.values() if c.endswith(absent) or c == absent], got


@pytest.mark.model
def test_party_officials_stay_the_party():
    got = mentions("Likud leaders and ANC officials met in Jerusalem.", 1998)
    assert "ISRLEG" not in got.values() and "ZAFLEG" not in got.values(), got
