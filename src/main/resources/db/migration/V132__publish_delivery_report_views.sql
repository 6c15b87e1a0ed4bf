-- Published by the delivery module (read-only, for reports). Other modules read these views, never the delivery_*
-- tables.

-- One row per person per session whose attendance was registered.
-- Published (read-only) for other modules, reports first.
create view attendance_report as
select a.cohort_id    as cohort_id,
       a.session_id   as session_id,
       a.enrolment_id as enrolment_id,
       a.person_id    as person_id,
       a.status       as status
from delivery_attendance a;

-- The secretary's completion decision per enrolment.
-- Published (read-only) for other modules, reports first.
create view completion_report as
select d.cohort_id    as cohort_id,
       d.programme_id as programme_id,
       d.enrolment_id as enrolment_id,
       d.person_id    as person_id,
       d.outcome      as outcome,
       d.completed_on as completed_on
from delivery_completion d;

-- Every award (a completed programme) with the latest career outcome recorded for it, if any.
-- Published (read-only) for other modules, reports first.
create view career_outcome_report as
select aw.id            as award_id,
       aw.person_id     as person_id,
       aw.programme_id  as programme_id,
       aw.cohort_id     as cohort_id,
       aw.cohort_start  as cohort_start,
       aw.completed_on  as completed_on,
       o.kind           as kind,
       o.occurred_on    as occurred_on
from delivery_award aw
left join delivery_career_outcome o on o.award_id = aw.id;
