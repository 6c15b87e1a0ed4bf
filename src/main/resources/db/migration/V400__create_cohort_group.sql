-- Network and intervision groups within a cohort (the talent programme's clusters, intervision groups of 5–7):
-- their members, a facilitator who keeps the shared meeting notes, and their meetings. Cohorts and people are
-- referred to by id only: they belong to other modules.
create table cohort_group (
    id                    bigint generated always as identity primary key,
    cohort_id             bigint       not null,
    name                  varchar(120) not null,
    facilitator_person_id bigint,
    notes                 text         not null default '',
    notes_changed_at      timestamptz,
    version               bigint       not null default 0,
    constraint cohort_group_name_unique unique (cohort_id, name)
);

-- One group per person within a cohort: the database decides when two secretaries move the same person at once.
create table cohort_group_member (
    group_id  bigint not null references cohort_group (id) on delete cascade,
    cohort_id bigint not null,
    person_id bigint not null,
    primary key (group_id, person_id),
    constraint cohort_group_member_once unique (cohort_id, person_id)
);
create index cohort_group_member_person on cohort_group_member (person_id);

create table cohort_group_meeting (
    id        bigint generated always as identity primary key,
    group_id  bigint       not null references cohort_group (id) on delete cascade,
    starts_at timestamptz  not null,
    ends_at   timestamptz  not null,
    place     varchar(300) not null,
    constraint cohort_group_meeting_order check (ends_at > starts_at)
);
create index cohort_group_meeting_group on cohort_group_meeting (group_id, starts_at);
create index cohort_group_facilitator on cohort_group (facilitator_person_id) where facilitator_person_id is not null;
