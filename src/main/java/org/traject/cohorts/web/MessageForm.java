package org.traject.cohorts.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.CohortMessage.Audience;
import org.traject.cohorts.internal.CohortMessages;

/**
 * A message to a cohort as the secretary writes it: to whom, the subject (plain text),
 * the body (Markdown) and, for chosen people, whom they ticked. The token, made when the
 * page is first shown, makes sending the same form twice send once.
 */
record MessageForm(@NotNull(message = "{cohortMessage.audience.required}") @Nullable Audience audience,
		@NotBlank(message = "{cohortMessage.subject.required}") @Size(max = CohortMessages.MAX_SUBJECT,
				message = "{cohortMessage.tooLong}") @Nullable String subject,
		@NotBlank(message = "{cohortMessage.body.required}") @Size(max = CohortMessages.MAX_BODY,
				message = "{cohortMessage.tooLong}") @Nullable String body,
		@Nullable List<Long> personIds, @Nullable UUID token) {

	/**
	 * A new message, to an audience and the people ticked on the roster when it came from
	 * there.
	 */
	static MessageForm start(@Nullable Audience audience, @Nullable List<Long> ticked) {
		return new MessageForm(audience, "", "",
				ticked == null ? List.of() : ticked.stream().filter(java.util.Objects::nonNull).toList(),
				UUID.randomUUID());
	}

	public List<Long> chosen() {
		return personIds == null ? List.of() : personIds.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** The form with a token, should a crafted post have come without one. */
	MessageForm withToken() {
		return token != null ? this : new MessageForm(audience, subject, body, personIds, UUID.randomUUID());
	}

	CohortMessages.Draft draft() {
		return new CohortMessages.Draft(java.util.Objects.requireNonNull(token),
				java.util.Objects.requireNonNull(audience), java.util.Objects.requireNonNull(subject).strip(),
				java.util.Objects.requireNonNull(body), chosen());
	}

}
