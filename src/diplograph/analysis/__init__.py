"""Analysis over stored events: dyad series and top events."""
from diplograph.analysis.dyad import DyadReport, dyad_report

__all__ = ["DyadReport", "dyad_report"]
