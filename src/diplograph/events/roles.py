"""Who acts and who is acted on: the source and target of a trigger, from the dependency parse
(subject, object, dative, prepositional objects, passive agent, possessives, places)."""
from __future__ import annotations

from diplograph.events.modality import REPORT_HEADS, guest_visit, reporting_verb, speaker
from diplograph.events.ontology import Trigger, ontology
from diplograph.events.sentence import _Sentence, _place_names, _same, _writer_verb, stranded_main_verb, writes_words
from diplograph.events.words import (
    ACTED_ON_REQUESTS, ADDRESSED_SETTINGS, ADDRESSING_PARTICIPLES, AGREEMENT_NOUNS, ASKING_NOUNS, ATTACK_WORDS, ATTRIBUTING_VERBS, AUTHOR_PREPS, BACKGROUND_MARKS,
    BARRING_VERBS, BENEFICIARY_PREPS, BLAMING, BRANDING_VERBS, CLAUSE_TARGET_PREPS, CONDEMNING, CONDEMNING_NOUNS,
    CONVEYING_VERBS, DEEP_PLACE_PREPS, DESTINATION_PREPS, EDGE_PREPS,
    DOMESTIC_SECTORS, DOMESTIC_TYPES, ERUPTING_VERBS, EXPELLING_VERBS, FORCE_NOUNS, JOINT_PREPS, NESTED_TARGET_PREPS, NONSTATE_ARMED,
    OBJECT_CONTROL, OBJECT_DEPS, OBJECT_PREPS, OBSERVING_VERBS, OWN_THING_PREPS, PARTICIPATION_PREPS,
    PARTICIPATION_TYPES, PLACE_PREPS, PROPOSALS, READY_ADJECTIVES, RECEIVING_VERBS, RESISTING_VERBS, RESPONDING_VERBS,
    RELATIVE_PRONOUNS, SCENE_PREPS, SETTING_PREPS, SETTING_TYPES, SPELLS, STANCE_NOUNS, STATE_ORGANS, STATEMENT_NOUNS, SUBJECT_DEPS, UNDERGOER_NOUNS,
    UNDERGOING_VERBS, VERBAL_TYPES, WILL_AUX,
)
from diplograph.types import Actor

# prepositions of a request noun that name who asks ("a request from Kabul", "pleas by the families")
ASKER_PREPS = frozenset({"from", "by"})
# types of what is said, whose noun names its speaker with "from" or "by" (as a request's does)
UTTERED_TYPES = frozenset({"ACCUSE", "THREATEN"})
ACTING_ON_PREPS = frozenset({"at", "per", "upon", "on", "with"})
# the prepositions a measure names whom it is aimed at with ("an embargo against Cuba", "sanctions on Iran")
AIMED_PREPS = frozenset({"on", "against"})


def _acted_on_request(tok, trig: Trigger) -> bool:
    """"at the request of Iran", "at Iran's behest": a request someone acted on, whose target is
    who acted (never the place it was done in)."""
    return (trig.type == "REQUEST" and trig.pos == "NOUN" and tok.lemma_.lower() in ACTED_ON_REQUESTS
            and tok.dep_ == "pobj" and tok.head.lower_ in ACTING_ON_PREPS and tok.head.head.pos_ in ("VERB", "AUX"))


# what is said or put forward that has an author: "arguments made by US officials"
SAID_THINGS = STANCE_NOUNS | PROPOSALS | STATEMENT_NOUNS | frozenset({
    "argument", "allegation", "accusation", "charge", "suggestion", "assertion", "advice", "complaint",
    "objection", "criticism", "demand", "threat", "warning", "offer", "assurance", "guarantee", "request"})
AUTHORING_VERBS = frozenset({"make", "put", "propose", "offer", "submit", "table", "issue", "give", "present",
                             "draw", "level", "raise", "lodge", "voice", "advance", "send", "write", "draft",
                             "announce", "adopt", "take", "pass", "unveil"})


def _made_by(s: _Sentence, noun) -> list[tuple[Actor, object]]:
    """Who made a thing said or put forward, named in its participle ("claims made by Iran",
    "the plan put forward by France", "the advice given by the attorney general")."""
    # (or in a relative clause: "the decision, which was announced by the Security Council")
    return [p for acl in noun.children if (acl.dep_ == "acl" and acl.tag_ == "VBN" or acl.dep_ == "relcl" and any(
                c.dep_ == "auxpass" for c in acl.children))
            and acl.lemma_.lower() in AUTHORING_VERBS and (agent := s.agent(acl)) is not None for p in s.actors(agent)]


# what a thing is about: "intelligence on the militants", "information about arms sales"
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _partner_past_topic(s: _Sentence, obj) -> list[tuple[Actor, object]]:
    """The partner of "with" that the parser hung on the object's topic instead of on the verb:
    "share intelligence on the militants with Kenya" (Kenya, with whom it is shared)."""
    return [p for topic in s.prep_objects(obj, TOPIC_PREPS) for pobj in s.prep_objects(topic, OBJECT_PREPS)
            for p in s.actors(pobj)]


OWNING_PARTICIPLES = frozenset({"own", "run", "operate", "control", "hold", "manage", "claim"})


def _owned_by(s: _Sentence, thing) -> list[tuple[Actor, object]]:
    """The owner a participle names of a thing: "a ranch owned by a British food group", "mines
    run by the state company", land "claimed by Cameroon" (not its maker or user: "a bridge
    built by the army")."""
    return [p for acl in thing.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in OWNING_PARTICIPLES and (agent := s.agent(acl)) is not None for p in s.actors(agent)]


# those who guard or serve a person, of the person's own side ("shot dead by one of his bodyguards")
GUARD_NOUNS = frozenset({"bodyguard", "guard", "escort", "aide", "driver"})


def _own_guards(s: _Sentence, agent, subj) -> list[tuple[Actor, object]]:
    """The doer of a passive named as the sufferer's own guards or aides ("was shot dead by one of
    his bodyguards", "was killed by her own guards"): of the sufferer's country, when the phrase
    names none itself and the sufferer's is one."""
    if subj is None:
        return []
    guards = [g for g in (agent, *s.prep_objects(agent, frozenset({"of"}))) if g.lemma_.lower() in GUARD_NOUNS]
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for g in guards for c in g.children):
        return []
    countries = {a.country for a, _ in s.actors(subj) if a.country}
    if len(countries) != 1:
        return []
    return [(_role_actor(countries.pop(), None, guards[0]), guards[0])]


