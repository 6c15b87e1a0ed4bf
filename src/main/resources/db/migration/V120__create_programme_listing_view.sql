-- The catalogue module's published read model for other modules' SQL: a programme's name, address, language, status
-- and the competency profile it develops, without its texts. The development module joins it (with the cohorts
-- module's programme_availability) to suggest programmes; nobody outside the catalogue reads the programme table.
create view programme_listing as
select p.id as programme_id, p.slug, p.title, p.language, p.status, p.competency_profile_id
from programme p;
