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
# auxiliaries of what ought to be done: a "not" under them is part of what is asked for
DEONTIC_AUX = {"should", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HEDGE_HEADS = {
    "unlikely", "likely", "possible", "probable", "uncertain", "unclear", "doubtful",
    "refuse", "decline", "hesitate", "hesitant", "reluctant", "unwilling", "avoid", "seem",
    "appear", "consider", "weigh", "mull", "hope", "try", "attempt", "want", "wish", "rumor",
    "rumour", "speculate", "resist", "oppose", "refrain", "balk", "contemplate", "ponder", "explore",
    "debate",
}
# Hedging verbs whose direct object can be the event itself: "is weighing new tariffs",
# "is considering sanctions"
HEDGE_OBJECT_HEADS = {"consider", "weigh", "mull", "contemplate", "ponder"}
# protests one "calls" by staging them ("called a general strike")
CALLED_PROTESTS = {"strike", "boycott", "walkout", "stoppage", "shutdown"}
# Heads under which the act did not happen ("failed to agree", "has yet to deliver")
# the negating verbs whose infinitive is always what was not done (not "stopped to refuel")
MISSING_HEADS = {"fail", "neglect", "omit"}
NEGATING_HEADS = {"fail", "deny", "stop", "cease", "neglect", "omit", "unable", "powerless", "rule out"}
# Nouns whose "of" object did not happen: "the absence of a ceasefire", "the lack of a deal"
ABSENCE_NOUNS = {"lack", "absence"}
FUTURE_HEADS = {
    "plan", "intend", "aim", "seek", "prepare", "expect", "schedule", "set", "vow", "promise", "pledge",
    "threaten", "agree", "offer", "propose", "decide", "ready", "willing", "prepared", "eager", "due",
    "go", "about", "poised", "swear",
    # commissive verbs of wire copy: "undertook to free the detainees", "volunteered to host the talks"
    "undertake", "volunteer",
}
CLAIM_HEADS = {"deny", "claim", "allege", "charge", "insist", "assert", "contend", "maintain", "dispute", "accuse", "blame", "suspect",
               "allegation", "accusation", "denial"}
REPORT_HEADS = {"say", "tell", "announce", "state", "report", "add", "declare", "confirm", "write", "boast", "acknowledge", "admit"}
# Reporting verbs that present their content as fact ("confirmed that", "admitted that"): the
# reporter adopts it, unless the confirmation itself is negated or uncertain
FACTIVE_HEADS = {"confirm", "acknowledge", "admit", "concede", "reveal"}
# Belief and estimate: "analysts believe Iran has sent ...", "Iran is thought to have sent ..."
BELIEF_HEADS = {"believe", "think", "estimate", "presume", "fear", "guess", "understand"}
# The content of a request or a threat has not happened: "urged Iran to stop", "demanded that
# Sudan return the helicopter", "threatened to ban". The request or threat is its own event.
IRREALIS_HEADS = {
    "urge", "demand", "ask", "call", "request", "appeal", "press", "pressure", "push", "insist",
    "want", "order", "instruct", "invite", "encourage", "recommend", "suggest", "propose", "threaten",
    "warn", "vow", "seek", "beg", "plead", "require", "need", "persuade", "convince", "lobby", "coax",
}
# Verbs of claiming that also demand, with a bare verb in their clause: "insisted that Israel withdraw"
DEMANDING_CLAIM_HEADS = {"insist"}
# Verbs of command: what one orders one's own forces ("ordered its troops to withdraw") is
# announced as one's own intention, not asked of another
COMMAND_HEADS = {"order", "instruct", "command", "direct", "tell"}
# Adjectives of readiness: "ready for talks" is an intention
READY_HEADS = {"ready", "willing", "prepared", "eager"}
# Verbs after which a reported "would" is the future seen from the past ("Trump said he would
# impose tariffs"), not a condition
BACKSHIFT_HEADS = REPORT_HEADS | {"warn", "vow", "pledge", "promise", "threaten", "signal", "indicate", "insist", "decide"}
# Nouns whose to-clause has not happened: "pressure to impose sanctions", "plans to sign"
IRREALIS_NOUNS = {"pressure", "call", "demand", "request", "appeal", "push", "need", "invitation"}
FUTURE_NOUNS = {"plan", "threat", "promise", "offer", "proposal", "decision", "intention", "pledge", "readiness", "willingness"}
HEDGE_NOUNS = {"hope", "wish", "desire", "bid", "effort", "attempt", "refusal", "reluctance", "hesitation", "unwillingness",
               "ploy", "plot", "gambit", "manoeuvre", "maneuver"}
# what one has to do a thing, not the deed: "the capacity to strike", "has no means to retaliate"
ABILITY_NOUNS = {"capacity", "ability", "capability", "means", "power", "wherewithal"}
NEGATING_NOUNS = {"failure", "inability"}
# Content nouns: "allegations that it had shelled ...", "speculation that Iran had sent ..."
CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "report", "assertion", "denial"}
HEDGE_CONTENT_NOUNS = {
    "speculation", "rumour", "rumor", "suspicion", "fear", "concern", "hope", "possibility", "likelihood", "prospect",
}
# Nouns of proof: with "no" or "little" before them, what they would prove is unproven
EVIDENCE_NOUNS = {"evidence", "proof", "sign", "indication", "confirmation"}
# Nouns of what may come, whose "of" names an event that has not happened ("fears of an invasion",
# "the risk of a blockade", "warnings of a strike"), and of talk that is not knowledge
PROSPECT_NOUNS = {"fear", "risk", "danger", "spectre", "specter", "possibility", "prospect", "likelihood", "chance",
                  "warning", "scare", "probability"}