def _verb_roles(s: _Sentence, tok, trig: Trigger):
    if trig.receiver_subject:
        return _receiver_roles(s, tok, trig)
    subj, passive = s.subject(tok)
    if subj is None and not passive and s.agent(tok) is not None and any(c.dep_ == "auxpass" for c in tok.children):
        # "Aid worth $50 million was pledged ... by the EU": a passive whose subject the parser
        # read as a clause still has its doer in "by"
        passive = True
    sources: list[tuple[Actor, object]] = []
    targets: list[tuple[Actor, object]] = []
    subj_tok = subj
    if passive and s.agent(tok) is None and subj is not None and (
            tok.lemma_.lower() in SELF_BINDING and s._at(subj)
            # "Indian troops were put on high alert", "French troops were deployed to Mali": forces
            # mobilised are their own side's show of strength (and police: "police in Kenya were
            # put on alert")
            or trig.type == "MOBILIZE" and _agent_sector(s, subj, frozenset({"MIL", "COP"})) is None and any(
                a.sector and a.sector[:3] in ("MIL", "COP") for a in s.actor_list(subj))):
        # "Vietnam is committed to opening its economy": the state the passive of a verb one does
        # to oneself ("commit oneself to") leaves its subject in; the subject acts
        passive = False
    if (passive and subj is not None and s.agent(tok) is None and trig.cameo in OWN_WITHDRAWALS
            and tok.lemma_.lower() not in EXPELLING_VERBS):
        # "UN peacekeepers were pulled out of Gorazde", "Turkish troops were withdrawn from the
        # border": who is moved out is the side that withdraws, from the place it leaves
        movers = s.actors(subj)
        own = {a.country for a, _ in movers}
        # where they leave, or where they were posted ("Peru's ambassador to Chile was recalled")
        left = [p for p in _as_place([q for pobj in [*_out_of(s, tok), *s.prep_objects(subj, OWN_THING_PREPS)]
                                      for q in s.actors(pobj)]) if p[0].country not in own]
        if movers and left:
            return movers, left, subj, tok
    if (passive and subj is not None and s.agent(tok) is None and tok.lemma_.lower() in EXPELLING_VERBS
            and trig.type in ("SANCTION", "COERCE")):
        # "Russian diplomats were expelled from Britain": the state they are sent out of expels them
        expelled = s.actors(subj)
        own = {a.country for a, _ in expelled}
        by = [(a, None) for a, _ in _as_place([q for pobj in s.prep_objects(tok, frozenset({"from"})) for q in s.actors(pobj)])
              if a.country not in own]
        if expelled and by:
            return by[:1], expelled, None, tok
    if (passive and subj is not None and s.agent(tok) is None and tok.lemma_.lower() in PUTTING_OUT_VERBS
            and trig.type in ("SANCTION", "COERCE")):
        # "the MP was expelled from her party", "Russia was suspended from the Council of
        # Europe": the body one is put out of puts one out
        members = s.actors(subj)
        bodies = [(a, pobj) for pobj in s.prep_objects(tok, frozenset({"from"})) for a, _ in s.actors(pobj, modifiers=False)
                  if a.sector is not None or a.code[:3] in ("IGO", "NGO")]
        members = [(b, bt) for b, bt in members if all(b.code != a.code for a, _ in bodies)]
        if members and bodies:
            return bodies[:1], members, bodies[0][1], tok
    if passive:
        agent = s.agent(tok)
        if agent is not None:
            sources = s.actors(agent) or _own_guards(s, agent, subj)
            if sources:
                sources += _split_agents(s, tok, agent)
            subj_tok = agent
        elif trig.type in JUDGING_TYPES and trig.cameo != "057" and not trig.joint:
            # "the tests were condemned in Tokyo", "the plan was rejected in Damascus": the capital
            # a judgement is passed in stands for its government, no place acted on
            capitals = [(Actor(a.country + "GOV", a.country, "GOV", a.entity, a.text), t)
                        for pobj in s.prep_objects(tok, frozenset({"in"})) if _capital(pobj)
                        for p in [pobj, *pobj.conjuncts] for a, t in s.actors(p, modifiers=False) if a.country]
            if capitals:
                sources, subj_tok = capitals, capitals[0][1]
        if subj is not None:
            targets = s.actors(subj, modifiers=not trig.thing_object)
            if not targets and (on := trig.target_preps & {"on", "against"}):
                # "sanctions on Libya were eased by the EU": whom the thing is on (not where a visit
                # called off was to go: "the visit to Washington was cancelled")
                targets = [p for pobj in s.prep_objects(subj, frozenset(on)) for p in s.actors(pobj)]
            if not targets and trig.joint and subj.lemma_.lower() in trig.extra:
                # "talks with Iran were held in Geneva": the party the passive's joint act names
                targets = [p for pobj in s.prep_objects(subj, trig.target_preps | OBJECT_PREPS) for p in s.actors(pobj)]
            if not targets and sources and subj.lemma_.lower() in ontology().nouns:
                # "talks with Syria were postponed by Israel", "a meeting with the Iranian president
                # was called off by France": an act held with another, put off or judged by one of
                # its parties, is aimed at the other party
                targets = [p for pobj in s.prep_objects(subj, OBJECT_PREPS | {"between"}) for p in s.actors(pobj)]
                targets = [(a, t) for a, t in targets if all(a.country != b.country for b, _ in sources)]
    elif subj is not None:
        sources = s.actors(subj)
        if not sources and subj.lower_ in ("it", "they", "we"):
            sources = _reporter(s, subj)
        if not sources:
            sources = _sender(s, subj)
        if sources:
            sources += _co_agents(s, tok, subj)
        if trig.joint:  # "Egypt, Jordan, and Iraq met": the parser may split one list into two subjects
            for other in (c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i):
                first, second = sorted((subj, other), key=lambda t: t.i)
                if (second.left_edge.i == first.right_edge.i + 1
                        and any(t.dep_ == "cc" for t in first.subtree)):
                    sources += s.actors(other)
    preps = trig.target_preps
    for child in tok.children:
        if child.dep_ in OBJECT_DEPS and trig.type == "REQUEST" and (doer := _asked_doer(s, child)):
            targets += doer  # "demanded the release of two sailors held by Iran": Iran is asked
            continue
        if child.dep_ in OBJECT_DEPS:
            if not any(s.actor_list(p) for p in s.prep_objects(tok, preps)):
                # "Eritrea, which Ethiopia accused of ...": Eritrea (not when the target is named
                # with a preposition: "the attack on the bridge, which Moscow blamed on Ukraine")
                child = s.referent(child)
            # what one proposes is not a thing: "accepted an Egyptian proposal" answers Egypt
            # nor is help asked for: "sought NATO help", "requested Japanese aid" ask NATO, Japan
            # round 30: nor are people let in: "would not allow a UN team into the camp" admits the UN
            named = s.actors(child, modifiers=not trig.thing_object or child.lemma_.lower() in PROPOSALS
                             or trig.type == "REQUEST" and child.lemma_.lower() in HELP_NOUNS
                             or tok.lemma_.lower() in ADMITTING_VERBS and child.lemma_.lower() in ADMITTED_GROUPS)
            home = {a.country for a, _ in sources}
            aimed = [p for pobj in s.prep_objects(child, AIMED_PREPS) for p in s.actors(pobj) if p[0].country not in home]
            if aimed and named and all(a.country in home for a, _ in named):
                # "lifted the U.S. embargo against Vietnam", "eased its own sanctions on Iran": the
                # doer's own measure, named by its country, is on whom it is aimed against
                named = aimed
            targets += named
            if trig.type == "AID" and tok.lemma_.lower() in GIVING_VERBS:
                targets += _sum_receiver(s, child)
            for pobj in s.prep_objects(child, preps | OBJECT_PREPS):  # "supplied drones to Russia", "ratified the treaty with Iran"
                targets += s.actors(pobj)
            targets += _partner_past_topic(s, child)
            if trig.type in ANSWERING_TYPES and child.lemma_.lower() in PROPOSALS:
                # "ignored calls from the United Nations", "rejected a proposal by Egypt": whose call
                # or proposal is answered
                targets += [p for pobj in s.prep_objects(child, ASKER_PREPS) for p in s.actors(pobj)]
            # "signed a memorandum of understanding with Kenya": the party hung on the object's "of" noun
            targets += [p for o in s.prep_objects(child, frozenset({"of"})) if not s.actor_list(o)
                        for pobj in s.prep_objects(o, preps) for p in s.actors(pobj)]
    if not targets:
        # "told visiting Israeli Foreign Minister Shimon Peres that ...": the guest
        targets += [p for c in tok.children if guest_visit(c) for g in c.children if g.dep_ == "dobj"
                    for p in s.actors(g)]
    for pobj in s.prep_objects(tok, preps):
        # ("called for the withdrawal of Israeli troops": who would withdraw them is asked)
        targets += (_asked_doer(s, pobj) if trig.type == "REQUEST" else []) or s.actors(pobj)
    if not targets and trig.type == "REQUEST":
        # "called for the withdrawal of Israeli troops": "for" names what is asked, whose doer is asked
        targets = [p for pobj in s.prep_objects(tok, frozenset({"for"})) for p in _asked_doer(s, pobj)]
    if not targets and trig.type in ("AGREE", "CONCEDE", "REJECT", "SUPPORT"):
        # "agreed to a Saudi request", "acceded to demands from the IMF": whose request or demand
        # is answered
        targets = [p for pobj in s.prep_objects(tok, frozenset({"to"})) if pobj.lemma_.lower() in PROPOSALS
                   for p in [*s.actors(pobj), *(q for a in s.prep_objects(pobj, ASKER_PREPS) for q in s.actors(a))]]
        # "agreed to a loan of $350 million for Zambia", "agreed in principle to a credit for
        # Kenya": whom the help agreed to is for (also when "for" hangs on its sum)
        targets = targets or [p for pobj in s.prep_objects(tok, frozenset({"to"})) if pobj.lemma_.lower() in HELP_NOUNS
                              for h in [pobj, *s.prep_objects(pobj, frozenset({"of"}))]
                              for b in s.prep_objects(h, frozenset({"for", "to"})) for p in s.actors(b)]
    if not targets and trig.type == "SANCTION":
        # "walked out of talks with Ethiopia", "pulled out of negotiations with the rebels": the
        # other party to the talks one leaves (not where they were held)
        left = [*s.prep_objects(tok, frozenset({"of", "from"})),
                *(g for c in tok.children if c.dep_ in ("prep", "prt") for p in c.children
                  if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj")]
        targets = [p for t in left for pobj in s.prep_objects(t, frozenset({"with", "between"})) for p in s.actors(pobj)]
    if not targets and trig.type in JUDGING_TYPES and (judged := _judged_as(tok)) is not None:
        # "rejected as groundless Chinese charges": the parser takes the object for the object of "as"
        targets = s.actors(judged)
    if not targets and trig.type in ANSWERING_TYPES:
        # "dismissed arguments made by US officials", "welcomed the plan put forward by France":
        # whose words or plan are answered is who made them
        objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
        targets = [p for c in objs if c.lemma_.lower() in SAID_THINGS for p in _made_by(s, c)]
        # "will accept no monitoring of its economy by the IMF": who would do what is answered
        # (the parser may hang "by" on the object of "of")
        # (not the agent of a passive the parser hung on the object: "pensioners are promised
        # savings by the party")
        own = {a.code for a, _ in sources}
        targets = targets or [p for c in objs for by in s.by_objects(c) for p in s.actors(by) if p[0].code not in own]
        # "demanded release of the report drawn up by the ombudsman": the thing said may sit
        # under the object's "of"
        targets = targets or [p for c in objs for o in s.prep_objects(c, frozenset({"of"}))
                              if o.lemma_.lower() in SAID_THINGS for p in _made_by(s, o)]
    if not targets and trig.type in ORGANISER_TYPES:
        # "banned a rally planned by the opposition", "broke up a march organised by students":
        # who organised what is banned or broken up is whom the act is on
        organisers = [agent for c in tok.children if c.dep_ in OBJECT_DEPS for acl in c.children
                      if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ORGANISING_VERBS
                      and (agent := s.agent(acl)) is not None]
        targets = [p for o in organisers for p in s.actors(o)]
        home = {a.country for a, _ in sources}
        if not targets and len(home) == 1 and None not in home:
            # ("planned by the opposition": a domestic role named by no country is the doer's own)
            c = home.pop()
            targets = [(_role_actor(c, sector, o), o) for o in organisers[:1]
                       if (sector := _agent_sector(s, o, DOMESTIC_SECTORS)) is not None]
    if not targets and trig.type == "AID" and not passive:
        # "will provide $10 million to help Mozambique rebuild": whom the help is for
        targets = _helped(s, tok)
    if trig.joint and not targets:
        # "talks were held between the Kenyan and Ugandan presidents", "a meeting between Iran and
        # Iraq was held in Baghdad": the parties of a joint act named with "between"
        heads = [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS)] + ([subj] if passive and subj is not None else [])
        targets = [p for h in heads for pobj in s.prep_objects(h, frozenset({"between"})) for p in s.actors(pobj)]
    if not targets and trig.type in PHYSICAL_TYPES and not trig.thing_object:
        # "a shelter for Somali families was bombed", "gunmen stormed a school for Yazidi girls":
        # those a place struck is for are who is struck; so are those a vehicle struck carries
        # ("opened fire on a bus carrying Israeli tourists")
        hit = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + ([subj] if passive and subj is not None else [])
        hit += [p for p in s.prep_objects(tok, preps)]
        targets = [p for h in hit if h.pos_ == "NOUN" for pobj in s.prep_objects(h, frozenset({"for"}))
                   for p in s.actors(pobj)]
        targets = targets or [p for h in hit if h.pos_ == "NOUN" for acl in h.children
                              if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS
                              for o in acl.children if o.dep_ == "dobj" for p in s.actors(o)]
    if not targets and (trig.type == "THREATEN" or trig.type == "ASSAULT" and trig.thing_object):
        # "warned of a catastrophe if Israel continues to strike sites in Iran": a warning is aimed
        # at whoever would act in its condition, not at a place the condition names (and so is
        # force one will use on a condition: "will respond with force if Eritrea does not withdraw")
        # (or on the act threatened: "vowed to retaliate if the United States imposed tariffs")
        conditions = condition_subjects(s, tok, trig)
        if conditions and trig.type == "THREATEN":
            # "threatened to suspend aid to Pakistan unless the president certifies ...", "warned
            # it would push for an embargo on Burma if ASEAN failed to act": the one the act
            # threatened would fall on, when it names another party, is the target (not whoever
            # the condition asks to act)
            targets = _threatened_party(s, tok, trig, sources, conditions)
        targets = targets or [p for subj in conditions for p in s.actors(subj)]
    if not targets and not passive and trig.type in OWNER_OF_TYPES:
        # "seized a ranch owned by a British firm", "took control of mines run by the rebels": the
        # owner a participle names of the thing taken, frozen or given back
        things = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
        things += [p for h in [tok, *things] for p in s.prep_objects(h, preps | {"of"})]
        targets = [p for t in things for p in _owned_by(s, t)]
        if not targets and trig.type in PHYSICAL_TYPES:
            # "occupied two islands on a peninsula claimed by Cameroon", "seized a post in a valley
            # held by the rebels": land taken is the owner's of the land it lies in
            targets = [p for t in things for pobj in s.prep_objects(t, PLACE_PREPS | {"on"})
                       for p in _owned_by(s, pobj)]
    if not targets and not passive and (shared := _shared_object(tok)) is not None:
        # "killed or wounded 15,000 Iranian soldiers": the object the next verb takes is this one's too
        targets = s.actors(shared, modifiers=not trig.thing_object)
    if not targets and not passive and trig.type in PHYSICAL_TYPES:
        # "shelled and fired rockets at Pakistani positions": whom the next verb's force is aimed
        # at is this one's target too
        targets = [p for pobj in _shared_aim(s, tok, preps) for p in s.actors(pobj)]
    if not targets and not passive and trig.type == "ASSAULT":
        # round 30: "a suicide bomber blew himself up at a checkpoint, killing 15 soldiers",
        # "gunmen hurled a grenade into a bar, wounding 12 people": an attack that names no one
        # struck strikes those its participle says it killed or wounded
        targets = _struck_by_participle(s, tok)
        # ("a roadside bomb tore through a Canadian convoy": what a blast went through it struck)
        targets = targets or [p for pobj in s.prep_objects(tok, frozenset({"through"})) for p in s.actors(pobj)]
    if not targets:
        targets = _fallback_targets(s, tok, trig)
    if not targets and not passive and not trig.joint:
        # "detonated nuclear devices in Baluchistan in response to India's tests", "shelled the
        # town in retaliation for rebel attacks by the PKK": whose deed the act answers
        targets = _answered_deed(s, tok, sources)
    if not targets and not passive:
        targets = _reporters_own(s, tok, trig, sources)
    if not targets and not passive:
        targets = _setting_targets(s, tok, trig, sources)
    if (not targets and passive and subj is not None and sources and trig.type in OWNED_TYPES
            and is_measure(subj)):
        # "a scheme to bury chemicals in Poland was branded reckless by the Polish opposition":
        # with no owner named, what is judged belongs to the country it would happen in (a last
        # step; the place of the act itself is tried later by the coder)
        targets = _place_under(s, subj)
    return sources, targets, subj_tok, tok


# what an attack did to those it struck, told in a participle after it ("..., killing 15 soldiers")
HARMING_PARTICIPLES = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _struck_by_participle(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """Those an attack's own participle clause of killing or wounding names (see _verb_roles):
    the participle shares the attack's subject, so it has none of its own."""
    return [p for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i
            and c.lemma_.lower() in HARMING_PARTICIPLES and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
            for o in c.children if o.dep_ == "dobj" for p in s.actors(o)]


# the types whose target is the owner of the thing acted on ("rejected the Conservatives' offer",
# "welcomed the Iranian proposal", "demanded release of the report drawn up by the ombudsman")
OWNED_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE", "SANCTION", "REQUEST"})
# what a state does in its own land, whose place names its owner when no one else is named ("a
# scheme to bury waste in Poland"); not an attack, aid, talks or a call made somewhere ("the
# bombing in Baghdad", "calls for a ceasefire in Lebanon", "talks in Norway": not the place's)
STATE_MEASURES = frozenset({"scheme", "plan", "project", "law", "legislation", "bill", "policy", "ban", "measure",
                            "programme", "program", "reform", "rule", "regulation", "crackdown", "dam", "decree",
                            "arrest", "detention", "execution", "deportation", "expulsion", "censorship", "eviction"})


# acts of violence, whose place is where they struck, not who did them
VIOLENT_ACTS = ATTACK_WORDS | {"bombing", "bomb", "shooting", "killing", "raid", "strike", "airstrike", "shelling",
                               "massacre", "murder", "assassination", "explosion", "blast", "ambush", "invasion"}


def is_measure(noun) -> bool:
    """The judged thing is, or proposes, a state's measure ("the arrests in Libya", "the
    proposal to build a dam in Laos"), not an attack, aid or talks held somewhere: a noun of
    STATE_MEASURES in its phrase (not in a relative clause: "the bombing, which was planned"),
    and no violent word at its head ("the bombing of a dam in Laos")."""
    if noun.lemma_.lower() in VIOLENT_ACTS:
        return False
    frontier, seen = [noun], []
    while frontier:
        tok = frontier.pop()
        seen.append(tok)
        frontier.extend(c for c in tok.children if c.dep_ not in ("relcl", "appos"))
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in STATE_MEASURES for t in seen)


def _capital(tok) -> bool:
    """The token ends the name of a capital ("Damascus", "New Delhi"), as the actor lexicon lists them."""
    from diplograph.actors.lexicon import lexicon

    words = tuple(t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.pos_ == "PROPN")
    return any(e.kind == "capital" for e in lexicon().exact.get(words, ()))


def _sum(tok) -> bool:
    """A sum of money: "20 million marks", "$50 million", "10 million ECUs"."""
    return tok.lemma_.lower() in SUM_WORDS or tok.tag_ == "$" or tok.tag_ == "CD" and any(
        c.lemma_.lower() in SUM_WORDS or c.tag_ == "$" for c in tok.children) or (
        tok.pos_ == "NOUN" and any(c.dep_ in ("nummod", "quantmod") for c in tok.children)
        and any(c.lemma_.lower() in SUM_WORDS or c.tag_ == "$" for c in tok.subtree))


# acts on a gathering, body or plan, whose organiser is whom they are done to
ORGANISER_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})
ORGANISING_VERBS = frozenset({"plan", "organise", "organize", "call", "stage", "lead", "sponsor", "arrange",
                              "convene", "run"})
