-- Fills the benchmark database with a large, realistic portal. Run by bench/run.sh with psql after the application has
-- created the schema (Flyway) in an empty database:
--
--   psql -v programmes=1000 -v cohorts_per_programme=5 -v people=50000 -v enrolments=200000 -v profiles=20 \
--        -v measurements=10000 -v password_hash='{bcrypt}$2a$10$...' -f bench/sql/generate.sql
--
-- Everything is set-based (generate_series), so the full size takes well under a few minutes. Each part is a function
-- in the schema "bench"; parts whose tables come from other branches (enrolments, measurements and plans) check with
-- to_regclass that their tables exist and otherwise say that they skipped.
\set ON_ERROR_STOP on
\timing off
set client_min_messages = notice;

set client_min_messages = warning;
create schema if not exists bench;
set client_min_messages = notice;

-- Deterministic pick from an array: the same n always gives the same word, so two runs generate the same portal.
create or replace function bench.pick(words text[], n bigint) returns text language sql immutable as $$
    select words[1 + (n % array_length(words, 1))::int]
$$;

create or replace function bench.slugify(title text) returns text language sql immutable as $$
    select trim(both '-' from regexp_replace(translate(lower(title), 'æøåéëïöüäß', 'aoaeeiouas'), '[^a-z0-9]+', '-', 'g'))
$$;

-- Texts per language: subjects and audiences for titles, sentences for summaries and the Markdown sections.
create or replace function bench.words(language text, kind text) returns text[] language sql immutable as $$
    select case language || '/' || kind
        when 'nl/subject' then array['Leiderschap in het IKC', 'Schoolleiderschap', 'Onderwijskundig leiderschap',
            'Leidinggeven aan verandering', 'Het lerende team', 'Kindcentrum in ontwikkeling', 'Strategisch leiderschap',
            'Coachend leidinggeven', 'Opbrengstgericht werken', 'Pedagogisch beleid', 'Gesprekken die ertoe doen',
            'Verbindend leiderschap']
        when 'nl/audience' then array['voor beginnende leidinggevenden', 'voor ervaren schoolleiders',
            'in de kinderopvang', 'masterclass', 'leergang', 'intensief traject', 'verdieping', 'basismodule']
        when 'nl/sentence' then array[
            'Je onderzoekt je eigen leiderschapsstijl en de invloed ervan op je team.',
            'We werken met casussen uit de praktijk van school en kinderopvang.',
            'Tussen de bijeenkomsten pas je het geleerde toe in een leiderschapsopdracht.',
            'Een coach begeleidt je bij het opstellen van je persoonlijk ontwikkelplan.',
            'Je leert sturen op onderwijskwaliteit met data uit je eigen organisatie.',
            'In intervisiegroepen bespreek je dilemma''s met collega-leidinggevenden.',
            'De affiniteitenmeting laat zien waar je talenten en ontwikkelpunten liggen.',
            'Na afloop ontvang je registerpunten voor het Schoolleidersregister.',
            'We besteden aandacht aan het voeren van lastige gesprekken met ouders en medewerkers.',
            'Je bouwt aan een visie op het integraal kindcentrum samen met je partners.']
        when 'da/subject' then array['Pædagogisk ledelse', 'Ledelse af dagtilbud', 'Strategisk skoleledelse',
            'Forandringsledelse', 'Det lærende team', 'Faglig ledelse', 'Coachende ledelse', 'Ledelse i praksis',
            'Personaleledelse', 'Distribueret ledelse', 'Ledelse af læringsmiljøer', 'Relationel ledelse']
        when 'da/audience' then array['for nye ledere', 'for erfarne skoleledere', 'i dagtilbud', 'masterclass',
            'uddannelsesforløb', 'intensivt forløb', 'fordybelse', 'grundmodul']
        when 'da/sentence' then array[
            'Du undersøger din egen ledelsesstil og dens betydning for dit team.',
            'Vi arbejder med cases fra hverdagen i skole og dagtilbud.',
            'Mellem modulerne afprøver du det lærte i en ledelsesopgave.',
            'En coach hjælper dig med at lægge din personlige udviklingsplan.',
            'Du lærer at lede efter faglig kvalitet med data fra din egen organisation.',
            'I netværksgrupper drøfter du dilemmaer med andre ledere.',
            'Kompetencemålingen viser dine styrker og udviklingsområder.',
            'Forløbet giver ECTS-point i diplomuddannelsen i ledelse.',
            'Vi træner de svære samtaler med forældre og medarbejdere.',
            'Du udvikler en fælles vision for dit dagtilbud sammen med dine samarbejdspartnere.']
        when 'en/subject' then array['Leading a school team', 'Leadership in the early years',
            'Strategic school leadership', 'Leading change', 'The learning team', 'Instructional leadership',
            'Coaching leadership', 'Data-informed leadership', 'Leading integrated child centres',
            'Conversations that matter', 'Distributed leadership', 'Leading with purpose']
        when 'en/audience' then array['for new leaders', 'for experienced headteachers', 'in childcare', 'masterclass',
            'programme', 'intensive track', 'advanced course', 'foundation module']
        when 'en/sentence' then array[
            'You explore your own leadership style and how it shapes your team.',
            'We work with cases from everyday practice in schools and childcare.',
            'Between the sessions you apply what you learned in a leadership assignment.',
            'A coach helps you write your personal development plan.',
            'You learn to lead for quality with data from your own organisation.',
            'In peer groups you discuss dilemmas with fellow leaders.',
            'The affinity measurement shows your strengths and where to grow.',
            'Completing the programme earns points in the school leaders register.',
            'We practise difficult conversations with parents and staff.',
            'You build a shared vision for your child centre together with your partners.']
    end
