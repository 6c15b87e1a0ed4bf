package org.traject.coaching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.web.ProviderTimeZone;

/**
 * How many coaching appointments a participant may book, per programme: as many as the
 * programme has coaching-session modules when they hold a confirmed place in one of its
 * cohorts; one in every free-standing coaching programme (format {@code COACHING}). Used
 * counts every appointment that is not cancelled.
 */
@Component
public class Entitlements {

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final ProviderTimeZone providerZone;

	private final org.traject.people.People people;

	Entitlements(Cohorts cohorts, Catalogue catalogue, JdbcClient jdbc, ProviderTimeZone providerZone,
			org.traject.people.People people) {
		this.people = people;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.providerZone = providerZone;
	}

	/**
	 * One programme's entitlement for one participant.
	 *
	 * @param timeZone the zone the participant's times are shown in by default: their
	 * cohort's, or the provider's for a free-standing coaching programme
	 */
	public record Entitlement(long programmeId, String programmeTitle, String programmeLanguage, String programmeSlug,
			int granted, int used, String timeZone) {

		public int left() {
			return Math.max(0, granted - used);
		}
	}

	/** The participant's entitlements, by programme title. */
	@Transactional(readOnly = true)
	public List<Entitlement> of(long personId) {
		Map<Long, String> enrolledZones = new HashMap<>();
		cohorts.enrolmentsOf(personId)
			.stream()
			.filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
			.forEach(e -> enrolledZones.putIfAbsent(e.programmeId(), e.timeZone()));
		Map<Long, Integer> used = used(personId);
		List<Entitlement> entitlements = new ArrayList<>();
		for (var programme : catalogue.publishedWithModule(ModuleType.COACHING_SESSION)) {
			int sessions = (int) programme.modules()
				.stream()
				.filter(m -> m.type() == ModuleType.COACHING_SESSION)
				.count();
			int granted;
			String zone;
			if (enrolledZones.containsKey(programme.id())) {
				granted = sessions;
				zone = enrolledZones.get(programme.id());
			}
			else if (programme.format() == ProgrammeFormat.COACHING) {
				granted = 1;
				zone = providerZone.id();
			}
			else {
				continue;
			}
			entitlements.add(new Entitlement(programme.id(), programme.title(), programme.language(), programme.slug(),
					granted, used.getOrDefault(programme.id(), 0), zone));
		}
		return entitlements;
	}

	/** The participant's entitlement in one programme; none is an entitlement of 0. */
	@Transactional(readOnly = true)
	public Entitlement in(long personId, long programmeId) {
		return of(personId).stream()
			.filter(e -> e.programmeId() == programmeId)
			.findFirst()
			.orElseThrow(() -> new CoachingRefusal("programmeId", "coaching.book.notEntitled"));
	}

	/** One participant's use of a programme's coaching sessions, for the secretary. */
	public record Use(long personId, String name, String email, int granted, int used) {

		public int left() {
			return Math.max(0, granted - used);
		}
	}

	/**
	 * The coaching sessions of everyone with a confirmed place in the programme's cohorts
	 * (or, in a free-standing coaching programme, everyone who booked), by name.
	 */
	@Transactional(readOnly = true)
	public List<Use> uses(long programmeId) {
		var programme = catalogue.find(programmeId).orElseThrow();
		int sessions = (int) programme.modules().stream().filter(m -> m.type() == ModuleType.COACHING_SESSION).count();
		Map<Long, Integer> used = new HashMap<>();
		jdbc.sql("""
				select participant_person_id, count(*) from coaching_appointment
				where programme_id = :programme and status <> 'CANCELLED' group by participant_person_id""")
			.param("programme", programmeId)
			.query((java.sql.ResultSet rs) -> {
				used.put(rs.getLong(1), rs.getInt(2));
			});
		// everyone with a confirmed place in one of the programme's cohorts, in one
		// statement
		// however many cohorts it has (the cohorts module's published view)
		var placed = new java.util.LinkedHashSet<>(jdbc.sql("""
				select distinct person_id from confirmed_place where programme_id = :programme""")
			.param("programme", programmeId)
			.query(Long.class)
			.list());
		Map<Long, Use> uses = new java.util.LinkedHashMap<>();
		var everyone = new java.util.LinkedHashSet<>(placed);
		if (programme.format() == ProgrammeFormat.COACHING) {
			everyone.addAll(used.keySet());
		}
		people.findAllById(everyone).values().forEach(p -> {
			int granted = placed.contains(p.id()) ? sessions : 1;
			uses.put(p.id(), new Use(p.id(), p.displayName(), p.email(), granted, used.getOrDefault(p.id(), 0)));
		});
		return uses.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Use::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Map<Long, Integer> used(long personId) {
		Map<Long, Integer> used = new HashMap<>();
		jdbc.sql("""
				select programme_id, count(*) from coaching_appointment
				where participant_person_id = :person and status <> 'CANCELLED' group by programme_id""")
			.param("person", personId)
			.query((java.sql.ResultSet rs) -> {
				used.put(rs.getLong(1), rs.getInt(2));
			});
		return used;
	}

}