# verbs of a purpose clause that name whom help is for: "to help Mozambique rebuild"
HELPING_VERBS = frozenset({"help", "assist", "support", "aid", "enable", "allow", "let"})


# acts asked for whose doer, not whom they name, is the one asked: "demanded the release of
# sailors held by Iran", "called for the withdrawal of Israeli troops", "an end to NATO strikes"
FREEING_NOUNS = frozenset({"release", "return", "freeing", "handover", "repatriation"})
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "redeployment"})
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension"})


def _asked_doer(s: _Sentence, noun) -> list[tuple[Actor, object]]:
    """Who would do the act a request asks for, when the text names them apart from those the act
    is done to: the doer named with "by" ("the release of prisoners by Israel"); the holder of
    those to be freed ("the release of two sailors held by Iran"); the owner of forces to be
    withdrawn ("the withdrawal of Israeli troops from Lebanon"); the state one is to be extradited
    from; the doer of what is to end ("an end to NATO air strikes on Libya"). Else nothing."""
    lemma = noun.lemma_.lower()
    if lemma not in FREEING_NOUNS | WITHDRAWAL_NOUNS | ENDING_NOUNS | {"extradition"}:
        return []
    by = [p for b in s.by_objects(noun) for p in s.actors(b)]
    if by:
        return by
    named = list(s.prep_objects(noun, frozenset({"of"})))
    if lemma in FREEING_NOUNS:
        return [p for o in named for acl in o.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                and (agent := s.agent(acl)) is not None for p in s.actors(agent)]
    if lemma in WITHDRAWAL_NOUNS:
        return [p for o in named if o.lemma_.lower() in FORCE_NOUNS for p in s.actors(o)]
    if lemma == "extradition":
        return [p for h in [noun, *named] for pobj in s.prep_objects(h, frozenset({"from"}))
                for p in s.actors(pobj, modifiers=False)]
    acts = ontology().nouns
    return [(a, c) for act in s.prep_objects(noun, frozenset({"to", "of"})) if act.lemma_.lower() in acts
            for c in act.children if c.dep_ in ("poss", "compound", "amod") for a in s._at(c)]


def _judged_as(verb):
    """The object of a verb of judgement put after the verdict ("dismissed as baseless the
    charges", "rejected as groundless Chinese claims"), which the parser hangs on "as"; None when
    the verb has an object of its own ("condemned the raid as a crime")."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.children:
        if (prep.dep_ == "prep" and prep.lower_ == "as" and prep.i == verb.i + 1
                and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].pos_ == "ADJ"):
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _helped(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """Whom a purpose clause of help names ("provided $10 million to help Mozambique rebuild",
    "sent experts to assist the Haitian police"): its object, or the subject of the clause under
    it ("help | Mozambique rebuild")."""
    out: list[tuple[Actor, object]] = []
    for clause in tok.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in HELPING_VERBS or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        out += [p for c in clause.children if c.dep_ in OBJECT_DEPS for p in s.actors(c)]
        out += [p for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                if g.dep_ == "nsubj" for p in s.actors(g)]
    return out


def _sum_receiver(s: _Sentence, amount) -> list[tuple[Actor, object]]:
    """"granted Chad 20 million dollars", "gave Niger $5 million": the receiver of a sum, which
    the parser may take for a name modifying the sum (a name before its number)."""
    if not _sum(amount):
        return []
    numbers = [c.i for c in amount.subtree if c.tag_ in ("CD", "$")]
    return [p for c in amount.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
            and numbers and c.i < min(numbers) for p in s.actors(c, modifiers=False) if p[0].country]


def _place_under(s: _Sentence, noun, depth: int = 5) -> list[tuple[Actor, object]]:
    """The country of the nearest "in PLACE" inside a noun phrase ("a scheme to bury chemicals in
    Poland", "plans to let chemicals be buried in Poland"), not inside a relative clause or
    the noun's own that-clause ("the claim that ...")."""
    frontier = [c for c in noun.children if c.dep_ not in ("relcl", "ccomp", "appos")]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
                found = _as_place(s.actors(t, modifiers=False))
                if found:
                    return found[:1]
            nxt += [c for c in t.children if c.dep_ not in ("relcl", "nsubj", "nsubjpass", "appos")]
        frontier = nxt
    return []


def _receiver_roles(s: _Sentence, tok, trig: Trigger):
    """"Lebanon received a shipment of fuel from Iran": the subject receives (the target) and the
    object of "from" gives (the source); passive "weapons were received by the rebels from Iran"
    alike. Rows say so with the notes flag receiver-subject."""
    subj, passive = s.subject(tok)
    receiver = s.agent(tok) if passive else subj
    targets = s.actors(receiver) if receiver is not None else []
    givers = list(s.prep_objects(tok, trig.target_preps | frozenset({"from"})))
    givers += [p for c in tok.children if c.dep_ in OBJECT_DEPS for p in s.prep_objects(c, frozenset({"from"}))]
    sources = [a for g in givers for a in s.actors(g)]
    return sources, targets, (givers[0] if givers else None), tok


def _reporter(s: _Sentence, pron) -> list[tuple[Actor, object]]:
    """"Japan says it is ready to send troops": a pronoun subject of a reported clause that no
    reference resolved is the reporter speaking of itself."""
    subj = _reporter_token(pron)
    return s.actors(subj) if subj is not None else []


def _quoted(tok) -> bool:
    """The token is inside a quotation that opens its sentence ('"We reject the plan," the
    minister said'): "we" there is the speaker's side."""
    sent = tok.sent
    return sent[0].is_quote and any(t.is_quote for t in tok.doc[tok.i + 1 : sent.end])


def _reporter_token(pron, start=None):
    """The subject of the reporting verb a pronoun ("it", "they", or a possessive "its",
    "their", "our") stands for, or None; the walk up to the reporting verb starts at ``start``
    where given, else at the pronoun's head."""
    if pron is None:
        return None
    word = POSSESSIVE_PRONOUNS.get(pron.lower_, pron.lower_)
    if word not in ("it", "they", "we"):
        return None
    cur = start if start is not None else pron.head
    for _ in range(4):
        told = reporting_verb(cur)  # ("said in a statement that it ...", "quoted X as saying it ...")
        if told is not None and told.lemma_.lower() in REPORT_HEADS:
            subj = speaker(told)
            if subj is None or subj.lower_ in ("it", "they", "we"):
                return None
            plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
            # "it" for a state or body, "they" for several ("Zelensky said they attacked" is someone else)
            if (word == "it" and (plural or subj.ent_type_ == "PERSON")) or (word == "they" and not plural) \
                    or word == "we" and not _quoted(pron):
                return None
            return subj
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "our": "we"}
# acts done to people, whose people owned by "its" or "their" are not the doer's own ("Pakistan
# said India had detained two of its citizens"; not "had withdrawn its troops")
PEOPLE_TAKING_MODES = frozenset({"arrest", "deport", "convict", "abduct"})


def _reporters_own(s: _Sentence, tok, trig: Trigger, sources) -> list[tuple[Actor, object]]:
    """"Pakistan said India had expelled two of its diplomats", "Tamil rebels said the air force
    had bombed their positions": in a reported deed of force, or a reported taking of people, the
    people or things a possessive pronoun gives an owner are the reporter's, the one the pronoun
    points back to (not the doer's, who would not do it to its own); so in a deed told in a time
    clause, of those the main clause is about ("soldiers were killed when a bomb hit their
    vehicle")."""
    if not (trig.type == "ASSAULT" or trig.mode in PEOPLE_TAKING_MODES or tok.lemma_.lower() in ("expel", "eject", "oust")):
        return []  # (a thing closed or an envoy recalled is mostly the doer's own: "Iran said Iraq had closed its border")
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objs += [p for p in s.prep_objects(tok, trig.target_preps)]
    objs += [p for o in objs for p in s.prep_objects(o, frozenset({"of"}))]
    doers = {t.i for _, t in sources if hasattr(t, "i")}
    # (a doer named by a pronoun may be the teller itself: "the army said it had shelled their
    # positions"; then the teller's country is no target; else a domestic deed is the teller's:
    # "Tamil rebels said the Sri Lankan air force had bombed their positions")
    own = {a.country for a, t in sources if getattr(t, "pos_", "") == "PRON"}
    for obj in objs:
        if any(c.lower_ == "own" for c in obj.children):
            continue  # "had attacked its own people": the doer's
        for poss in (c for c in obj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS):
            teller = _reporter_token(poss, start=tok) or _accuser(s, poss, tok) or _sufferer(s, poss, tok)
            if teller is None or teller.i in doers:
                continue
            found = [(a, t) for a, t in s.actors(teller) if a.country and a.country not in own]
            if found:
                return found
    return []


def _accuser(s: _Sentence, poss, tok):
    """"Iraqi Kurds accused Baghdad of shelling their villages": the subject of the verb of
    accusing whose "of" or "for" names the deed, when the possessive agrees with it in number;
    else None."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.lemma_.lower() not in ACCUSING_HEADS:
        return None
    subj, passive = s.subject(prep.head)
    return None if passive else _agreeing(subj, poss)


def _agreeing(subj, poss):
    """``subj`` when it is a noun phrase (not a pronoun) that the possessive agrees with in number
    ("their" with a plural or coordinated subject, "its"/"his"/"her" with a single one); else None."""
    if subj is None or subj.pos_ == "PRON":
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
    return subj if plural == (poss.lower_ == "their") else None


def _sufferer(s: _Sentence, poss, tok):
    """"Two Dutch soldiers were killed when a bomb hit their vehicle", "police opened fire when
    protesters stoned their cars": the subject of the clause that a time clause telling the deed
    hangs on, when the possessive agrees with it in number; else None."""
    if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX") or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in tok.children):
        return None
    subj, _ = s.subject(tok.head)  # (acted on or acting: "were killed", "opened fire")
    return _agreeing(subj, poss)


def _sender(s: _Sentence, subj) -> list[tuple[Actor, object]]:
    """Who acts through a subject that names no actor itself:
    - those another sent act for their sender, named as the subject of a relative clause of
      sending: "Troops that Nigeria sent to Sierra Leone attacked ...", "the envoy whom Japan
      sent to Beijing met ...";
    - an act named as the subject is done by the one its participle names with "by": "The
      attack, carried out by Tamil rebels, killed 12 soldiers"."""
    out = [p for rel in subj.children if rel.dep_ == "relcl" and rel.lemma_.lower() in SENDING_VERBS
           for who in rel.children if who.dep_ == "nsubj" and who.lower_ not in RELATIVE_PRONOUNS
           for p in s.actors(who)]
    if not out and subj.lemma_.lower() in ontology().nouns:
        # (the agent marks the participle, which the parser may tag as a past tense: "staged by")
        out = [p for acl in subj.children if acl.dep_ == "acl"
               for agent in acl.children if agent.dep_ == "agent"
               for pobj in agent.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]
    return out


# verbs of sending people out on one's behalf
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "despatch", "appoint", "station", "post"})


# an international body's forces and missions, named with the country they serve in ("the UN
# force in Sierra Leone", "the AU mission in Darfur")
HOSTED_FORCES = frozenset({"force", "forces", "mission", "operation", "contingent", "peacekeeper", "peacekeepers"})
# the acts of giving or pledging to such a force, which are help to the country it serves
FORCE_HELP_TYPES = frozenset({"AID", "AGREE"})


def force_host(s: _Sentence, trig: Trigger, targets: list) -> list:
    """Round 30: troops given or pledged to an international force in a country help that country
    ("will contribute a battalion to the UN force in Sierra Leone" is coded to SLE, as "extended the
    mandate of the peacekeeping force in Lebanon" is to LBN); an attack on the force stays on it."""
    if trig.type not in FORCE_HELP_TYPES:
        return targets
    out = []
    for a, t in targets:
        if t is None or not a.code.startswith("IGO") or t.lemma_.lower() not in HOSTED_FORCES:
            out.append((a, t))
            continue
        # (the parser may hang the "in" on the verb: "contribute troops to the UN force | in Sierra Leone")
        ins = [c for c in [*t.children, *t.head.head.children] if c.dep_ == "prep" and c.lower_ == "in" and c.i == t.i + 1]
        hosts = [p for prep in ins for pobj in prep.children if pobj.dep_ == "pobj"
                 for p in _as_place(s.actors(pobj)) if not p[0].code.startswith("IGO")]
        out += hosts[:1] or [(a, t)]
    return out


# verbs of letting someone in, and the groups of people let in, named by whose they are ("allowed
# a UN team into the camp", "let Red Cross inspectors into the prison")
ADMITTING_VERBS = frozenset({"allow", "let", "admit", "permit", "readmit"})
ADMITTED_GROUPS = frozenset({"team", "mission", "delegation", "inspector", "monitor", "observer", "investigator",
                             "expert", "envoy", "official", "staff", "personnel", "worker", "convoy"})
# quarrels and dealings between two sides, whose "with" names the side other than the doer
# ("its dispute with Cyprus", "trade with Albania"), and the prepositions that place an act in them
DEALINGS_NOUNS = frozenset({"dispute", "row", "standoff", "stand-off", "quarrel", "feud", "spat", "confrontation",
                            "conflict", "trade", "ties", "relations", "dealings", "traffic", "contacts", "links"})
DEALINGS_PREPS = frozenset({"in", "over", "amid", "during", "to", "on"})


