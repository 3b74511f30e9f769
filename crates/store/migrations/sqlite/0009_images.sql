-- Images uploaded for the website, kept in the database so that every instance of the
-- platform on one database serves the same files. The uploaded file itself is not kept:
-- only its variants, re-encoded in a few widths, each named by the hash of its bytes.

CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    -- The hash of the uploaded bytes: the same file uploaded twice is one image.
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    uploader TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL
);

CREATE TABLE image_variants (
    image_id BIGINT NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    -- The hash of the variant's bytes and its extension: its address under /media/. Two
    -- uploads showing the same pixels (a photo with and without its metadata) make the
    -- same variants, under the same name.
    file TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (image_id, width)
);

CREATE INDEX image_variants_file ON image_variants (file);

-- The description of a story's or page's lead image, in the language of each text.
ALTER TABLE content_texts ADD COLUMN image_alt TEXT;