RUMOUR_NOUNS = {"speculation", "rumour", "rumor", "talk", "suspicion", "guess", "guesswork", "conjecture"}
# Verbs that turn a call or pressure down: "resisted pressure to impose sanctions" is a refusal
REFUSING_HEADS = {"resist", "reject", "refuse", "defy", "ignore", "rebuff", "dismiss", "spurn", "decline", "oppose"}
# Adjectives on an event noun: "a possible strike", "the planned deployment", "the alleged transfer"
NOUN_MODIFIERS = {
    "possible": "hypothetical", "potential": "hypothetical", "hypothetical": "hypothetical", "feared": "hypothetical",
    "likely": "hedged", "rumoured": "hedged", "rumored": "hedged", "probable": "hedged",
    "planned": "future", "proposed": "future", "upcoming": "future", "future": "future", "prospective": "future",
    "expected": "future", "scheduled": "future", "forthcoming": "future", "imminent": "future",
    "intended": "future", "threatened": "future", "anticipated": "future", "promised": "future", "pledged": "future",
    "alleged": "claimed", "reported": "claimed", "suspected": "claimed", "purported": "claimed",
    "unconfirmed": "claimed", "claimed": "claimed",
}
CLAIM_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
HEDGE_ADVERBS = {"possibly", "perhaps", "maybe", "probably", "likely"}
# Negative adverbials: "at no point", "at no time", "under no circumstances", "in no way"
NEGATIVE_ADVERBIAL_NOUNS = {"point", "time", "stage", "circumstance", "way", "moment", "case"}
# Verbs whose object event has taken place whatever is said of the verb: "efforts to end the
# fighting", "declined to condemn the invasion", "will no longer tolerate the rallies". Not "stop"
# or "halt": "the deal halted annexation" can mean it never began.
PRESUPPOSING_HEADS = {
    "end", "condemn", "denounce", "criticise", "criticize", "deplore", "protest", "investigate",
    "escalate", "intensify", "tolerate", "justify", "defend", "welcome", "praise", "mourn",
    "commemorate", "survive", "witness", "document", "probe",
}
# Verbs whose object event is kept from happening ("blocked the aid package", "vetoed the
# sanctions", "called off the talks") or put off ("delayed the delivery")
PREVENTING_HEADS = {"block", "veto", "prevent", "thwart", "cancel", "scrap", "obstruct", "shelve", "avert", "forestall",
                    "torpedo", "derail", "scuttle", "abort", "forbid", "ban", "bar", "stymie", "call off", "rule out",
                    "avoid"}
# what is dropped or abandoned that then no longer stands: an offer, a demand, a proposal (what
# is blocked or scrapped is in PREVENTING_HEADS)
ABANDONING_HEADS = {"drop", "abandon", "ditch", "retract"}
STANDING_NOUNS = {"offer", "demand", "proposal", "request", "plan", "bid", "pledge", "promise", "threat", "call"}
DELAYING_HEADS = {"delay", "postpone", "stall", "defer", "hold up"}
# nouns of an edge reached but not crossed: "on the verge of signing", "on the brink of war"
BRINK_NOUNS = {"verge", "brink", "threshold", "cusp"}
# Predicates that put an event noun in the future: "the talks are scheduled for Monday"
SCHEDULED_HEADS = {"schedule", "plan", "expect", "set", "due", "slate", "pencil"}
# Verbs that fix a day for an event named after "for": "earmarked 23 March for a strike"
DATE_SETTING_HEADS = {"earmark", "set", "fix", "name", "pencil", "schedule", "slate", "choose", "pick"}
# Words that take an embedded question with "if": "it is unclear if", "asked if"
QUESTION_HEADS = {"unclear", "uncertain", "clear", "known", "unknown", "sure", "certain", "ask", "wonder", "know",
                  "see", "check", "decide", "determine", "question", "doubt"}
