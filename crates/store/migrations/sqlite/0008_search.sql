-- Search: one entry per text of a public record (project, story, page, member) in one
-- language, with the terms it is indexed by (stems marked with their language, which
-- readers see it, its kind: see the apdc-search crate, the one definition of what is
-- indexed). The store writes entries in the same transaction as the record.

CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('project', 'story', 'page', 'member')),
    -- The record's id in its own table, and the key its address uses (code, slug, alpha2).
    record_id BIGINT NOT NULL,
    record_key TEXT NOT NULL,
    language TEXT NOT NULL,
    -- The moment readers may find it (a scheduled story: its publication). Before the
    -- long texts, so that checking it reads no more of the row than needed.
    visible_from BIGINT NOT NULL,
    title TEXT NOT NULL,
    -- The plain text snippets are cut from.
    body TEXT NOT NULL,
    terms TEXT NOT NULL,
    UNIQUE (kind, record_id, language)
);

-- The entries not visible yet (scheduled stories), few, counted apart.
CREATE INDEX search_entries_visible_from ON search_entries (visible_from);

-- engine-specific: begin
-- The full-text index of the terms (FTS5), kept in step with the entries by triggers.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    terms,
    content = 'search_entries',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER search_entries_insert AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts (rowid, terms) VALUES (new.id, new.terms);
END;

CREATE TRIGGER search_entries_delete AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts (search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
END;

CREATE TRIGGER search_entries_update AFTER UPDATE ON search_entries BEGIN
    INSERT INTO search_fts (search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    INSERT INTO search_fts (rowid, terms) VALUES (new.id, new.terms);
END;
-- engine-specific: end
