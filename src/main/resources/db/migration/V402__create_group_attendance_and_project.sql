-- Owned by the groups module. Attendance per group meeting (present, absent or excused, as for a cohort's sessions):
-- one row per meeting and member, the last tap wins (upsert on the primary key).
create table cohort_group_attendance (
    meeting_id  bigint       not null references cohort_group_meeting (id) on delete cascade,
    group_id    bigint       not null references cohort_group (id) on delete cascade,
    cohort_id   bigint       not null,
    person_id   bigint       not null,
    status      varchar(16)  not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    reason      varchar(500),
    recorded_at timestamptz  not null,
    recorded_by_person_id bigint,
    primary key (meeting_id, person_id)
);
create index cohort_group_attendance_person on cohort_group_attendance (person_id, cohort_id);

-- A project group (the LOCK trajectory's): a question its members chose, an expert who supports them (a coach or a
-- member of staff), and in the end a product.
alter table cohort_group add column project boolean not null default false;
alter table cohort_group add column question text not null default '';
alter table cohort_group add column question_changed_at timestamptz;
alter table cohort_group add column expert_person_id bigint;
create index cohort_group_expert on cohort_group (expert_person_id) where expert_person_id is not null;

-- The product a project group delivers: a file (checked as a material's file is) and a description. Published to the
-- programme's public product library by a secretary or the expert; the public page shows the question, the
-- description and the organisations of the group as they were when it was published, never members' names.
create table cohort_group_product (
    group_id              bigint       primary key references cohort_group (id) on delete cascade,
    description           text         not null,
    file_name             varchar(200) not null,
    content_type          varchar(120) not null,
    data                  bytea        not null,
    delivered_at          timestamptz  not null,
    delivered_by_person_id bigint,
    programme_id          bigint,
    organisations         text         not null default '',
    published_at          timestamptz,
    published_by_person_id bigint
);
create index cohort_group_product_published on cohort_group_product (programme_id, published_at)
    where published_at is not null;
