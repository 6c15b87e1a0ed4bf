-- When a course secretary last looked at their start page, so that it can list the sign-ups and cancellations that
-- came in since their last visit. A visit ends after an hour without looking; "Mark as seen" ends it at once.
create table secretary_visit (
    person_id      bigint      primary key,
    last_seen_at   timestamptz not null,
    seen_until     timestamptz
);
