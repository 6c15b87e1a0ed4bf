-- Owned by the coaching module. A coach's optional photo for their public page: the image itself (checked by its
-- content to be a PNG, JPEG, GIF or WebP image of at most 2 MB when uploaded) and its content type.
create table coach_photo (
    coach_person_id  bigint       primary key,
    content          bytea        not null check (octet_length(content) <= 2097152),
    content_type     varchar(20)  not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    updated_at       timestamptz  not null default now()
);