# A clause of time with a present-tense verb refers to what the main clause expects:
# "will sign the treaty when Pezeshkian visits Moscow"
TEMPORAL_MARKS = {"when", "once", "after", "before", "until", "whenever"}
# Prepositions that set an event noun before the clause it hangs on: "voters are to go to the polls
# following the resignation of the MP", "will meet after the arrest of ...": the noun is a past
# fact, whatever the clause says of its own act (a claim of the whole still reaches it); so are the
# acts of others that one goes against: "would veto the bill despite pleas from Germany"
BACKGROUND_PREPS = {"following", "after", "since", "despite", "amid", "amidst", "notwithstanding"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"}
_CLIMB = {"xcomp", "ccomp", "advcl", "pcomp", "acomp", "conj", "dobj", "pobj", "prep", "relcl", "acl", "oprd", "attr"}


def headline_infinitive(verb) -> bool:
    """A headline's "X to do Y" ("Russia to sign arms deal with India", "EU to lift embargo"):
    a bare infinitive that is its sentence's main verb (or hangs on the name of who will act),
    in a sentence with no finite verb, announces an act to come."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if not (verb.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


def modality(trigger, *, subject=None, is_actor: Callable | None = None) -> str:
    """The modality of the event whose trigger token is ``trigger`` (a spaCy Token).
    ``subject`` is the token that fills the event's source role, if any; ``is_actor(token)``
    says whether a token names a coded actor (a state, a ministry, a leader), whose reports of
    what happened are claims."""
    if _opening_should(trigger):
        return "hypothetical"  # "Should Libya attack Chad, France would defend it", however it is parsed
    return _modality(trigger, subject, is_actor, depth=0)


def _opening_should(trigger) -> bool:
    """The trigger sits in a sentence-opening "Should X do Y," clause: a condition, not a report.
    The parser often reads such a clause as a noun phrase ("Should Libya attack Chad" with
    "attack" a noun), so the clause is found by its words: "Should" first, the trigger before
    the first comma, and no question mark at the end ("Should Iran attack Israel?" is a question)."""
    sent = trigger.sent
    words = [t for t in sent if not t.is_punct or t.text == ","]
    if not words or words[0].lower_ != "should" or words[0].tag_ != "MD" or sent[-1].text == "?":
        return False
    comma = next((t for t in words if t.text == ","), None)
    return comma is not None and trigger.i < comma.i


def _modality(trigger, subject, is_actor, depth: int) -> str:
    found: list[str] = []
    if subject is not None and _negated_subject(subject):
        found.append("negated")  # "Neither the US nor the EU recognised", "No country recognised"
    if trigger.pos_ in ("NOUN", "PROPN"):
        found += _noun_markers(trigger)
    else:
        # "offered no criticism", "reached no agreement"
        for child in trigger.children:
            if child.dep_ in ("dobj", "attr") and _has_no(child):
                found.append("negated")
    cur = trigger
    came_by, came_from = None, None
    deontic_at, scope_end = None, None
    own_clause = True  # the trigger's clause, or one it is conjoined to or the complement of ("should try to")
    background_at = None  # where the climb left an event noun set in the past ("following the resignation")
    for _ in range(12):
        lemmas = _lemmas(cur)
        if cur is not trigger and came_by is not None and not (
                came_by == "prep" and came_from.lower_ in TIME_ADJUNCTS and _nominal_or_gerund(came_from)
                and cur.tag_ == "VBD"):
            # ("After meeting Jiang, Clinton urged China ...": what was set beside a past act is no
            # part of what it urged or said; its negation still reaches it, through the children.
            # "Iran wants a ceasefire before talks", "... after talks": the talks are still wished for)
            verdict, stop = _head(cur, lemmas, came_by, subject, is_actor)
            found += verdict
            if stop:
                break
        stop_here = False
        for child in cur.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and low in ("never", "neither")):
                found.append("negated")
            elif child.dep_ == "advmod" and low in ("almost", "nearly") and cur.pos_ == "VERB":
                found.append("negated")  # "the two sides almost reached a deal": they did not
            elif child.dep_ == "advmod" and low in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
                found.append("negated")  # "no longer supplies"
            elif child.dep_ == "prep" and _negative_adverbial(child):
                found.append("negated")  # "at no point did Egypt expel"
            elif child.dep_ == "aux" and low in FUTURE_AUX:
                found.append("future")
            elif child.dep_ == "aux" and low in DEONTIC_AUX and scope_end is None and own_clause and not any(
                    a.dep_ == "aux" and a.lower_ == "have" for a in cur.children):
                deontic_at = cur  # (not "should not have sent": a past act regretted)
                found.append("hypothetical")
            elif child.dep_ == "aux" and low in HYPO_AUX:
                # "said he would impose" is a future; "warned that a blockade would harm ..." makes the
                # blockade (an event noun subject) a hypothetical
                backshift = low == "would" and came_by not in ("nsubj", "nsubjpass") and _backshifted(cur, child)
                found.append("future" if backshift else "hypothetical")
            elif child.dep_ == "mark" and (low == "whether" or (low == "if" and _embedded_question(cur))):
                found.append("hedged")
                stop_here = True  # "it is not clear whether ...": what governs the question does not reach in
            elif child.dep_ == "mark" and low in ("if", "unless"):
                found.append("hypothetical")
            elif child.dep_ == "advmod" and low in CLAIM_ADVERBS:
                found.append("claimed")
            elif child.dep_ == "advmod" and low in HEDGE_ADVERBS:
                found.append("hedged")
            elif child.dep_ == "acomp" and child.lemma_.lower() in HEDGE_HEADS and cur.lemma_ == "be":
                found.append("hedged")
            elif child.dep_ == "prep" and low == "according" and _according_to_actor(child, is_actor):
                found.append("claimed")  # "according to Azerbaijan's defence ministry"
            elif (cur is trigger and child.dep_ in ("npadvmod", "poss", "advmod") and _coming_time(child)
                  and not _past_form(cur)):
                found.append("future")  # "ministers meet next week", "next month's meeting", "talks tomorrow"
        if own_clause and headline_infinitive(cur):
            found.append("future")  # "Israel to free 500 prisoners": a headline's plan, not yet done
        if own_clause and quoted_command(cur):
            found.append("hypothetical")  # 'the minister said: "Release the sailors now."': commanded, not done
        if deontic_at is cur and scope_end is None:
            scope_end = len(found)
        if stop_here:
            break
        if cur.dep_ == "prep" and cur.lower_ == "without":
            found.append("negated")
        if cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.lower_ == "short":
            found.append("negated")  # "stopped short of condemning", "fell short of recognising"
        if cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.lemma_.lower() in BRINK_NOUNS:
            found.append("future")  # "on the verge of signing", "on the brink of war": not yet
        if cur.dep_ == "prep" and cur.lower_ == "to" and cur.head.lower_ == "close" and cur.head.dep_ in ("advmod", "acomp"):
            # "came close to recognising Kosovo": it did not; "is close to signing": not yet
            found.append("negated" if cur.head.head.lemma_ == "come" else "future")
        if _instead(cur):
            found.append("negated")  # "instead of expelling the envoy", "rather than attack Syria": the road not taken
        if cur.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in cur.head.children):
            found.append("negated")  # "did not attack, nor did it threaten"
        if cur.dep_ in ("ROOT", "ccomp") and _polar_question(cur):
            found.append("hedged")  # "Did Russia withdraw its troops?": asked, not told
            break
        if cur.head.i == cur.i:
            break
        # an event noun takes the modality of the clause it is an argument of: "a blockade of
        # Taiwan could cut ...", "any Israeli attack would set off ..."
        if _nominal(cur, trigger) and cur.dep_ == "nsubjpass" and _lemmas(cur.head) & PREVENTING_HEADS:
            found.append("negated")  # "the visit was cancelled", "the sale was blocked"
        if _nominal(cur, trigger) and cur.dep_ == "nsubjpass" and _lemmas(cur.head) & DELAYING_HEADS:
            found.append("hedged")  # "the summit was postponed"
        if (_nominal(cur, trigger) and cur.dep_ == "pobj" and cur.head.lower_ == "for"
                and cur.head.head.lemma_.lower() in DATE_SETTING_HEADS and any(
                    c.dep_ == "dobj" and (c.ent_type_ == "DATE" or c.lemma_.lower() in ("date", "day"))
                    for c in cur.head.head.children)):
            found.append("future")  # "unions have earmarked 23 March for a strike", "set a date for talks"
        if _nominal(cur, trigger) and cur.dep_ in ("nsubj", "nsubjpass"):
            if _present_schedule(cur.head):
                found.append("future")  # "the talks are scheduled for next week", "the summit is due in July"
            came_by = cur.dep_
            cur = cur.head
            continue
        if (cur.i == trigger.i and cur.dep_ == "dobj" and cur.head.lemma_.lower() == "call"
                and cur.lemma_.lower() in CALLED_PROTESTS
                and not any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") or (c.dep_ == "dobj" and c.i != cur.i)
                            for c in cur.head.children)):
            # (not "called the boycott a mistake", "called the strike unfortunate": a judgement)
            # "the unions called a general strike", "called a boycott of the vote": a protest called
            # is staged (CAMEO 143), not asked for ("called for a strike" still is)
            came_by = "called"
            cur = cur.head
            continue
        if cur.i == trigger.i and cur.dep_ == "compound" and cur.head.pos_ in ("NOUN", "PROPN"):
            came_by = "compound"  # "the aid package", "the peace talks": the phrase stands for the event
            cur = cur.head
            continue
        if cur.dep_ not in _CLIMB:
            break
        if cur.dep_ == "pobj" and _nominal(cur, trigger) and _run_up(cur.head) and not _dated_by_year(cur):
            found.append("future")  # "spoke ahead of the OPEC talks", "in the run-up to the summit": still to come
        if cur is trigger and cur.dep_ in ("relcl", "acl") and _infinitive_relative(cur):
            found.append("future")  # "a meeting to be held in Osaka", "the accord to be signed": still to come
        if cur.dep_ == "pobj" and _nominal(cur, trigger) and cur.head.lower_ in ("of", "about"):
            # "fears of a Russian invasion", "the threat of an Israeli strike", "rumours of a coup",
            # "allegations of torture": the event is what is feared, threatened or said
            kind = _content_of(cur.head)
            if kind:
                found.append(kind)
        if (background_at is None and cur.dep_ == "pobj" and _nominal(cur, trigger)
                and cur.head.lower_ in BACKGROUND_PREPS and _background(cur)):
            background_at = len(found)
        if cur.dep_ == "dobj" and _nominal(cur, trigger) and _lemmas(cur.head) & PRESUPPOSING_HEADS:
            break  # "efforts to end the fighting", "refused to condemn the invasion": the fighting, the invasion are facts
        if cur.dep_ == "dobj" and _nominal(cur, trigger) and _lemmas(cur.head) & PREVENTING_HEADS:
            found.append("negated")  # "Hungary blocked the EU's aid package": the aid did not happen
        if (cur.i == trigger.i and cur.dep_ == "dobj" and _lemmas(cur.head) & ABANDONING_HEADS
                and cur.lemma_.lower() in STANDING_NOUNS):
            found.append("negated")  # "Manila dropped its offer", "abandoned its demand": it no longer stands
        if cur.dep_ == "dobj" and _nominal(cur, trigger) and _lemmas(cur.head) & DELAYING_HEADS:
            found.append("hedged")  # "Germany delayed the delivery of tanks": not (yet) delivered
        if cur.dep_ in ("xcomp", "ccomp") and guest_visit(cur.head):
            # "told visiting Peres that Israel must ...": the clause hangs on the verb before "visiting"
            came_by, came_from = cur.dep_, cur
            cur = cur.head.head
            continue
        if cur is trigger and guest_visit(cur):
            break  # ("met visiting Peres", "urged visiting Aziz to ...": the guest's visit is a fact)
        if (told := reporting_verb(cur)) is not None and cur.dep_ != "ccomp":
            # "said in a statement that Israel had ...": the clause is what the verb says
            came_by, came_from = "ccomp", cur
            own_clause = False
            cur = told
            continue
        # the to-clause or content clause of a noun: "pressure to impose", "plans to sign",
        # "its refusal to sign", "allegations that it had shelled"
        if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
            noun = _noun_clause(cur)
            if noun is not None:
                found += noun
                break
        # adverbial and relative clauses are clauses of their own ("after Russia attacked,
        # Iran condemned"; "the kind of clause Russia agreed with North Korea"): conditionals
        # are caught by "mark" above, and the main clause's markers do not reach in. A
        # participle inside a noun phrase ("a statement backing Ukraine's bid") does share them.
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ not in ("VBG", "VBN")):
            break
        if cur.dep_ == "advcl" and _for_to(cur) and _lemmas(cur.head) & IRREALIS_HEADS:
            found.append("hypothetical")  # "called for Israel to withdraw": what is asked for
            break
        if cur.dep_ == "advcl" and _bare_gerund_object(cur):
            # "ruled out sending tanks", parsed as an adverbial clause: the gerund is the verb's
            # object, and what the verb says of it counts as for any complement
            found += _head(cur.head, _lemmas(cur.head), "xcomp", subject, is_actor)[0]
            break
        if cur.dep_ == "advcl" and not _infinitive(cur):
            if _inverted_conditional(cur):
                found.append("hypothetical")  # "Had Russia not ..., Were Iran to ..."
            elif _present_temporal(cur) and depth < 2:
                outer = _modality(cur.head, None, is_actor, depth + 1)
                if outer in ("future", "hypothetical", "hedged"):
                    found.append(outer)  # "when Pezeshkian visits Moscow on Friday"
            break
        # a conjoined clause with its own subject does not share the first clause's markers
        if cur.dep_ == "conj" and _subject(cur) is not None:
            break
        came_by, came_from = cur.dep_, cur
        own_clause = own_clause and cur.dep_ in ("conj", "xcomp")
        cur = cur.head
    if background_at is not None:
        found = found[:background_at] + [m for m in found[background_at:] if m == "claimed"]
    if not found:
        return "asserted"
    if scope_end is not None and "negated" in found[:scope_end]:
        # "Kenya should not send troops", "the mayor must stick to his words and not apologise":
        # what someone says ought not to happen is not reported as undone (a refusal); a "not"
        # above the "should" still is ("did not say Kenya should send troops")
        found = [m for i, m in enumerate(found) if i >= scope_end or m != "negated"]
    return min(found, key=_RANK.__getitem__)


# prepositions of time, whose object is set beside a past act, not in its content ("until"
# may name what is still awaited: "refused to leave until talks")
TIME_ADJUNCTS = frozenset({"after", "before", "during", "following", "since", "amid", "amidst", "throughout"})


def _nominal_or_gerund(prep) -> bool:
    """The preposition holds a noun or a gerund ("after talks", "after meeting Jiang")."""
    return any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def _head(cur, lemmas: set[str], came_by: str, subject, is_actor) -> tuple[list[str], bool]:
    """What a governing word says about the event below it, and whether to stop climbing."""
    if lemmas & DEMANDING_CLAIM_HEADS and came_by == "ccomp" and any(
            c.dep_ == "ccomp" and _subjunctive(c) for c in cur.children):
        return ["hypothetical"], True  # "insisted that Israel withdraw": what is demanded, not claimed
    if lemmas & CLAIM_HEADS and came_by in ("ccomp", "xcomp", "pcomp", "dobj", "prep", "pobj"):
        return ["claimed"], True
    if lemmas & FACTIVE_HEADS and came_by in ("ccomp", "pcomp", "prep"):
        # "confirmed that U.S. bombers had struck": a fact; "did not confirm that": not one
        doubt = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPO_AUX | FUTURE_AUX) for c in cur.children)
        return (["hedged"] if doubt else []), True
    if lemmas & REPORT_HEADS and came_by == "ccomp":
        return (["claimed"] if _reported_claim(cur, subject, is_actor) else []), True
    if lemmas & REPORT_HEADS and came_by == "xcomp" and _passive(cur):
        return ["claimed"], True  # "Israel was said to have carried out the strike"
    if "understand" in lemmas and came_by == "xcomp" and _passive(cur):
        # "the envoy is understood to have left Cairo": news learnt from sources it does not
        # name, reported as "was said to" is, not a guess
        return ["claimed"], True
    believer = _subject(cur)
    if lemmas & BELIEF_HEADS and ((came_by == "ccomp" and believer is not None and believer.pos_ in ("NOUN", "PROPN", "PRON"))
                                  or (came_by == "xcomp" and _passive(cur))):
        return ["hedged"], True  # "analysts believe Iran has sent", "Iran is thought to have sent"
    if came_by == "xcomp" and (cur.lower_ == "ought" or "have" in lemmas and cur.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.children)):  # ("has yet to deliver": not done)
        return ["hypothetical"], True  # "Iran ought to free them", "Israel has to withdraw": a duty, not done
    if lemmas & COMMAND_HEADS and came_by == "xcomp" and _own_object(cur):
        return ["future"], True  # "Russia ordered its troops to withdraw": its own decision, announced
    if lemmas & COMMAND_HEADS and came_by == "xcomp":
        return ["hypothetical"], True  # "told Moscow to withdraw its troops": asked of another, not done
    if "aim" in lemmas and came_by == "prep":
        return ["future"], True  # "a move aimed at persuading Iran", "talks aimed at a ceasefire": the goal
    if lemmas & IRREALIS_HEADS and came_by in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"):
        return ["future" if lemmas & {"threaten", "vow", "warn"} else "hypothetical"], True
    if "rule out" in lemmas and came_by in ("xcomp", "pcomp", "dobj") and any(c.dep_ == "neg" for c in cur.children):
        return ["hedged"], True  # "has not ruled out vetoing the bid": it may yet
    if lemmas & NEGATING_HEADS and came_by in ("xcomp", "pcomp", "prep", "pobj", "ccomp"):
        return ["negated"], False
    if came_by == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.children):
        return ["negated"], False  # "has yet to deliver", "is yet to sign"
    if lemmas & HEDGE_HEADS and came_by in ("xcomp", "acomp", "ccomp", "prep", "pcomp"):
        return ["hedged"], False
    if came_by == "advcl" and cur.pos_ == "VERB" and lemmas & (HEDGE_HEADS | MISSING_HEADS):
        # "Egypt hesitated to condemn the coup", "failed to repay", read by the parser as clauses
        # of purpose: these verbs take no purpose clause, so the infinitive is their complement
        return ["negated" if lemmas & MISSING_HEADS else "hedged"], False
    if lemmas & DELAYING_HEADS and came_by in ("xcomp", "pcomp"):
        return ["hedged"], False  # "postponed sending troops": not (yet) sent
    if lemmas & HEDGE_OBJECT_HEADS and came_by == "dobj" and cur.pos_ in ("VERB", "AUX"):
        return ["hedged"], False  # "is weighing new tariffs"
    if "go on" in lemmas and came_by in ("xcomp", "advcl"):
        return [], False  # "Brazil went on to sign a pact": it then did
    if lemmas & FUTURE_HEADS and came_by in ("xcomp", "ccomp") and (came_by == "xcomp" or cur.pos_ == "ADJ"):
        return ["future"], False
    if lemmas & READY_HEADS and came_by == "prep" and cur.pos_ == "ADJ":
        return ["future"], False  # "China is ready for talks": an intention, not yet an act
    if lemmas & FUTURE_HEADS and came_by == "advcl" and cur.pos_ == "VERB":
        return ["future"], False  # "have sworn to fight", read by the parser as a purpose clause
    if "be" in lemmas and came_by in ("xcomp", "advcl") and cur.pos_ in ("AUX", "VERB"):
        if _inverted_conditional(cur):
            return ["hypothetical"], True  # "Were Iran to close the strait, ..."
        if came_by == "xcomp":
            return ["future"], False  # "the two countries are to sign"
    return [], False


def _noun_markers(noun) -> list[str]:
    found = []
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in ABSENCE_NOUNS:
        found.append("negated")  # "the absence of a ceasefire"
    elif (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in ("event", "case")
          and of.head.dep_ == "pobj" and of.head.head.lower_ == "in"):
        found.append("hypothetical")  # "in the event of an invasion", "in case of an attack"
    for child in noun.children:
        if child.dep_ in ("det", "neg") and child.lower_ in ("no", "never"):
            found.append("negated")
        elif child.dep_ in ("amod", "compound") and child.lower_ in NOUN_MODIFIERS:
            found.append(NOUN_MODIFIERS[child.lower_])
    return found


def _noun_clause(clause) -> list[str] | None:
    """The modality that a noun gives its to-clause or that-clause, or None if it gives none.
    A verb that the tagger took for a noun ("Turkey hopes to host", "India plans to buy") is
    read as that verb."""
    noun = clause.head
    lemmas = _lemmas(noun)
    if noun.lemma_.lower() == "time" and _infinitive(clause) and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return ["hypothetical"]  # "it is time for Iran to free the sailors": asked for, not done
    if _infinitive(clause):
        kind = None
        if _verb_like(noun):  # read as the verb, in the order _head reads verbs
            if lemmas & IRREALIS_HEADS:
                kind = "future" if lemmas & {"threaten", "vow", "warn"} else "hypothetical"
            elif lemmas & NEGATING_HEADS:
                kind = "negated"
            elif lemmas & HEDGE_HEADS:
                kind = "hedged"
            elif lemmas & FUTURE_HEADS:
                kind = "future"
        if kind is None:
            if lemmas & NEGATING_NOUNS:
                kind = "negated"
            elif lemmas & HEDGE_NOUNS:
                kind = "hedged"
            elif lemmas & FUTURE_NOUNS:
                kind = "future"
            elif lemmas & IRREALIS_NOUNS or lemmas & ABILITY_NOUNS:
                kind = "hypothetical"
            else:
                return None
        if kind in ("hypothetical", "future") and noun.dep_ in ("dobj", "pobj"):
            gov = noun.head.head if noun.dep_ == "pobj" else noun.head
            if _lemmas(gov) & REFUSING_HEADS:
                kind = "hedged"  # "resisted pressure to impose sanctions", "rejected calls to withdraw"
        if _has_no(noun) or any(c.dep_ == "neg" for c in noun.head.children if noun.dep_ == "dobj"):
            kind = "negated"  # "has no plans to", "did not announce plans to"
        return [kind]
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        if lemmas & CLAIM_NOUNS:
            return ["claimed"]  # "allegations that it had shelled", "reports that its troops had fired"
        if lemmas & HEDGE_CONTENT_NOUNS:
            return ["hedged"]
        if lemmas & EVIDENCE_NOUNS and _wanting(noun):
            return ["hedged"]  # "there is no evidence that Russia supplied the missiles": not shown
    if lemmas & IRREALIS_NOUNS and not _infinitive(clause) and clause.tag_ in ("VB", "VBP"):
        return ["hypothetical"]  # "its demand that Israel ease restrictions": asked for, not done
    return None


def _wanting(noun) -> bool:
    """The noun is denied or scanted: "no evidence", "little proof", "scant sign", "did not find
    any evidence", "there was not any indication"."""
    if _has_no(noun) or any(c.dep_ in ("amod", "det") and c.lower_ in ("little", "scant", "insufficient")
                            for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children)


def _verb_like(noun) -> bool:
    """A token tagged as a noun that heads a clause with a subject is a verb the tagger missed."""
    return noun.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "compound") for c in noun.children if c.i < noun.i)


