-- "Open for enrolment" means "can sign up today": an open cohort whose enrolment window, taken in the cohort's own
-- time zone, includes today and which has not started. open_cohorts counts those cohorts (the catalogue's "open"
-- filter), next_signup_open says whether the next cohort is one of them, and next_signup_opens is the day sign-up
-- opens for the programme's earliest open cohort whose window opens later. Columns keep their names and order
-- (create or replace view only appends); the catalogue still reads the view in its one statement per page.
create or replace view programme_availability as
select p.id as programme_id,
       (select count(*) from cohort c
         where c.programme_id = p.id and c.status = 'OPEN'
           and (c.enrolment_opens is null or c.enrolment_opens <= (now() at time zone c.time_zone)::date)
           and (c.enrolment_closes is null or c.enrolment_closes >= (now() at time zone c.time_zone)::date)
           and c.start_date >= (now() at time zone c.time_zone)::date) as open_cohorts,
       next.id as next_cohort_id,
       next.start_date as next_start_date,
       next.capacity - next.confirmed_count as next_seats_left,
       next.capacity as next_capacity,
       next.status as next_status,
       coalesce(next.signup_open, false) as next_signup_open,
       (select min(c.enrolment_opens) from cohort c
         where c.programme_id = p.id and c.status = 'OPEN'
           and c.enrolment_opens > (now() at time zone c.time_zone)::date
           and c.start_date >= (now() at time zone c.time_zone)::date) as next_signup_opens
from programme p
left join lateral (
    select c.id, c.start_date, c.capacity, c.confirmed_count, c.status,
           (c.status = 'OPEN'
             and (c.enrolment_opens is null or c.enrolment_opens <= (now() at time zone c.time_zone)::date)
             and (c.enrolment_closes is null or c.enrolment_closes >= (now() at time zone c.time_zone)::date)
             and c.start_date >= (now() at time zone c.time_zone)::date) as signup_open
    from cohort c
    where c.programme_id = p.id and c.status in ('PLANNED', 'OPEN') and c.start_date >= current_date
    order by signup_open desc, (c.status = 'OPEN') desc, c.start_date, c.id
    limit 1
) next on true;
