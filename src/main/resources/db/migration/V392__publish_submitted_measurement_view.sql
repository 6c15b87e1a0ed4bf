-- Owned by the development module. Which competency profile a person has handed in a measurement on, and when.
-- Published (read-only) for other modules, the agenda module first (the reminder before a programme starts).
create view submitted_measurement as
select a.person_id      as person_id,
       v.profile_id     as profile_id,
       a.submitted_at   as submitted_at
from assessment a
join profile_version v on v.id = a.profile_version_id
where a.status = 'SUBMITTED';
