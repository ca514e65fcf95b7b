"""The story page as Markdown, for pasting into a brief or a ticket.

Article text is untrusted: Markdown viewers render inline HTML and links, so
every piece of article text is escaped (HTML special characters as entities,
Markdown punctuation with backslashes) before it is written.
"""

from __future__ import annotations

import re

from copydesk.report.render import fmt_datetime, fmt_period, fmt_span
from copydesk.report.views import StoryView
from copydesk.wording import counted

#: Characters with an inline meaning (emphasis, code, links, tables, strike-through);
#: escaping "[" and "]" also disarms links and images. Pieces of article text never
#: start a line, so block markers (#, -, 1.) need no escape.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(text: str) -> str:
    """Text safe to place in Markdown: no HTML, no links, no emphasis, one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


def _cites(numbers: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def story_markdown(view: StoryView) -> str:
    st = view.story
    out = [
        f"## {md_escape(st.title)}",
        "",
        f"{fmt_span(st.first_seen, st.last_seen)} · {counted(st.articles, 'article')} · "
        f"{counted(st.sources, 'source')} · {st.independent_sources} independent",
        "",
    ]
    if view.latest:
        out += [f"Latest report: {md_escape(view.latest.title)} ({md_escape(view.latest.site)}, "
                f"{fmt_datetime(view.latest.published)}) [{view.latest.number}]", ""]
    if view.same_thread:
        out += ["Same affair: " + "; ".join(
            f"{md_escape(s.title)} ({fmt_span(s.first_seen, s.last_seen)}, "
            f"{counted(s.articles, 'article')})" for s in view.same_thread), ""]
    out += [
        "### Summary",
        "",
    ]
    if view.summary:
        out.append(" ".join(f"{md_escape(s.text)} {_cites(s.cites)}" for s in view.summary))
    else:
        out.append("_No sentences to summarise._")
    out += ["", "### Timeline", ""]
    if view.timeline:
        out += [
            f"- **{fmt_period(e.when, e.until)}**: "
            f"{md_escape(e.text)} {_cites(e.cites)}"
            for e in view.timeline
        ]
    else:
        out.append("_No dated events extracted._")
    out += ["", "### Key facts", ""]
    if view.facts:
        out += ["| Claim | When | Supporting | Independent | Sources |", "|---|---|---:|---:|---|"]
        for f in [*view.facts, *view.more_facts]:
            claim = " ".join(md_escape(x) for x in (f.subject, f.predicate) if x.strip())
            claim += f": **{md_escape(f.value)}**" if f.value.strip() else ""
            if f.spun_only:
                claim += " _(machine-spun sources only)_"
            for c in f.conflicts:
                claim += f" — {c.label}: {md_escape(c.value)} {_cites(c.cites)}".rstrip()
                # as the HTML page says it: a conflict whose articles are all in other
                # stories had no citation at all (a fact-checker probe's "conflict: Dmitri
                # Voss" with nothing after it)
                claim += f" (+{c.outside} outside this story)" if c.outside else ""
                claim += " (the same article)" if c.within else ""
                claim += f" ({md_escape(c.detail)})" if c.detail else ""
            out.append(
                f"| {claim} | {md_escape(f.time or '')} | {f.supporting} | {f.independent} | "
                f"{_cites(f.cites)} |"
            )
        if view.facts_not_shown:
            verb = "is" if view.facts_not_shown == 1 else "are"
            out += ["", f"_{counted(view.facts_not_shown, 'more fact')} with fewer sources "
                        f"{verb} in the facts export (`copydesk export facts`)._"]
    else:
        out.append("_No facts extracted._")
    out += ["", "### Quotes", ""]
    if view.quotes:
        for g in view.quotes:
            out.append(f"- **{md_escape(g.speaker)}**")
            out += [f"  - “{md_escape(q.text)}” {_cites(q.cites)}" for q in g.quotes]
    else:
        out.append("_No quotes extracted._")
    out += ["", "### Lineage", ""]
    if view.diffs:
        for d in view.diffs:
            left, right = view.source(d.left_id), view.source(d.right_id)
            if left and right:
                arrow = ("quotes" if d.directed and d.quoted_by is not None
                         else "copied from" if d.directed else "shares text with")
                shared = view.source(d.shared_source) if d.shared_source else None
                out.append(
                    f"- [{right.number}] {md_escape(right.site)} {arrow} [{left.number}] "
                    f"{md_escape(left.site)}: {md_escape(d.type)}, confidence {d.confidence:.2f}"
                    + (f", {d.swapped} swapped words" if d.word_diff and d.swapped else "")
                    + (f" (both copy [{shared.number}])" if shared else "")
                )
    else:
        out.append("_No reuse found between the articles of this story._")
    out += ["", "### Sources", ""]
    for s in view.sources:
        out.append(
            f"{s.number}. {md_escape(s.title)} — {md_escape(s.site)}, "
            f"{fmt_datetime(s.published)} ({md_escape(s.role)})"
            + (f" <{s.url}>" if s.url else "")
        )
    return "\n".join(out) + "\n"


__all__ = ["md_escape", "story_markdown"]
