"""What an effort is "aimed at" is its goal, not a deed; and what one persuades or convinces
another to do is sought, not done (as what one urges)."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def modalities(text):
    return {(e.type, e.trigger): e.modality for e in extract_text(text, published=date(2000, 1, 1)).events}


@pytest.mark.parametrize("text", [
    "Japan sent an envoy to Tehran in a move aimed at persuading Iran to release the hostages.",
    "France launched a diplomatic effort aimed at convincing Syria to withdraw from Lebanon.",
])
def test_nothing_under_aimed_at_is_asserted(text):
    mods = modalities(text)
    assert mods and all(m != "asserted" for (t, trig), m in mods.items() if trig not in ("sent", "launched"))


def test_the_act_one_persuades_another_to_do_is_not_done():
    mods = modalities("Egypt succeeded in persuading Israel to release the prisoners.")
    assert mods[("RETREAT", "release")] == "hypothetical"


def test_a_deed_beside_the_aim_stays_asserted():
    mods = modalities("Kenya expelled two Ugandan diplomats in a move aimed at ending the border dispute.")
    assert mods[("SANCTION", "expelled")] == "asserted"
