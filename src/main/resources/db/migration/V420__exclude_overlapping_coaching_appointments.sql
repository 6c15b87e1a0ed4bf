-- Owned by the coaching module. A coach is in one conversation at a time: no two live (not cancelled) appointments of
-- one coach may overlap in time, whatever their start times (a weekly 60-minute slot at 10:00 and a single
-- 45-minute slot at 10:30 are both offered until one of them is booked). The unique index on (coach, start) only
-- caught equal starts; the exclusion constraint below catches every overlap, on any number of instances.
-- btree_gist is a trusted extension (PostgreSQL 13+): the database's owner may create it without superuser rights.
create extension if not exists btree_gist;

-- Appointments booked before this rule may already overlap; the constraint cannot be added over them, so say which
-- ones instead of failing with PostgreSQL's bare message. An operator cancels one of each pair and starts again.
do $$
declare
    clashes text;
begin
    select string_agg(a.id || ' and ' || b.id, ', ') into clashes
    from coaching_appointment a
    join coaching_appointment b on b.coach_person_id = a.coach_person_id and b.id > a.id
     and tstzrange(b.starts_at, b.ends_at) && tstzrange(a.starts_at, a.ends_at)
    where a.status <> 'CANCELLED' and b.status <> 'CANCELLED';
    if clashes is not null then
        raise exception 'Coaching appointments overlap (cancel one of each pair, then migrate again): %', clashes;
    end if;
end $$;

-- Half-open ranges: an appointment ending at 11:00 and one starting at 11:00 do not overlap.
alter table coaching_appointment add constraint coaching_appointment_no_overlap
    exclude using gist (coach_person_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status <> 'CANCELLED');

-- Equal starts overlap too, so the old index says nothing the constraint does not.
drop index coaching_appointment_one_per_slot;
