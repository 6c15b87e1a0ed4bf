-- Owned by the coaching module. Every booked or held coaching appointment: when, how, where, between whom, and a
-- version that grows with each change (a calendar's SEQUENCE).
-- Published (read-only) for other modules, the agenda module first.
create view coaching_appointment_schedule as
select a.id                     as appointment_id,
       a.coach_person_id        as coach_person_id,
       a.participant_person_id  as participant_person_id,
       a.programme_id           as programme_id,
       a.starts_at              as starts_at,
       a.ends_at                as ends_at,
       a.mode                   as mode,
       a.place                  as place,
       a.status                 as status,
       a.version                as version,
       coalesce(a.changed_at, a.booked_at) as changed_at,
       p.time_zone              as time_zone
from coaching_appointment a
join coach_profile p on p.coach_person_id = a.coach_person_id
where a.status in ('BOOKED', 'HELD');
