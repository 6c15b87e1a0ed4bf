package org.traject.development;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.people.Actor;
import org.traject.competencies.internal.CompetencyDetails;
import org.traject.competencies.internal.ProfileDetails;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ProfileText;
import org.traject.competencies.internal.ScaleLevel;
import org.traject.development.internal.Answers;
import org.traject.development.internal.Measurements;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * Test data for the development tests, unique per call (the database is shared by the
 * whole run): accounts, published profiles of a chosen size, measurements answered and
 * handed in.
 */
final class DevelopmentFixtures {

	static final String PASSWORD = "fixture-password";

	private final People people;

	private final UserDetailsService users;

	private final ProfileEditing profileEditing;

	private final CompetencyProfiles profiles;

	private final Measurements measurements;

	private final JdbcTemplate jdbc;

	DevelopmentFixtures(People people, UserDetailsService users, ProfileEditing profileEditing,
			CompetencyProfiles profiles, Measurements measurements, JdbcTemplate jdbc) {
		this.people = people;
		this.users = users;
		this.profileEditing = profileEditing;
		this.profiles = profiles;
		this.measurements = measurements;
		this.jdbc = jdbc;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	People.PersonView person(String name, Role role) {
		return people.ensureAccount(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + unique() + "@example.org",
				name, SupportedLanguages.ENGLISH, PASSWORD, Set.of(role), "Test school", null);
	}

	RequestPostProcessor as(People.PersonView person) {
		return user(users.loadUserByUsername(person.email()));
	}

	/**
	 * A published profile with competencies named "Competency 1..n" over two clusters,
	 * targets 4, scale 1–5.
	 */
	ProfileVersionView profile(int competencies) {
		var draft = profileEditing.createProfile(Actor.system(), null,
				new ProfileDetails("en", Map.of("en", new ProfileText("Fixture " + unique(), "Leader", null))),
				List.of(new ScaleLevel(1, "One", "First"), new ScaleLevel(2, "Two", "Second"),
						new ScaleLevel(3, "Three", "Third"), new ScaleLevel(4, "Four", "Fourth"),
						new ScaleLevel(5, "Five", "Fifth")));
		long id = draft.getId();
		long first = profileEditing.addCluster(Actor.system(), id, lock(id), "First cluster", null).getId();
		long second = profileEditing.addCluster(Actor.system(), id, lock(id), "Second cluster", null).getId();
		for (int i = 1; i <= competencies; i++) {
			profileEditing.addCompetency(Actor.system(), id, lock(id), new CompetencyDetails(
					i % 2 == 1 ? first : second, "Competency " + i, "Does thing " + i, 4, List.of("Indicator " + i)));
		}
		profileEditing.publish(Actor.system(), id, lock(id));
		return profiles.findVersion(id, Locale.ENGLISH).orElseThrow();
	}

	private long lock(long versionId) {
		return profiles.findVersion(versionId, Locale.ENGLISH).orElseThrow().lockVersion();
	}

	/** A handed-in measurement; {@code answer} gives {level, affinity} per competency. */
	long submitted(long personId, ProfileVersionView profile, Long programmeId,
			Function<ProfileVersionView.CompetencyView, int[]> answer) {
		long id = measurements.start(personId, profile.id(), programmeId);
		var answers = profile.clusters().stream().flatMap(c -> c.competencies().stream()).map(k -> {
			int[] a = answer.apply(k);
			return new Answers.Answer(k.id(), a[0], a[1], null);
		}).toList();
		measurements.saveAnswers(id, personId, answers);
		measurements.submit(id, personId, measurements.own(id, personId).getVersion());
		return id;
	}

	/**
	 * Answers a feedback invitation for the given measurement, every competency at the
	 * given level.
	 */
	void feedback(long assessmentId, long personId, ProfileVersionView profile,
			org.traject.development.Relation relation, int level) {
		String link = measurements
			.invite(assessmentId, personId, relation, "Rater " + unique(), "rater-" + unique() + "@example.org", "en")
			.link();
		var levels = new java.util.HashMap<Long, Integer>();
		profile.clusters().forEach(c -> c.competencies().forEach(k -> levels.put(k.id(), level)));
		measurements.giveFeedback(link.substring("/feedback/".length()), levels);
	}

	JdbcTemplate jdbc() {
		return jdbc;
	}

}
