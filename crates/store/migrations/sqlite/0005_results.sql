-- The results framework: a plan's objective, outcomes, outputs and indicators, the
-- targets set for each period, the values computed from delivery data, and the updates
-- reported by members and staff with their approval trail.

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    first_year BIGINT NOT NULL,
    last_year BIGINT NOT NULL CHECK (last_year >= first_year),
    public BOOLEAN NOT NULL,
    illustrative BOOLEAN NOT NULL,
    computed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE plan_texts (
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    objective TEXT,
    PRIMARY KEY (plan_id, language)
);

-- Outcomes and outputs; an output belongs to one outcome.
CREATE TABLE plan_results (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    level TEXT NOT NULL CHECK (level IN ('outcome', 'output')),
    parent_id BIGINT REFERENCES plan_results (id),
    code TEXT NOT NULL,
    position BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (plan_id, code)
);
CREATE INDEX plan_results_parent ON plan_results (parent_id);

CREATE TABLE plan_result_texts (
    result_id BIGINT NOT NULL REFERENCES plan_results (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    PRIMARY KEY (result_id, language)
);

-- The outputs that projects and activities serve.
CREATE TABLE project_outputs (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    result_id BIGINT NOT NULL REFERENCES plan_results (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, result_id)
);
CREATE INDEX project_outputs_result ON project_outputs (result_id);

CREATE TABLE activity_outputs (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    result_id BIGINT NOT NULL REFERENCES plan_results (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, result_id)
);
CREATE INDEX activity_outputs_result ON activity_outputs (result_id);

-- Values (targets, baselines) are stored in hundredths so that percentages with two
-- decimals stay exact; counts are whole hundreds.
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    result_id BIGINT NOT NULL REFERENCES plan_results (id),
    code TEXT NOT NULL UNIQUE,
    position BIGINT NOT NULL,
    measure TEXT NOT NULL CHECK (measure IN ('count', 'percentage', 'yes_no', 'narrative')),
    aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'latest', 'maximum')),
    source TEXT NOT NULL CHECK (source IN ('computed', 'reported')),
    member_level BOOLEAN NOT NULL,
    disaggregations TEXT NOT NULL,
    baseline_year BIGINT,
    baseline_hundredths BIGINT,
    -- The definition of a computed indicator.
    counts TEXT CHECK (counts IN ('people', 'members', 'activities')),
    modes TEXT NOT NULL,
    statuses TEXT NOT NULL,
    output_only BOOLEAN NOT NULL,
    filter_dimension TEXT,
    filter_category TEXT,
    numerator_dimension TEXT,
    numerator_category TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX indicators_plan ON indicators (plan_id, position);
CREATE INDEX indicators_result ON indicators (result_id);

CREATE TABLE indicator_texts (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    definition TEXT,
    data_source TEXT,
    PRIMARY KEY (indicator_id, language)
);

CREATE TABLE indicator_targets (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period BIGINT NOT NULL,
    target_hundredths BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, period)
);

-- Computed values, made again from delivery data whenever it changes. `dimension` and
-- `category` are empty for the total; the denominator is set for percentages.
CREATE TABLE indicator_values (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period BIGINT NOT NULL,
    dimension TEXT NOT NULL,
    category TEXT NOT NULL,
    numerator BIGINT NOT NULL,
    denominator BIGINT,
    PRIMARY KEY (indicator_id, period, dimension, category)
);

-- Periods closed to new or changed updates.
CREATE TABLE period_locks (
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    period BIGINT NOT NULL,
    locked_at BIGINT NOT NULL,
    locked_by BIGINT REFERENCES users (id),
    PRIMARY KEY (plan_id, period)
);

-- Reported values: one update per indicator, period and (for member-level indicators)
-- member is current at a time; earlier ones are kept as history.
CREATE TABLE indicator_updates (
    id INTEGER PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period BIGINT NOT NULL,
    member_id BIGINT REFERENCES members (id),
    numerator BIGINT,
    denominator BIGINT,
    yes BOOLEAN,
    narrative TEXT,
    evidence_url TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    return_reason TEXT,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX indicator_updates_indicator ON indicator_updates (indicator_id, period, status);
CREATE INDEX indicator_updates_member ON indicator_updates (member_id, period);
CREATE INDEX indicator_updates_status ON indicator_updates (status, period);

CREATE TABLE indicator_update_values (
    update_id BIGINT NOT NULL REFERENCES indicator_updates (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    category TEXT NOT NULL,
    numerator BIGINT NOT NULL,
    denominator BIGINT,
    PRIMARY KEY (update_id, dimension, category)
);

CREATE TABLE indicator_update_changes (
    id INTEGER PRIMARY KEY,
    update_id BIGINT NOT NULL REFERENCES indicator_updates (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    actor TEXT NOT NULL,
    note TEXT
);
CREATE INDEX indicator_update_changes_update ON indicator_update_changes (update_id, id);

-- Donor viewers see the projects their organisation funds.
ALTER TABLE users ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);