def _fallback_targets(s: _Sentence, tok, trig: Trigger) -> list[tuple[Actor, object]]:
    """Targets said less directly, tried only when the usual places are empty:
    - the author of what the object names: "rejected an offer from Afghanistan", "rejected
      calls by Belarus", "welcomed Reagan's statement";
    - the subject of a that-clause: "demanded that the United States cancel the sale";
    - the object of the verb that the trigger governs: "refused to meet Jordan's king",
      "offered to hand them over to Britain"."""
    out: list[tuple[Actor, object]] = []
    if not trig.thing_object:
        # (and the parties to it: "welcomed the deal between Ethiopia and Eritrea")
        for obj in (c for c in tok.children if c.dep_ in OBJECT_DEPS):
            for pobj in s.prep_objects(obj, AUTHOR_PREPS | OBJECT_PREPS | {"between"}):
                out += s.actors(pobj)  # ("welcomed the deal with Tanzania")
            if obj.lemma_.lower() in AGREEMENT_NOUNS:
                # (the parser often hangs the deal's "with" on the verb: "welcomed the deal with Tanzania")
                out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.i == obj.i + 1
                        for pobj in c.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]
            # (the author named in a participle: "welcomed the proposal put forward by Egypt",
            # "rejected the memo sent by Bree")
            out += [p for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                    for agent in acl.children if agent.dep_ == "agent"
                    for pobj in agent.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]
            if not out:
                # one step further, through what the object is the start, end or making of:
                # "welcomed the resumption of talks with Iran", "condemned the signing of a pact
                # between Japan and the Philippines"
                out += [p for inner in s.prep_objects(obj, frozenset({"of"}))
                        for pobj in s.prep_objects(inner, frozenset({"with", "between"})) for p in s.actors(pobj)]
    if out:
        return out
    if (back := _object_pronoun_antecedent(s, tok)):
        return back
    if trig.type == "THREATEN" and tok.lemma_.lower() == "warn" and not any(c.dep_ == "dobj" for c in tok.children):
        # "warned of Chinese aggression", "warned about the Taliban": whose deed is warned of
        out += [p for pobj in s.prep_objects(tok, frozenset({"of", "about"})) for p in s.actors(pobj)]
        if out:
            return out
    # a promise or threat told of the speaker's own side by its name ("Kwasniewski promised that
    # Warsaw would back Lithuania's bid"): said of the speaker, as "that it would" is
    own_named = _own_named_clauses(s, tok) if trig.type in ("AGREE", "THREATEN", "REJECT") else []
    # (and of a clause opened by "for": "called for Israel to withdraw")
    # (and a that-clause the parser split, hanging it on a particle or adverb of its verb:
    # "demanded that Baghdad back down" read as "demanded | down", "that" and "Baghdad" under "down")
    for clause in (c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)) or (c.dep_ in ("prt", "advmod", "dep") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children))):
        if any(clause.i == c.i for c in own_named):
            continue
        # (not a pronoun, which mostly names the source again: "Hungary denied that it had ...")
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"):
            out += s.actors(subj)
    if out:
        return out
    clauses = [c for c in tok.children if c.dep_ == "xcomp" or trig.type in INTENT_TYPES and _split_infinitive(c)]
    # "accepted an invitation to visit Beijing", "welcomed an offer to mediate with the rebels":
    # the act the accepted or answered invitation or offer names
    clauses += [a for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in PROPOSALS and not s.actor_list(o)
                for a in o.children if a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
    if trig.type == "REQUEST" and tok.lemma_.lower() in OBJECT_CONTROL and any(
            c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children):
        # "urged Mr Kostas to accept an offer from the UN", "urging party officials to push the
        # president": the one urged is who is asked, named or not; what he is to do names no target
        clauses = []
    if trig.type == "THREATEN":
        # "warned it would occupy the oil fields", "said they would strike": a threat told as a
        # clause about the threatener itself names its target there, as an infinitive does
        clauses += _own_future_clauses(tok)
    clauses += own_named
    clauses += [g for c in clauses for g in c.children if g.dep_ == "xcomp"]  # "promised to continue to send"
    for clause in clauses:
        placed = any(s.actor_list(p) for p in s.prep_objects(clause, CLAUSE_TARGET_PREPS))
        for obj in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
            if placed and obj.lemma_.lower() in FORCE_NOUNS:
                continue  # "promised to pull Ethiopian troops out of Somalia": one's own forces; Somalia
            # (a partner the parser hung on the object's topic: "offered to share intelligence on
            # the militants with Kenya" shares it with Kenya, not with the militants)
            partner = _partner_past_topic(s, obj)
            out += partner or s.actors(obj)
            # (and the parties to it: "offered to host talks between Mali and the rebels")
            for pobj in s.prep_objects(obj, AUTHOR_PREPS | OBJECT_PREPS | {"between"}):
                out += s.actors(pobj)
        for pobj in s.prep_objects(clause, CLAUSE_TARGET_PREPS):
            out += s.actors(pobj)
        # "agreed to act as a mediator between the government and the rebels", "to serve as a
        # go-between for Seoul and Pyongyang": the parties of the role the source takes on (round
        # 30: and whose talks or war it is in: "to act as mediator in Burundi's peace talks")
        out += [p for role in s.prep_objects(clause, frozenset({"as"})) if not s.actor_list(role)
                for pobj in s.prep_objects(role, frozenset({"between", "for", "in"})) for p in s.actors(pobj)]
        if clause.lemma_.lower() in HELPING_VERBS:
            # "agreed to help Libya rebuild": the parser makes the one helped the subject of the
            # clause under "help"
            out += [p for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                    if g.dep_ == "nsubj" for p in s.actors(g)]
        if trig.type == "THREATEN" and not out:
            # "threatened to pull out of the talks with Israel", "to walk out of negotiations with
            # the rebels": the other party to the talks one threatens to leave
            left = [*s.prep_objects(clause, frozenset({"of", "from"})),
                    *(g for c in clause.children if c.dep_ in ("prep", "prt") for p in c.children
                      if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj")]
            out += [p for t in left for pobj in s.prep_objects(t, frozenset({"with", "between"})) for p in s.actors(pobj)]
    if out:
        return out
    # where the object goes or comes from: "contribute troops to a force in Mali",
    # "the withdrawal of soldiers from Niger"
    onto = ontology()
    verbal_conflict = onto.types[trig.type].quad_class == 3
    for head in [tok, *clauses]:
        objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if verbal_conflict and head.i == tok.i:  # "criticised threats of action against Iran": Iran is not criticised
            objs = [o for o in objs if o.lemma_.lower() not in onto.nouns]
        objs += [p for o in objs for p in s.prep_objects(o, frozenset({"of"}))]  # "part of a programme for Myanmar"
        for obj in objs:
            for pobj in s.prep_objects(obj, DESTINATION_PREPS):
                out += s.actors(pobj)
                for inner in s.prep_objects(pobj, PLACE_PREPS):
                    out += s.actors(inner)
    if out:
        return out
    # round 30: the other side of the quarrel or dealings the act is done in, named with "with"
    # on that noun ("will not back down in its dispute with Cyprus", "would not yield in the
    # standoff with Washington", "closed its border to all trade with Albania"; not of a passive,
    # whose subject is the one acted on: "was criticised over its dispute with Peru")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    out += [p for h in ([] if passive else [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS)])
            for prep in h.children if prep.dep_ == "prep" and prep.lower_ in DEALINGS_PREPS
            for deal in prep.children if deal.dep_ == "pobj" and deal.lemma_.lower() in DEALINGS_NOUNS
            for pobj in s.prep_objects(deal, frozenset({"with"})) for p in s.actors(pobj)]
    if out:
        return out
    # the owner of the thing acted on: "suspended Syria's membership", "froze Iran's assets"
    if trig.thing_object and trig.type != "CONSULT":  # (not what is discussed: "discussed Iran's economy")
        out += [p for c in tok.children if c.dep_ in OBJECT_DEPS for g in c.children
                if g.dep_ == "poss" and g.i in s.mention_at for p in s.actors(g)]
        # (or named with "of": "returned the remains of an Israeli sailor", "froze the assets of
        # Iraqi banks")
        out = out or [p for c in tok.children if trig.type in OWNER_OF_TYPES and c.dep_ in OBJECT_DEPS
                      and c.lemma_.lower() not in onto.nouns
                      for o in s.prep_objects(c, frozenset({"of"})) for p in s.actors(o)]
        if out:
            return out
    # "pulled 10,000 troops out of Cambodia", "moved its forces away from the border": the place
    # left, under a particle or preposition of the verb
    if trig.target_preps & {"from", "of"}:
        out += [p for c in tok.children if c.dep_ in ("prt", "prep", "advmod") for q in c.children
                if q.dep_ == "prep" and q.lower_ in ("of", "from") for g in q.children if g.dep_ == "pobj"
                for p in _as_place(s.actors(g))]
        if out:
            return out
    # whom an act on the source's own thing is for or against, said on the verb or on the thing:
    # "will tighten controls on its market for Chinese firms" (not "fought for South Sudan")
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    own = [h for h in [*objs, *(p for h in [tok, *objs] for p in s.prep_objects(h, trig.target_preps))]
           if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children)]
    for head in [tok, *own] if own else []:
        for pobj in s.prep_objects(head, BENEFICIARY_PREPS - {"to"}):
            out += s.actors(pobj)
    return out


def _object_pronoun_antecedent(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """The one a participle's object pronoun points back to, the main verb's object: "Sudan
    expelled the British envoy, accusing him of spying", "Iraq shelled Kurdish rebels, driving
    them back" (not the main clause's subject, who does the participle's act); and a second
    verb's, joined to the first: "India criticised Pakistan and accused it of ..."."""
    if tok.head.pos_ != "VERB" or not (tok.dep_ == "advcl" and tok.tag_ == "VBG" or tok.dep_ == "conj" and tok.head.i < tok.i):
        return []
    pronouns = OBJECT_PRONOUNS | ({"it"} if tok.dep_ == "conj" else set())
    if not any(c.dep_ == "dobj" and c.lower_ in pronouns for c in tok.children):
        return []
    return [p for o in tok.head.children if o.dep_ == "dobj" for p in s.actors(o)]


def _setting_targets(s: _Sentence, tok, trig: Trigger, sources) -> list[tuple[Actor, object]]:
    """Whom the words are addressed to, named by the occasion they are said on when the words
    name no one: "In a letter to Annan, Iraq demanded an end to the sanctions" (IGO), "during
    talks with Ivanov, ... asked for help", "in a telephone call with Chirac, Putin discussed
    ...", "on a visit to Pakistan, ... promised to build a port", "Visiting Kabul, ... pledged
    aid". Only speech that asks, offers, backs or refuses: a condemnation voiced in a call is
    not of the one called. The occasion may be set on the verb of saying above the trigger
    ("in a letter to Annan, Iraq said it would not accept ...")."""
    if trig.type not in SETTING_TYPES:
        return []
    heads, cur = [tok], tok
    for _ in range(2):
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        heads.append(cur)
    out: list[tuple[Actor, object]] = []
    stranded = stranded_main_verb(tok.sent)
    for head in heads:
        # (and the opening phrase the parser made the root, hanging the main verb inside it)
        opening = [tok.sent.root] if _same(head, stranded) else []
        for c in [*head.children, *opening]:
            if c.dep_ in ("prep", "ROOT") and c.lower_ in SETTING_PREPS:
                out += [p for noun in c.children if noun.dep_ == "pobj" and noun.lemma_.lower() in ADDRESSED_SETTINGS
                        for pobj in s.prep_objects(noun, frozenset({"to", "with"})) for p in s.actors(pobj)]
            elif (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < head.i and c.lemma_.lower() in ADDRESSING_PARTICIPLES
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                # "Meeting Arafat in Gaza, the envoy ...", "Visiting Kabul on Tuesday, ...", "Writing to Annan, ..."
                out += [p for g in c.children if g.dep_ in OBJECT_DEPS for p in s.actors(g)]
                out += [p for pobj in s.prep_objects(c, frozenset({"to", "with"})) for p in s.actors(pobj)]
    if tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl"):
        # "sent a message to Washington offering to pay", "wrote to Annan asking for time": the
        # one the words are sent to
        writer = _writer_verb(tok.head) if tok.dep_ == "acl" else tok.head if writes_words(tok.head) else None
        if writer is not None:
            letters = [c for c in writer.children if c.dep_ == "dobj"]
            out += [p for h in (writer, *letters) for pobj in s.prep_objects(h, frozenset({"to"})) for p in s.actors(pobj)]
    own = {a.country for a, _ in sources if a.country}
    return [(a, t) for a, t in out if a.country is None or a.country not in own]


# the types whose verb takes what it promises, threatens, refuses or asks as an infinitive
INTENT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST"})


def _split_infinitive(c) -> bool:
    """An infinitive complement the parser split off as an adverbial clause when a date or place
    came between ("threatened on Sunday to end cooperation", "agreed in Geneva to send troops")."""
    return (c.dep_ == "advcl" and c.i > c.head.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)
            and any(p.dep_ == "prep" and c.head.i < p.i < c.i for p in c.head.children))


def _place_targets(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """With no target actor, the country where it happened: "Israel struck military targets
    in Iran" is coded ISR -> IRN, "opened an embassy in Seoul" VNM -> KOR, as event coders do."""
    out: list[tuple[Actor, object]] = []
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    heads += [g for c in [*(c for c in tok.children if c.dep_ == "xcomp"), *_own_future_clauses(tok)]
              for g in [c, *c.children] if g is c or g.dep_ in OBJECT_DEPS]
    # and the places of what the act is about: "opened fire on demonstrators in Cairo"
    heads += [p for h in list(heads) for p in s.prep_objects(h, DESTINATION_PREPS)]
    for h in heads:
        for pobj in s.prep_objects(h, PLACE_PREPS):
            if not _stand_in(pobj.head):  # (not "in place of the late Nyerere")
                out += _as_place(s.actors(pobj))
    if (not out and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ENTERING_VERBS
            and not any(c.dep_ == "auxpass" for c in tok.children)):  # (not "had entered ... and been warned")
        # "crossed into Ethiopia and attacked the town", "entered Somalia and seized two towns":
        # the country the doers went into is where the next act is done
        went = tok.head
        out += [p for g in went.children if g.dep_ == "dobj" for p in _as_place(s.actors(g))]
        out += [p for pobj in s.prep_objects(went, frozenset({"into", "across", "inside"})) for p in _as_place(s.actors(pobj))]
    if not out:
        # "massed troops along its border with Afghanistan", "clashes on the frontier with Chad":
        # the other side of a border
        for h in heads:
            for child in h.children:
                if child.dep_ == "prep":
                    for pobj in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in BORDER_NOUNS):
                        for other in s.prep_objects(pobj, frozenset({"with"})):
                            out += _as_place(s.actors(other))
    if not out:
        # (the parser may hang that "with" on the verb: "put its forces on alert along the border
        # with Pakistan"; the "with" right after the border word)
        for h in heads:
            for w in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0
                      and c.doc[c.i - 1].lemma_.lower() in BORDER_NOUNS):
                for other in (g for g in w.children if g.dep_ == "pobj"):
                    out += _as_place(s.actors(other))
    return out or _deep_place(s, tok)


ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "reply", "answer"})


