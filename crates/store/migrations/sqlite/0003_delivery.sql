-- Delivery: organisations, themes, projects and their links, activities of every mode,
-- people and their participation, API tokens.
-- Dates are ISO 8601 text (YYYY-MM-DD), which sorts and compares correctly; money is
-- in whole hundredths of the currency unit.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    acronym TEXT,
    org_type TEXT NOT NULL,
    iati_ref TEXT,
    country TEXT REFERENCES countries (alpha2),
    website TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_fr TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended')),
    scope TEXT NOT NULL CHECK (scope IN ('global', 'regional', 'national')),
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    public BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX projects_public_code ON projects (public, code);

CREATE TABLE project_texts (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT,
    description TEXT,
    PRIMARY KEY (project_id, language)
);

CREATE TABLE project_countries (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    alpha2 TEXT NOT NULL REFERENCES countries (alpha2),
    PRIMARY KEY (project_id, alpha2)
);
CREATE INDEX project_countries_alpha2 ON project_countries (alpha2);

CREATE TABLE project_regions (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    PRIMARY KEY (project_id, region)
);

CREATE TABLE project_members (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (project_id, member_id)
);
CREATE INDEX project_members_member ON project_members (member_id);

CREATE TABLE project_themes (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    theme_id BIGINT NOT NULL REFERENCES themes (id),
    PRIMARY KEY (project_id, theme_id)
);
CREATE INDEX project_themes_theme ON project_themes (theme_id);

-- A goal without a chosen target has the empty target.
CREATE TABLE project_sdgs (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    goal BIGINT NOT NULL REFERENCES sdgs (number),
    target TEXT NOT NULL,
    PRIMARY KEY (project_id, goal, target)
);
CREATE INDEX project_sdgs_goal ON project_sdgs (goal);

CREATE TABLE project_partners (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('funding', 'accountable', 'extending', 'implementing')),
    PRIMARY KEY (project_id, organisation_id, role)
);
CREATE INDEX project_partners_organisation ON project_partners (organisation_id);

CREATE TABLE project_finances (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('commitment', 'disbursement')),
    year BIGINT NOT NULL,
    currency TEXT NOT NULL,
    amount_hundredths BIGINT NOT NULL CHECK (amount_hundredths >= 0),
    created_at BIGINT NOT NULL
);
CREATE INDEX project_finances_project ON project_finances (project_id);

CREATE TABLE project_budgets (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    year BIGINT NOT NULL,
    currency TEXT NOT NULL,
    amount_hundredths BIGINT NOT NULL CHECK (amount_hundredths >= 0),
    PRIMARY KEY (project_id, year)
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    mode TEXT NOT NULL CHECK (mode IN ('elearning', 'webinar', 'training', 'coaching', 'mission', 'sponsorship')),
    title TEXT NOT NULL,
    description TEXT,
    languages TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'ongoing', 'completed', 'cancelled')),
    capacity BIGINT,
    platform TEXT,
    course_iri TEXT,
    duration_hours BIGINT,
    starts_at TEXT,
    time_zone TEXT,
    meeting_link TEXT,
    venue_country TEXT REFERENCES countries (alpha2),
    venue_city TEXT,
    goals TEXT,
    requesting_member_id BIGINT REFERENCES members (id),
    terms_of_reference TEXT,
    report TEXT,
    committee TEXT,
    meeting TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX activities_project ON activities (project_id, start_date);
CREATE INDEX activities_mode ON activities (mode, status);

CREATE TABLE activity_countries (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    alpha2 TEXT NOT NULL REFERENCES countries (alpha2),
    PRIMARY KEY (activity_id, alpha2)
);

CREATE TABLE activity_members (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (activity_id, member_id)
);
CREATE INDEX activity_members_member ON activity_members (member_id);

-- An erased person keeps only what totals need (sex, country, stakeholder group,
-- nominating member); name, email and organisation are removed.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT,
    email TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'not_stated')),
    country TEXT REFERENCES countries (alpha2),
    organisation TEXT,
    stakeholder_group TEXT CHECK (stakeholder_group IN ('nsb_staff', 'government', 'industry', 'academia', 'consumer', 'conformity_assessment', 'ngo', 'other')),
    nominated_by_member_id BIGINT REFERENCES members (id),
    erased_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX people_email ON people (email);
CREATE INDEX people_member ON people (nominated_by_member_id);

CREATE TABLE activity_staff (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('expert', 'coach', 'trainer')),
    PRIMARY KEY (activity_id, person_id, role)
);
CREATE INDEX activity_staff_person ON activity_staff (person_id);

CREATE TABLE participations (
    id INTEGER PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    status TEXT NOT NULL CHECK (status IN ('applied', 'nominated', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'attended', 'no_show', 'completed')),
    nominated_by_member_id BIGINT REFERENCES members (id),
    status_changed_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (activity_id, person_id)
);
CREATE INDEX participations_person ON participations (person_id);
CREATE INDEX participations_member ON participations (nominated_by_member_id);

CREATE TABLE participation_changes (
    id INTEGER PRIMARY KEY,
    participation_id BIGINT NOT NULL REFERENCES participations (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    actor TEXT NOT NULL,
    note TEXT
);
CREATE INDEX participation_changes_participation ON participation_changes (participation_id, id);

CREATE TABLE coaching_sessions (
    id INTEGER PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    notes TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX coaching_sessions_activity ON coaching_sessions (activity_id, held_on);

CREATE TABLE mission_recommendations (
    id INTEGER PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    follow_up TEXT NOT NULL CHECK (follow_up IN ('open', 'in_progress', 'implemented', 'not_implemented')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX mission_recommendations_activity ON mission_recommendations (activity_id);

-- Only the SHA-256 of a token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE participant_imports (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    filename TEXT NOT NULL,
    rows_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'applied'))
);
