-- HTTP sessions live in PostgreSQL (Spring Session JDBC), so every application instance behind a load balancer sees
-- the same signed-in person, CSRF token and flash messages. Columns are the ones Spring Session's
-- JdbcIndexedSessionRepository reads and writes; times are epoch milliseconds.
create table spring_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval integer  not null,
    expiry_time           bigint   not null,
    -- the e-mail address of the signed-in person (the principal's name); emails may be up to 254 characters
    principal_name        varchar(320)
);
create unique index spring_session_session_id on spring_session (session_id);
-- the clean-up job deletes expired sessions by this column
create index spring_session_expiry_time on spring_session (expiry_time);
create index spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
