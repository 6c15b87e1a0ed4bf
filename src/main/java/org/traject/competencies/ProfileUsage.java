package org.traject.competencies;

/**
 * Implemented by modules that point at profile versions (programmes, assessments, plans),
 * so the profile admin can show where a version is used. Every bean implementing it is
 * asked; their answers are added up.
 */
public interface ProfileUsage {

	/** How many of this module's records point at the given profile version. */
	long usagesOf(long profileVersionId);

	/**
	 * How many of this module's records point at the profile as a whole (a programme
	 * develops a profile, whatever its current version); counted for the published
	 * version.
	 */
	default long usagesOfProfile(long profileId) {
		return 0;
	}

}
