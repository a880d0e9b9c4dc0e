"""The order in which the rules read a percentage: `participles` first, then `stakes`."""

from __future__ import annotations

from .holders import holder_share, named_as_owner
from .model import Claim, Context, Percent
from .participles import (
    _as_to_by,
    _belongs,
    _chained_agent,
    _owned_for,
    _owned_unit,
    _participle,
    _percent_subsidiary,
)
from .syntax import _pobj
from .stakes import _gapped_transfer, _joins, _ratio, _restated_stake, _share_count, _stake, _stake_beside


def read_percent(p: Percent, ctx: Context) -> list[Claim] | None:
    """The claims of the first rule that reads this percentage as a stake; None when none does (nor for a
    share of the votes: "controls 51% of the voting rights")."""
    of = _pobj(p.anchor, {"of"})
    if of is not None and {of.lower_, *(f"{c.lower_} {of.lower_}" for c in of.children)} & ctx.lex.vote_nouns:
        return None
    for rule in (_as_to_by, _owned_for, named_as_owner, holder_share, _chained_agent, _owned_unit, _participle,
                 _percent_subsidiary, _belongs, _restated_stake, _ratio, _joins, _share_count, _gapped_transfer, _stake,
                 _stake_beside):
        claims = rule(p, ctx)
        if claims is not None:
            return claims
    return None