$$;

create or replace function bench.paragraph(language text, n bigint, sentences int) returns text language sql immutable as $$
    select string_agg(bench.pick(bench.words(language, 'sentence'), n * 7 + s * 3), ' ' order by s)
    from generate_series(1, sentences) s
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Programmes with modules and contacts, in Dutch, Danish and English (one language per programme).
create or replace function bench.generate_programmes(programme_count int) returns void language plpgsql as $$
begin
    insert into programme (slug, title, summary, language, format, career_phases, sectors, target_group, purpose,
                           content, learning_goals, before_and_after, price_cents, currency, accreditation_register,
                           accreditation_points, accreditation_renewal_years, requires_manager_approval, status,
                           created_at, updated_at)
    select bench.slugify(t.title) || '-' || g.n,
           t.title,
           bench.paragraph(g.language, g.n, 2),
           g.language,
           (array['LEARNING_DAY', 'MASTERCLASS', 'INTENSIVE_TRACK', 'INTERVISION_TRACK',
                  'MANAGEMENT_DEVELOPMENT_TRACK', 'TALENT_PROGRAMME', 'COACHING'])[1 + g.n % 7],
           string_to_array((array['ORIENTATION', 'INDUCTION', 'ESTABLISHED', 'INDUCTION,ESTABLISHED',
                                   'ORIENTATION,INDUCTION'])[1 + g.n % 5], ','),
           string_to_array((array['CHILDCARE', 'PRIMARY', 'SECONDARY', 'VOCATIONAL', 'INTEGRATED_CHILD_CENTRE',
                                   'PRIMARY,INTEGRATED_CHILD_CENTRE', 'WHOLE_RANGE'])[1 + g.n % 7], ','),
           bench.paragraph(g.language, g.n + 1, 2),
           bench.paragraph(g.language, g.n + 2, 3),
           '## ' || t.title || E'\n\n' || bench.paragraph(g.language, g.n + 3, 5) || E'\n\n'
               || bench.paragraph(g.language, g.n + 4, 5),
           '- ' || bench.paragraph(g.language, g.n + 5, 1) || E'\n- ' || bench.paragraph(g.language, g.n + 6, 1)
               || E'\n- ' || bench.paragraph(g.language, g.n + 7, 1),
           bench.paragraph(g.language, g.n + 8, 2),
           (g.n % 12) * 29500,
           case g.language when 'da' then 'DKK' else 'EUR' end,
           case g.n % 3 when 0 then 'SCHOOL_LEADERS_REGISTER' when 1 then 'DIPLOMA_ECTS' end,
           case g.n % 3 when 0 then 10 + g.n % 30 when 1 then 5 end,
           case g.n % 3 when 0 then 4 end,
           g.n % 10 = 0,
           case when g.n % 30 = 7 then 'ARCHIVED' when g.n % 15 = 4 then 'DRAFT' else 'PUBLISHED' end,
           now() - make_interval(days => (g.n % 700)::int),
           now() - make_interval(days => (g.n % 30)::int)
    from (select n, (array['nl', 'da', 'en'])[1 + n % 3] as language
          from generate_series(1, programme_count) n) g
    cross join lateral (
        select bench.pick(bench.words(g.language, 'subject'), g.n / 3)
               || ' ' || bench.pick(bench.words(g.language, 'audience'), g.n / 37) as title) t;

    insert into programme_module (programme_id, position, type, title, days, description)
    select p.id, m.position,
           (array['KICK_OFF', 'THEME_DAY', 'NETWORK_GROUP_MEETING', 'LEADERSHIP_ASSIGNMENT', 'COACHING_SESSION',
                  'KICK_ON'])[m.position],
           bench.pick(bench.words(p.language, 'subject'), p.id + m.position),
           case when m.position in (4, 5) then 0.5 else 1 end,
           bench.paragraph(p.language, p.id + m.position, 2)
    from programme p cross join generate_series(1, 6) as m(position);

    insert into programme_contact (programme_id, position, role, name, email, phone)
    select p.id, c.position,
           case c.position when 1 then 'CONSULTANT' else 'COURSE_SECRETARY' end,
           bench.pick(array['Marieke de Boer', 'Lars Nielsen', 'Emma Visser', 'Sofie Jensen', 'Tom Hendriks',
                            'Ida Christensen', 'Ruth Evans'], p.id + c.position),
           'contact' || p.id || '-' || c.position || '@bench.example',
           case c.position when 2 then '+31 30 ' || lpad((p.id % 10000000)::text, 7, '0') end
    from programme p cross join generate_series(1, 2) as c(position);
    raise notice 'programmes: % (% modules, % contacts)', (select count(*) from programme),
        (select count(*) from programme_module), (select count(*) from programme_contact);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Cohorts: per programme one completed, one running, two open or planned, one planned next year; six sessions each.
