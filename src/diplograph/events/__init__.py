"""Event coding: PLOVER types with CAMEO codes, roles from the parse, modality, dates."""
from diplograph.events.coder import code_events
from diplograph.events.ontology import ontology

__all__ = ["code_events", "ontology"]
