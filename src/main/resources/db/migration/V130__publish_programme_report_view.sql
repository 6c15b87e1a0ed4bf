-- Published by the catalogue module (read-only, for reports): what a report needs to name, filter and group a
-- programme by. Other modules read this view, never the programme table.
create view programme_report as
select p.id       as programme_id,
       p.title    as title,
       p.language as language,
       p.sectors  as sectors,
       p.status   as status
from programme p;