create or replace function bench.generate_cohorts(per_programme int) returns void language plpgsql as $$
begin
    insert into cohort (programme_id, code, start_date, end_date, location, online, time_zone, capacity,
                        min_participants, enrolment_opens, enrolment_closes, status, seat_release, offer_hours)
    select p.id,
           'C' || k || '-' || extract(year from s.start_date)::int || '-' || p.id,
           s.start_date, s.start_date + 120,
           case when p.id % 6 = 0 then null
                else bench.pick(case p.language when 'da' then array['Aarhus', 'København', 'Odense', 'Aalborg']
                                                when 'nl' then array['Utrecht', 'Zwolle', 'Eindhoven', 'Amersfoort']
                                                else array['London', 'Leeds', 'Bristol'] end, p.id + k) end,
           p.id % 6 = 0,
           case p.language when 'da' then 'Europe/Copenhagen' when 'en' then 'Europe/London' else 'Europe/Amsterdam' end,
           12 + (p.id * 7 + k) % 19,
           8,
           case s.status when 'OPEN' then current_date - 30 else s.start_date - 120 end,
           s.start_date - 7,
           s.status,
           case when p.id % 4 = 0 then 'OFFER' else 'CONFIRM_NEXT' end,
           48
    from programme p
    cross join generate_series(1, per_programme) k
    cross join lateral (
        select d.start_date,
               case when d.start_date < current_date - 125 then 'COMPLETED'
                    when d.start_date < current_date then 'RUNNING'
                    when p.status <> 'PUBLISHED' then 'PLANNED'
                    when k % 5 = 3 or (k % 5 = 4 and p.id % 2 = 0) then 'OPEN'
                    else 'PLANNED' end as status
        from (select case k % 5 when 1 then current_date - 300 + (p.id % 60)::int
                                when 2 then current_date - 60 + (p.id % 30)::int
                                when 3 then current_date + 30 + (p.id % 90)::int
                                when 4 then current_date + 120 + (p.id % 90)::int
                                else current_date + 240 + (p.id % 90)::int + 365 * (k / 5) end as start_date) d) s;

    insert into cohort_session (cohort_id, programme_module_id, title, starts_at, ends_at, location)
    select c.id, m.id, m.title,
           ((c.start_date + (s.n - 1) * 20) + time '09:00') at time zone c.time_zone,
           ((c.start_date + (s.n - 1) * 20) + time '16:30') at time zone c.time_zone,
           c.location
    from cohort c
    cross join generate_series(1, 6) s(n)
    left join programme_module m on m.programme_id = c.programme_id and m.position = s.n;
    raise notice 'cohorts: % (% sessions)', (select count(*) from cohort), (select count(*) from cohort_session);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- People: participants with one known password (its bcrypt hash computed once by the script), a few coaches,
