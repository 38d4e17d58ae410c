"""Fourth round of trigger rows (data/ontology/triggers.csv), written as families from the PLOVER
and CAMEO definitions of the weakest types: criticism and charges (ACCUSE), requests, pleas and
orders (REQUEST), snubs and refusals (REJECT), vows of revenge (THREATEN), climb-downs and dropped
demands (CONCEDE), repression, evictions and censorship (COERCE), recruiting, stockpiling and
preparing for war (MOBILIZE), abdications, ceded ground and halted fighting (RETREAT), forces joined
(COOPERATE) and stated willingness (AGREE). Invented sentences, coded by the real pipeline."""
import pytest
from conftest import assert_coded, assert_not_coded

pytestmark = pytest.mark.model


# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CASES = [
    # ACCUSE disapprove: verbs of criticism, and voiced displeasure
    ("The Kenyan president excoriated Uganda for closing the border.", "ACCUSE", ("KEN", "UGA"), None),
    ("Pakistan's foreign minister assailed India over the dam project.", "ACCUSE", ("PAK", "IND"), None),
    ("The Chinese government reprimanded Japan over the textbook dispute.", "ACCUSE", ("CHN", "JPN"), None),
    ("Venezuela's president lashed out at Colombia on Sunday.", "ACCUSE", ("VEN", "COL"), None),
    ("The Nigerian government hit out at Amnesty International over its report.", "ACCUSE", ("NGA", None), None),
    ("Greece expressed dismay at the Turkish decision to drill off Cyprus.", "ACCUSE", ("GRC", "TUR"), None),
    ("Seoul voiced anger over North Korea's missile launch.", "ACCUSE", ("KOR", "PRK"), None),
    ("Canada expressed disappointment with the Indian ban on its diplomats.", "ACCUSE", ("CAN", "IND"), None),
    # ACCUSE allege: blame and legal charges
    ("Washington held Tehran responsible for the attack on its embassy.", "ACCUSE", ("USA", "IRN"), None),
    ("The United States holds Iran responsible for the attacks.", "ACCUSE", ("USA", "IRN"), None),
    ("Moscow pointed the finger at Georgian intelligence for the shooting.", "ACCUSE", ("RUS", "GEO"), None),
    ("Zimbabwe pressed charges against the British journalist.", "ACCUSE", ("ZWE", "GBR"), "REQUEST"),
    ("Argentine prosecutors brought charges against the former Chilean minister.", "ACCUSE", ("ARG", "CHL"), None),
    ("The Peruvian congress voted to impeach President Vizcarra.", "ACCUSE", ("PER", None), None),
    ("Croatian prosecutors filed new charges against the Serbian general.", "ACCUSE", ("HRV", "SRB"), None),
    ("Bosnia brought a case against Serbia at the International Court of Justice.", "ACCUSE", ("BIH", "SRB"), None),
    ("Libya dropped its lawsuit against the British government.", "CONCEDE", ("LBY", "GBR"), "ACCUSE"),
    ("Prosecutors in Zagreb dropped the case against the Bosnian officer.", "CONCEDE", (None, "BIH"), "ACCUSE"),
    ("The Serbian government branded the Kosovo leaders terrorists.", "ACCUSE", ("SRB", None), None),
    # ACCUSE disapprove, CAMEO 113: rallying opposition against an actor
    ("Bishop Tutu called for sanctions against South Africa.", "ACCUSE", (None, "ZAF"), "REQUEST"),
    ("The Arab League tried to rally opposition against Israel at the UN.", "ACCUSE", (None, "ISR"), None),
    ("Exiled Iraqi groups campaigned against Saddam Hussein's government.", "ACCUSE", ("IRQ", "IRQ"), None),
    ("Britain raised objections to the French plan for farm subsidies.", "ACCUSE", ("GBR", None), None),
    # ACCUSE investigate
    ("Interior ministry officials in Jordan are looking into the killing of the Iraqi diplomat.", "ACCUSE", ("JOR", None), None),
    ("Lebanese police interrogated two Syrian intelligence officers.", "ACCUSE", ("LBN", "SYR"), None),
    # REQUEST: begging, pleas, renewed calls, requests for backing or talks
    ("The Afghan president begged Pakistan to stop the infiltration.", "REQUEST", ("AFG", "PAK"), None),
    ("Pope John Paul exhorted Lebanon's leaders to end their feud.", "REQUEST", (None, "LBN"), None),
    ("Haiti pleaded for emergency help from the United States.", "REQUEST", ("HTI", None), None),
    ("Mexico renewed its call for talks with the Zapatista rebels.", "REQUEST", ("MEX", None), None),
    ("Bolivia made a plea for debt relief to the International Monetary Fund.", "REQUEST", ("BOL", None), None),
    ("Nigeria sought support from the African Union for its peace plan.", "REQUEST", ("NGA", None), None),
    ("Georgia sought a ceasefire in South Ossetia on Friday.", "REQUEST", ("GEO", None), None),
    # REQUEST: orders to an actor (PLOVER: requests, demands and orders)
    ("The Security Council ordered Iraq to withdraw from Kuwait.", "REQUEST", (None, "IRQ"), "RETREAT"),
    ("The Bolivian government instructed its ambassador in Lima to return home.", "REQUEST", ("BOL", None), None),
    # REJECT: snubs, brush-offs, defiance, votes and blocks
    ("Iran spurned the European offer on enrichment.", "REJECT", ("IRN", None), None),
    ("The Thai prime minister snubbed the Cambodian invitation to talks.", "REJECT", ("THA", "KHM"), None),
    ("Eritrea repudiated the border commission's ruling.", "REJECT", ("ERI", None), None),
    ("The Sudanese government brushed aside Western criticism of its Darfur policy.", "REJECT", ("SDN", None), None),
    ("North Korea flouted the UN resolution with another missile test.", "REJECT", ("PRK", None), None),
    ("The Ukrainian parliament voted down the Russian-backed bill.", "REJECT", ("UKR", None), None),
    ("China blocked the proposal at the Security Council.", "REJECT", ("CHN", None), None),
    ("Belgrade resisted pressure from Washington to extradite the general.", "REJECT", ("SRB", "USA"), None),
    # THREATEN: vows and oaths of revenge, not cooperative promises
    ("Hezbollah vowed to retaliate against Israel for the killing.", "THREATEN", (None, "ISR"), "AGREE"),
    ("The Chechen rebels swore revenge against Russia.", "THREATEN", (None, "RUS"), None),
    ("Hamas promised retaliation against Israel for the raid.", "THREATEN", (None, "ISR"), "AGREE"),
    # CONCEDE: verbal concessions, climb-downs, dropped demands, clemency
    ("The Nepalese government made concessions to the Maoist rebels.", "CONCEDE", ("NPL", None), None),
    ("Tokyo backed off from its demand for compensation.", "CONCEDE", ("JPN", None), "SUPPORT"),
    ("Japan's climbdown over whaling surprised its critics.", "CONCEDE", ("JPN", None), None),
    ("The Indonesian government softened its stance on Aceh autonomy.", "CONCEDE", ("IDN", None), None),
    ("Syria dropped its demand for a full Israeli withdrawal before talks.", "CONCEDE", ("SYR", None), None),
    ("The Philippine government reversed its decision to ban the party.", "CONCEDE", ("PHL", None), None),
    ("Indonesia granted autonomy to Aceh in 2001.", "CONCEDE", ("IDN", None), None),
    # COERCE: repression, persecution, harassment, evictions, censorship
    ("The Chinese authorities repressed the Tibetan monks in Lhasa.", "COERCE", ("CHN", None), None),
    ("The Burmese junta persecuted the opposition National League for Democracy.", "COERCE", ("MMR", None), None),
    ("Zimbabwean police harassed opposition supporters in Harare.", "COERCE", ("ZWE", None), None),
    ("Kenyan police evicted thousands of squatters from the Mau forest.", "COERCE", ("KEN", None), None),
    ("Cuban authorities jammed broadcasts of Radio Marti.", "COERCE", ("CUB", None), None),
    ("The Belarus government curbed press freedom ahead of the vote.", "COERCE", ("BLR", None), None),
    ("Rebels commandeered trucks from the Red Cross in Liberia.", "COERCE", None, None),
    # COERCE restrict: closures and sieges of a territory, and a person barred
    ("Israel imposed a closure on the Gaza Strip.", "COERCE", ("ISR", None), None),
    ("The siege of Sarajevo by Bosnian Serb forces continued.", "COERCE", ("BIH", None), None),
    ("Zimbabwe barred Morgan Tsvangirai from leaving the country.", "COERCE", ("ZWE", None), None),
    ("Israel lifted the closure of the West Bank.", "CONCEDE", ("ISR", None), "COERCE"),
    ("Riot police in Minsk suppressed the opposition protest.", "COERCE", ("BLR", None), None),
    ("Bolivian troops began the confiscation of American-owned mines.", "COERCE", ("BOL", None), None),
    ("The eviction of Palestinian families from East Jerusalem by Israel angered the Arab League.", "COERCE", None, None),
    # MOBILIZE: raising fighters, stockpiling arms, preparing for war
    ("The Taliban recruited hundreds of fighters in Pakistan's tribal areas.", "MOBILIZE", None, None),
    ("Iraq stockpiled weapons near the Kuwaiti border.", "MOBILIZE", ("IRQ", None), None),
    ("Eritrea beefed up its forces along the Ethiopian frontier.", "MOBILIZE", ("ERI", None), None),
    ("Armenia prepared for war with Azerbaijan in the spring.", "MOBILIZE", ("ARM", None), None),
    # RETREAT: ceding, relinquishing, giving up arms, halting fighting, resigning
    ("Nepal's King Gyanendra abdicated in favour of his grandson.", "RETREAT", ("NPL", None), None),
    ("Serbian forces relinquished control of the town.", "RETREAT", ("SRB", None), None),
    ("Serbia ceded the disputed villages to Montenegro.", "RETREAT", ("SRB", None), None),
    ("The surrender of Iraqi troops to US forces came on the fourth day.", "RETREAT", (None, "USA"), None),
    ("Angolan rebels gave up their weapons to UN peacekeepers.", "RETREAT", None, None),
    ("Ethiopian and Eritrean troops stopped fighting along the border on Sunday.", "RETREAT", ("ETH", None), None),
    ("The Kurdish rebels turned over the prisoners to the Red Cross.", "RETREAT", None, None),
    ("The Somali prime minister quit his post after a no-confidence vote.", "RETREAT", ("SOM", None), "SANCTION"),
    # COOPERATE: forces joined, a team-up
    ("Algeria joined forces with Mali against the smugglers.", "COOPERATE", ("DZA", "MLI"), "SUPPORT"),
    ("Colombia teamed up with Ecuador to fight drug traffickers.", "COOPERATE", ("COL", "ECU"), None),
    # AGREE: stated willingness or readiness, consent
    ("Pyongyang showed willingness to return to the six-party talks.", "AGREE", ("PRK", None), None),
    ("Iran reiterated its readiness to resume talks with the EU.", "AGREE", ("IRN", None), None),
    ("Ethiopia consented to the deployment of UN peacekeepers.", "AGREE", ("ETH", None), None),
    # ASSAULT: sabotage of property
    ("Rebels sabotaged the oil pipeline in southern Colombia.", "ASSAULT", None, None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CASES, ids=[c[0][:45] for c in CASES])
