"""Second round of trigger families (data/ontology/triggers.csv): ordinary news wording for PLOVER
types and CAMEO codes taken from their definitions, one invented sentence each, coded by the real
pipeline. Each case gives the type that must be coded, where clear the source and target countries,
and the type the bare head word would have given on that trigger instead."""
import pytest
from conftest import assert_coded, assert_not_coded

pytestmark = pytest.mark.model


# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CASES = [
    # CONSULT: telephone calls with the with-phrase on the noun; audiences
    ("The Chilean president spoke by telephone with the Argentine president on Monday.", "CONSULT", ("CHL", "ARG"), None),
    ("Jordan's King Hussein granted an audience to the Iraqi foreign minister.", "CONSULT", ("JOR", "IRQ"), None),
    # SUPPORT: solidarity
    ("Nicaragua voiced solidarity with the government of Cuba.", "SUPPORT", ("NIC", "CUB"), None),
    # CONCEDE: rights granted, contested bills dropped, yielding to pressure
    ("Oman granted women the right to stand for parliament.", "CONCEDE", None, None),
    ("The Kenyan government withdrew the controversial media bill.", "CONCEDE", None, "RETREAT"),
    ("Peru yielded to pressure from Ecuador over the border dispute.", "CONCEDE", ("PER", None), None),
    ("The Chilean government agreed to the miners' demands for higher wages.", "CONCEDE", None, "AGREE"),
    # COOPERATE: extradition by handing over, sharing information, joint operations
    ("Colombia handed over the drug suspect to the United States.", "COOPERATE", ("COL", "USA"), "AID"),
    ("Turkish police exchanged information with their Greek counterparts.", "COOPERATE", None, None),
    # AID: loans approved, money disbursed or given, relief distributed, teams arriving to help
    ("The Asian Development Bank approved a $400 million loan to Bangladesh.", "AID", (None, "BGD"), "SUPPORT"),
    ("The IMF disbursed $300 million to Ukraine.", "AID", (None, "UKR"), None),
    ("Norway gave $10 million to the Palestinian Authority.", "AID", ("NOR", "PSE"), None),
    ("The European Union gave 20 million euros in aid to Sudan.", "AID", (None, "SDN"), "CONCEDE"),
    ("The World Food Programme distributed food to refugees in Chad.", "AID", None, None),
    ("A team of Turkish rescuers arrived in Iran to help earthquake victims.", "AID", ("TUR", None), "CONSULT"),
    # RETREAT: people and property returned, access allowed, blockades eased, positions abandoned
    ("Israel released the mayor of Nablus on Wednesday.", "RETREAT", ("ISR", None), None),
    ("Iraq returned the remains of 200 Iranian soldiers to Iran.", "RETREAT", ("IRQ", "IRN"), None),
    ("Kuwait returned the seized Iraqi assets to Iraq.", "RETREAT", ("KWT", "IRQ"), None),
    ("Hezbollah handed over the bodies of two Israeli soldiers to Israel.", "RETREAT", None, "AID"),
    ("Israel allowed trucks carrying fuel into Gaza.", "RETREAT", ("ISR", None), "CONCEDE"),
    ("Myanmar let foreign aid workers into the delta.", "RETREAT", ("MMR", None), None),
    ("Syria permitted the Red Cross to visit the prisoners.", "RETREAT", ("SYR", None), None),
    ("Sudan received the UN peacekeepers in Darfur.", "RETREAT", ("SDN", None), "CONSULT"),
    ("Israel eased the blockade of Gaza on Sunday.", "RETREAT", ("ISR", None), None),
    ("Libya dismantled its nuclear weapons program.", "RETREAT", ("LBY", None), None),
    ("Iraqi forces abandoned their positions south of Basra.", "RETREAT", ("IRQ", None), None),
    # REQUEST is unchanged; ACCUSE: faulting, complaining, disapproving
    ("The State Department faulted Cairo for its treatment of journalists.", "ACCUSE", ("USA", "EGY"), None),
    ("Iran complained to the Security Council about American overflights.", "ACCUSE", ("IRN", None), None),
    ("Cuba disapproved of the American decision to tighten the embargo.", "ACCUSE", ("CUB", None), None),
    # REJECT: ruling out, declining offers, ignoring demands
    ("The Israeli prime minister ruled out talks with Syria.", "REJECT", ("ISR", None), "CONSULT"),
    ("Ukraine declined the Russian offer of a loan.", "REJECT", ("UKR", None), "AGREE"),
    ("Belgrade ignored the demands of the European Union.", "REJECT", ("SRB", None), "REQUEST"),
    # PROTEST: sit-ins, taking to the streets, hunger strikes launched, protests joined, flags burned
    ("Students in Seoul staged a sit-in outside the Japanese embassy.", "PROTEST", None, None),
    ("Thousands of Venezuelans took to the streets of Caracas.", "PROTEST", None, None),
    ("Cuban dissidents launched a hunger strike in Havana.", "PROTEST", None, "ASSAULT"),
    ("Nigerian oil workers began a strike on Monday.", "PROTEST", None, "ASSAULT"),
    ("Tens of thousands of Koreans joined a demonstration in Seoul.", "PROTEST", None, "SUPPORT"),
    ("Protesters in Karachi burned American flags.", "PROTEST", None, None),
    # SANCTION: cancelled or postponed visits, walk-outs, ended cooperation, halted shipments, leaving bodies
    ("Japan postponed the visit of its foreign minister to Beijing.", "SANCTION", ("JPN", None), None),
    ("South Korea pulled out of the talks with the North.", "SANCTION", ("KOR", None), "RETREAT"),
    ("Iran ended its cooperation with the IAEA.", "SANCTION", ("IRN", None), "COOPERATE"),
    ("Washington halted fuel shipments to North Korea.", "SANCTION", ("USA", "PRK"), "AID"),
    ("The European Union imposed a visa ban on Belarusian officials.", "SANCTION", (None, "BLR"), "COERCE"),
    ("Britain banned arms sales to Israel.", "SANCTION", ("GBR", None), "COERCE"),
    ("Britain downgraded its diplomatic presence in Tehran.", "SANCTION", ("GBR", None), None),
    ("Eritrea ordered the UN peacekeepers to leave the country.", "SANCTION", ("ERI", None), None),
    ("Zimbabwe withdrew from the Commonwealth in 2003.", "SANCTION", ("ZWE", None), "RETREAT"),
    ("Israel froze the transfer of tax revenues to the Palestinian Authority.", "SANCTION", ("ISR", "PSE"), None),
    ("Australia withdrew its troops from the UN mission in Timor.", "SANCTION", ("AUS", None), "RETREAT"),
    # MOBILIZE: tanks moved, security heightened
    ("The Chadian army moved tanks toward the Sudanese border.", "MOBILIZE", ("TCD", None), None),
    ("Iraqi security forces heightened security in Baghdad.", "MOBILIZE", ("IRQ", None), None),
    # COERCE: cordons, citizenship stripped, licences revoked, outlets closed, martial law declared
    ("Security forces in Bahrain cordoned off the village.", "COERCE", None, None),
    ("Bahrain stripped 30 dissidents of their citizenship.", "COERCE", ("BHR", None), None),
    ("The Nicaraguan government revoked the licenses of 100 NGOs.", "COERCE", ("NIC", None), None),
    ("The Turkish government closed down dozens of media outlets.", "COERCE", ("TUR", None), None),
    ("General Musharraf imposed martial law in Pakistan.", "COERCE", ("PAK", None), None),
    # ASSAULT: suicide bombings, exchanges of fire, chemical weapons, human shields, hostages, storming
    ("A suicide bomber blew himself up in a market in Baghdad.", "ASSAULT", None, None),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT", ("IND", "PAK"), None),
    ("Iraq used chemical weapons against Iranian troops.", "ASSAULT", ("IRQ", "IRN"), None),
    ("The rebels used Liberian villagers as human shields.", "ASSAULT", None, None),
    ("Gunmen gunned down a judge in Kandahar.", "ASSAULT", None, None),
    ("Militants set off a roadside bomb near a police station in Kirkuk.", "ASSAULT", None, None),
    ("Armed men seized 20 foreign hostages in Algeria.", "ASSAULT", None, "COERCE"),
    ("Russian special forces stormed the school in Beslan.", "ASSAULT", ("RUS", None), None),
    ("Israeli commandos raided a Hezbollah stronghold in Baalbek.", "ASSAULT", ("ISR", None), "COERCE"),
    ("Hutu militias slaughtered Tutsi civilians in Kibuye.", "ASSAULT", None, None),
    ("A Palestinian stabbed two Israeli soldiers in Hebron.", "ASSAULT", None, None),
    ("Government troops razed Kurdish villages near the border.", "ASSAULT", None, None),
    ("Iraqi forces gassed the Kurds of Halabja in 1988.", "ASSAULT", ("IRQ", None), None),
    ("Government helicopters strafed rebel positions in Sudan.", "ASSAULT", None, None),
    ("Militants lobbed grenades at a police patrol in Srinagar.", "ASSAULT", None, None),
    ("Militia members torched dozens of homes in Darfur.", "ASSAULT", None, None),
    ("A bomb exploded in a crowded market in Peshawar.", "ASSAULT", None, None),
    ("Iran executed two men accused of spying for Israel.", "ASSAULT", ("IRN", None), None),
    ("Eritrean rebels captured two Ethiopian soldiers near the border.", "ASSAULT", None, "COERCE"),
    ("Taliban fighters overran a police post in Helmand.", "ASSAULT", None, None),
    # PROTEST, more: a crowd gathering to demand, walk-outs in protest
    ("Thousands of students gathered outside parliament in Budapest demanding new elections.", "PROTEST", None, None),
    ("Opposition lawmakers in Kenya walked out of parliament in protest.", "PROTEST", None, "SANCTION"),
    # COERCE, more: sieges, searches, looting, newspapers suspended
    ("Israeli tanks besieged the compound in Ramallah.", "COERCE", ("ISR", None), None),
    ("Police searched the offices of the opposition newspaper in Minsk.", "COERCE", None, None),
    ("Soldiers looted shops in the capital of Guinea.", "COERCE", None, None),
    ("The Egyptian government suspended the opposition newspaper.", "COERCE", ("EGY", None), "SANCTION"),
    # MOBILIZE, more: reservists recalled, missiles fired into the sea
    ("Israel recalled reservists ahead of the operation.", "MOBILIZE", ("ISR", None), None),
    ("North Korea fired a ballistic missile into the sea.", "MOBILIZE", ("PRK", None), "ASSAULT"),
    ("China flexed its military muscle with a parade in Beijing.", "MOBILIZE", ("CHN", None), None),
    ("Britain put its troops in Cyprus on standby.", "MOBILIZE", ("GBR", None), None),
    ("The Pakistani army declared a state of high alert along the border.", "MOBILIZE", ("PAK", None), None),
    ("Greek forces went on alert after Turkish jets entered its airspace.", "MOBILIZE", ("GRC", None), None),
    ("The Indian army increased its troop presence in Kashmir.", "MOBILIZE", ("IND", None), None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CASES, ids=[c[0][:45] for c in CASES])