def _answered_deed(s: _Sentence, tok, sources) -> list[tuple[Actor, object]]:
    """Whose deed an act is said to answer, with "in response to", "in retaliation for", "in
    reply to": the deed's owner ("India's tests") or doer ("attacks by the rebels"); another
    country's or body's than the doer's own."""
    home = {a.country for a, _ in sources}
    deeds = [d for p in s.prep_objects(tok, frozenset({"in", "as"})) if p.lemma_.lower() in ANSWER_NOUNS
             for d in s.prep_objects(p, frozenset({"to", "for"}))]
    found = [q for d in deeds for g in d.children if g.dep_ == "poss" for q in s.actors(g)]
    found += [q for d in deeds for by in s.by_objects(d) for q in s.actors(by)]
    return [(a, t) for a, t in found if a.country not in home]


def _threatened_party(s: _Sentence, tok, trig: Trigger, sources, conditions) -> list[tuple[Actor, object]]:
    """The party the act a threat names would fall on, read as a threat without its condition is
    (_fallback_targets: "to suspend aid to Pakistan", "would impose sanctions on Peru"), kept only
    when it is another country's than the threatener's and lies outside the condition clauses."""
    home = {a.country for a, _ in sources}
    inside = {t.i for c in conditions for t in c.head.subtree}
    found = _fallback_targets(s, tok, trig)
    if not found:
        # "would push for an embargo on Burma", "to press for sanctions against Iran": whom the
        # measure pressed for is aimed at
        clauses = [c for c in tok.children if c.dep_ == "xcomp"] + _own_future_clauses(tok)
        found = [p for c in clauses for m in s.prep_objects(c, frozenset({"for"}))
                 for pobj in s.prep_objects(m, AIMED_PREPS) for p in s.actors(pobj)]
    return [(a, t) for a, t in found if a.country and a.country not in home and (t is None or t.i not in inside)]


def condition_subjects(s: _Sentence, tok, trig: Trigger) -> list:
    """Who would act in the condition of a threat: the subjects of the "if"/"unless" clauses on the
    trigger, on the act threatened ("vowed to retaliate if the United States imposed tariffs"), on
    what is warned of ("warned of a catastrophe if Israel continues ...") or on a clause in which
    the threatener tells what it will do ("warned that he would impose a curfew if the youths did
    not disperse", "said it was ready to strike if ...")."""
    threatened = [c for c in tok.children if c.dep_ == "xcomp"] if trig.type == "THREATEN" else []
    if trig.type == "THREATEN":
        own = _own_future_clauses(tok) + [c for c in tok.children if c.dep_ == "ccomp" and any(
            g.dep_ == "nsubj" and g.lower_ in OWN_PRONOUNS for g in c.children) and any(
            g.dep_ == "acomp" and g.lemma_.lower() in READY_ADJECTIVES for g in c.children)]
        threatened += own + [g for c in own for g in c.children if g.dep_ in ("xcomp", "acomp")]
        threatened += [x for c in threatened if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"]
    conditions = [c for h in [tok, *threatened, *s.prep_objects(tok, frozenset({"of", "against", "about"}))]
                  for c in h.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    return [subj for c in conditions for subj in c.children if subj.dep_ in ("nsubj", "nsubjpass")]


# verbs of going into a country, whose place holds the acts joined to them
ENTERING_VERBS = frozenset({"cross", "enter", "push", "advance", "sweep", "infiltrate", "penetrate", "slip", "pour",
                            "march", "move", "roll", "storm", "invade", "raid", "venture"})


# the pronouns a speaker names itself with in its own clause (a state or body, or a person:
# "the governor warned that he would impose a curfew")
OWN_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _says_will(clause) -> bool:
    """A clause of what will be done: its verb has "will", "would", "'ll" or "shall"."""
    return any(g.dep_ == "aux" and g.lower_ in WILL_AUX for g in clause.children)


def _own_future_clauses(tok) -> list:
    """The verb's that-clauses in which its own subject, as a pronoun, says what it will do ("warned
    it would strike positions in Lebanon", "vowed that they will retake the town"): said of the
    speaker, like an infinitive. Not a past deed ("denied it had attacked ships") nor another's."""
    return [c for c in tok.children if c.dep_ == "ccomp"
            and any(g.dep_ == "nsubj" and g.lower_ in OWN_PRONOUNS for g in c.children) and _says_will(c)]


def _own_named_clauses(s: _Sentence, tok) -> list:
    """The verb's that-clauses of what will be done, whose subject names the verb's own subject's
    country again ("Kwasniewski promised that Warsaw would back ...", "Greece warned that Athens
    would veto ..."); not another side's ("promised that Kenya would ...")."""
    subj, passive = s.subject(tok)
    if subj is None or passive:
        return []
    own = {a.country for a, _ in s.actors(subj) if a.country}
    out = []
    for c in (c for c in tok.children if c.dep_ == "ccomp" and _says_will(c)):
        named = [a for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON" for a, _ in s.actors(g)]
        if own and named and all(a.country in own for a in named):
            out.append(c)
    return out


def _object_tokens(tok, *, passive: bool) -> list:
    """The tokens that can hold a verb's target: its objects, or its subject when passive."""
    deps = ("nsubjpass",) if passive else OBJECT_DEPS
    return [c for c in tok.children if c.dep_ in deps]


def _agent_sector(s: _Sentence, tok, sectors: frozenset[str] = DOMESTIC_SECTORS | NONSTATE_ARMED, *,
                  titled: bool = False) -> str | None:
    """The non-state role a phrase names without a country ("six militants", "the opposition
    leader", "rebels"), or None. With ``titled``, also the role a title gives a named person
    ("Judge Ana Ruiz"), when the phrase names no role of its own."""
    from diplograph.actors.resolve import match_words

    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i in s.mention_at:
        return None
    toks = list(tok.doc[tok.left_edge.i : tok.i + 1])
    roles = [m for m in match_words([t.text for t in toks], None, agents=True)
             if m.actor.country is None and m.actor.sector and m.actor.sector[:3] in sectors]
    for m in roles:
        if m.end == len(toks):
            return m.actor.sector
    if titled and tok.pos_ == "PROPN":
        for m in roles:
            if m.end < len(toks) and all(t.pos_ == "PROPN" for t in toks[m.end:]):
                return m.actor.sector
    return None


# roles a party to a joint act may be named by alone ("government troops", "rebels")
PARTY_ROLES = DOMESTIC_SECTORS | NONSTATE_ARMED | frozenset({"GOV", "MIL", "COP"})


def _home_party(s: _Sentence, tok, trig: Trigger, between: list, party: list) -> list[tuple[Actor, object]]:
    """"Talks between the Sudanese government and southern rebels": the other party of a joint
    act, named by its domestic role alone, is of the one named party's country; with no party
    named by country ("fighting between government troops and rebels in northern Uganda"), both
    are of the place the fighting is in (not talks, often held abroad)."""
    countries = {a.country for a, _ in party}
    if not party and trig.type in PHYSICAL_TYPES:
        countries = {c} if (c := _scene(s, tok) or (_scene(s, tok.head) if tok.dep_ == "nsubj" else None)) else set()
    if len(countries) != 1 or None in countries:
        return []
    (country,) = countries
    return [(_role_actor(country, sector, c), c) for pobj in between for c in (pobj, *pobj.conjuncts)
            if not s.actor_list(c) and (sector := _agent_sector(s, c, PARTY_ROLES)) is not None]


# the roles an accused named by its role alone may have: a state's organs, a society's bodies
# (not armed groups, often accused from across a border: "accused militants of firing rockets")
HOME_ACCUSED = (DOMESTIC_SECTORS - NONSTATE_ARMED) | frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "BUS", "MED"})


def home_accused(s: _Sentence, tok, source: Actor, targets: list) -> list[tuple[Actor, object]]:
    """"Kenya's former anti-graft chief accused senior ministers of looting state funds", "the
    security service accused a researcher of passing secrets to a foreign firm": one accused by
    a role alone (a state's organ, a body of its society, a titled person), or by a bare name by
    a state's organ, is of the accuser's country, not a party named in the deed laid on it or
    the place the charge was made in; unless that deed is set in another country's place
    ("accused police of beating protesters in Cairo"). Else ``targets`` as they are."""
    objs = [c for c in tok.children if c.dep_ == "dobj" and not s.actor_list(c)]
    if not objs or targets and not all(bt is not None and bt.i > objs[0].i for _, bt in targets):
        return targets
    obj = objs[0]
    deeds = [*s.prep_objects(tok, frozenset({"of", "for"})), *s.prep_objects(obj, frozenset({"of", "for"}))]
    deeds += [c for h in (tok, obj) for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
              for c in p.children if c.dep_ == "pcomp"]
    if not deeds:
        return targets
    if any((c := _scene(s, d)) is not None and c != source.country for d in deeds):
        return targets
    sector = _agent_sector(s, obj, HOME_ACCUSED, titled=True)
    if sector is None and not (obj.ent_type_ == "PERSON" and (source.sector or "")[:3] in STATE_ORGANS):
        return targets
    return [(_role_actor(source.country, sector, obj), obj)]


def _role_actor(country: str, sector: str | None, tok) -> Actor:
    """An actor the text names by its role alone ("the judge", "rebels", "Judge Ana Ruiz"),
    coded with the country its context gives; its text is the role's phrase, so the event shows
    the words it stands on."""
    text = None
    if tok is not None:
        words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.dep_ not in ("det", "punct")]
        text = tok.doc[words[0].i : tok.i + 1].text if words else tok.text
    return Actor(country + (sector or ""), country, sector, None, text)