def _lemmas(tok) -> set[str]:
    """The token's lemma with its plain form and the forms without an inflection, so that a
    lemmatizer slip ("hopes" -> "hop") or a verb tagged as a plural noun still meets the lexicon."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if tok.tag_ in ("VBZ", "NNS", "NNPS", "NN") and low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
        if low.endswith("es"):
            out.add(low[:-2])
        if low.endswith("ies"):
            out.add(low[:-3] + "y")
    if tok.tag_ in ("VBD", "VBN", "JJ") and low.endswith("ed") and len(low) > 4:
        out.update((low[:-1], low[:-2]))
    if tok.tag_ in ("VBG", "NN") and low.endswith("ing") and len(low) > 5:
        out.update((low[:-3], low[:-3] + "e"))
    # particle verbs: "called off", "held up"
    out.update(f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt" for lemma in list(out))
    return out


def _has_no(tok) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in tok.children)


def _negative_adverbial(prep) -> bool:
    return any(p.dep_ == "pobj" and p.lemma_.lower() in NEGATIVE_ADVERBIAL_NOUNS and _has_no(p) for p in prep.children)


def _background(noun) -> bool:
    """An event noun under a preposition of background is a fact of the past whatever the clause
    says of its own act: always under "since", "despite", "amid" ("despite the criticism"), under
    "after" and "following" only when the clause is in the past ("resigned following the
    invasion"); never when the noun is "any" or "no" such event. A clause to come makes what it
    follows come too: "will respond after any attack", "elections will be held following the
    withdrawal of troops"."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children):
        return False
    prep = noun.head
    if prep.lower_ not in ("after", "following"):
        return True
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ in HYPO_AUX or a.lower_ in DEONTIC_AUX for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def _content_of(prep) -> str | None:
    """The modality a noun gives the event noun under its "of" or "about" ("fears of an
    invasion": hypothetical), None for nouns of real events ("concern over the invasion" is left
    alone: "over" is no content preposition here, and "concern" may be about what happened)."""
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemmas = _lemmas(noun)
    if prep.lower_ == "of" and lemmas & PROSPECT_NOUNS:
        return "hypothetical"
    if prep.lower_ == "of" and lemmas & FUTURE_NOUNS:
        return "future"  # "the threat of a strike", "plans of an offensive"
    if lemmas & RUMOUR_NOUNS:
        return "hedged"  # "speculation about a deal", "rumours of a coup"
    if prep.lower_ == "of" and lemmas & CLAIM_NOUNS:
        return "claimed"  # "allegations of torture", "reports of shelling"
    return None


