"""Modality of an event: asserted, negated, hedged, hypothetical, future or claimed.

Read from the parse by walking up from the trigger through the clauses that govern it
("is unlikely to offer", "refused to sign", "denied sending", "said it had shot down",
"a possible Israeli strike", "Neither the US nor the EU recognised")."""
from __future__ import annotations

from collections.abc import Callable

MODALITIES = ("asserted", "negated", "hedged", "hypothetical", "future", "claimed")
# Order of precedence when several markers govern one event.
_RANK = {"negated": 0, "hedged": 1, "hypothetical": 2, "future": 3, "claimed": 4, "asserted": 5}

HYPO_AUX = {"may", "might", "could", "would", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HEDGE_HEADS = {
    "unlikely", "likely", "possible", "probable", "uncertain", "unclear", "doubtful", "poised",
    "refuse", "decline", "hesitate", "hesitant", "reluctant", "unwilling", "avoid", "seem",
    "appear", "consider", "weigh", "mull", "hope", "try", "attempt", "want", "wish", "rumor",
    "rumour", "speculate", "resist", "oppose",
}
# Heads under which the act did not happen ("failed to agree", "has yet to deliver")
NEGATING_HEADS = {"fail", "deny", "stop", "cease", "neglect", "omit"}
FUTURE_HEADS = {
    "plan", "intend", "aim", "seek", "prepare", "expect", "schedule", "set", "vow", "promise", "pledge",
    "threaten", "agree", "offer", "propose", "decide", "ready", "willing", "prepared", "eager", "due",
    "go", "about",
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
# Nouns whose content clause has not happened: "pressure to impose sanctions", "plans to sign"
IRREALIS_NOUNS = {
    "pressure", "call", "demand", "request", "appeal", "plan", "threat", "promise", "offer", "proposal",
    "bid", "effort", "attempt", "refusal", "decision", "intention", "pledge", "push", "readiness", "willingness",
}
FUTURE_NOUNS = {"plan", "threat", "promise", "offer", "proposal", "decision", "intention", "pledge", "readiness", "willingness"}
# Adjectives on an event noun: "a possible strike", "the planned deployment", "the alleged transfer"
NOUN_MODIFIERS = {
    "possible": "hedged", "potential": "hedged", "likely": "hedged", "rumoured": "hedged", "rumored": "hedged",
    "planned": "future", "proposed": "future", "upcoming": "future", "future": "future", "prospective": "future",
    "alleged": "claimed", "reported": "claimed", "suspected": "claimed", "purported": "claimed",
    "hypothetical": "hypothetical",
}
CLAIM_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
HEDGE_ADVERBS = {"possibly", "perhaps", "maybe", "probably", "likely"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"}
_CLIMB = {"xcomp", "ccomp", "advcl", "pcomp", "acomp", "conj", "dobj", "pobj", "prep", "relcl", "acl", "oprd", "attr"}


def modality(trigger, *, subject=None, is_actor: Callable | None = None) -> str:
    """The modality of the event whose trigger token is ``trigger`` (a spaCy Token).
    ``subject`` is the token that fills the event's source role, if any; ``is_actor(token)``
    says whether a token names a coded actor (a state, a ministry, a leader), whose reports of
    what happened are claims."""
    found: list[str] = []
    if subject is not None and _negated_subject(subject):
        found.append("negated")  # "Neither the US nor the EU recognised", "No country recognised"
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ in ("det", "neg") and child.lower_ in ("no", "never"):
                found.append("negated")
            elif child.dep_ in ("amod", "compound") and child.lower_ in NOUN_MODIFIERS:
                found.append(NOUN_MODIFIERS[child.lower_])
    else:
        # "offered no criticism", "reached no agreement"
        for child in trigger.children:
            if child.dep_ in ("dobj", "attr") and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                found.append("negated")
    cur = trigger
    came_by = None
    for _ in range(10):
        lemma = cur.lemma_.lower()
        if cur is not trigger and came_by is not None:
            if lemma in CLAIM_HEADS and came_by in ("ccomp", "xcomp", "pcomp", "dobj", "prep", "pobj"):
                found.append("claimed")
                break
            if lemma in REPORT_HEADS and came_by == "ccomp":
                if _reported_claim(cur, subject, is_actor):
                    found.append("claimed")
                break
            if lemma in REPORT_HEADS and came_by == "xcomp" and _passive(cur):
                found.append("claimed")  # "Israel was said to have carried out the strike"
                break
            if lemma in IRREALIS_HEADS and came_by in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"):
                found.append("future" if lemma in ("threaten", "vow", "warn") else "hypothetical")
                break
            if lemma in NEGATING_HEADS and came_by in ("xcomp", "pcomp", "prep", "pobj", "ccomp"):
                found.append("negated")
            elif came_by == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.children):
                found.append("negated")  # "has yet to deliver", "is yet to sign"
            elif lemma in HEDGE_HEADS and came_by in ("xcomp", "acomp", "ccomp", "prep", "pcomp"):
                found.append("hedged")
            elif lemma in FUTURE_HEADS and came_by in ("xcomp", "ccomp") and (came_by == "xcomp" or cur.pos_ == "ADJ"):
                found.append("future")
            elif lemma == "be" and came_by == "xcomp":
                found.append("future")  # "the two countries are to sign"
        for child in cur.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and low in ("never", "neither")):
                found.append("negated")
            elif child.dep_ == "aux" and low in FUTURE_AUX:
                found.append("future")
            elif child.dep_ == "aux" and low in HYPO_AUX:
                found.append("hypothetical")
            elif child.dep_ == "mark" and low in ("if", "unless"):
                found.append("hypothetical")
            elif child.dep_ == "mark" and low == "whether":
                found.append("hedged")
            elif child.dep_ == "advmod" and low in CLAIM_ADVERBS:
                found.append("claimed")
            elif child.dep_ == "advmod" and low in HEDGE_ADVERBS:
                found.append("hedged")
            elif child.dep_ == "acomp" and child.lemma_.lower() in HEDGE_HEADS and cur.lemma_ == "be":
                found.append("hedged")
            elif child.dep_ == "prep" and low == "according" and _according_to_actor(child, is_actor):
                found.append("claimed")  # "according to Azerbaijan's defence ministry"
        if cur.dep_ == "prep" and cur.lower_ == "without":
            found.append("negated")
        if cur.head is cur:
            break
        # an event noun takes the modality of the clause it is an argument of: "a blockade of
        # Taiwan could cut ...", "any Israeli attack would set off ..."
        if cur is trigger and cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("nsubj", "nsubjpass"):
            came_by = cur.dep_
            cur = cur.head
            continue
        if cur.dep_ not in _CLIMB:
            break
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in IRREALIS_NOUNS:
            found.append("future" if cur.head.lemma_.lower() in FUTURE_NOUNS else "hypothetical")
            break
        # adverbial and relative clauses are clauses of their own ("after Russia attacked,
        # Iran condemned"; "the kind of clause Russia agreed with North Korea"): conditionals
        # are caught by "mark" above, and the main clause's markers do not reach in. A
        # participle inside a noun phrase ("a statement backing Ukraine's bid") does share them.
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ not in ("VBG", "VBN")):
            break
        if cur.dep_ == "advcl" and not _infinitive(cur):
            break
        # a conjoined clause with its own subject does not share the first clause's markers
        if cur.dep_ == "conj" and _subject(cur) is not None:
            break
        came_by = cur.dep_
        cur = cur.head
    if not found:
        return "asserted"
    return min(found, key=_RANK.__getitem__)


def _negated_subject(subject) -> bool:
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in subject.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) or subject.lower_ in ("nobody", "none")


def _reported_claim(verb, subject, is_actor) -> bool:
    """Reported speech is a claim when the speaker reports its own act ("Pakistan said it had
    shot down ...") or is itself a party, a coded actor ("Moscow said Ukrainian forces had
    attacked ..."); an unnamed or neutral source ("officials said", "witnesses said") reports."""
    speaker = _subject(verb)
    if speaker is None:
        return False
    if subject is not None and (subject.lower_ in PRONOUNS or speaker.lower_ == subject.lower_):
        return True
    if subject is not None and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subject.children):
        return True  # "the ministry said its air defences destroyed ..."
    return bool(is_actor and is_actor(speaker))


def _according_to_actor(prep, is_actor) -> bool:
    if is_actor is None:
        return False
    for to in prep.children:
        for pobj in to.children if to.lower_ == "to" else [to]:
            if pobj.dep_ == "pobj" and is_actor(pobj):
                return True
    return False


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _infinitive(verb) -> bool:
    """A purpose clause ("sent forces to support Iran") shares its governing clause's modality."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None