def test_round4(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


@pytest.mark.parametrize("text,type_", [
    # a plea in court asks for nothing
    ("The Egyptian businessman pleaded guilty to fraud in a Cairo court.", "REQUEST"),
    # orders for arrests or goods are no order to an actor
    ("The court in Ankara ordered new computers for its staff.", "REQUEST"),
    # companies recruit staff and stockpile goods; no force is raised
    ("The Indian software company recruited 500 engineers last year.", "MOBILIZE"),
    ("Japan stockpiled rice after the poor harvest.", "MOBILIZE"),
    # preparing a report is no military preparation
    ("The Brazilian ministry prepared a report on deforestation.", "MOBILIZE"),
    # calling for an end to sanctions is a request, not opposition rallied
    ("Cuba called for an end to the American sanctions.", "ACCUSE"),
    # being in charge is no charge, and following suit no lawsuit
    ("The Indian general was put in charge of the army in Kashmir.", "ACCUSE"),
    ("Other Gulf states followed suit and raised oil output.", "ACCUSE"),
    # a law that bars a thing bars no one
    ("A new Zambian law bars foreign ownership of land.", "COERCE"),
    # a cooperative vow stays a vow, not a threat
    ("Turkey vowed to cooperate with Greece on migration.", "THREATEN"),
    # seeking something at a meeting is no request for a meeting
    ("Peru will seek action on fishing at the next regional meeting.", "REQUEST"),
    # police questioned by reporters, a plan questioned: no investigation
    ("The Danish prime minister was questioned about the case by reporters.", "ACCUSE"),
    # selling concessions and tax concessions are finance, not yielding
    ("The bonds carry a selling concession of 1.25 percent.", "CONCEDE"),
])
def test_round4_no_false_alarm(text, type_):
    assert_not_coded(text, type_)
