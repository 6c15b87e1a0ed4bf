-- Published by the cohorts module (read-only). Other modules read these views, never the enrolment or enrolment_event
-- tables.

-- Which manager approved which enrolment, and when: the manager's email address as the participant gave it (in lower
-- case), so a manager who signs in with that address can see the people whose enrolments they approved.
-- Published (read-only) for other modules, the organisations module first.
create view enrolment_approval as
select e.id                     as enrolment_id,
       e.person_id              as person_id,
       e.cohort_id              as cohort_id,
       lower(e.manager_email)   as manager_email,
       ev.occurred_at           as approved_at
from enrolment e
join enrolment_event ev on ev.enrolment_id = e.id and ev.change = 'APPROVED'
where e.manager_email is not null;

-- An enrolment's place while it waits: its number on the waitlist, or the deadline of the seat it was offered.
-- Published (read-only) for other modules, the organisations module first.
create view enrolment_place as
select e.id                as enrolment_id,
       e.waitlist_position as waitlist_position,
       e.offer_expires_at  as offer_expires_at
from enrolment e;

-- a manager's page looks enrolments up by the manager's address
create index enrolment_manager_email on enrolment (lower(manager_email)) where manager_email is not null;
