"""Independent sources: a roundup counts as the one family it reprints in its story."""

from __future__ import annotations

from copydesk.origins import independent_sources, reprinting_families
from copydesk.reuse.lineage import roundup_sources


def test_a_roundup_counts_as_the_family_it_reprints_in_its_story() -> None:
    """A spun evening roundup reprinting the ferry story among two others had made the
    ferry's facts one independent source more (a regression probe)."""
    relations = [("wire", "roundup", "partial", "wire"),
                 ("roundup", "schools", "partial", "schools"),
                 ("museum", "roundup", "partial", "museum"),
                 ("wire", "copy", "duplicate", "wire")]
    reprints = roundup_sources(relations)
    assert reprints == {"roundup": {"wire", "schools", "museum"}}
    families = {"wire": "wire", "copy": "wire", "roundup": "roundup", "schools": "schools",
                "museum": "museum"}
    story_of = {"wire": "ferry", "copy": "ferry", "roundup": "ferry", "schools": "vote",
                "museum": "theft"}
    counting = reprinting_families(reprints, families, story_of)
    assert counting == {"roundup": "wire"}
    sites = {"wire": "wire.example", "copy": "copy.example", "roundup": "digest.example"}
    ferry = ["wire", "copy", "roundup"]
    assert independent_sources(ferry, families, sites) == 2
    assert independent_sources(ferry, {**families, **counting}, sites) == 1


def test_a_live_blog_quoting_two_families_of_its_story_stays_its_own_source() -> None:
    relations = [("live", "wire", "partial", "wire"), ("live", "local", "partial", "local")]
    families = {"wire": "wire", "local": "local", "live": "live"}
    story_of = dict.fromkeys(("live", "wire", "local"), "strike")
    assert reprinting_families(roundup_sources(relations), families, story_of) == {}


def test_an_outlets_name_and_its_host_are_one_source() -> None:
    """A crawl probe: a paper's HTML pages named it "Ostmark Gazette" and its plain-text
    capture by its host, and the two counted as two independent sources."""
    from copydesk.hosts import site_key

    sites = {"page": "Ostmark Gazette", "capture": "ostmarkgazette.example",
             "other": "news.ostvik.co.uk"}
    families = {k: k for k in sites}
    assert independent_sources(["page", "capture"], families, sites) == 1
    assert independent_sources(["page", "capture", "other"], families, sites) == 2
    assert site_key("news.ostvik.co.uk") == "newsostvik"
    assert site_key("Ostmark-Gazette") == site_key("Ostmark Gazette")
    # A regression probe: two blogs on one platform, and two papers called "Echo" in two
    # countries, are two sources each.
    assert site_key("valleynotes.inkwell.example") != site_key("damwatch.inkwell.example")
    assert site_key("Echo.ost") != site_key("Echo.vel")
