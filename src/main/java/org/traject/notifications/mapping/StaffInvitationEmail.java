package org.traject.notifications.mapping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.StaffInvited;

/**
 * {@link StaffInvited} → the invitation, with the single-use link to choose a password.
 */
@Component
class StaffInvitationEmail {

	private final EmailOutbox outbox;

	StaffInvitationEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(StaffInvited event) {
		outbox.queue(Email.of("staff-invitation", "account-token-" + event.tokenId())
			.to(event.email(), event.preferredLanguage())
			.with("name", event.displayName())
			.with("invitedBy", event.invitedBy() == null ? "" : event.invitedBy())
			.with("validDays", StaffInvited.INVITATION_VALIDITY.toDays())
			.link("invitationLink", event.invitationPath())
			.build());
	}

}
