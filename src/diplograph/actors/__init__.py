"""Actor recognition and coding: names, demonyms, capitals, seats of power, sectors, people
with dated terms of office, international organisations, armed groups, and references
within a document. Data lives in data/actors/*.csv."""
from diplograph.actors.lexicon import Lexicon, lexicon
from diplograph.actors.listing import KINDS, list_entries
from diplograph.actors.resolve import find_mentions, find_names, resolve_phrase

__all__ = ["KINDS", "Lexicon", "lexicon", "list_entries", "find_mentions", "find_names", "resolve_phrase"]
