-- Owned by the cohorts module. A session remembers how often its date, time, place or title changed (sequence) and
-- when (changed_at), so a calendar that subscribed to it replaces the entry instead of keeping the old one
-- (iCalendar SEQUENCE and LAST-MODIFIED). A trigger keeps both, whichever code changes the row.
alter table cohort_session add column sequence integer not null default 0;
alter table cohort_session add column changed_at timestamptz not null default now();

create function cohort_session_changed() returns trigger language plpgsql as $$
begin
    if (new.starts_at, new.ends_at, new.location, new.title) is distinct from
       (old.starts_at, old.ends_at, old.location, old.title) then
        new.sequence := old.sequence + 1;
        new.changed_at := now();
    end if;
    return new;
end $$;

create trigger cohort_session_changed before update on cohort_session
    for each row execute function cohort_session_changed();

-- Every session of a cohort that has not been cancelled, with what names and places it, for calendars and reminders.
-- Published (read-only) for other modules, the agenda module first.
create view session_schedule as
select s.id                              as session_id,
       s.cohort_id                       as cohort_id,
       c.programme_id                    as programme_id,
       c.code                            as cohort_code,
       c.status                          as cohort_status,
       c.time_zone                       as time_zone,
       s.title                           as title,
       s.starts_at                       as starts_at,
       s.ends_at                         as ends_at,
       coalesce(s.location, c.location)  as location,
       c.online                          as online,
       s.sequence                        as sequence,
       s.changed_at                      as changed_at
from cohort_session s
join cohort c on c.id = s.cohort_id
where c.status <> 'CANCELLED';

-- Who holds a confirmed place in which cohort: one row per confirmed enrolment.
-- Published (read-only) for other modules, the agenda module first.
create view confirmed_place as
select e.id          as enrolment_id,
       e.person_id   as person_id,
       e.cohort_id   as cohort_id,
       c.programme_id as programme_id
from enrolment e
join cohort c on c.id = e.cohort_id
where e.status = 'CONFIRMED' and c.status <> 'CANCELLED';

-- An enrolment waiting for a manager's approval, with the manager as the participant named them and when the
-- approval link lapses.
-- Published (read-only) for other modules, the agenda module first.
create view pending_approval as
select e.id            as enrolment_id,
       e.person_id     as person_id,
       e.cohort_id     as cohort_id,
       c.programme_id  as programme_id,
       e.manager_name  as manager_name,
       e.manager_email as manager_email,
       t.expires_at    as expires_at
from enrolment e
join cohort c on c.id = e.cohort_id
join enrolment_token t on t.enrolment_id = e.id and t.purpose = 'APPROVAL' and t.used_at is null
where e.status = 'AWAITING_APPROVAL' and e.manager_email is not null;