def _nominal(tok, trigger) -> bool:
    """The event noun itself, or the noun phrase it is the "of" object of ("a new round of talks",
    "the first wave of strikes"), which stands for the event in its clause."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = trigger
    if cur.dep_ == "compound" and cur.head.pos_ in ("NOUN", "PROPN"):
        if cur.head.i == tok.i:
            return True
        cur = cur.head
    for _ in range(3):
        if cur.i == tok.i:
            return True
        if cur.pos_ not in ("NOUN", "PROPN") or cur.dep_ != "pobj" or cur.head.lower_ != "of":
            return False
        cur = cur.head.head
    return cur.i == tok.i


# words that set a time still to come: "next week", "the coming month", "tomorrow", "later this year"
COMING_WORDS = frozenset({"next", "coming"})
TIME_UNITS = frozenset({"week", "month", "year", "weekend", "fortnight", "quarter", "spring", "summer", "autumn",
                        "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "session", "round"})
# what an event is run up to: "ahead of the talks", "in the run-up to the summit", "in preparation for"
RUN_UP_NOUNS = frozenset({"run-up", "lead-up", "runup", "preparation", "eve"})
# what makes an infinitive relative clause tell a fact, not a plan: "the first leader to visit Cuba"
RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "sole", "next"})


def _coming_time(tok) -> bool:
    """A time adjunct that points ahead: "next week", "next month's", "the coming days", "tomorrow",
    "later this month"."""
    if tok.lower_ == "tomorrow":
        return True
    if tok.lemma_.lower() in TIME_UNITS and any(c.dep_ in ("amod", "det") and c.lower_ in COMING_WORDS
                                                  for c in tok.children):
        return True
    return (tok.lemma_.lower() in TIME_UNITS and any(c.dep_ == "advmod" and c.lower_ == "later" for c in tok.children)
            and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children))


def _past_form(verb) -> bool:
    """A verb told in the past ("met", "had met", "was held"), which a time ahead does not make a plan."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                     for c in verb.children)


