-- Project texts carry versions, as written content does: the English text is the source
-- and its version rises when it changes; a translation records the source version it
-- follows, so that it shows as out of date once the English text has moved on. Texts
-- already there follow the first version.

ALTER TABLE project_texts ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE project_texts ADD COLUMN source_version BIGINT;
UPDATE project_texts SET source_version = 1 WHERE language <> 'en';
