package org.traject.development.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.ParticipantProgrammes;

/**
 * What to do about the competencies with the highest potential. Two honest, simple rules,
 * stated on the page:
 * <ul>
 * <li>a module of the participant's own programme is suggested for a competency when its
 * title shares a word (or the start of one, at least five letters) with the competency's
 * name, its cluster's name or its behavioural indicators; coaching sessions are suggested
 * for every competency, since they work on whatever the participant brings;</li>
 * <li>other published programmes that develop the same profile are listed with their next
 * cohort: a sign-up link when it is open, otherwise a link to the programme page to be
 * told when one opens.</li>
 * </ul>
 */
@Component
public class Suggestions {

	/** How many of the top competencies get suggestions. */
	public static final int TOP = 3;

	/** Words too common in competency texts and module titles to say anything. */
	private static final Set<String> STOP_WORDS = Set.of("leidinggeven", "leiderschap", "leidinggevende", "ledelse",
			"leder", "ledere", "leadership", "leader", "leading", "themadag", "temadag", "theme", "module", "modul",
			"eigen", "andere", "anden", "andre", "other", "their", "which", "about", "tussen", "samen", "sammen",
			"binnen", "within", "between", "naar", "zijn", "hvordan", "heldere", "tydeligt", "clear");

	private final Catalogue catalogue;

	private final List<ParticipantProgrammes> participantProgrammes;

	private final JdbcClient jdbc;

	Suggestions(Catalogue catalogue, List<ParticipantProgrammes> participantProgrammes, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.participantProgrammes = participantProgrammes;
		this.jdbc = jdbc;
	}

	/**
	 * The programmes a person takes part in, from every implementation of the SPI (see
	 * {@link ParticipantProgrammes}).
	 */
	public Set<Long> programmesOf(long personId) {
		var ids = new LinkedHashSet<Long>();
		participantProgrammes.forEach(p -> ids.addAll(p.programmeIdsOf(personId)));
		return ids;
	}

	/**
	 * @param top the ranked rows with potential, highest first; only the first
	 * {@link #TOP} with a potential count
	 * @param measuredFor the programme the measurement was taken for, if any
	 */
	public Suggested suggest(long personId, @Nullable Long measuredFor, ProfileVersionView profile,
			List<ResultRow> top) {
		var mine = new LinkedHashSet<Long>();
		if (measuredFor != null) {
			mine.add(measuredFor);
		}
		mine.addAll(programmesOf(personId));
		var myProgrammes = catalogue.findAll(mine)
			.values()
			.stream()
			.filter(p -> p.id() == (measuredFor == null ? -1 : measuredFor)
					|| Long.valueOf(profile.profileId()).equals(p.competencyProfileId()))
			.toList();

		var perCompetency = new ArrayList<CompetencySuggestion>();
		for (ResultRow row : top.stream().filter(r -> r.potential() > 0).limit(TOP).toList()) {
			var competency = find(profile, row.competencyId());
			Set<String> words = words(row.name() + " " + row.cluster() + " "
					+ (competency == null ? "" : String.join(" ", competency.indicators())));
			var modules = new ArrayList<ModuleMatch>();
			for (var programme : myProgrammes) {
				for (var module : programme.modules()) {
					if (module.type() == ModuleType.COACHING_SESSION || matches(words, words(module.title()))) {
						modules.add(new ModuleMatch(programme.id(), programme.slug(), programme.title(),
								programme.language(), module.title(), module.type() == ModuleType.COACHING_SESSION));
					}
				}
			}
			perCompetency.add(new CompetencySuggestion(row, modules));
		}
		return new Suggested(perCompetency, !myProgrammes.isEmpty(), otherProgrammes(profile.profileId(), mine));
	}

	private List<ProgrammeOption> otherProgrammes(long profileId, Collection<Long> excluded) {
		return jdbc.sql("""
				select p.programme_id as id, p.slug, p.title, p.language, a.next_cohort_id, a.next_start_date,
				       a.next_signup_open
				from programme_listing p
				join programme_availability a on a.programme_id = p.programme_id
				where p.status = 'PUBLISHED' and p.competency_profile_id = :profileId
				order by a.next_start_date nulls last, p.title""")
			.param("profileId", profileId)
			.query((rs, n) -> new ProgrammeOption(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getString("language"), (Long) rs.getObject("next_cohort_id"),
					rs.getObject("next_start_date", LocalDate.class), rs.getBoolean("next_signup_open")))
			.list()
			.stream()
			.filter(p -> !excluded.contains(p.id()))
			.toList();
	}

	private static ProfileVersionView.@Nullable CompetencyView find(ProfileVersionView profile, long competencyId) {
		return profile.clusters()
			.stream()
			.flatMap(c -> c.competencies().stream())
			.filter(c -> c.id() == competencyId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Lower-case words of at least five letters, accents folded, common words left out.
	 */
	static Set<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		var words = new HashSet<String>();
		for (String word : folded.split("[^\\p{L}]+")) {
			if (word.length() >= 5 && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Two words match when one begins with the other ("visie" and "visiegericht"). */
	static boolean matches(Set<String> a, Set<String> b) {
		for (String x : a) {
			for (String y : b) {
				if (x.startsWith(y) || y.startsWith(x)) {
					return true;
				}
			}
		}
		return false;
	}

	public record Suggested(List<CompetencySuggestion> competencies, boolean hasOwnProgramme,
			List<ProgrammeOption> otherProgrammes) {
	}

	public record CompetencySuggestion(ResultRow row, List<ModuleMatch> modules) {
	}

	/**
	 * @param always true for a coaching session, suggested for every competency
	 */
	public record ModuleMatch(long programmeId, String programmeSlug, String programmeTitle, String language,
			String moduleTitle, boolean always) {
	}

	/**
	 * A programme that develops the profile, with its next cohort (open for sign-up or
	 * not yet).
	 */
	public record ProgrammeOption(long id, String slug, String title, String language, @Nullable Long nextCohortId,
			@Nullable LocalDate nextStartDate, boolean open) {
	}

}