def _out_of(s: _Sentence, tok) -> list:
    """The objects of a verb's "out of", "from", "to", "into", "in"."""
    out = list(s.prep_objects(tok, OWN_THING_PREPS))
    out += [g for c in tok.children if c.dep_ in ("prt", "prep") for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


def _scene(s: _Sentence, tok, *, skip: frozenset[str] = frozenset()) -> str | None:
    """The country where an act took place: the nearest place named under its clause ("in
    Mosul", "outside the Afghan town of Kunduz", "in a northern district of Aleppo"), not
    under the dependents ``skip`` names."""
    # not inside a subject that names an actor ("rebels in Mali attacked ...")
    frontier = [c for c in tok.children if c.dep_ not in ("csubj", "ccomp") and c.dep_ not in skip
                and not (c.dep_ == "nsubj" and s.actor_list(c))]
    for _ in range(7):
        nxt = []
        for t in frontier:
            if t.dep_ == "pobj" and _under_scene_prep(t):
                # (a state's post abroad is no place of its own: "outside the French embassy in Beirut")
                found = [a for a in s._at(t) if a.country and t.lemma_.lower() not in FOREIGN_POSTS]
                if found:
                    return found[0].country
            nxt += [c for c in t.children if c.dep_ not in ("nsubj", "ccomp", "relcl")]
        frontier = nxt
    return None


def _under_scene_prep(t) -> bool:
    """A place word under "in", "near", "outside" ..., also through "of" ("outside the city of
    Kunduz", "in a district of Aleppo")."""
    cur = t
    for _ in range(3):
        prep = cur.head
        if prep.dep_ not in ("prep", "pcomp") and prep.pos_ != "ADP":
            return False
        if prep.lower_ in SCENE_PREPS:
            return True
        if prep.lower_ != "of":
            return False
        up = prep.head  # "the town" of "the town of Kunduz", or "outside" of "outside of"
        if up.pos_ == "ADP" and up.lower_ in SCENE_PREPS:
            return True
        if up.dep_ != "pobj":
            return False
        cur = up
    return False


def _as_place(found: list[tuple[Actor, object]]) -> list[tuple[Actor, object]]:
    """A place is its country, whatever organ the name also stands for."""
    return [(Actor(a.country, a.country, None, a.entity, a.text), t) for a, t in found if a.country]


def _deep_place(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """The nearest place further down what the act is about, outside its subject: "food aid to
    families displaced by floods in Pakistan", "the withdrawal of soldiers from Mali", "restored ties
    with and reopened an embassy in Seoul"; for a purpose clause, also the place of the act it serves
    ("sent observers to Sudan to investigate"). Not a news medium that tells of it ("according to
    Al Jazeera") nor whom it is laid to ("attributed the bombing to rebels"). A body of people reached without a
    scene preposition keeps its role ("handed him over to Canadian authorities" is CANGOV)."""
    starts = [tok]
    if tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        starts.append(tok.head)
    for start in starts:
        # (not what the act came after or went against: "following talks in Cairo, Israel agreed to
        # release prisoners" is not an act on Egypt)
        frontier = [c for c in start.children if c.dep_ not in SUBJECT_DEPS and c.dep_ not in ("agent", "ccomp")
                    and not _told_by(s, start, c) and not _aside_act(c) and not _branded_as(start, c)]
        for depth in range(8):
            nxt = []
            for t in frontier:
                if t.dep_ == "pobj" and (t.head.lower_ in DEEP_PLACE_PREPS
                                         or t.head.lower_ in EDGE_PREPS and t.lemma_.lower() in EDGE_NOUNS):
                    found = s.actors(t, modifiers=False)
                    if not found and t.lemma_.lower() in EDGE_NOUNS:
                        # "towards the Albanian border", "off Taiwan's coast", "off the coast of
                        # Somalia": the country whose edge it is
                        found = _as_place(s.actors(t))
                    # (only on the act itself or its object: "handed him over to ...", not "drew
                    # criticism from Iranian officials" further on)
                    found = found if depth <= 2 and _role_body(t) else _as_place(found)
                    if found:
                        return found
                nxt += [c for c in t.children if c.dep_ not in SUBJECT_DEPS and c.dep_ != "ccomp" and not _told_by(s, t, c)
                        and not _stand_in(c) and not _branded_as(t, c)]
            frontier = nxt
    return []


# prepositions of what an act came after, before or against, whose places are not the act's
ASIDE_PREPS = frozenset({"after", "following", "before", "since", "despite", "amid", "amidst", "notwithstanding",
                         "until", "ahead"})
def _aside_act(prep) -> bool:
    """Another act, named by a noun, that the act came after or went against ("following talks
    in Cairo"): its places are its own (not "returned fire after being shot at from Lebanon")."""
    return prep.dep_ == "prep" and prep.lower_ in ASIDE_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ontology().nouns for g in prep.children)


def _branded_as(verb, prep) -> bool:
    """Round 30: the "as" of a judgement ("dismissing them as a trap dictated from Washington",
    "branded it a plot hatched in Paris"): what the thing is called is no place of the act."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and verb.lemma_.lower() in BRANDING_VERBS


def _stand_in(prep) -> bool:
    """Round 30: "in place of X", "in lieu of X": whom the doer stands in for is no party to the
    act, nor its place ("agreed to mediate in place of the late Nyerere")."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in ("place", "lieu") and any(
        o.dep_ == "prep" and o.lower_ == "of" for o in g.children) for g in prep.children)


# prepositions of a concession, whose object is another's act the main one goes against:
# "vetoed the bill despite pleas from Germany", "pressed ahead amid protests from China"
CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})
# noun acts of others that a concession names: who makes them is "from" or "by", whom they are at
# is who acts despite them
# (not a refusal, aimed at whoever asked: "the US will act despite Bush's refusal to sign the protocol")
CONCEDED_TYPES = frozenset({"ACCUSE", "REQUEST", "PROTEST", "THREATEN"})


def _concessive(prep) -> bool:
    """"despite ...", "amid ...", "in the face of ...": a preposition of concession."""
    if prep.dep_ != "prep":
        return False
    return prep.lower_ in CONCESSIVE_PREPS or prep.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "face" and any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
        for g in prep.children)


