-- Reference data, the member registry, accounts, audit trail and imports.
-- Instants are Unix seconds (BIGINT) on both engines; booleans are BOOLEAN.

CREATE TABLE countries (
    alpha2 TEXT PRIMARY KEY NOT NULL,
    alpha3 TEXT NOT NULL,
    numeric_code TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_es TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    m49_region TEXT,
    m49_subregion TEXT,
    m49_intermediate_region TEXT,
    ldc BOOLEAN,
    lldc BOOLEAN,
    sids BOOLEAN,
    wb_income_group TEXT
);

CREATE TABLE sdgs (
    number BIGINT PRIMARY KEY NOT NULL,
    title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    title_es TEXT NOT NULL,
    color_hex TEXT NOT NULL
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    alpha2 TEXT NOT NULL UNIQUE REFERENCES countries (alpha2),
    acronym TEXT,
    name TEXT,
    category TEXT NOT NULL CHECK (category IN ('member_body', 'correspondent', 'subscriber')),
    developing BOOLEAN NOT NULL,
    developing_basis TEXT NOT NULL,
    developing_note TEXT,
    website TEXT,
    email TEXT,
    phone TEXT,
    address TEXT,
    origin TEXT NOT NULL CHECK (origin IN ('reference', 'staff')),
    source TEXT,
    source_url TEXT,
    source_note TEXT,
    as_of TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE focal_points (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position TEXT,
    email TEXT NOT NULL,
    phone TEXT,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX focal_points_member ON focal_points (member_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'programme_officer', 'focal_point', 'donor_viewer', 'participant')),
    member_id BIGINT REFERENCES members (id),
    password_hash TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, at);
CREATE INDEX login_failures_ip ON login_failures (ip, at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_key TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    request_id TEXT
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_key, id);

CREATE TABLE member_imports (
    id TEXT PRIMARY KEY NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    filename TEXT NOT NULL,
    rows_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'applied'))
);
