"""A spun copy that leaves half its sentences untouched is still spun: its passage is not
cut down to the untouched half (PAN's narrowing, ``AlignOptions.verbatim_share``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from copydesk.records import Article, content_id
from copydesk.reuse import ReuseOptions, find_reuse
from copydesk.reuse.alignment import AlignOptions

SOURCE = (
    "Inspectors closed the Harwick footbridge on Friday after divers found cracks in two "
    "of its supports, the county engineer said in a statement.\n\n"
    "Pedestrians will be sent over the rail bridge a kilometre upstream until repairs are "
    "finished, which could take until the end of the month.\n\n"
    "The footbridge carries about four thousand people a day between the station and the "
    "old town, according to the county's last survey of the crossing.\n\n"
    "Officials said the cracks were probably caused by the winter floods, which pushed "
    "uprooted trees against the supports for several days.\n\n"
    "Local shop owners warned that the closure would hurt trade during the busiest weeks "
    "of the spring, when visitors arrive for the river festival.\n\n"
    "The council promised to publish the engineers' full report next week and to hold a "
    "public meeting on the future of the crossing."
)
SPUN_HALF = SOURCE.replace("Officials said", "Authorities stated").replace(
    "probably caused", "most likely brought about").replace(
    "shop owners warned", "store proprietors cautioned").replace(
    "hurt trade", "damage commerce").replace("busiest weeks", "most hectic weeks").replace(
    "promised to publish", "pledged to release").replace("full report", "complete account")


def _articles() -> list[Article]:
    when = datetime(2025, 3, 7, 9, tzinfo=timezone.utc)
    return [Article(id=content_id(text, site), source=site, text=text, language="en",
                    published=when + timedelta(hours=i))
            for i, (site, text) in enumerate((("wire", SOURCE), ("farm", SPUN_HALF)))]


def test_a_copy_spun_in_its_second_half_is_typed_spun_with_its_swaps():
    (relation,) = find_reuse(_articles())
    assert relation.type == "spun"
    assert ("promised", "pledged") in {tuple(s) for s in relation.substitutions}
    wire = next(a for a in _articles() if a.source == "wire")
    assert relation.original == wire.id


def test_with_pan_narrowing_the_same_copy_loses_its_swaps():
    pan = replace(ReuseOptions(), align=AlignOptions())
    assert pan.align.verbatim_share < ReuseOptions().align.verbatim_share
    (relation,) = find_reuse(_articles(), options=pan)
    assert relation.type != "spun"
