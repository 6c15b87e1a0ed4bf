package org.traject.competencies.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;

/** What the admin pages show, each page's data read in one transaction. */
@Service
@Transactional(readOnly = true)
public class ProfileQueries {

	private final ProfileVersionRepository versions;

	private final AuditRepository audit;

	private final CompetencyProfiles facade;

	ProfileQueries(ProfileVersionRepository versions, AuditRepository audit, CompetencyProfiles facade) {
		this.versions = versions;
		this.audit = audit;
		this.facade = facade;
	}

	public record VersionSummary(long id, int number, String status, int competencies, long usages, Instant changedAt) {
	}

	/**
	 * A profile with all its versions, newest last; {@code name} is the newest version's,
	 * in the reader's language.
	 */
	public record ProfileRow(long profileId, String name, String language, List<VersionSummary> versions) {

		public VersionSummary latest() {
			return versions.get(versions.size() - 1);
		}

		public long usages() {
			return versions.stream().mapToLong(VersionSummary::usages).sum();
		}
	}

	/**
	 * Everything the version page needs: the view, all texts for the form, and the
	 * profile's other versions.
	 */
	public record Snapshot(ProfileVersionView view, Map<String, ProfileText> texts, ProfileRow profile) {
	}

	public record Comparison(ProfileRow profile, VersionSummary from, VersionSummary to,
			List<ProfileComparison.Change> changes) {
	}

	public List<ProfileRow> overview(Locale locale) {
		var byProfile = new LinkedHashMap<Long, List<ProfileVersion>>();
		for (ProfileVersion v : versions.findAllWithProfile()) {
			byProfile.computeIfAbsent(v.getProfile().getId(), k -> new ArrayList<>()).add(v);
		}
		return byProfile.values()
			.stream()
			.map(list -> row(list, locale))
			.sorted(Comparator.comparing(ProfileRow::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public ProfileRow profile(long profileId, Locale locale) {
		var list = versions.findByProfile(profileId);
		if (list.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return row(list, locale);
	}

	public Snapshot snapshot(long versionId, Locale locale) {
		var v = versions.findById(versionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Snapshot(ProfileViews.of(v, locale), v.getTexts(),
				row(versions.findByProfile(v.getProfile().getId()), locale));
	}

	/**
	 * Published and retired versions, for every signed-in person; a draft is not found.
	 */
	public ProfileVersionView readable(long versionId, Locale locale) {
		return versions.findById(versionId)
			.filter(v -> !v.isDraft())
			.map(v -> ProfileViews.of(v, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	public Comparison compare(long profileId, long fromId, long toId, Locale locale) {
		var from = versions.findById(fromId).filter(v -> v.getProfile().getId() == profileId);
		var to = versions.findById(toId).filter(v -> v.getProfile().getId() == profileId);
		if (from.isEmpty() || to.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Comparison(profile(profileId, locale), summary(from.get()), summary(to.get()),
				ProfileComparison.compare(from.get(), to.get()));
	}

	public List<AuditEntry> recentAudit(int limit) {
		return audit.findByOrderByAtDescIdDesc(Limit.of(limit));
	}

	public List<AuditEntry> audit(long profileId, int limit) {
		return audit.findByProfileIdOrderByAtDescIdDesc(profileId, Limit.of(limit));
	}

	public record Counts(long published, long drafts, long competencies) {
	}

	public Counts counts() {
		return new Counts(versions.countByStatus(ProfileStatus.PUBLISHED), versions.countByStatus(ProfileStatus.DRAFT),
				versions.countPublishedCompetencies());
	}

	private ProfileRow row(List<ProfileVersion> list, Locale locale) {
		var newest = list.get(list.size() - 1);
		return new ProfileRow(newest.getProfile().getId(), newest.text(locale).name(), newest.textLanguage(locale),
				list.stream().map(this::summary).toList());
	}

	private VersionSummary summary(ProfileVersion v) {
		return new VersionSummary(v.getId(), v.getNumber(), v.getStatus().name(), v.competencyCount(),
				facade.usagesOf(v.getId()), v.getUpdatedAt());
	}

}
