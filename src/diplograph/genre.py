"""What kind of story a text is, where that changes how it is read. A match report tells of games
in the words of war and diplomacy ("England beat France", "the clash with Ireland"): its
countries and towns are teams, and its attacks and victories are no acts of states. The actor
resolver leaves the teams uncoded and the event coder keeps only the legal acts and protests of
such a story."""
from __future__ import annotations

import functools
import re

from diplograph.time import MONTHS

# words of a match report; with a score ("beat Italy 28-17") they make a document a sports
# report, where a country or town alone is a team ("Ireland led at half-time")
SPORT_TERMS = frozenset({
    "match", "striker", "midfielder", "defender", "goalkeeper", "coach", "league", "cup", "tournament",
    "championship", "fixture", "penalty", "innings", "wicket", "wickets", "referee", "half-time",
    "semi-final", "quarter-final", "squad", "stadium", "rugby", "football", "cricket", "tennis", "soccer",
    "olympics", "medal", "scrum", "touchdown", "playoffs", "inning", "fly-half", "scrum-half",
    "lineout", "line-out", "sin-bin", "full-back", "touchline", "kick-off", "tryline", "wicketkeeper", "batsman",
    "bowler", "midfield", "goalless", "hat-trick", "sprinter", "seeded", "captain", "captaincy", "winger", "flanker",
    "golf", "athletics", "basketball", "baseball", "olympic", "paralympic", "play-off", "playoff", "unbeaten",
    "championships", "semi-finals", "try-scorer", "quarter-finals", "unseeded", "strikers", "midfielders",
    "goalkeepers", "sprinters", "medallist", "medallists", "athlete", "athletes", "doping", "anti-doping",
    "runners", "hurdler", "steeplechase", "decathlon", "heptathlon", "triathlon", "pentathlon", "sprint-hurdles",
})
# names of competitions and governing bodies, each a term of sport (written as here)
SPORT_NAMES = ("Six Nations", "Champions League", "World Cup", "Davis Cup", "Grand Slam", "Premier League",
               "Premiership", "Uefa", "UEFA", "Fifa", "FIFA", "Olympic Games", "Wimbledon", "Tour de France",
               "Super Bowl", "Ryder Cup", "Lions tour", "FA Cup", "Test series", "Formula One", "Heineken Cup",
               "Australian Open", "French Open", "US Open", "Commonwealth Games", "Court of Arbitration for Sport",
               "Uefa Cup", "Carling Cup", "Serie A", "Tri-Nations", "Tri Nations", "IAAF", "Wada", "Golden League",
               "pole vault", "triple jump", "long jump", "high jump", "cross country", "World Indoor",
               "European Indoor")
SPORTS_WORDS = SPORT_TERMS | {"matches", "goal", "goals", "scored", "champions", "penalties", "season", "kick",
                              "playoff", "defeat", "victory", "win", "won", "beat", "draw", "drew", "tries", "marathon"}
# a run of tennis sets ("won 6-3 7-6 (7-4)") and a team sheet ("Replacements:", "Smith (capt)"): each
# is found only in a sports report
SET_SCORES = re.compile(r"(?<![\d.,/-])[0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))?,? [0-7]-[0-7](?![\d.,/-])")
TEAM_SHEET = re.compile(r"\b(?:Replacements|Subs(?: not used)?|Substitutes)\s*:|\(capt\)")
SCORE = re.compile(r"(?<![\d.,/–-])\d{1,3}[–-]\d{1,3}(?![\d.,/–-]|\s*(?:vote|ruling|decision|majority|margin))")


@functools.lru_cache(maxsize=16)
def is_sports_report(text: str) -> bool:
    """A match report: a team sheet, a tennis set score with a term of sport, four terms of sport,
    or a score with a term of sport and four words of sport in all. Votes ("a 5-4 ruling") and
    days ("June 8-10") are no score; a text about a vote is no match report. Cached: the actor
    resolver and the event coder both ask it of the same document, one after the other."""
    words = set(re.findall(r"[a-z][a-z-]*", text.lower()))
    if words & {"voted", "vote", "votes", "ballot", "referendum"}:
        return False
    terms = len(words & SPORT_TERMS) + sum(1 for name in SPORT_NAMES if name in text)
    if TEAM_SHEET.search(text) or (terms >= 1 and SET_SCORES.search(text)):
        return True  # "Jones (capt); Replacements: ...", "beat Enqvist 3-6 7-5 in the quarter-finals"
    if terms >= 4:
        return True  # "the Wales coach named his squad for the Six Nations ...": no score needed
    scores = [m for m in SCORE.finditer(text)
              if text[max(0, m.start() - 12) : m.start()].strip().split(" ")[-1].lower().rstrip(".") not in MONTHS]
    return bool(scores) and len(words & SPORTS_WORDS) >= 4 and terms >= 1
