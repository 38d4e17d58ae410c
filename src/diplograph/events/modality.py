"""Modality of an event: asserted, negated, hedged, hypothetical, future or claimed.

Read from the parse by walking up from the trigger through the clauses that govern it
("is unlikely to offer", "refused to sign", "denied sending", "said it had shot down")."""
from __future__ import annotations

MODALITIES = ("asserted", "negated", "hedged", "hypothetical", "future", "claimed")
# Order of precedence when several markers govern one event.
_RANK = {"negated": 0, "hedged": 1, "hypothetical": 2, "future": 3, "claimed": 4, "asserted": 5}

NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}
HYPO_AUX = {"may", "might", "could", "would", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HEDGE_HEADS = {
    "unlikely", "likely", "possible", "probable", "uncertain", "unclear", "doubtful", "poised",
    "refuse", "decline", "fail", "hesitate", "reluctant", "unwilling", "stop", "avoid", "seem",
    "appear", "consider", "weigh", "mull", "hope", "try", "attempt", "want", "wish", "rumor",
    "rumour", "speculate",
}
NEGATING_HEADS = {"refuse", "decline", "fail", "deny", "reject", "avoid", "stop"}
FUTURE_HEADS = {
    "plan", "intend", "aim", "seek", "prepare", "expect", "schedule", "set", "vow", "promise", "pledge",
    "threaten", "agree", "offer", "propose", "decide", "ready", "willing", "prepared", "eager", "due",
}
CLAIM_HEADS = {"deny", "claim", "allege", "insist", "assert", "contend", "maintain", "dispute", "accuse", "blame", "suspect"}
REPORT_HEADS = {"say", "tell", "announce", "state", "report", "add", "declare", "confirm", "write", "boast", "acknowledge", "admit"}
# The content of a request or a threat has not happened: "urged Iran to stop", "demanded that
# Sudan return the helicopter", "threatened to ban". The request or threat is its own event.
IRREALIS_HEADS = {
    "urge", "demand", "ask", "call", "request", "appeal", "press", "pressure", "push", "insist",
    "want", "order", "instruct", "invite", "encourage", "recommend", "suggest", "propose", "threaten",
    "warn", "vow", "seek", "beg", "plead", "require", "need",
}
CLAIM_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
HEDGE_ADVERBS = {"possibly", "perhaps", "maybe", "probably", "likely"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their"}
_CLIMB = {"xcomp", "ccomp", "advcl", "pcomp", "acomp", "conj", "dobj", "pobj", "prep", "relcl", "acl", "oprd", "attr"}


def modality(trigger, *, subject=None) -> str:
    """The modality of the event whose trigger token is ``trigger`` (a spaCy Token).
    ``subject`` is the token that fills the event's source role, if any."""
    found: list[str] = []
    if trigger.pos_ == "NOUN":
        for child in trigger.children:
            if child.dep_ in ("det", "neg") and child.lower_ in ("no", "never"):
                found.append("negated")
    cur = trigger
    came_by = None
    for _ in range(8):
        lemma = cur.lemma_.lower()
        if cur is not trigger and came_by is not None:
            if lemma in CLAIM_HEADS and came_by in ("ccomp", "xcomp", "pcomp", "dobj", "prep", "pobj"):
                found.append("claimed")
                break
            if lemma in REPORT_HEADS and came_by == "ccomp":
                speaker = _subject(cur)
                if subject is not None and (
                    subject.lower_ in PRONOUNS or (speaker is not None and speaker.lower_ == subject.lower_)
                ):
                    found.append("claimed")
                break
            if lemma in IRREALIS_HEADS and came_by in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"):
                found.append("future" if lemma in ("threaten", "vow", "warn") else "hypothetical")
                break
            if lemma in NEGATING_HEADS and came_by in ("xcomp", "pcomp", "prep", "pobj"):
                found.append("negated" if lemma in ("deny",) else "hedged")
            elif lemma in HEDGE_HEADS and came_by in ("xcomp", "acomp", "ccomp", "prep", "pcomp"):
                found.append("hedged")
            elif lemma in FUTURE_HEADS and came_by in ("xcomp", "ccomp") and (came_by == "xcomp" or cur.pos_ == "ADJ"):
                found.append("future")
        for child in cur.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and low in ("never", "neither")):
                found.append("negated")
            elif child.dep_ == "aux" and low in FUTURE_AUX:
                found.append("future")
            elif child.dep_ == "aux" and low in HYPO_AUX:
                found.append("hypothetical")
            elif child.dep_ == "mark" and low in ("if", "unless", "whether"):
                found.append("hypothetical")
            elif child.dep_ == "advmod" and low in CLAIM_ADVERBS:
                found.append("claimed")
            elif child.dep_ == "advmod" and low in HEDGE_ADVERBS:
                found.append("hedged")
            elif child.dep_ == "acomp" and child.lemma_.lower() in HEDGE_HEADS and cur.lemma_ == "be":
                found.append("hedged")
            elif child.dep_ == "aux" and low == "going" and cur is not trigger:
                found.append("future")
        if cur.dep_ == "prep" and cur.lower_ == "without":
            found.append("negated")
        if cur.head is cur or cur.dep_ not in _CLIMB:
            break
        # adverbial and relative clauses are clauses of their own ("after Russia attacked,
        # Iran condemned"; "the kind of clause Russia agreed with North Korea"): conditionals
        # are caught by "mark" above, and the main clause's markers do not reach in
        if cur.dep_ in ("relcl", "acl") or (cur.dep_ == "advcl" and not _infinitive(cur)):
            break
        # a conjoined clause with its own subject does not share the first clause's markers
        if cur.dep_ == "conj" and _subject(cur) is not None:
            break
        came_by = cur.dep_
        cur = cur.head
    if not found:
        return "asserted"
    return min(found, key=_RANK.__getitem__)


def _infinitive(verb) -> bool:
    """A purpose clause ("sent forces to support Iran") shares its governing clause's modality."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None
