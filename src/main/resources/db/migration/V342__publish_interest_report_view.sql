-- Published by the cohorts module (read-only, for reports). Other modules read this view, never the
-- interest_registration or interest_invitation tables. No addresses.

-- Every confirmed interest registration (withdrawn and unconfirmed ones left out), once per invitation it received
-- (once without a cohort while it waits), with the person who enrolled in the cohort they were invited to, after the
-- invitation: the registration's own account, or the account with the registration's address that signed up later.
-- person_id is the registration's account, else that of the person who enrolled (none for an anonymous
-- registration that did not).
-- Published (read-only) for other modules, reports first.
create view interest_report as
select r.id                                   as registration_id,
       r.programme_id                         as programme_id,
       r.registered_at                        as registered_at,
       r.status                               as status,
       i.cohort_id                            as cohort_id,
       i.invited_at                           as invited_at,
       enrolled.person_id                     as enrolled_person_id,
       coalesce(r.person_id, enrolled.person_id) as person_id
from interest_registration r
left join interest_invitation i on i.registration_id = r.id
left join lateral (
    -- by person first (a handful of enrolments each), not by cohort (its enrolments are spread over the table)
    select min(e.person_id) as person_id
    from enrolment e
    where e.person_id in (r.person_id, (select a.person_id from person_address a where a.address = lower(r.email)))
      and e.cohort_id = i.cohort_id and e.requested_at >= i.invited_at
) enrolled on i.cohort_id is not null
where r.status in ('WAITING', 'INVITED');