def _conceded_to(tok):
    """The verb or noun that a noun under a concession hangs on ("vetoed ... despite pleas",
    "his departure despite pleas", "went ahead in the face of objections"), or None."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "face" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the face of objections"
    return prep.head if _concessive(prep) and prep.head.i != prep.i else None


def _told_by(s: _Sentence, head, child) -> bool:
    """"attributed the bombing to rebels": the one an act is laid to, no place nor party acted on;
    "according to Al Jazeera": a news medium or a body of no country tells of it from elsewhere
    (the authorities of a place, "according to Iraqi police", mostly tell of their own ground)."""
    if _concessive(child):
        return True  # "vetoed the bill despite pleas from Germany": the pleas' side, no party acted on
    if child.lower_ == "according":
        # (nor diplomats, witnesses or sources, who tell of it from wherever they are: "according
        # to diplomats in Tehran")
        tellers = [g for to in child.children for g in to.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in OUTSIDE_TELLERS for g in tellers):
            return True
        told = [a for g in tellers for a, _ in s.actors(g)]
        return any(a.country is None or (a.sector and "MED" in a.sector) for a in told)
    return child.dep_ in ("prep", "dative") and child.lower_ == "to" and head.lemma_.lower() in ATTRIBUTING_VERBS


# who tells of an act without being of its place: "according to diplomats in Tehran"
OUTSIDE_TELLERS = frozenset({"diplomat", "source", "witness", "analyst", "observer", "report", "envoy"})


def _role_body(t) -> bool:
    """A common noun naming people in a role ("Canadian authorities", "Iraqi troops"), reached
    under a preposition of motion towards them, not of scene ("in Tunisian offices") nor of
    origin ("criticism from Iranian officials")."""
    return (t.pos_ == "NOUN" and t.head.lower_ in ("to", "into", "against") and t.head.head.lower_ != "according"
            and t.lemma_.lower() not in FOREIGN_POSTS)


def judged(noun) -> bool:
    """The act the noun names is what a judgement is passed on: "France branded the bombing
    barbaric", "the raid was condemned by Italy", "said the shelling was a disgrace". Who judges it
    (or says it) did not do it; the noun keeps only a doer of its own ("the bombing by rebels")."""
    if noun.dep_ == "compound":
        if (noun.head.lemma_.lower() in JUDGING_WORDS and noun.head.dep_ in ("oprd", "xcomp", "dobj")
                and noun.head.head.lemma_.lower() in BRANDING_VERBS):
            return True  # ("called the bombing barbaric", parsed as one noun "bombing barbaric")
        noun = noun.head
    verb = noun.head
    if (noun.dep_ == "nsubj" and verb.lemma_.lower() in JUDGING_WORDS and verb.dep_ in ("ccomp", "xcomp", "oprd")
            and verb.head.lemma_.lower() in BRANDING_VERBS):
        return True  # "branded the strike illegal", parsed as a clause "the strike (is) illegal"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("dobj", "nsubjpass") and lemma in BRANDING_VERBS:
        # ("unions called a strike" calls one; "called the strike illegal" or "as illegal" judges it)
        return lemma != "call" or any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (
            c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    # "the bombing was barbaric", "the strikes were a disgrace"
    return noun.dep_ == "nsubj" and lemma == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in JUDGING_WORDS for c in verb.children)


JUDGING_WORDS = CONDEMNING | BLAMING | CONDEMNING_NOUNS


def _noun_roles(s: _Sentence, tok, trig: Trigger):
    word = tok
    if tok.dep_ == "compound":
        tok = tok.head  # "a mediation mission between Syria and the PLO": the phrase's head has the roles
    sources: list[tuple[Actor, object]] = []
    targets: list[tuple[Actor, object]] = []
    named_before: list[tuple[Actor, object]] = []
    subj_tok = None
    for child in tok.children:
        if (word is not tok and word.lemma_.lower() in TAKING_NOUNS and child.dep_ in ("amod", "nmod", "compound")
                and child.i < word.i and any(m.text in _place_names() for m in s.mention_at.get(child.i, ()))):
            # "the post-Ukraine invasion era", "the Kuwait occupation years": a country's name
            # before the noun of taking is what is taken
            targets += s.actors(child)
        elif child.dep_ in ("poss", "amod", "nmod") and child.i in s.mention_at:
            sources += s.actors(child)  # "Russia's invasion", "Russian strikes"
            subj_tok = child
        elif child.dep_ == "compound" and child.i in s.mention_at:
            pair = [(a, t) for c in (child, *(g for g in child.children if g.dep_ == "compound"))
                    for a, t in s.actors(c)]
            if trig.mode == "investigate" and pair and all(
                    a.sector and a.sector[:3] in INVESTIGATING_ORGANS for a, _ in pair):
                sources += pair  # "a government investigation", "a Senate inquiry": the organ inquires
                subj_tok = child
            elif trig.joint and len({a.code for a, _ in pair}) > 1:
                sources += pair  # "Iran-Russia cooperation": both sides act
            elif not trig.joint and (any(a.code.startswith("IGO") for a, _ in pair) or any(
                    s.actors(p) for p in s.prep_objects(tok, trig.target_preps))):
                # "UN sanctions", "US sanctions on Iran": a body acts, and the noun names its target
                # with a preposition, so the name before it is who acts (unless the clause names
                # someone who does: "Britain will reimpose UN sanctions on Iran")
                named_before += s.actors(child)
            elif _armed_name(s, child) and ontology().types[trig.type].quad_class == 4:
                sources += pair  # "a Taliban assault", "Hezbollah rocket attacks": an armed group's own deed
                subj_tok = child
            else:
                targets += s.actors(child)  # "the Ukraine invasion", "Iran sanctions"
    if trig.joint and not sources:
        # "a meeting of the Greek and Turkish foreign ministers", "a summit of Russian and Chinese
        # leaders": a joint act names its parties with "of" (when it names two countries' sides);
        # so does "between", over whoever hosts it ("Qatar hosted talks between Sudan and the rebels")
        party = [p for pobj in s.prep_objects(tok, frozenset({"of"})) for p in s.actors(pobj)]
        if len({a.country for a, _ in party}) < 2:
            between = list(s.prep_objects(tok, frozenset({"between"})))
            if not between and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ERUPTING_VERBS:
                # "clashes broke out between Indian and Chinese troops": the parser hangs the
                # sides on the verb of breaking out
                between = list(s.prep_objects(tok.head, frozenset({"between"})))
            party = [p for pobj in between for p in s.actors(pobj)]
            party = party if len({a.code for a, _ in party}) > 1 else party + _home_party(s, tok, trig, between, party)
            party = party if len({a.code for a, _ in party}) > 1 else []
        if len({a.code for a, _ in party}) > 1:
            sources, subj_tok = party, party[0][1]
    # "the invasion of Ukraine by Russia" (the parser may hang "by" on the object of "of")
    by_named = s.by_objects(tok)
    if not by_named and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not any(
            c.dep_ == "auxpass" for c in tok.head.children):
        # ("condemned the bombing of Belgrade by NATO": the parser may hang the noun's "by" on the verb)
        by_named = [p for p in s.prep_objects(tok.head, frozenset({"by"})) if s.actor_list(p)]
    for pobj in by_named:
        sources += s.actors(pobj)
        subj_tok = subj_tok or pobj
    # "police broke up a demonstration by graduates", "troops fired on a rally by farmers": a
    # protest whose "by" names its protesters (coded or not) is theirs, never the act of the
    # verb's subject who acts on it
    by_protesters = trig.type == "PROTEST" and bool(by_named)
    anchor = tok
    # (a deed laid to another: the verb's subject lays it, "blamed the bombing on the rebels")
    laid = _laid_to(s, tok) if trig.type in LAID_DEEDS else []
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and not laid:
        verb = tok.head  # light verbs: "launched strikes", "imposed sanctions", "reached a deal"
        if (verb.pos_ in ("VERB", "AUX") and tok.dep_ == "dobj" and (
                verb.lemma_.lower() in RECEIVING_VERBS
                or verb.lemma_.lower() in RESPONDING_VERBS and ontology().types[trig.type].quad_class == 3
                or verb.lemma_.lower() in RESISTING_VERBS and ontology().types[trig.type].quad_class == 4)
                and not any(c.dep_ == "prt" for c in verb.children)):  # not "drew up sanctions"
            # "the decision drew condemnation from the EU", "Iran faced sanctions by the UN": the
            # subject receives the act, "from"/"by" names who does it
            anchor = verb
            for pobj in [*s.prep_objects(tok, frozenset({"from", "by"})), *s.prep_objects(verb, frozenset({"from", "by"}))]:
                sources += s.actors(pobj)
                subj_tok = subj_tok or pobj
            for pobj in s.prep_objects(tok, trig.target_preps):  # "triggered an attack by Hamas on Israel"
                targets += s.actors(pobj)
            subj, passive = s.subject(verb)
            if not targets and subj is not None and not passive:
                targets += s.actors(subj)
            if not sources and trig.type in DOMESTIC_TYPES:
                sources = _place_targets(s, tok)  # "the move sparked protests in Georgia": of the place
            return sources or named_before, targets, subj_tok, anchor
        if verb.pos_ in ("VERB", "AUX"):
            anchor = verb
            # (not when the noun is someone else's: "Britain resisted the group's pleas")
            owned = trig.type == "REQUEST" and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children)
            observed = tok.dep_ == "dobj" and verb.lemma_.lower() in OBSERVING_VERBS
            # (nor a protest force is used on: "police broke up a demonstration" is not the police's)
            forced = trig.type == "PROTEST" and verb.lemma_.lower() in FORCE_ON_CROWDS
            if not sources and not owned and not observed and not by_protesters and not forced and not judged(word):
                subj, passive = s.subject(verb)
                if subj is not None and not passive:
                    sources = s.actors(subj)
                    if not sources and subj.lower_ in ("it", "they", "we"):
                        sources = _reporter(s, subj)
                    subj_tok = subj
                elif passive and s.agent(verb) is not None:  # "sanctions were announced by the US"
                    subj_tok = s.agent(verb)
                    sources = s.actors(subj_tok)
            preps = trig.target_preps | ({"to"} if verb.lemma_.lower() in CONVEYING_VERBS and tok.dep_ == "dobj" else set())
            for pobj in s.prep_objects(verb, frozenset(preps)):  # "sent a protest note to Japan's envoy"
                targets += s.actors(pobj)
            for child in verb.children:
                if child.dep_ in ("dative", "iobj"):
                    targets += s.actors(child)
    if (not targets and trig.type in PHYSICAL_TYPES and tok.dep_ == "pobj" and tok.head.dep_ == "agent"
            and (struck := next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)) is not None):
        # "Lebanon was hit by Israeli air strikes", "two soldiers were killed by a roadside bomb":
        # who the passive says was struck by the act is its target
        targets = s.actors(struck)
        anchor = tok.head.head
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        anchor = tok.head  # "Russia's invasion of Ukraine began in February 2022"
    if (not sources and not targets and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "into")
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in PUTTING_VERBS):
        # "was put under investigation", "placed the minister under house arrest", "taken into
        # custody": whom the verb puts under it is the target, its subject (or agent) the source
        verb = tok.head.head
        subj, passive = s.subject(verb)
        if passive:
            agent = s.agent(verb)
            sources = s.actors(agent) if agent is not None else []
            targets = s.actors(subj) if subj is not None else []
            subj_tok = agent if agent is not None else subj
        else:
            sources = s.actors(subj) if subj is not None else []
            targets = [p for c in verb.children if c.dep_ in OBJECT_DEPS for p in s.actors(c)]
            subj_tok = subj
        anchor = verb
    if (not sources and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")
            and tok.head.lower_ not in TIME_PREPS and tok.head.head.dep_ != "relcl"
            and not any(c.dep_ in OBJECT_DEPS for c in tok.head.head.children)
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)):
        # "the rebels insisted on their demands", "Iran went ahead with its threat": the owner
        # the pronoun names is the subject of the verb the phrase hangs on (not with an object
        # it may name instead, "criticised Iran for its threats", nor in a time phrase, "after
        # his release", where the owner is often who the act was done to)
        verb = tok.head.head
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "ADJ"
            and tok.head.head.lemma_.lower() in READY_ADJECTIVES and tok.head.head.dep_ in ("acomp", "oprd")):
        # "China is ready for talks with Taiwan": who is ready would take part
        subj, passive = s.subject(tok.head.head.head)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
            anchor = tok.head.head
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "dobj"
            and _sum(tok.head.head) and tok.head.head.head.lemma_.lower() in GIVING_VERBS
            # (a sum pledged or offered is a promise, which the verb codes: "pledged $200 million in
            # aid"; one rejected, cut or asked for is no aid given; one given by a "from" is the
            # receiver's side of the story: "received $5 million in aid from Japan")
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.head.head.head.children)):
        # "Germany gave Bosnia 20 million marks in reconstruction aid", "the EU approved 10
        # million ECUs in aid for refugees": the sum is the aid, its giver the verb's subject and
        # its receiver the verb's or the sum's
        verb, amount = tok.head.head.head, tok.head.head
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok, anchor = subj, verb
            targets += [p for c in verb.children if c.dep_ in ("dative", "iobj") for p in s.actors(c)]
            targets += _sum_receiver(s, amount)
            targets += [p for h in (verb, amount) for pobj in s.prep_objects(h, trig.target_preps | {"to", "for"})
                        for p in s.actors(pobj)]
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on") and trig.mode == "visit"
            and tok.head.head.pos_ == "VERB" and not any(c.dep_ == "poss" for c in tok.children)):
        # "Arafat praised Egypt during a visit to Cairo": who acts during the visit makes it
        subj, passive = s.subject(tok.head.head)
        if subj is not None and not passive:
            sources = s.actors(subj)
            subj_tok = subj
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "on" and trig.mode == "visit"
            and tok.head.head.dep_ == "nsubj" and not any(c.dep_ == "poss" for c in tok.children)):
        # "the speaker of the Iranian parliament, on a visit to Syria, met ...": the one on the visit
        sources = s.actors(tok.head.head)
        subj_tok = tok.head.head if sources else subj_tok
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPELLS
            and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB"):
        # "pilots began three days of strikes", "held a second round of talks with Iran": who
        # begins or holds the spell does the act
        verb = tok.head.head.head
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
            anchor = verb
    # (the parser may root a sentence in its opening preposition: "During talks in Madrid with
    # Moratinos, the Moroccan minister asked ...")
    gov = tok.head.head if tok.head.dep_ != "ROOT" else stranded_main_verb(tok.sent) or tok.head
    # ("troops fired at a protest", "police lobbed tear gas at the rally": a gathering aimed at is
    # not the shooters' own)
    aimed_at = trig.type == "PROTEST" and tok.head.lower_ in ("at", "into", "on") and (
        gov.lemma_.lower() in AIMING_VERBS | FORCE_ON_CROWDS)
    if (not sources and tok.dep_ == "pobj" and gov.pos_ == "VERB" and not aimed_at
            and (tok.head.lower_ in PARTICIPATION_PREPS and trig.type in PARTICIPATION_TYPES
                 or tok.head.lower_ in JOINT_PREPS and trig.joint)):
        # "retook the village after fierce fighting with guerrillas": a party to the fighting
        verb = gov  # "thousands converged for a rally", "took part in talks with Iran"
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj)
            subj_tok = subj
            anchor = verb
    if laid and not sources:
        # "Hamas claimed responsibility for the bombing", "officials blamed the attack on the
        # rebels", "Nigeria accused the militants of the killings": whom a deed is laid to did it
        sources = laid
        subj_tok = subj_tok or laid[0][1]
    if trig.mode in MOVER_MODES and not sources:
        # "following the resignation of the home secretary", "the withdrawal of US troops from
        # Iraq", "the visit of the Chinese premier to India": who resigns, pulls out or travels
        # is the one "of" it
        for pobj in s.prep_objects(tok, frozenset({"of"})):
            sources += s.actors(pobj)
            subj_tok = subj_tok or pobj
    if _acted_on_request(tok, trig):
        # "the Queen dissolved parliament at the request of the prime minister", "withdrew at
        # Iran's request", "will comply with the request of the president": the owner of the
        # request asked it, and whoever acts on it is the one asked
        verb = tok.head.head
        if not sources:
            for pobj in s.prep_objects(tok, frozenset({"of"})):
                sources += s.actors(pobj)
                subj_tok = subj_tok or pobj
        subj, passive = s.subject(verb)
        if sources and subj is not None and not passive and not targets:
            targets += s.actors(subj)
        anchor = verb
    target_preps = trig.target_preps
    if trig.type in CONCEDED_TYPES and (gov := _conceded_to(tok)) is not None:
        # "Turkey went ahead despite criticism from Greece", "his departure despite pleas from the
        # administration": whoever criticises or pleads is "from" or "by"; the one acting despite
        # it (the verb's subject, or the owner of the noun it hangs on) is whom it is aimed at
        if not sources:
            for pobj in s.prep_objects(tok, frozenset({"from", "by"})):
                sources += s.actors(pobj)
                subj_tok = subj_tok or pobj
        if not targets and gov.pos_ in ("NOUN", "PROPN"):
            targets += [p for c in gov.children if c.dep_ == "poss" for p in s.actors(c)]
            # ("went ahead with the tests in the face of objections": the parser may hang the
            # concession on the verb's object; the verb's subject is who goes against it)
            for _ in range(3):
                if targets or gov.dep_ not in ("dobj", "pobj", "prep"):
                    break
                gov = gov.head
        if not targets and gov.pos_ in ("VERB", "AUX"):
            subj, passive = s.subject(gov)
            doer = s.agent(gov) if passive else subj  # ("the bill was passed by parliament despite ...")
            if doer is not None:
                targets += s.actors(doer) or _reporter(s, doer)
        target_preps = target_preps - {"from", "by"}
    if (trig.type == "REQUEST" or trig.type in UTTERED_TYPES and trig.pos == "NOUN") and not sources:
        # "a request from Kabul", "pleas from the families", "criticism from Peru", "threats
        # from Syria": who asks, blames or threatens (a request "to" or "on" someone names whom
        # it is made of)
        for pobj in s.prep_objects(tok, ASKER_PREPS):
            found = s.actors(pobj)
            if found:
                sources += found
                subj_tok = subj_tok or pobj
                target_preps = target_preps - ASKER_PREPS
    for pobj in s.prep_objects(tok, target_preps):
        targets += s.actors(pobj)
    if not targets and trig.type == "REQUEST" and trig.pattern in ASKING_NOUNS:
        # "a call for Iran to withdraw": whom the call is for, when an actor and not a thing
        targets += [p for pobj in s.prep_objects(tok, frozenset({"for"})) for p in s.actors(pobj)]
    if not targets:
        # "a suspension of flights to Lebanon", "the delivery of tanks to Ukraine"
        for ofobj in s.prep_objects(tok, frozenset({"of"})):
            for pobj in s.prep_objects(ofobj, trig.target_preps | NESTED_TARGET_PREPS):
                targets += s.actors(pobj)
    if not targets:
        # "its demand that Israel ease restrictions", "allegations that Iran sent drones"
        # (a request's "that" clause the parser may hang as a relative one: "pleas that he stay")
        clause_deps = ("acl", "ccomp", "relcl") if trig.type == "REQUEST" else ("acl", "ccomp")
        for clause in (c for c in tok.children if c.dep_ in clause_deps
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                targets += s.actors(subj)
    if laid:
        targets = [(a, t) for a, t in targets if all(t is not u for _, u in laid)]
    if laid and not targets:
        # "Pakistan blamed India for the attack on its embassy": what is "its" is the accuser's
        targets = _accuser_owns(s, tok, trig)
    if tok.dep_ == "dobj":
        named_before = []  # who imposes, lifts or eases them is the verb's doer, named or not
    if not targets and not trig.joint:
        targets = _undergoer(s, tok)
    return sources or named_before, targets, subj_tok, anchor


def _armed_name(s: _Sentence, tok) -> bool:
    """The word names an armed group or force by its own name, not a place: "Taliban", "Hamas"
    (a country's name before a deed is what it is done to: "the Kuwait invasion")."""
    ms = s.mention_at.get(tok.i, ())
    return bool(ms) and all(m.text not in _place_names() and (m.actor.sector or "")[:3] in ARMED_SECTORS for m in ms)


def _undergoer(s: _Sentence, noun) -> list[tuple[Actor, object]]:
    """Whom an act named by a noun falls on, when a copula or its like says so of the clause's
    subject: "Taiwan was the target of Chinese threats", "Kenya became the victim of an attack by
    Somali militants", "Pakistan fell victim to Indian raids"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "to"):
        return []
    role = prep.head
    if role.lemma_.lower() not in UNDERGOER_NOUNS or role.dep_ not in ("attr", "oprd", "dobj", "npadvmod"):
        # (the parser hangs "fell victim to" with "victim" as the verb's object or complement)
        if not (prep.lower_ == "to" and role.pos_ == "VERB" and any(
                c.lemma_.lower() in UNDERGOER_NOUNS and c.i == prep.i - 1 for c in role.children)):
            return []
        verb = role
    else:
        verb = role.head
    if verb.lemma_.lower() not in UNDERGOING_VERBS:
        return []
    return [p for c in verb.children if c.dep_ == "nsubj" for p in s.actors(c)]


# the sectors of an armed side that a deed of force named after it is done by
ARMED_SECTORS = NONSTATE_ARMED | frozenset({"MIL", "SPY"})
# object pronouns that point back to a person or group named before ("accusing him", "urging them")
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# nouns of one's own going, whose "of" names who goes ("the withdrawal of US troops")
MOVER_MODES = frozenset({"resign", "withdraw", "visit"})
# deeds of force, which a claim or a charge lays to their doer
LAID_DEEDS = frozenset({"ASSAULT", "COERCE"})
# what one takes for a deed: "claimed responsibility for the attack", "took credit for the bombing"
OWNING_NOUNS = frozenset({"responsibility", "credit"})
OWNING_VERBS = frozenset({"claim", "accept", "take", "admit", "assume", "acknowledge", "bear"})


def _laid_to(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """Who a deed named by a noun is laid to: the one who claims it ("claimed responsibility for
    the bombing"), the one it is blamed on or ascribed to ("blamed the attack on the rebels",
    "attributed the bombing to Tamil rebels"), the one accused of it ("accused Iraq of the
    attack", "blamed the rebels for the killings"). Empty when none is named."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        owned = tok.head.head  # "responsibility" of "claimed responsibility for"
        if owned.lemma_.lower() in OWNING_NOUNS and owned.dep_ == "dobj" and owned.head.lemma_.lower() in OWNING_VERBS:
            subj, passive = s.subject(owned.head)
            doer = s.agent(owned.head) if passive else subj
            return (s.actors(doer) or _reporter(s, doer)) if doer is not None else []
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ATTRIBUTING_VERBS:
        # (the parser hangs "blamed the attack on X" on the deed; there X is who is blamed, unless
        # the verb names one with "for": "blamed the rebels for the attack on X")
        laid_on = [*s.prep_objects(tok.head, frozenset({"to", "on"})), *s.prep_objects(tok, frozenset({"to", "on"}))]
        return [p for pobj in laid_on[-1:] for p in s.actors(pobj)]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSING_HEADS:
            # (or the passive's subject: "Iraq was accused of the attack")
            return [p for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for p in s.actors(c)]
    return []


def _accuser_owns(s: _Sentence, tok, trig: Trigger) -> list[tuple[Actor, object]]:
    """The accuser, when the deed laid to another was done to what is "its" or "their" ("accused
    Israel of the raid on its border post")."""
    if not any(g.dep_ == "poss" and g.lower_ in ("its", "their") for h in s.prep_objects(tok, trig.target_preps)
               for g in h.children):
        return []
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj, passive = s.subject(verb) if verb.pos_ == "VERB" else (None, False)
    return s.actors(subj) if subj is not None and not passive else []


# organs of a state that hold inquiries ("a police investigation", "a Senate inquiry")
INVESTIGATING_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "SPY"})
# withdrawals of one's own forces, envoys or monitors (CAMEO 0874, 161, 1661, 1662), unless the
# verb says someone else sent them out ("diplomats were expelled from Britain")
OWN_WITHDRAWALS = frozenset({"0874", "161", "1661", "1662"})
PUTTING_OUT_VERBS = EXPELLING_VERBS | BARRING_VERBS
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE"})
# nouns of taking a country, whose name before them is what is taken ("the Ukraine invasion")
TAKING_NOUNS = frozenset({"invasion", "occupation", "annexation"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# the edges of a country, named by its adjective or possessive ("the Syrian border", "Taiwan's coast")
EDGE_NOUNS = BORDER_NOUNS | {"coast", "coastline", "shore", "waters", "airspace"}
# acts on a thing whose owner "of" names ("returned the remains of a sailor", "froze the assets of
# Iraqi banks"); not a purchase ("to buy the assets of a Texas firm" is business)
OWNER_OF_TYPES = frozenset({"RETREAT", "SANCTION", "COERCE"})
# judgements passed on another's act or words (not signing: "the treaty was signed in Moscow")
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# the types of an answer to what another said or proposed ("dismissed the arguments made by X")
ANSWERING_TYPES = VERBAL_TYPES | {"SUPPORT"}
FOREIGN_POSTS = frozenset({"embassy", "consulate", "legation", "mission", "base"})
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "take", "bring"})
# help one asks another for, whose giver its modifier names ("sought NATO help")
HELP_NOUNS = frozenset({"help", "aid", "assistance", "support", "protection", "backing", "intervention", "mediation",
                        "loan", "credit", "cooperation"})
