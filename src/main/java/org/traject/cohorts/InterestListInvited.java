package org.traject.cohorts;

/**
 * A cohort of the programme opened for enrolment and this registration on its interest
 * list is invited to sign up ({@code /signup/<cohortId>}). Published oldest registration
 * first; {@code invitationId} identifies the occurrence.
 */
public record InterestListInvited(long invitationId, long registrationId, long programmeId, long cohortId, String email,
		String language) {
}
