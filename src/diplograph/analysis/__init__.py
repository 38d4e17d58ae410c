"""Analysis over stored events: dyad series and top events, cross-document event clusters,
relationship series with dimensions and change points, agreements, briefs and networks."""
from diplograph.analysis.agreements import Agreement, find_agreements
from diplograph.analysis.clusters import Cluster, cluster, cluster_events, clusters_for, load_reports
from diplograph.analysis.dyad import DyadReport, dyad_report
from diplograph.analysis.refresh import refresh
from diplograph.analysis.series import RelationshipSeries, relationship_series

__all__ = [
    "Agreement", "Cluster", "DyadReport", "RelationshipSeries", "cluster", "cluster_events", "clusters_for",
    "dyad_report", "find_agreements", "load_reports", "refresh", "relationship_series",
]
