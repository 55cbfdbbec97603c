"""Where to complain, in order: the route for a lender type, and the channels an act puts before it.

The channels page shows the lender routes; the export carries both, so the triage page orders
channels the same way without a second copy of these rules.
"""
from __future__ import annotations

from .link import Index
from .words import VERIFICATION

ROUTE_ORDER = {"lender": 0, "regulator": 1, "industry": 2}  # where to complain about a lender, first to last
FIRST_KIND = "police"  # the kind of channel that goes before everything else (also exported for the triage page)


def lender_route(index: Index, lender: str) -> list[str]:
    """The lender, then its regulators, then industry bodies; the police when no regulator covers this lender type."""
    covering = [(cid, d.data) for cid, d in index.channels.items() if lender in d.data["lender_types"]]
    usable = [c for c in covering if c[1]["kind"] in ROUTE_ORDER] or [c for c in covering if c[1]["kind"] == "police"]
    usable.sort(key=lambda c: (ROUTE_ORDER.get(c[1]["kind"], 0), list(VERIFICATION).index(c[1]["verification"])))
    return [cid for cid, _ in usable]


def act_first(index: Index, bid: str) -> list[str]:
    """The channels a behavior page lists before any lender or regulator: the police for threats and violence,
    12377 for online exposure. The editors' order on the behavior page is the source, the police always first."""
    first = []
    for cid in index.behaviors[bid].data["channels"]:
        if index.channels[cid].data["kind"] in ROUTE_ORDER:
            break
        first.append(cid)
    return police_first(index, first)


def police_first(index: Index, cids: list[str]) -> list[str]:
    """The police before anything else (a stable sort: the rest keep their order)."""
    return sorted(cids, key=lambda cid: index.channels[cid].data["kind"] != FIRST_KIND)
