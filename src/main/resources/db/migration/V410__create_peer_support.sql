-- Owned by the peers module. Peer supporters (collegiale ondersteuners, sparringspartnere): experienced school leaders
-- whom an administrator lists, with a short profile they keep themselves and can pause. People are referred to by id
-- only: they belong to the people module.
create table peer_supporter (
    person_id         bigint       primary key,
    sector            varchar(40)  not null default 'PRIMARY',
    years_experience  integer      not null default 0 check (years_experience between 0 and 60),
    themes            text[]       not null default '{}',
    about             varchar(1000) not null default '',
    paused            boolean      not null default false,
    listed_at         timestamptz  not null default now(),
    version           bigint       not null default 0
);

-- A question a participant asks a supporter, and the supporter's answer. Seen by those two only; the emails about it
-- go through the outbox and carry neither side's address.
create table peer_question (
    id                   bigint generated always as identity primary key,
    asker_person_id      bigint        not null,
    supporter_person_id  bigint        not null,
    subject              varchar(150)  not null,
    question             text          not null check (length(question) <= 4000),
    asked_at             timestamptz   not null default now(),
    answer               text          check (length(answer) <= 4000),
    answered_at          timestamptz,
    constraint peer_question_answered check ((answer is null) = (answered_at is null))
);
create index peer_question_asker on peer_question (asker_person_id, asked_at desc);
create index peer_question_supporter on peer_question (supporter_person_id, asked_at desc);
