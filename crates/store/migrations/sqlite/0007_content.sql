-- Written content: success stories and the pages staff write. Each item has a working
-- copy (what staff edit) and, once published, a live copy (what readers see): texts and
-- links are rows of a stage, 'working' or 'live', so that edits to a published item wait
-- for review while readers keep the published text. Every save of the working copy is a
-- revision (a JSON snapshot); every workflow step is an event.

CREATE TABLE contents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('story', 'page')),
    slug TEXT NOT NULL,
    source_language TEXT NOT NULL,
    status TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The moment readers first see it (may lie in the future: scheduled publishing).
    published_at BIGINT,
    -- When the live copy was last replaced.
    live_at BIGINT,
    -- The revision readers see; NULL until first published.
    live_revision BIGINT,
    UNIQUE (kind, slug)
);

-- Readers' lists (newest first within a kind) and the next scheduled appearance.
CREATE INDEX contents_public ON contents (kind, published_at);
CREATE INDEX contents_published ON contents (published_at);

-- A source text has a version, raised by every change that is not marked minor; a
-- translation records the source version it follows (out of date when lower).
CREATE TABLE content_texts (
    content_id BIGINT NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('working', 'live')),
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    standfirst TEXT,
    body TEXT NOT NULL,
    people TEXT,
    version BIGINT NOT NULL,
    source_version BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (content_id, stage, language)
);

CREATE TABLE content_links (
    content_id BIGINT NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('working', 'live')),
    link_kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (content_id, stage, link_kind, value)
);

CREATE INDEX content_links_value ON content_links (link_kind, value, stage);

CREATE TABLE content_revisions (
    content_id BIGINT NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    -- What the save did: created, edited, translated (language), restored (from).
    action TEXT NOT NULL,
    detail TEXT,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (content_id, number)
);

CREATE TABLE content_events (
    id INTEGER PRIMARY KEY,
    content_id BIGINT NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    comment TEXT,
    revision BIGINT
);

CREATE INDEX content_events_content ON content_events (content_id, at);
