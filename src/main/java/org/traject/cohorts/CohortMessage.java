package org.traject.cohorts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message a course secretary sent to people of a cohort, as it was sent: the subject
 * (plain text), the body (Markdown as written) and every recipient with the name and
 * language their copy is written in.
 */
public record CohortMessage(long id, long cohortId, long programmeId, Audience audience, String subject, String body,
		@Nullable String sentByName, Instant sentAt, List<Recipient> recipients) {

	/** Whom a message is written to. */
	public enum Audience {

		/** Everyone with a confirmed place. */
		CONFIRMED,
		/** Everyone on the cohort's waitlist. */
		WAITLIST,
		/** Everyone waiting on the programme's interest list. */
		INTEREST,
		/** People the secretary ticked on the cohort's roster. */
		CHOSEN

	}

	/**
	 * One recipient: a person of the cohort, or an address on the interest list (no
	 * person, and an empty name).
	 */
	public record Recipient(@Nullable Long personId, String name, String email, String language) {
	}

}
