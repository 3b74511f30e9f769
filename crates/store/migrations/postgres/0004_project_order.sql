-- Project lists are ordered newest first (undated last) and paged: this index lets both
-- engines read one page in order instead of sorting every project for each request.
CREATE INDEX projects_public_start ON projects (public, (COALESCE(actual_start, planned_start) IS NULL), (COALESCE(actual_start, planned_start)) DESC, code);
-- The "has an activity of this mode" filter looks activities up by project and mode.
CREATE INDEX activities_project_mode ON activities (project_id, mode);
