-- Search reads less. Queries are boolean (every word, in any language), never phrases
-- or proximity, and results are ordered by id, not by a score: each engine's index now
-- keeps only what such queries need.

-- engine-specific: begin
-- What is tested for each entry a query reads lives in a narrow table of its own (the
-- entry's id, when it may be found, its vector): counting or walking entries no longer
-- reads their titles, texts and terms, which made rows several times wider and the
-- table larger than the database's memory for pages.
DROP INDEX search_entries_vector;
ALTER TABLE search_entries DROP COLUMN vector;

CREATE TABLE search_vectors (
    entry_id BIGINT PRIMARY KEY REFERENCES search_entries (id) ON DELETE CASCADE,
    visible_from BIGINT NOT NULL,
    -- The terms as they are (no parser, no dictionary, so the database's locale plays
    -- no part).
    vector TSVECTOR NOT NULL
);

INSERT INTO search_vectors (entry_id, visible_from, vector)
    SELECT id, visible_from, array_to_tsvector(string_to_array(terms, ' ')) FROM search_entries;

CREATE INDEX search_vectors_vector ON search_vectors USING GIN (vector);

-- Kept in step with the entries, as FTS5's index is on SQLite; a removed entry takes
-- its vector with it (the foreign key).
CREATE FUNCTION search_vectors_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_vectors (entry_id, visible_from, vector)
    VALUES (NEW.id, NEW.visible_from, array_to_tsvector(string_to_array(NEW.terms, ' ')))
    ON CONFLICT (entry_id) DO UPDATE SET visible_from = EXCLUDED.visible_from, vector = EXCLUDED.vector;
    RETURN NULL;
END;
$$;

CREATE TRIGGER search_entries_vector AFTER INSERT OR UPDATE ON search_entries
    FOR EACH ROW EXECUTE FUNCTION search_vectors_follow();
-- engine-specific: end
