-- The agenda module: reminders before sessions and deadlines, and personal calendar feeds.

-- A reminder sent: one row per person and occasion ("session-42", "offer-7-1767225600"). Written in the transaction
-- that queues the email, so however many instances run the reminder job, and however often it restarts, a person
-- hears of one occasion once.
create table reminder_sent (
    person_id  bigint      not null,
    occasion   text        not null,
    sent_at    timestamptz not null default now(),
    primary key (person_id, occasion)
);

-- People who asked for no reminders (the emails about their enrolments still come).
create table reminder_opt_out (
    person_id     bigint      primary key,
    opted_out_at  timestamptz not null default now()
);

-- A programme's reminder before each session: how many days before (0: none) and what to bring or prepare.
create table programme_reminder (
    programme_id  bigint      primary key,
    days_before   integer     not null default 3 check (days_before between 0 and 30),
    preparation   text        not null default '' check (length(preparation) <= 2000),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);

-- A person's secret calendar address: a long random value (256 bits) that is the only way in. Renewing replaces it,
-- and the old address stops working.
create table calendar_feed (
    person_id   bigint      primary key,
    token       text        not null unique check (length(token) >= 40),
    created_at  timestamptz not null default now()
);