def test_wording(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


@pytest.mark.parametrize("text,type_", [
    # intransitive 'blow up' is a quarrel or a flood of messages, not a bombing
    ("The row blew up after the minister's remarks were leaked.", "ASSAULT"),
    ("My phone started to blow up when the results came in.", "ASSAULT"),
    # 'use' with an agent force is no use of force; 'help' and 'fund' alone are too vague for AID
    ("The airfield is a base used by the Royal Air Force.", "ASSAULT"),
    ("The new railway will help the economy of Kenya.", "AID"),
    ("Labour said it would fund the tax cuts by closing loopholes.", "AID"),
    # an emergency declared over a storm or an epidemic is no repression
    ("The governor of Florida declared a state of emergency ahead of the hurricane.", "COERCE"),
    # a leader welcoming a decision is no hosted visit
    ("Egypt's president welcomed the announcement.", "CONSULT"),
    # repatriation flights for one's own citizens are no release of captives
    ("The flights will return Indian nationals stranded abroad.", "RETREAT"),
    # releasing a report or funds is no release of captives
    ("The ministry released a report on the economy.", "RETREAT"),
    # the extra words of a pattern may be matched by the subject: person nouns that are often the
    # subject of 'release', 'capture', 'return', 'welcome' or 'open' are left out of the patterns
    ("Officials in Kenya released a statement on Monday.", "RETREAT"),
    ("Tourists captured pictures of the protest.", "ASSAULT"),
    ("The plane returned to Heathrow after a technical fault.", "RETREAT"),
    ("Soldiers returned to their barracks in Accra.", "RETREAT"),
    ("Election observers welcomed the peaceful vote in Ghana.", "RETREAT"),
    ("UN inspectors opened an investigation into the deaths.", "RETREAT"),
    ("The aircraft overran the runway in Kathmandu.", "ASSAULT"),
    ("Our house is burning, the villagers in Greece said.", "ASSAULT"),
    ("A gas cylinder exploded in a restaurant in Lahore.", "ASSAULT"),
    # naming a strike, and declining to comment
    ("Russia's foreign ministry calls the strikes on Iran unprovoked.", "PROTEST"),
    ("The Kenyan embassy declined to comment.", "REJECT"),
])
def test_no_false_alarm(text, type_):
    assert_not_coded(text, type_)
