-- Owned by the groups module. When a meeting was planned, for the calendar's LAST-MODIFIED (meetings are planned and
-- removed, never changed, so their SEQUENCE stays 0).
alter table cohort_group_meeting add column created_at timestamptz not null default now();

-- Published (read-only) for other modules, the agenda module's calendar feed first: every meeting of a group, once
-- for each member and once for the facilitator.
create view group_meeting_schedule as
select m.id        as meeting_id,
       g.id        as group_id,
       g.cohort_id as cohort_id,
       g.name      as group_name,
       p.person_id as person_id,
       m.starts_at as starts_at,
       m.ends_at   as ends_at,
       m.place     as place,
       m.created_at as changed_at
from cohort_group_meeting m
join cohort_group g on g.id = m.group_id
join (select group_id, person_id from cohort_group_member
      union
      select id, facilitator_person_id from cohort_group where facilitator_person_id is not null) p
  on p.group_id = g.id;
