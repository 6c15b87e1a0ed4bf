-- Published by the cohorts module (read-only, for reports). Other modules read these views, never the cohort,
-- enrolment or enrolment_event tables. No names or email addresses: a report counts people, it does not list them.

-- Every cohort with its programme, dates, capacity, status and time zone, including cohorts nobody enrolled in.
-- Published (read-only) for other modules, reports first.
create view cohort_report as
select c.id           as cohort_id,
       c.programme_id as programme_id,
       c.code         as code,
       c.start_date   as start_date,
       c.end_date     as end_date,
       c.capacity     as capacity,
       c.status       as status,
       c.time_zone    as time_zone
from cohort c;

-- Every enrolment (one row per person and place, whichever cohort it was moved to) with its current state.
-- Published (read-only) for other modules, reports first.
create view enrolment_report as
select e.id                as enrolment_id,
       e.person_id         as person_id,
       e.cohort_id         as cohort_id,
       c.programme_id      as programme_id,
       e.status            as status,
       e.requested_at      as requested_at,
       e.status_changed_at as status_changed_at
from enrolment e
join cohort c on c.id = e.cohort_id;

-- The history of every enrolment: what happened, when, and by whose hand (a role, never a name); the reason is kept
-- for cancellations, where a report groups them.
-- Published (read-only) for other modules, reports first.
create view enrolment_history_report as
select ev.enrolment_id as enrolment_id,
       ev.cohort_id    as cohort_id,
       ev.occurred_at  as occurred_at,
       ev.change       as change,
       ev.status       as status,
       ev.actor_role   as actor_role,
       case when ev.change = 'CANCELLED' then ev.reason end as reason
from enrolment_event ev;