-- secretaries and administrators, and three named accounts the benchmark signs in with.
create or replace function bench.generate_people(person_count int, password_hash text) returns void language plpgsql as $$
begin
    insert into person (email, display_name, preferred_language, password_hash, organisation, job_title, enabled,
                        email_confirmed, created_at)
    select 'person' || n || '@bench.example',
           bench.pick(array['Anna', 'Bram', 'Clara', 'Daan', 'Emil', 'Freja', 'Greta', 'Hugo', 'Ines', 'Jonas',
                            'Karin', 'Lucas', 'Maja', 'Noah', 'Olga', 'Pieter'], n)
               || ' ' || bench.pick(array['de Jong', 'Jansen', 'Nielsen', 'Hansen', 'Bakker', 'Pedersen', 'Smith',
                                          'Visser', 'Andersen', 'Meijer', 'Taylor', 'Larsen', 'Mulder'], n / 16),
           (array['nl', 'da', 'en'])[1 + n % 3],
           password_hash,
           bench.pick(array['IKC De Regenboog', 'Stichting Meervoud', 'Børnehuset Solsikken', 'Vesterbro Skole',
                            'Oakfield Primary', 'Kinderopvang Kikker', 'Skovgårdsskolen'], n / 7),
           bench.pick(array['Locatieleider', 'Directeur', 'Skoleleder', 'Pædagogisk leder', 'Headteacher',
                            'Teamleider', 'Afdelingsleder'], n / 5),
           true, true, now() - make_interval(days => (n % 900)::int)
    from generate_series(1, person_count) n;

    insert into person (email, display_name, preferred_language, password_hash, organisation, job_title, enabled,
                        email_confirmed)
    values ('bench-secretary@traject.test', 'Bench Secretary', 'en', password_hash, 'Traject', 'Secretary', true, true),
           ('bench-participant@traject.test', 'Bench Participant', 'en', password_hash, 'IKC Bench', 'Leader', true, true),
           ('bench-admin@traject.test', 'Bench Admin', 'en', password_hash, 'Traject', 'Administrator', true, true);

    insert into person_role (person_id, role)
    select p.id, 'PARTICIPANT' from person p
    where p.email like '%@bench.example' or p.email = 'bench-participant@traject.test';
    insert into person_role (person_id, role)
    select p.id, case when n <= 50 then 'COACH' when n <= 70 then 'SECRETARY' else 'ADMIN' end
    from person p cross join lateral (select substring(p.email from 'person(\d+)@')::int as n) x
    where p.email like 'person%@bench.example' and x.n <= 75;
    insert into person_role (person_id, role)
    select id, 'SECRETARY' from person where email = 'bench-secretary@traject.test'
    union all
    select id, 'ADMIN' from person where email = 'bench-admin@traject.test';
    raise notice 'people: % (% roles)', (select count(*) from person), (select count(*) from person_role);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Competency profiles: each a published version 1 in three languages with a five-level scale, four clusters of four
-- competencies and three indicators each. Content goes in while the version is a draft (the frozen-version triggers
-- allow nothing else), then the version is published. Three in four programmes develop one of them.
create or replace function bench.generate_profiles(profile_count int) returns void language plpgsql as $$
begin
    create temporary table new_version (profile_id bigint, n int) on commit drop;
    with profiles as (
        insert into competency_profile (code, created_at)
        select 'bench-profile-' || n, now() - interval '400 days' from generate_series(1, profile_count) n
        returning id, code)
    insert into new_version select p.id, substring(p.code from '\d+$')::int from profiles p;

    insert into profile_version (profile_id, number, status, default_language, created_at, updated_at, version)
    select profile_id, 1, 'DRAFT', (array['nl', 'da', 'en'])[1 + n % 3], now() - interval '400 days',
           now() - interval '400 days', 0
    from new_version;

    create temporary table version_ids on commit drop as
    select v.id, nv.n from profile_version v join new_version nv on nv.profile_id = v.profile_id;

    insert into profile_version_text (profile_version_id, language, name, role_title, description)
    select v.id, l.language,
           case l.language when 'nl' then 'Profiel leidinggevende ' when 'da' then 'Lederprofil '
                           else 'Leadership profile ' end || v.n,
           bench.pick(case l.language when 'nl' then array['Directeur IKC', 'Schoolleider', 'Teamleider']
                                      when 'da' then array['Skoleleder', 'Dagtilbudsleder', 'Afdelingsleder']
                                      else array['Headteacher', 'Centre manager', 'Team leader'] end, v.n),
           bench.paragraph(l.language, v.n, 3)
    from version_ids v cross join (values ('nl'), ('da'), ('en')) l(language);

    insert into scale_level (profile_version_id, level, label, descriptor)
    select v.id, s.level, (array['Beginner', 'Developing', 'Competent', 'Proficient', 'Expert'])[s.level],
           'Level ' || s.level || ': ' || bench.paragraph('en', v.n + s.level, 1)
    from version_ids v cross join generate_series(1, 5) s(level);

    insert into competency_cluster (profile_version_id, lineage_key, position, name, description)
    select v.id, gen_random_uuid(), c.position,
           (array['Vision and strategy', 'People and teams', 'Learning and quality', 'Partners and community'])[c.position],
           bench.paragraph('en', v.n + c.position, 2)
    from version_ids v cross join generate_series(1, 4) c(position);

    insert into competency (profile_version_id, cluster_id, lineage_key, position, name, description, target_level)
    select cl.profile_version_id, cl.id, gen_random_uuid(), k.position,
           cl.name || ': competency ' || k.position, bench.paragraph('en', cl.id + k.position, 2),
           2 + (cl.id + k.position) % 4
    from competency_cluster cl join version_ids v on v.id = cl.profile_version_id
    cross join generate_series(1, 4) k(position);

    -- indicators are a JPA @OrderColumn list: positions count from 0
    insert into competency_indicator (competency_id, position, text)
    select c.id, i.position, bench.paragraph('en', c.id + i.position, 1)
    from competency c join version_ids v on v.id = c.profile_version_id
    cross join generate_series(0, 2) i(position);

    update profile_version set status = 'PUBLISHED', published_at = now() - interval '390 days'
    where id in (select id from version_ids);

    update programme p set competency_profile_id = np.profile_id
    from new_version np
    where p.id % 4 <> 0 and np.n = 1 + p.id % profile_count;
    raise notice 'competency profiles: % (% competencies)', (select count(*) from competency_profile),
        (select count(*) from competency);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- ENROLMENTS (table from the enrolment branch, V21): about the requested number spread over the cohorts that took
