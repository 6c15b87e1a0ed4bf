package org.traject.coaching.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.People;
import org.traject.web.ProviderTimeZone;

/**
 * Coach profiles and the programmes each coach serves. A profile is public (on the pages
 * of the programmes it serves) once its coach publishes it.
 */
@Component
public class CoachProfiles {

	private static final String SELECT = """
			select c.coach_person_id, c.specialties, c.languages, c.region, c.how_i_work, c.time_zone, c.published,
			       c.version, coalesce(array_agg(p.programme_id order by p.programme_id)
			                            filter (where p.programme_id is not null), '{}') as programmes
			from coach_profile c left join coach_programme p on p.coach_person_id = c.coach_person_id
			""";

	private final JdbcClient jdbc;

	private final People people;

	private final ProviderTimeZone timeZone;

	CoachProfiles(JdbcClient jdbc, People people, ProviderTimeZone timeZone) {
		this.jdbc = jdbc;
		this.people = people;
		this.timeZone = timeZone;
	}

	/** A coach's profile as they see and edit it. */
	public record CoachProfile(long coachId, String name, @Nullable String organisation, List<String> specialties,
			List<String> languages, @Nullable String region, String howIWork, String timeZone, boolean published,
			List<Long> programmeIds, long version, boolean exists) {
	}

	/** What a coach changes on their profile. */
	public record ProfileChange(List<String> specialties, List<String> languages, @Nullable String region,
			String howIWork, String timeZone, boolean published, List<Long> programmeIds, long version) {
	}

	/** The coach's profile, or an empty unpublished one when they have none yet. */
	@Transactional(readOnly = true)
	public CoachProfile ofCoach(long coachId) {
		var person = people.findById(coachId).orElseThrow();
		return rows("where c.coach_person_id = :coach group by c.coach_person_id", Map.of("coach", coachId)).stream()
			.findFirst()
			.map(row -> row.toProfile(person.displayName(), person.organisation()))
			.orElseGet(() -> new CoachProfile(coachId, person.displayName(), person.organisation(), List.of(),
					List.of(), null, "", timeZone.id(), false, List.of(), 0, false));
	}

	/** A published profile of a coach who serves the programme. */
	@Transactional(readOnly = true)
	public Optional<CoachProfile> publishedFor(long programmeId, long coachId) {
		return published(programmeId).stream().filter(p -> p.coachId() == coachId).findFirst();
	}

	/**
	 * The published profiles of the coaches who serve the programme, by name, in two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public List<CoachProfile> published(long programmeId) {
		var rows = rows("""
				where c.published and c.coach_person_id in
				      (select coach_person_id from coach_programme where programme_id = :programme)
				group by c.coach_person_id""", Map.of("programme", programmeId));
		return named(rows);
	}

	/** The ids of every programme some published coach serves. */
	@Transactional(readOnly = true)
	public List<Long> servedProgrammes() {
		return jdbc.sql("""
				select distinct p.programme_id from coach_programme p
				join coach_profile c on c.coach_person_id = p.coach_person_id where c.published""")
			.query(Long.class)
			.list();
	}

	/**
	 * Creates or changes the coach's profile; the version must be the one the coach read.
	 */
	@Transactional
	public void save(long coachId, ProfileChange change) {
		int changed;
		if (change.version() == 0 && !exists(coachId)) {
			changed = jdbc.sql("""
					insert into coach_profile (coach_person_id, specialties, languages, region, how_i_work, time_zone,
					                           published, updated_at)
					values (:coach, :specialties, :languages, :region, :how, :zone, :published, now())
					on conflict do nothing""").params(params(coachId, change)).update();
		}
		else {
			changed = jdbc.sql("""
					update coach_profile set specialties = :specialties, languages = :languages, region = :region,
					       how_i_work = :how, time_zone = :zone, published = :published, updated_at = now(),
					       version = version + 1
					where coach_person_id = :coach and version = :version""").params(params(coachId, change)).update();
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Coach profile " + coachId + " changed meanwhile");
		}
		jdbc.sql("delete from coach_programme where coach_person_id = :coach").param("coach", coachId).update();
		for (long programme : change.programmeIds()) {
			jdbc.sql("insert into coach_programme (coach_person_id, programme_id) values (:coach, :programme)")
				.param("coach", coachId)
				.param("programme", programme)
				.update();
		}
	}

	/** Whether the coach has a profile, published or not. */
	@Transactional(readOnly = true)
	public boolean exists(long coachId) {
		return jdbc.sql("select count(*) > 0 from coach_profile where coach_person_id = :coach")
			.param("coach", coachId)
			.query(Boolean.class)
			.single();
	}

	/** The time zone of each coach's weekly slots. */
	Map<Long, String> zones(Collection<Long> coachIds) {
		Map<Long, String> zones = new LinkedHashMap<>();
		jdbc.sql("select coach_person_id, time_zone from coach_profile where coach_person_id = any(:ids)")
			.param("ids", coachIds.toArray(Long[]::new))
			.query((java.sql.ResultSet row) -> {
				zones.put(row.getLong(1), row.getString(2));
			});
		return zones;
	}

	private Map<String, Object> params(long coachId, ProfileChange change) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("coach", coachId);
		params.put("specialties", change.specialties().toArray(String[]::new));
		params.put("languages", change.languages().toArray(String[]::new));
		params.put("region", change.region());
		params.put("how", change.howIWork());
		params.put("zone", change.timeZone());
		params.put("published", change.published());
		params.put("version", change.version());
		return params;
	}

	private List<CoachProfile> named(List<Row> rows) {
		var names = people.findAllById(rows.stream().map(Row::coachId).toList());
		List<CoachProfile> profiles = new ArrayList<>();
		for (Row row : rows) {
			var person = names.get(row.coachId());
			if (person != null) {
				profiles.add(row.toProfile(person.displayName(), person.organisation()));
			}
		}
		profiles.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return profiles;
	}

	private List<Row> rows(String where, Map<String, Object> params) {
		return jdbc.sql(SELECT + where)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("coach_person_id"), strings(rs.getArray("specialties")),
					strings(rs.getArray("languages")), rs.getString("region"), rs.getString("how_i_work"),
					rs.getString("time_zone"), rs.getBoolean("published"), rs.getLong("version"),
					Arrays.stream((Long[]) rs.getArray("programmes").getArray()).toList()))
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private record Row(long coachId, List<String> specialties, List<String> languages, @Nullable String region,
			String howIWork, String timeZone, boolean published, long version, List<Long> programmes) {

		CoachProfile toProfile(String name, @Nullable String organisation) {
			return new CoachProfile(coachId, name, organisation, specialties, languages, region, howIWork, timeZone,
					published, programmes, version, true);
		}
	}

}
