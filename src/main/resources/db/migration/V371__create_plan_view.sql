-- Who has looked at a shared development plan (and the results shown with it), so that its owner can see it on the
-- plan's sharing page: one row per viewer per day (in the provider's time zone), with the first and last look and how
-- many. The owner's own looks are not recorded. Ids and times only.
create table plan_view (
    plan_id          bigint      not null references development_plan (id),
    viewer_person_id bigint      not null references person (id),
    relation         varchar(16) not null check (relation in ('COACH', 'MANAGER')),
    viewed_on        date        not null,
    first_viewed_at  timestamptz not null default now(),
    last_viewed_at   timestamptz not null default now(),
    views            integer     not null default 1,
    primary key (plan_id, viewer_person_id, viewed_on)
);
create index plan_view_viewer on plan_view (viewer_person_id);