-- sign-ups. Seats first (every ninth signs up and later cancels), then, in open cohorts, a gap-free waitlist; past
-- cohorts' overflow was cancelled. Plus one OPEN cohort of 200 confirmed people for the secretary's roster, coded
-- BENCH-ROSTER. Skipped, with a notice, where the enrolment table does not exist yet.
create or replace function bench.generate_enrolments(enrolment_count int) returns void language plpgsql as $$
declare
    eligible int;
    per_cohort int;
    roster bigint;
    people int;
begin
    if to_regclass('enrolment') is null or to_regclass('enrolment_event') is null then
        raise notice 'enrolments: SKIPPED (no enrolment table: merge the enrolment branch, then generate again)';
        return;
    end if;
    create temporary table bench_person on commit drop as
    select row_number() over (order by id) as n, id from person where email like 'person%@bench.example';
    select count(*) into people from bench_person;
    select count(*) into eligible from cohort where status in ('COMPLETED', 'RUNNING', 'OPEN');
    per_cohort := greatest(1, enrolment_count / greatest(eligible, 1));

    -- the commit-time waitlist check would run once per row; the rows below are gap-free by construction
    alter table enrolment disable trigger user;

    insert into cohort (programme_id, code, start_date, end_date, location, capacity, min_participants,
                        enrolment_opens, enrolment_closes, status)
    select id, 'BENCH-ROSTER', current_date + 60, current_date + 180, 'Utrecht', 200, 8, current_date - 30,
           current_date + 50, 'OPEN'
    from programme where status = 'PUBLISHED' and not requires_manager_approval order by id limit 1
    returning id into roster;

    -- who signs up: distinct people per cohort (104729 is prime, so i * 104729 walks the people without repeats);
    -- every ninth cancels later and holds no place; the others take seats in order, then the waitlist
    create temporary table planned on commit drop as
    select x.cohort_id, x.capacity, x.status, x.i, bp.id as person_id, x.cancelled,
           x.i - (case when x.cohort_id = roster then 0 else x.i / 9 end) as place
    from (select c.id as cohort_id, c.capacity, c.status, i, c.id <> roster and i % 9 = 0 as cancelled,
                 1 + (c.id * 7919 + i * 104729) % people as person_n
          from cohort c
          cross join lateral generate_series(1, case when c.id = roster then 200
                                                     else greatest(1, per_cohort - 10 + (c.id * 31 % 21)::int) end) i
          where c.status in ('COMPLETED', 'RUNNING', 'OPEN')) x
    join bench_person bp on bp.n = x.person_n;

    insert into enrolment (cohort_id, person_id, status, requested_at, status_changed_at, waitlist_position)
    select p.cohort_id, p.person_id,
           case when p.cancelled then 'CANCELLED'
                when p.place <= p.capacity then 'CONFIRMED'
                when p.status = 'OPEN' then 'WAITLISTED'
                else 'CANCELLED' end,
           now() - make_interval(days => 200, mins => -p.i::int),
           now() - make_interval(days => 100, mins => -p.i::int),
           case when not p.cancelled and p.place > p.capacity and p.status = 'OPEN' then (p.place - p.capacity)::int end
    from planned p;

    insert into enrolment_event (enrolment_id, cohort_id, occurred_at, change, status, waitlist_position,
                                 actor_role, actor_person_id)
    select e.id, e.cohort_id, e.requested_at, e.status, e.status, e.waitlist_position, 'PARTICIPANT', e.person_id
    from enrolment e;

    update cohort c set confirmed_count = s.held
    from (select cohort_id, count(*) filter (where status in ('CONFIRMED', 'OFFERED')) as held
          from enrolment group by cohort_id) s
    where s.cohort_id = c.id;

    alter table enrolment enable trigger user;
    raise notice 'enrolments: % (% waitlisted in % cohorts); roster cohort % has 200', (select count(*) from enrolment),
        (select count(*) from enrolment where status = 'WAITLISTED'),
        (select count(distinct cohort_id) from enrolment where status = 'WAITLISTED'), roster;
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- MEASUREMENTS AND PLANS: the requested number of submitted affinity measurements against the published profiles
-- above (a current level 1..5 and an affinity 1..5 per competency), each with a personal development plan of three
-- goals (each linked to one competency, with two actions and one piece of evidence), for participants who have a
-- CONFIRMED enrolment; bench-participant@traject.test is the first of them, so /my/plan has content to show.
create or replace function bench.generate_development(measurement_count int) returns void language plpgsql as $$
declare
    bench_participant bigint := (select id from person where email = 'bench-participant@traject.test');
    version_count int := (select count(*) from profile_version where status = 'PUBLISHED');
