package org.traject.development;

import java.util.List;

/**
 * Which programmes a person takes part in, so the development module can ask them to take
 * the measurement on the profile their programme develops and suggest that programme's
 * modules. Implemented inside this module ({@code internal.EnrolledProgrammes}) from the
 * cohorts module's facade. Every bean implementing it is asked and the answers are
 * combined, so another source of enrolments can be added without touching the callers.
 */
public interface ParticipantProgrammes {

	/**
	 * Ids of the programmes in which the person holds an active (confirmed) enrolment;
	 * empty when none.
	 */
	List<Long> programmeIdsOf(long personId);

}