def _run_up(prep) -> bool:
    """The preposition sets its object ahead of the act told: "ahead of the talks", "in the run-up
    to the summit", "in preparation for the meeting", "on the eve of the visit"."""
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    noun = prep.head
    return prep.lower_ in ("to", "for", "of") and noun.lemma_.lower() in RUN_UP_NOUNS and noun.dep_ == "pobj" and (
        noun.head.lower_ in ("in", "on"))


def _dated_by_year(noun) -> bool:
    """The event noun names its year ("ahead of the 1990 elections"): told as history, not as a plan."""
    return any(c.like_num and len(c.text) == 4 and c.text.isdigit() for c in noun.children)


def _infinitive_relative(clause) -> bool:
    """"a meeting to be held in Osaka", "the accord to be signed on Friday": a passive infinitive
    clause on a noun tells what is still to happen, unless the noun is ranked ("the first leader
    to be received by the Pope") or the clause is perfect. (An active one may be a purpose told
    with the act: "sent envoys to host talks".)"""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
        return False
    noun = clause.head
    return noun.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("amod", "advmod") and (c.lower_ in RANKING_WORDS or c.tag_ in ("JJS", "RBS")) for c in noun.children)


def _present_schedule(verb) -> bool:
    """"the talks are scheduled for Monday", "the summit is due in July", "a visit is planned":
    the event noun is the subject of a present-tense predicate of scheduling. In the past tense
    ("the attack was planned for months") the event may well have happened."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children) or verb.tag_ == "VBD":
        return False
    if _lemmas(verb) & SCHEDULED_HEADS and (_passive(verb) or verb.pos_ == "ADJ"):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in SCHEDULED_HEADS for c in verb.children)


def _embedded_question(clause) -> bool:
    """"It is unclear if Iran sent ...", "asked if Russia would ...": "if" opening a question, not a condition."""
    head = clause.head
    if clause.dep_ == "ccomp":
        return True
    return bool(_lemmas(head) & QUESTION_HEADS) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in QUESTION_HEADS for c in head.children)


def _polar_question(clause) -> bool:
    """"Did Russia send troops?", "Is Germany worried that ...?", '"Has Serbia complied?" he
    asked': a clause that ends in a question mark and opens with its auxiliary before its subject."""
    doc = clause.doc
    end = clause.right_edge.i
    after = [t for t in doc[end : min(end + 3, clause.sent.end)] if t.text != '"' and t.text != "'"]
    if not any(t.text == "?" for t in after[:2]):
        return False
    subj = _subject(clause)
    first = next((t for t in doc[clause.left_edge.i : end + 1] if not t.is_punct and not t.is_space), None)
    if subj is None or first is None or first.i >= subj.i:
        return False
    return (first.i == clause.i and clause.pos_ == "AUX") or any(
        c.i == first.i and c.dep_ in ("aux", "auxpass") for c in clause.children)


