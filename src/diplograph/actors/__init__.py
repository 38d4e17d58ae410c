"""Actor recognition and coding: names, demonyms, capitals, seats of power, sectors, people
with dated terms of office, international organisations. Data lives in data/actors/*.csv."""
from diplograph.actors.lexicon import Lexicon, lexicon
from diplograph.actors.resolve import find_mentions, resolve_phrase

__all__ = ["Lexicon", "lexicon", "find_mentions", "resolve_phrase"]