# verbs that give a sum "in aid" to its receiver ("gave Bosnia 20 million marks in aid")
GIVING_VERBS = frozenset({"give", "grant", "provide", "send", "donate", "approve", "allocate", "disburse", "extend",
                          "release", "hand", "transfer", "deliver"})
# units of a sum of money given "in aid" ("20 million marks in reconstruction aid")
SUM_WORDS = frozenset({"million", "billion", "dollar", "mark", "pound", "franc", "yen", "euro", "ecu", "rouble", "ruble"})
SELF_BINDING = frozenset({"commit", "dedicate", "devote", "pledge", "bind", "oblige", "obligate"})
PUTTING_VERBS = frozenset({"put", "place", "take", "bring", "keep", "hold"})
TIME_PREPS = frozenset(BACKGROUND_MARKS | {"during", "following", "amid", "upon", "throughout"})


# verbs that tell of another's act ("Pakistan said ...", "Georgia claimed that ...", "Armenia
# charged that ..."), and verbs that accuse one of it ("accused Iraq of shelling ...")
TELLING_HEADS = frozenset(REPORT_HEADS | {"claim", "charge", "allege", "complain", "insist", "protest"})
ACCUSING_HEADS = frozenset({"accuse", "blame", "condemn", "criticise", "criticize", "denounce", "charge"})
# acts whose target, left unnamed but for "its", is the one who tells of them: a side does not
# strike, seize, spurn or punish its own ("Beijing said Taipei had rejected its offer"); after a
# singular doer only ASSAULT and REJECT (roles.py, _teller_targets)
TOLD_ON_TELLER = frozenset({"ASSAULT", "COERCE", "REJECT", "SANCTION", "THREATEN"})


def _teller(s: _Sentence, tok):
    """Who tells of the act at ``tok``: the subject of the reporting verb over its clause
    ("Pakistan said Indian troops had fired ..."), or the accuser in "accused Iraq of shelling"
    (the "by" of "was accused by Iran of ..."), else None."""
    cur = tok
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return None
        told = reporting_verb(cur)  # ("said in a statement that ...", "quoted X as saying ...")
        if told is not None and told.lemma_.lower() in TELLING_HEADS:
            return speaker(told)
        if cur.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSING_HEADS:
            verb = head.head
            return s.agent(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if cur.dep_ not in ("conj", "xcomp"):
            return None
        cur = head
    return None


def _teller_targets(s: _Sentence, tok, trig: Trigger, sources) -> list[tuple[Actor, object]]:
    """The teller as the target of the act it tells of, when the act names none but for "its" on
    what was acted on: "Pakistan said Indian troops had fired on its border posts" (PAK), "Beijing
    said Taipei had rejected its offer" (CHN). Not without "its": a third party's report of a
    strike names no target of its own ("Britain said Russian jets bombed a hospital in the north")."""
    if trig.type not in TOLD_ON_TELLER or not sources:
        return []
    teller = _teller(s, tok)
    if teller is None:
        return []
    tellers = [(a, t) for a, t in s.actors(teller) if a.country]
    doers = {a.country or a.code for a, _ in sources}  # (IRQ and IRQMIL are one side)
    tellers = [(a, t) for a, t in tellers if a.country not in doers]
    if not tellers:
        return []
    hit = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + list(s.prep_objects(tok, trig.target_preps))
    # ("attacked its own citizens": "own" makes the doer the owner; "their" is a plural teller's:
    # "the rebels said Zimbabwean jets had bombed their positions")
    owners = ("its", "their") if teller.tag_ in ("NNS", "NNPS") else ("its",)
    owned = [h for h in hit if any(g.dep_ == "poss" and g.lower_ in owners for g in h.children)]
    if len(tellers) > 1 or not owned or any(g.lower_ == "own" for h in owned for g in h.subtree):
        return []
    subj = s.subject(tok)[0]
    if subj is None or subj.i == teller.i:
        return []
    if any(g.lower_ == "their" for h in owned for g in h.children) and (
            subj.tag_ not in ("NNS", "NNPS") or trig.type != "ASSAULT"):
        return []  # ("their" after a plural doer may be the doers' own, but for a strike)
    # "its" after a plural doer ("Indian troops ... its posts") can only be the teller's; after a
    # singular one only where a side would not act on its own ("Iraq had shelled its towns", not
    # "Iraq had closed its border")
    plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
    return tellers if plural or trig.type in ("ASSAULT", "REJECT") else []


# words that join a second doer to the subject ("France, along with Germany, condemned ...",
# "Britain, together with the US, imposed ...", "Japan, like South Korea, criticised ...")
CO_AGENT_ADVERBS = frozenset({"along", "together"})
# Round 29: participles that set backers beside the subject, between it and its verb ("Britain,
# backed by Denmark, opposed the tax", "Egypt, joined by Jordan, rejected the plan"): those in
# their "by" do the same act (and the participle is no act of its own: nonevents._not_the_act)
CO_AGENT_PARTICIPLES = frozenset({"back", "join", "support", "flank", "accompany", "second", "echo"})


def co_agent_participle(s: _Sentence, tok) -> bool:
    """``tok`` is such a participle: a past participle with a "by" agent, set off after the
    subject of the verb it goes with and before that verb, a subject of states, their
    governments or organisations (a coalition of positions: "the rebels, backed by Rwanda,
    attacked" tells Rwanda's support of the rebels, not a joint attack)."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in CO_AGENT_PARTICIPLES or not any(
            c.dep_ == "agent" for c in tok.children):
        return False
    if tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        subj, verb = tok.head, tok.head.head
    elif tok.dep_ == "advcl":
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return False
    if subj is None or not subj.i < tok.i < verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    actors = s.actors(subj)
    return bool(actors) and all((a.sector or "")[:3] in ("", "GOV") or a.code.startswith("IGO") for a, _ in actors)


def _split_agents(s: _Sentence, verb, agent) -> list[tuple[Actor, object]]:
    """The second doer of a passive's "by A and B" that the parser hung on the verb as its
    conjunct ("a truce was signed by government envoys and rebel negotiators"): a noun straight
    after the "and" that follows the first doer's phrase; also when the parser made it the subject
    of a verb joined to this one further on ("... by government envoys and rebel negotiators in
    Juba, where talks have dragged on": "negotiators | have dragged"). Not after a comma ("was
    signed by Kenya, and Uganda welcomed it")."""
    end = agent.right_edge.i
    if end + 2 >= len(verb.doc) or verb.doc[end + 1].dep_ != "cc" or verb.doc[end + 1].lower_ != "and":
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return [p for h in heads for c in h.children if c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == end + 2
            and (c.dep_ == "conj" if h is verb else c.dep_ == "nsubj") for p in s.actors(c)]


def _co_agents(s: _Sentence, verb, subj) -> list[tuple[Actor, object]]:
    """Actors set beside the subject as doing the same: "along with" or "together with" on the
    subject or, between subject and verb, on the verb; "like" only there ("Japan, like South
    Korea, criticised"), not after the verb ("fought like lions", "signed it along with other
    papers"); and the "by" of a backing participle (:func:`co_agent_participle`)."""
    out: list[tuple[Actor, object]] = []
    for head in (subj, verb):
        for prep in head.children:
            if prep.dep_ != "prep" or (head is verb and not subj.i < prep.i < verb.i):
                continue
            if prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in CO_AGENT_ADVERBS for c in prep.children):
                withs = [prep]
            elif prep.lower_ in CO_AGENT_ADVERBS:
                withs = [w for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"]
            elif prep.lower_ == "like" and head is verb:
                withs = [prep]
            else:
                continue
            out += [p for w in withs for pobj in w.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]
        out += [p for part in head.children if co_agent_participle(s, part) for by in part.children if by.dep_ == "agent"
                for pobj in by.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]
    return out


# verbs of force or restraint used on a gathering, whose subject is not among its protesters
# verbs of aiming a weapon or a missile at what their "at" names
AIMING_VERBS = frozenset({"fire", "shoot", "open", "throw", "hurl", "lob", "charge", "spray", "launch"})
FORCE_ON_CROWDS = frozenset({"break", "disperse", "ban", "crush", "suppress", "quell", "attack", "storm", "block",
                             "prevent", "stop", "halt", "raid", "outlaw", "prohibit", "forbid", "teargas"})


def _shared_object(verb):
    """The object of a verb joined straight after this one by "and"/"or" ("killed or wounded 200
    soldiers", "attacked and looted the town"), when this one has none of its own; else None."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children) or verb.i + 2 >= len(verb.doc):
        return None
    if verb.doc[verb.i + 1].dep_ != "cc":
        return None
    nxt = verb.doc[verb.i + 2]
    if nxt.dep_ != "conj" or nxt.head.i != verb.i or nxt.pos_ != "VERB":
        return None
    # (not one's own thing: "protested and recalled its ambassador")
    return next((c for c in nxt.children if c.dep_ == "dobj" and c.i > nxt.i
                 and not any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)), None)


def _shared_aim(s: _Sentence, verb, preps: frozenset[str]) -> list:
    """Whom a verb of force joined straight after this one by "and"/"or" aims at ("shelled and
    fired rockets at the border posts"), when this one names no object or aim of its own; else []."""
    if (any(c.dep_ in OBJECT_DEPS for c in verb.children) or any(s.prep_objects(verb, preps))
            or verb.i + 2 >= len(verb.doc) or verb.doc[verb.i + 1].dep_ != "cc"):
        return []
    nxt = verb.doc[verb.i + 2]
    if nxt.dep_ != "conj" or nxt.head.i != verb.i or nxt.pos_ != "VERB" or nxt.lemma_.lower() not in AIMING_VERBS:
        return []
    return list(s.prep_objects(nxt, frozenset({"at", "on"})))


# places an armed group holds, named by the group's role before them ("rebel bases", "Maoist
# strongholds", "guerrilla positions")
HELD_PLACES = frozenset({"base", "camp", "position", "hideout", "stronghold", "bastion", "den", "redoubt"})
# aircraft, whose strikes are often across a border ("Russia said its jets had bombed rebel camps")
AIRBORNE = frozenset({"jet", "warplane", "plane", "aircraft", "bomber", "helicopter", "gunship", "drone"})


def home_held_place(s: _Sentence, obj, doer) -> str | None:
    """The armed group's role whose held place a state's ground forces strike, when nothing says
    it is abroad: "Burmese troops overran a Karen rebel base" (the state's own rebels, as coders
    code "shelled rebel positions" X -> X). Not when the sentence names another country ("rebel
    camps in northern Iraq") nor when the strike is from the air ("its jets bombed rebel camps",
    often abroad): then whose rebels is not said."""
    if obj is None or obj.lemma_.lower() not in HELD_PLACES or doer is None:
        return None
    if doer.lemma_.lower() in AIRBORNE or any(c.lemma_.lower() in AIRBORNE for c in doer.children if c.dep_ == "compound"):
        return None
    here = {a.country for ms in s.mention_at.values() for m in ms if (a := m.actor) is not None and a.country}
    if len(here) > 1:
        return None
    for c in obj.children:
        if c.dep_ in ("compound", "amod") and c.i < obj.i:
            sector = _agent_sector(s, c, NONSTATE_ARMED | {"SEP"})
            if sector:
                return sector
    return None