def _conditional(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children) or _inverted_conditional(clause)


def _instead(tok) -> bool:
    """The climb has reached the alternative turned down: "instead of expelling" (the "of" after
    "instead"), "rather than attack Syria, ..." (a clause marked "than" after "rather"), or
    "expelled the envoy rather than summon him" (a conjunct joined by "rather than"). The parser
    hangs "instead" and "rather" in several places, so the words are read in their order."""
    if tok.dep_ == "prep" and tok.lower_ == "of":
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "instead"
    if tok.dep_ not in ("advcl", "conj"):
        return False
    thans = [c for c in tok.children if c.dep_ in ("mark", "cc") and c.lower_ == "than"]
    if tok.dep_ == "conj":
        thans += [c for c in tok.head.children if c.dep_ == "cc" and c.lower_ == "than" and tok.head.i < c.i < tok.i]
    return any(t.i > 0 and t.doc[t.i - 1].lower_ == "rather" for t in thans)


def _bare_gerund_object(clause) -> bool:
    """A gerund the parser hung on a verb as an adverbial clause although it is the verb's object
    ("ruled out sending"): it follows the verb (and its particle) directly, with no comma, no
    conjunction and no subject of its own ("attacked Kyiv, killing 20" is a clause of its own)."""
    head = clause.head
    if clause.tag_ != "VBG" or clause.i < head.i or _subject(clause) is not None:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    between = clause.doc[head.i + 1:clause.i]
    return all(t.dep_ == "prt" and t.head.i == head.i for t in between)


