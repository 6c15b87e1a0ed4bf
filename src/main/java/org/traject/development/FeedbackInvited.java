package org.traject.development;

import java.time.Instant;

/**
 * A participant asked someone (their manager or a peer) for feedback on their
 * measurement. The notifications module emails {@code link} to {@code email} in
 * {@code language}; the link is the only copy of the token (only its hash is stored), so
 * this event is the one place it travels.
 *
 * @param link absolute path of the personal feedback form, e.g. {@code /feedback/AbC...};
 * prefix the public base URL
 */
public record FeedbackInvited(long invitationId, String email, String name, String participantName, String link,
		Instant expiresAt, String language) {
}
