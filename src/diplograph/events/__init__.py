"""Event coding: PLOVER types with CAMEO codes, roles from the parse, modality, dates.

- ``coder``: the entry point (``code_events``); finds triggers in each sentence and decides what
  each one codes;
- ``sentence``: the parsed sentence with the mentions and dates over its tokens;
- ``roles``: source and target from the parse;
- ``build``: events from a trigger and its roles, with modality and date;
- ``appeals`` and ``speech``: demands, wishes and criticism in shapes verb triggers miss, and in
  reported speech;
- ``nonevents``: readings of a trigger that are no event, or another one;
- ``words``: the word sets these rules read; ``modality``, ``ontology``: as named."""
from diplograph.events.coder import code_events
from diplograph.events.ontology import ontology

__all__ = ["code_events", "ontology"]
