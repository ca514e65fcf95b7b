"""Forward migrations of the store's schema: MIGRATIONS[n] takes a store from n-1 to n.

A store written by an older copydesk is brought up to date when it is opened;
one written by a newer copydesk is refused with a message (never half-read).
Add a step, never edit a released one.
"""

from __future__ import annotations

#: The SQL function (registered by the store) giving an article's ``unspaced_grams``.
GRAMS = "copydesk_unspaced_grams"


def _fts_table(tokenize: str) -> str:
    """The full-text index over articles' titles and texts, with ``tokenize``."""
    return f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq',
            tokenize='{tokenize}'
        )"""


#: The reason migration 5 gives the rows that counted an input's rejections past its first
#: 1,000 before they were counted per reason.
_OLD_OVERFLOW = "reasons not kept (counted by an older copydesk)"


#: What keeps the full-text index in step with the articles table.
_FTS_TRIGGERS = (
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        END""",
)

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # seq keeps the order articles were first seen: stages that work online
        # (stories) replay articles in this order, so results do not depend on ids.
        """CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL, position INTEGER,
            url TEXT, site TEXT, title TEXT, byline TEXT,
            published TEXT, language TEXT,
            text TEXT NOT NULL, removed TEXT NOT NULL DEFAULT '[]',
            family_id TEXT, story_id TEXT, spin_score REAL, spun INTEGER
        )""",
        "CREATE INDEX articles_family ON articles(family_id)",
        "CREATE INDEX articles_story ON articles(story_id)",
        "CREATE INDEX articles_published ON articles(published)",
        # Every place an article was seen: the same text from two files is one
        # article with two sightings.
        """CREATE TABLE sightings (
            article_id TEXT NOT NULL, source TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (source, position, article_id)
        )""",
        "CREATE INDEX sightings_article ON sightings(article_id)",
        """CREATE TABLE inputs (
            source TEXT PRIMARY KEY, fingerprint TEXT NOT NULL
        )""",
        """CREATE TABLE rejections (
            source TEXT NOT NULL, position INTEGER NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (source, position)
        )""",
        """CREATE TABLE records (
            kind TEXT NOT NULL, id TEXT NOT NULL, a TEXT, b TEXT, data TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        )""",
        "CREATE INDEX records_a ON records(kind, a)",
        "CREATE INDEX records_b ON records(kind, b)",
        "CREATE TABLE state (name TEXT PRIMARY KEY, data BLOB NOT NULL)",
        _fts_table("unicode61 remove_diacritics 2"),
        *_FTS_TRIGGERS,
    ),
    2: (
        # The cleaner's memory of each site's repeated head and tail lines (its chrome),
        # kept with the batches that taught it, so a later or resumed ingest removes a
        # site's chrome from its first article as it would in one run.
        """CREATE TABLE site_lines (
            site TEXT NOT NULL, line TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (site, line)
        )""",
    ),
    3: (
        # Search finds a word's inflections ("dockworker" finds "dockworkers", "strike"
        # finds "striking"): the full-text index is rebuilt with the Porter stemmer in
        # front of the same tokeniser. Porter is English's; other languages' words
        # mostly pass through it with a plural or verb ending cut, which is harmless.
        "DROP TRIGGER articles_fts_insert",
        "DROP TRIGGER articles_fts_delete",
        "DROP TABLE articles_fts",
        _fts_table("porter unicode61 remove_diacritics 2"),
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
        *_FTS_TRIGGERS,
    ),
    4: (
        # A second index for Chinese and Japanese, which leave no space between words:
        # the word index keeps a run of their characters as one token, so a word inside
        # it was found only by reading every text. This one holds each run as its
        # overlapping pairs of characters (``scripts.unspaced_grams``, the SQL function
        # the store registers on every connection), and only for articles that have
        # such text; contentless, since the articles table holds the text.
        """CREATE VIRTUAL TABLE articles_grams USING fts5(
            grams, content='', tokenize='unicode61'
        )""",
        f"""INSERT INTO articles_grams(rowid, grams)
            SELECT seq, {GRAMS}(title, text) FROM articles WHERE {GRAMS}(title, text) != ''""",
        f"""CREATE TRIGGER articles_grams_insert AFTER INSERT ON articles
            WHEN {GRAMS}(new.title, new.text) != '' BEGIN
            INSERT INTO articles_grams(rowid, grams)
            VALUES (new.seq, {GRAMS}(new.title, new.text));
        END""",
        f"""CREATE TRIGGER articles_grams_delete AFTER DELETE ON articles
            WHEN {GRAMS}(old.title, old.text) != '' BEGIN
            INSERT INTO articles_grams(articles_grams, rowid, grams)
            VALUES ('delete', old.seq, {GRAMS}(old.title, old.text));
        END""",
    ),
    5: (
        # How many records a rejection stands for: past an input's first 1,000 rejections
        # one row per reason counts the rest (copydesk.ingest.rejections). One row had
        # said the number in its text only, so a rerun counted it as one rejection; such
        # a row of an older copydesk gets its number, and a reason that says what it is.
        "ALTER TABLE rejections ADD COLUMN count INTEGER NOT NULL DEFAULT 1",
        f"""UPDATE rejections SET
            count = CAST(replace(substr(reason, 1, instr(reason, ' ') - 1), ',', '') AS INTEGER),
            reason = '{_OLD_OVERFLOW}'
            WHERE reason GLOB '[0-9]* more records rejected, not listed one by one *'""",
    ),
}

SCHEMA_VERSION = max(MIGRATIONS)