begin
    if version_count = 0 then
        raise notice 'measurements and plans: none (no published profile)';
        return;
    end if;
    create temporary table measured on commit drop as
    select person_id, (row_number() over (order by first desc, person_id))::int as n
    from (select bench_participant as person_id, true as first
          union all
          (select distinct e.person_id, false from enrolment e
           where e.status = 'CONFIRMED' and e.person_id <> bench_participant
           order by e.person_id limit greatest(measurement_count - 1, 0))) people;

    create temporary table published on commit drop as
    select id, (row_number() over (order by id) - 1)::int as k from profile_version where status = 'PUBLISHED';

    insert into assessment (person_id, profile_version_id, status, started_at, submitted_at)
    select m.person_id, v.id, 'SUBMITTED', now() - (60 + m.n % 90) * interval '1 day',
           now() - (59 + m.n % 90) * interval '1 day'
    from measured m join published v on v.k = m.n % version_count;

    insert into assessment_answer (assessment_id, competency_id, current_level, affinity, updated_at)
    select a.id, c.id, 1 + (a.id + c.id) % 5, 1 + (a.id * 7 + c.id * 3) % 5, a.submitted_at
    from assessment a
    join measured m on m.person_id = a.person_id
    join competency c on c.profile_version_id = a.profile_version_id;

    insert into development_plan (person_id, created_at)
    select person_id, now() - interval '55 days' from measured;

    insert into plan_goal (plan_id, title, description, success_criteria, target_date, created_at, updated_at)
    select p.id, g.title, g.description, g.criteria, current_date + g.k * 60, now() - interval '55 days',
           now() - interval '20 days'
    from development_plan p
    join measured m on m.person_id = p.person_id
    cross join (values
        (1, 'Lead the team meeting on learning results', 'Put the pupils'' results on every team agenda.',
            'Every meeting this term ends with an agreed next step.'),
        (2, 'Give feedback that helps', 'Visit two lessons a month and talk about them the same week.',
            'Teachers say the conversations help them (short survey in June).'),
        (3, 'Build a network outside the school', 'Join the regional network of school leaders.',
            'Three visits to other schools, each with one idea brought back.')) g(k, title, description, criteria);

    create temporary table goal_rank on commit drop as
    select g.id as goal_id, a.profile_version_id,
           (row_number() over (partition by g.plan_id order by g.id))::int as k
    from plan_goal g
    join development_plan p on p.id = g.plan_id
    join measured m on m.person_id = p.person_id
    join assessment a on a.person_id = p.person_id;

    insert into plan_goal_competency (goal_id, competency_id, profile_version_id, competency_name)
    select r.goal_id, c.id, c.profile_version_id, c.name
    from goal_rank r
    join lateral (select c.id, c.profile_version_id, c.name from competency c
                  where c.profile_version_id = r.profile_version_id order by c.id offset r.k - 1 limit 1) c on true;

    insert into plan_action (goal_id, type, description, due_date, status, created_at)
    select r.goal_id, a.type, a.description, current_date + a.days, a.status, now() - interval '50 days'
    from goal_rank r
    cross join (values
        ('COACHING_SESSION', 'Talk it through with the coach', 14, 'DONE'),
        ('READING', 'Read the chapter on feedback conversations', 30, 'IN_PROGRESS')) a(type, description, days, status);

    insert into plan_evidence (goal_id, entry_date, text, created_at)
    select r.goal_id, current_date - 10, 'Notes of the first conversation, with what I will try next.',
           now() - interval '10 days'
    from goal_rank r;

    raise notice 'measurements and plans: % measurements, % plans, % goals', (select count(*) from assessment),
        (select count(*) from development_plan), (select count(*) from plan_goal);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- DELIVERY AND EVALUATIONS, for the reports (issue 19): attendance for every confirmed participant at every session
