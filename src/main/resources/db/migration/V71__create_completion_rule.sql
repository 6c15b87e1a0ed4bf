-- A programme's completion rule, kept by the delivery module and keyed by programme id. A programme without a row
-- follows the default rule (80 % of sessions, no module results).
create table delivery_completion_rule (
    programme_id     bigint      primary key references programme (id),
    attendance_basis text        not null check (attendance_basis in ('SESSIONS', 'DAYS')),
    minimum_percent  integer     not null check (minimum_percent between 0 and 100),
    excused_counts   boolean     not null default false,
    updated_at       timestamptz not null,
    updated_by       bigint      references person (id),
    version          bigint      not null default 0
);

-- The modules that need a positive result (exam passed, assignment approved, internship done).
create table delivery_completion_rule_module (
    programme_id        bigint not null references delivery_completion_rule (programme_id) on delete cascade,
    programme_module_id bigint not null references programme_module (id) on delete cascade,
    primary key (programme_id, programme_module_id)
);
