package org.traject.competencies;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.internal.ProfileStatus;
import org.traject.competencies.internal.ProfileVersionRepository;
import org.traject.competencies.internal.ProfileViews;

/**
 * What other modules may know of competency profiles. Everything returned is a read-only
 * snapshot; a version id stays valid forever (versions are never changed once published,
 * nor deleted), so it is safe to store.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyProfiles {

	private final ProfileVersionRepository versions;

	private final List<ProfileUsage> usages;

	CompetencyProfiles(ProfileVersionRepository versions, List<ProfileUsage> usages) {
		this.versions = versions;
		this.usages = usages;
	}

	/**
	 * The currently published version of every profile, by name in the reader's language,
	 * for a select list.
	 */
	public List<ProfileOption> publishedVersions(Locale locale) {
		return versions.findPublished()
			.stream()
			.map(v -> new ProfileOption(v.getId(), v.getProfile().getId(), v.text(locale).name(), v.getNumber(),
					v.textLanguage(locale)))
			.sorted(Comparator.comparing(ProfileOption::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * A version of any status with its scale, clusters and competencies; empty when there
	 * is no such version.
	 */
	public Optional<ProfileVersionView> findVersion(long versionId, Locale locale) {
		return versions.findById(versionId).map(v -> ProfileViews.of(v, locale));
	}

	/** The published version of a profile, if it has one. */
	public Optional<ProfileVersionView> currentVersion(long profileId, Locale locale) {
		return versions.findByProfileAndStatus(profileId, ProfileStatus.PUBLISHED).map(v -> ProfileViews.of(v, locale));
	}

	/**
	 * The published version of a profile as a select option (id, name in the reader's
	 * language, number), without its clusters and competencies: for pages that only name
	 * the profile.
	 */
	public Optional<ProfileOption> currentOption(long profileId, Locale locale) {
		return versions.findByProfileAndStatus(profileId, ProfileStatus.PUBLISHED)
			.map(v -> new ProfileOption(v.getId(), profileId, v.text(locale).name(), v.getNumber(),
					v.textLanguage(locale)));
	}

	/**
	 * How many records of other modules point at this version (see {@link ProfileUsage}).
	 */
	public long usagesOf(long versionId) {
		long direct = usages.stream().mapToLong(u -> u.usagesOf(versionId)).sum();
		long viaProfile = versions.findById(versionId)
			.filter(v -> v.getStatus() == ProfileStatus.PUBLISHED)
			.map(v -> usages.stream().mapToLong(u -> u.usagesOfProfile(v.getProfile().getId())).sum())
			.orElse(0L);
		return direct + viaProfile;
	}

}