def _inverted_conditional(clause) -> bool:
    """"Should China invade ...", "Had Russia not used its veto ...", "Were Iran to close ...":
    an adverbial clause that opens with the auxiliary before its subject, with no conjunction."""
    if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
        return False
    subj = _subject(clause)
    if subj is None:
        return False
    first = clause if clause.lower_ in ("should", "had", "were") else next(
        (c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were")), None)
    return first is not None and first.i < subj.i and first.i == min(t.i for t in clause.subtree)


def _present_temporal(clause) -> bool:
    """A time clause in the present ("when Pezeshkian visits Moscow") or the present perfect
    ("only after both countries have completed ratification"): under a future main clause it
    tells of what is still to come."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    if not marks & TEMPORAL_MARKS:
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP"):
        return not auxes
    return clause.tag_ == "VBN" and bool(auxes) and auxes[0] in ("has", "have")


# nouns of the piece of speech or writing, or the occasion, a report is given in: "said in a
# statement that ...", "told parliament in a speech that ...", "told Bush in a telephone call that ..."
SAYING_NOUNS = frozenset({"statement", "letter", "message", "interview", "communique", "communiqué", "note", "speech",
                          "address", "broadcast", "report", "declaration", "briefing", "editorial", "article",
                          "commentary", "memo", "memorandum", "cable", "telegram", "release", "remark", "comment",
                          "call", "conversation", "meeting", "talk", "conference", "session", "debate", "sermon"})


def guest_visit(tok) -> bool:
    """"told visiting Israeli Foreign Minister Shimon Peres that ...", "urged visiting Tariq Aziz
    to ...": the parser reads "visiting" right after a verb as a verb whose object is the guest;
    it says who the guest is, and the verb before it acts on the guest."""
    return (tok.lower_ == "visiting" and tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.i == tok.head.i + 1
            and tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children))


def reporting_verb(clause):
    """The verb that reports a clause: the head of a complement clause ("Iran said that ..."),
    or the verb of saying whose "in a statement" the parser hung the that-clause on ("said in a
    statement that Israel had ...", "told parliament in a speech that ..."); else None."""
    if clause.dep_ == "ccomp":
        # ("told visiting Peres that ...": the clause is what "told" says)
        return clause.head.head if guest_visit(clause.head) else clause.head
    if clause.dep_ not in ("acl", "relcl") or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in clause.children):
        return None  # ("a statement that was issued on Monday": the noun's own relative clause)
    noun = clause.head
    if noun.lemma_.lower() not in SAYING_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and _lemmas(verb) & (REPORT_HEADS | BACKSHIFT_HEADS | CLAIM_HEADS) else None


def quoted_as_saying(verb) -> bool:
    """"Xinhua quoted the minister as saying ...": the gerund of saying under "quoted ... as"."""
    return (verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep"
            and verb.head.head.lemma_.lower() == "quote")


def speaker(verb):
    """Who speaks the words a reporting verb gives: its subject, or the one a source is quoted
    as saying them ("the agency quoted the minister as saying ..."); else None."""
    subj = _subject(verb)
    if subj is None and quoted_as_saying(verb):  # (or "the minister was quoted as saying")
        return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return subj


def _backshifted(verb, would) -> bool:
    """"Trump said he would impose tariffs": "would" in a clause reported after a past-tense
    verb of saying or promising is the future seen from the past (also "was quoted as saying it
    would ..."). Not "would have" (a counterfactual) nor a "would" with its own condition."""
    head = reporting_verb(verb)
    past = head is not None and head.tag_ == "VBD"
    if head is not None and quoted_as_saying(head):
        head = head.head.head  # ("quoted X as saying", "X was quoted as saying": the tense is the quoting verb's)
        past = head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                              for c in head.children)
    if not past or not (_lemmas(head) & (BACKSHIFT_HEADS | {"quote"})):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" and c.i > would.i for c in verb.children):
        return False
    return not any(c.dep_ == "advcl" and _conditional(c) for c in verb.children)


def _negated_subject(subject) -> bool:
    if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children):
        return True  # "Neither the US nor the EU recognised", "Neither side fired"
    if any(c.dep_ == "advmod" and c.lower_ in ("hardly", "scarcely", "barely") for c in subject.children):
        return True  # "Hardly any state condemned Russia"
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) or subject.lower_ in ("nobody", "none")


def _reported_claim(verb, subject, is_actor) -> bool:
    """Reported speech is a claim when the speaker reports its own act ("Pakistan said it had
    shot down ...") or is itself a party, a coded actor ("Moscow said Ukrainian forces had
    attacked ..."); an unnamed or neutral source ("officials said", "witnesses said") reports."""
    who = speaker(verb)
    if who is None:
        return False
    if subject is not None and (subject.lower_ in PRONOUNS or who.lower_ == subject.lower_):
        return True
    if subject is not None and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subject.children):
        return True  # "the ministry said its air defences destroyed ..."
    return bool(is_actor and is_actor(who))


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


# marks that open a quotation, and the verbs that report one ("'Leave now,' he told them")
QUOTES = frozenset({'"', "``", "''", "\u201c", "\u201d", "'", "\u2018", "\u2019"})
QUOTING_HEADS = frozenset(REPORT_HEADS | {"tell", "add", "insist", "urge", "declare", "write", "warn", "plead",
                                          "appeal", "shout", "order", "demand"})
# what may stand between the opening quote and a command: "'Now withdraw ...'", "'Syria, withdraw ...'"
BEFORE_COMMAND = frozenset({"advmod", "intj", "npadvmod", "punct", "nsubj", "dep", "vocative"})


def quoted_command(verb) -> bool:
    """A bare verb opening a quotation that a speech verb reports, with no subject or auxiliary
    of its own: an imperative ("Release the sailors now," she said; "Now withdraw your troops,"
    he told Syria; "Stop enrichment and withdraw," ...). The parser hangs such a quotation on the
    speech verb as a clausal complement, an adverbial clause or parataxis; a later verb joined by
    "and" is judged by the first."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "xcomp", "advcl", "parataxis") or verb.i == 0:
        return False
    if verb.head.lemma_.lower() not in QUOTING_HEADS:
        return False
    if any(c.dep_ in ("nsubjpass", "aux", "auxpass", "mark") or c.dep_ == "nsubj" and c.i > verb.i
           for c in verb.children):
        return False
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].text not in QUOTES:
        if doc[k].head.i != verb.i and doc[k].head.head.i != verb.i or doc[k].dep_ not in BEFORE_COMMAND | {"compound", "punct"}:
            return False  # a word of another phrase, or a subject: "'Iran must ...'", "'We withdraw'"
        k -= 1
    if k < 0:
        return False
    # a subject before the verb is allowed only as a vocative set off by a comma ("Syria, withdraw")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return all(doc[c.right_edge.i + 1].text == "," for c in subjects if c.right_edge.i + 1 < verb.i)


def _infinitive(verb) -> bool:
    """A purpose clause ("sent forces to support Iran") shares its governing clause's modality."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subjunctive(clause) -> bool:
    """A that-clause whose verb is bare, with a subject and no auxiliary: "that Israel withdraw"."""
    return clause.tag_ == "VB" and _subject(clause) is not None and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def _own_object(verb) -> bool:
    """The verb's object is the subject's own ("its troops", "his army"), by a possessive pronoun."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)
               for c in verb.children)


def _for_to(clause) -> bool:
    """"for Israel to withdraw": an infinitive clause opened by "for"."""
    return _infinitive(clause) and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None