-- that has taken place (about 85 % present, 7 % absent, 8 % excused); for completed cohorts the secretary's
-- completion decision (completed at 5 of 6 sessions present, the default rule's 80 %), a certificate with the
-- programme's register and points for each completer, a career outcome for seven in ten of them (about 60 % of those
-- a leadership role, as seed 003 advertises), and one evaluation round after the last session, to which every
-- participant was invited and about two in three answered (three questions on a scale, one choice, some texts).
-- Deterministic: every "random" figure is a hash of ids. Skipped, with a notice, where the tables do not exist.
create or replace function bench.generate_delivery() returns void language plpgsql as $$
begin
    if to_regclass('delivery_attendance') is null or to_regclass('delivery_award') is null then
        raise notice 'delivery: SKIPPED (no delivery tables)';
        return;
    end if;
    insert into delivery_attendance (cohort_id, session_id, enrolment_id, person_id, status, reason, recorded_at)
    select e.cohort_id, s.id, e.id, e.person_id, x.status,
           case when x.status = 'EXCUSED' then (array['Ziek', 'Syg', 'Family emergency', 'Inspectie op school'])[1 + (e.id % 4)::int] end,
           s.ends_at + interval '2 hours'
    from enrolment e
    join cohort c on c.id = e.cohort_id and c.status in ('COMPLETED', 'RUNNING')
    join cohort_session s on s.cohort_id = c.id and s.starts_at < now()
    cross join lateral (select case when (e.id * 31 + s.id * 17) % 100 < 85 then 'PRESENT'
                                    when (e.id * 31 + s.id * 17) % 100 < 92 then 'ABSENT'
                                    else 'EXCUSED' end as status) x
    where e.status = 'CONFIRMED';

    insert into delivery_completion (cohort_id, enrolment_id, person_id, programme_id, outcome, completed_on, rule_met,
                                     decided_at)
    select e.cohort_id, e.id, e.person_id, c.programme_id,
           case when present >= 5 then 'COMPLETED' else 'NOT_COMPLETED' end,
           case when present >= 5 then c.end_date end,
           present >= 5,
           (c.end_date + 3) + time '10:00'
    from enrolment e
    join cohort c on c.id = e.cohort_id and c.status = 'COMPLETED'
    -- one pass over the attendance (it has no index by enrolment alone)
    join (select a.enrolment_id, count(*) filter (where a.status = 'PRESENT') as present
          from delivery_attendance a join cohort ac on ac.id = a.cohort_id and ac.status = 'COMPLETED'
          group by a.enrolment_id) a on a.enrolment_id = e.id
    where e.status = 'CONFIRMED';

    insert into delivery_award (completion_id, person_id, programme_id, cohort_id, certificate_number, participant_name,
                                programme_title, programme_language, cohort_code, cohort_start, cohort_end, days,
                                register, points, renewal_years, completed_on, registration_valid_until, issued_at)
    select d.id, d.person_id, d.programme_id, d.cohort_id,
           'TRJ-' || extract(year from d.completed_on)::int || '-'
               || substr(lpad(upper(to_hex(d.id)), 8, '0'), 1, 4) || '-' || substr(lpad(upper(to_hex(d.id)), 8, '0'), 5, 4),
           pe.display_name, p.title, p.language, c.code, c.start_date, c.end_date, 5,
           p.accreditation_register, p.accreditation_points, p.accreditation_renewal_years, d.completed_on,
           case when p.accreditation_renewal_years is not null
                then (d.completed_on + make_interval(years => p.accreditation_renewal_years))::date end,
           d.decided_at
    from delivery_completion d
    join cohort c on c.id = d.cohort_id
    join programme p on p.id = d.programme_id
    join person pe on pe.id = d.person_id
    where d.outcome = 'COMPLETED';

    insert into delivery_career_outcome (award_id, person_id, programme_id, kind, role_title, occurred_on, recorded_at)
    select a.id, a.person_id, a.programme_id, x.kind,
           case x.kind when 'FORMAL_LEADERSHIP_ROLE' then 'Directeur' when 'LEADERSHIP_LIKE_ROLE' then 'Teamleider' end,
           least(a.completed_on + (a.id * 13 % 120)::int, current_date),
           a.issued_at + make_interval(days => (a.id * 13 % 120)::int + 7)
    from delivery_award a
    cross join lateral (select case when a.id * 37 % 100 < 40 then 'FORMAL_LEADERSHIP_ROLE'
                                    when a.id * 37 % 100 < 60 then 'LEADERSHIP_LIKE_ROLE'
                                    else 'NONE_YET' end as kind) x
    where a.id * 11 % 10 < 7;
    raise notice 'delivery: % attendance registrations, % completion decisions, % certificates, % career outcomes',
        (select count(*) from delivery_attendance), (select count(*) from delivery_completion),
        (select count(*) from delivery_award), (select count(*) from delivery_career_outcome);

    if to_regclass('evaluation_round') is null then
        raise notice 'evaluations: SKIPPED (no evaluation tables)';
        return;
    end if;
    insert into evaluation_round (programme_id, cohort_id, session_id, form_id, held_on, opened_at, closes_at)
    select c.programme_id, c.id, null, f.id, last.day, last.day + time '17:00', last.day + time '17:00' + interval '14 days'
    from cohort c
    join programme p on p.id = c.programme_id
    join evaluation_form f on f.programme_id is null and f.language = p.language
    cross join lateral (select max(s.starts_at)::date as day from cohort_session s where s.cohort_id = c.id) last
    where c.status = 'COMPLETED';

    insert into evaluation_invitation (round_id, person_id, language, answered, invited_at, reminded_at)
    select r.id, e.person_id, p.language, (e.id * 7 + r.id) % 100 < 65, r.opened_at,
           case when (e.id * 7 + r.id) % 100 >= 40 then r.opened_at + interval '7 days' end
    from evaluation_round r
    join programme p on p.id = r.programme_id
    join enrolment e on e.cohort_id = r.cohort_id and e.status = 'CONFIRMED';

    create temporary table bench_response on commit drop as
    select gen_random_uuid() as id, i.round_id, i.id as n
    from evaluation_invitation i where i.answered;
    insert into evaluation_response (id, round_id) select id, round_id from bench_response;
    insert into evaluation_answer (response_id, question_id, scale, choice, text)
    select b.id, q.id,
           case when q.kind = 'SCALE' then (array[2, 3, 3, 4, 4, 4, 4, 5, 5, 5])[1 + ((b.n * 7 + q.position * 3) % 10)::int] end,
           case when q.kind = 'CHOICE' then ((b.n + q.position) % 5 / 2)::int end,
           case when q.kind = 'TEXT' then 'Meer tijd voor intervisie, graag.' end
    from bench_response b
    join evaluation_round r on r.id = b.round_id
    join evaluation_question q on q.form_id = r.form_id
    where q.kind <> 'TEXT' or b.n % 3 = 0;
    raise notice 'evaluations: % rounds, % invitations, % responses, % answers', (select count(*) from evaluation_round),
        (select count(*) from evaluation_invitation), (select count(*) from evaluation_response),
        (select count(*) from evaluation_answer);
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Reference (b): TechEmpower's Fortunes table, 12 rows, for the bench profile's /bench/fortunes page.
create or replace function bench.generate_fortunes() returns void language plpgsql as $$
begin
    drop table if exists bench.fortune;
    create table bench.fortune (id integer primary key, message varchar(2048) not null);
    insert into bench.fortune (id, message) values
        (1, 'A benchmark measures the machine as much as the code.'),
        (2, 'Median first, then the tail: p99 is where users live.'),
        (3, '<script>alert("this must arrive escaped");</script>'),
        (4, 'Ampersands & angle brackets <b> are text here, not markup.'),
        (5, 'Two cores, many engineers: share the machine kindly.'),
        (6, 'Ein Vorhersage mit Umlauten: Größe, Übung, Ärger.'),
        (7, 'Een goed plan begint met een eerlijke meting.'),
        (8, 'Den bedste leder lytter før hun taler.'),
        (9, 'フレームワークのベンチマーク'),
        (10, 'The cache you forgot about is the one that lies.'),
        (11, 'Quotes "double" and ''single'' survive the template.'),
        (12, 'Every page a fixed number of statements.');
end $$;

-- ---------------------------------------------------------------------------------------------------------------
\o /dev/null
select bench.generate_programmes(:programmes);
select bench.generate_cohorts(:cohorts_per_programme);
select bench.generate_people(:people, :'password_hash');
select bench.generate_profiles(:profiles);
select bench.generate_enrolments(:enrolments);
select bench.generate_development(:measurements);
select bench.generate_delivery();
select bench.generate_fortunes();
\o

create table if not exists bench.generated (generated_at timestamptz not null, parameters text not null,
                                            schema_rank integer not null);
delete from bench.generated;
insert into bench.generated (generated_at, parameters, schema_rank)
select now(), :'parameters', max(installed_rank) from flyway_schema_history;
set client_min_messages = error;
analyze;
