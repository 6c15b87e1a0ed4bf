package org.traject.notifications.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.ApprovalDeclined;
import org.traject.cohorts.ApprovalExpired;
import org.traject.cohorts.ApprovalRequested;
import org.traject.cohorts.CohortConfirmed;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentCancelled;
import org.traject.cohorts.EnrolmentConfirmed;
import org.traject.cohorts.EnrolmentMoved;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentWaitlisted;
import org.traject.cohorts.InterestListInvited;
import org.traject.cohorts.InterestRegistered;
import org.traject.cohorts.OfferExpired;
import org.traject.cohorts.Placement;
import org.traject.cohorts.SeatOffered;
import org.traject.cohorts.WaitlistPositionChanged;
import org.traject.delivery.ProgrammeCompleted;
import org.traject.materials.MaterialView;
import org.traject.materials.Materials;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;
import org.traject.web.Formats;
import org.traject.web.SupportedLanguages;

/**
 * Every enrolment change that concerns a person becomes one email to them (and, for an
 * approval, to their manager), in their language, all through one template
 * ({@code enrolment-update}) whose texts differ by kind. A confirmed place carries the
 * cohort's sessions as an {@code .ics} file and names the cohort's materials. The event's
 * change id makes each email unique, so a redelivered event never sends twice.
 */
@Component
class EnrolmentEmails {

	private static final String TEMPLATE = Email.TEMPLATE_FOLDER + "enrolment-update";

	private final EmailOutbox outbox;

	private final People people;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final Materials materials;

	EnrolmentEmails(EmailOutbox outbox, People people, Cohorts cohorts, Catalogue catalogue, Materials materials) {
		this.materials = materials;
		this.outbox = outbox;
		this.people = people;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(EnrolmentConfirmed event) {
		if (event.via() == Placement.MOVE) {
			return; // the move email says it all
		}
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		var email = base("enrolment-confirmed", "change-" + event.changeId(), context)
			.with("viaApproval", event.via() == Placement.APPROVAL)
			.with("materials",
					materials.ofCohort(event.programmeId(), event.cohortId())
						.stream()
						.map(MaterialView::title)
						.toList())
			.link("materialsLink", "/my#materials")
			.link("actionLink", "/my/enrolments/" + event.enrolmentId());
		if (!context.cohort().sessions().isEmpty()) {
			email.attach(CalendarFile.attachment(context.programme().slug() + ".ics", sessions(context)));
		}
		outbox.queue(email.build());
	}

	@ApplicationModuleListener
	void on(EnrolmentWaitlisted event) {
		if (event.via() == Placement.MOVE) {
			return;
		}
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(
				base("enrolment-waitlisted", "change-" + event.changeId(), context).with("position", event.position())
					.with("viaApproval", event.via() == Placement.APPROVAL)
					.link("actionLink", "/my/enrolments/" + event.enrolmentId())
					.build());
	}

	@ApplicationModuleListener
	void on(SeatOffered event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("seat-offered", "change-" + event.changeId(), context)
			.with("deadline", dateTime(event.expiresAt(), context))
			.link("actionLink", event.offerLink())
			.build());
	}

	@ApplicationModuleListener
	void on(OfferExpired event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("offer-expired", "change-" + event.changeId(), context)
			.link("actionLink", "/programmes/" + context.programme().slug())
			.build());
	}

	@ApplicationModuleListener
	void on(ApprovalRequested event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		// the manager has no account: they read it in the participant's language
		outbox.queue(Email.of("approval-requested", "change-" + event.changeId() + "-manager")
			.template(TEMPLATE)
			.to(event.managerEmail(), context.language().getLanguage())
			.subjectArguments(context.person().displayName(), context.programme().title())
			.with("name", event.managerName())
			.with("participant", context.person().displayName())
			.with("programme", context.programme().title())
			.with("cohort", context.cohort().code())
			.with("start", date(context))
			.with("deadline", dateTime(event.expiresAt(), context))
			.link("actionLink", event.approvalLink())
			.build());
		outbox
			.queue(base("approval-pending", "change-" + event.changeId(), context).with("manager", event.managerName())
				.link("actionLink", "/my/enrolments/" + event.enrolmentId())
				.build());
	}

	@ApplicationModuleListener
	void on(ApprovalDeclined event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox
			.queue(base("approval-declined", "change-" + event.changeId(), context).with("manager", event.managerName())
				.with("reason", event.reason() == null ? "" : event.reason())
				.link("actionLink", "/my/enrolments/" + event.enrolmentId())
				.build());
	}

	@ApplicationModuleListener
	void on(ApprovalExpired event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("approval-expired", "change-" + event.changeId(), context)
			.link("actionLink", "/programmes/" + context.programme().slug())
			.build());
	}

	@ApplicationModuleListener
	void on(EnrolmentCancelled event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("enrolment-cancelled", "change-" + event.changeId(), context)
			.with("bySecretary", event.by().name().equals("SECRETARY"))
			.with("reason", event.reason() == null ? "" : event.reason())
			.link("actionLink", "/programmes/" + context.programme().slug())
			.build());
	}

	/**
	 * A secretary moved the enrolment to another cohort: where it stands there
	 * (confirmed, waitlisted or still awaiting approval), the new cohort's dates, and,
	 * for a confirmed place, its sessions as a calendar file, as the confirmation email
	 * has. The confirmation and waitlist emails skip moves, so this is the only email of
	 * a move.
	 */
	@ApplicationModuleListener
	void on(EnrolmentMoved event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		String kind = switch (event.status()) {
			case CONFIRMED, OFFERED -> "enrolment-moved";
			case WAITLISTED -> "enrolment-moved-waitlisted";
			default -> "enrolment-moved-pending";
		};
		var email = base(kind, "change-" + event.changeId(), context)
			.with("fromCohort", cohorts.find(event.fromCohortId()).map(Cohorts.CohortView::code).orElse(""))
			.with("end", Formats.longDate(context.cohort().endDate(), context.language()))
			.with("reason", event.reason() == null ? "" : event.reason())
			.link("actionLink", "/my/enrolments/" + event.enrolmentId());
		if (event.waitlistPosition() != null) {
			email.with("position", event.waitlistPosition());
		}
		if (event.status() == EnrolmentStatus.CONFIRMED && !context.cohort().sessions().isEmpty()) {
			email.attach(CalendarFile.attachment(context.programme().slug() + ".ics", sessions(context)));
		}
		outbox.queue(email.build());
	}

	/**
	 * A secretary let a cohort below its minimum go ahead: everyone with a confirmed
	 * place hears that it is certain now (the decision is taken once per cohort).
	 */
	@ApplicationModuleListener
	void on(CohortConfirmed event) {
		for (var participant : cohorts.roster(event.cohortId()).confirmed()) {
			var context = context(participant.personId(), event.cohortId(), event.programmeId());
			outbox.queue(base("cohort-goes-ahead", "cohort-" + event.cohortId() + "-goes-ahead", context)
				.link("actionLink", "/my/enrolments/" + participant.enrolmentId())
				.build());
		}
	}

	/**
	 * A secretary changed the order of the waitlist: the person hears their new number.
	 * The secretary's reason stays out, since it may concern someone else.
	 */
	@ApplicationModuleListener
	void on(WaitlistPositionChanged event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("waitlist-position-changed", "change-" + event.changeId(), context)
			.with("position", event.toPosition())
			.link("actionLink", "/my/enrolments/" + event.enrolmentId())
			.build());
	}

	/** A completed programme, with the link to the certificate. */
	@ApplicationModuleListener
	void on(ProgrammeCompleted event) {
		var context = context(event.personId(), event.cohortId(), event.programmeId());
		outbox.queue(base("programme-completed", "award-" + event.awardId(), context)
			.link("actionLink", "/my/certificates/" + event.certificateNumber() + ".pdf")
			.build());
	}

	@ApplicationModuleListener
	void on(InterestRegistered event) {
		if (event.confirmationLink() == null) {
			return; // a signed-in person needs no confirmation
		}
		var programme = catalogue.find(event.programmeId()).orElseThrow();
		outbox.queue(Email.of("interest-confirmation", "interest-" + event.registrationId())
			.template(TEMPLATE)
			.to(event.email(), event.language())
			.subjectArguments(programme.title())
			.with("name", "")
			.with("programme", programme.title())
			.link("actionLink", event.confirmationLink())
			.build());
	}

	@ApplicationModuleListener
	void on(InterestListInvited event) {
		var programme = catalogue.find(event.programmeId()).orElseThrow();
		var cohort = cohorts.find(event.cohortId()).orElseThrow();
		Locale language = SupportedLanguages.closest(Locale.forLanguageTag(event.language()));
		outbox.queue(Email.of("interest-invitation", "interest-invitation-" + event.invitationId())
			.template(TEMPLATE)
			.to(event.email(), event.language())
			.subjectArguments(programme.title())
			.with("name", "")
			.with("programme", programme.title())
			.with("cohort", cohort.code())
			.with("start", Formats.longDate(cohort.startDate(), language))
			.link("actionLink", "/signup/" + cohort.id())
			.build());
	}

	private Email.Builder base(String kind, String eventId, Context context) {
		return Email.of(kind, eventId)
			.template(TEMPLATE)
			.to(context.person().email(), context.person().preferredLanguage())
			.subjectArguments(context.programme().title())
			.with("name", context.person().displayName())
			.with("programme", context.programme().title())
			.with("cohort", context.cohort().code())
			.with("start", date(context))
			.with("location", context.cohort().online() || context.cohort().location() == null ? ""
					: context.cohort().location());
	}

	private Context context(long personId, long cohortId, long programmeId) {
		var person = people.findById(personId).orElseThrow();
		return new Context(person, cohorts.find(cohortId).orElseThrow(), catalogue.find(programmeId).orElseThrow(),
				SupportedLanguages.closest(Locale.forLanguageTag(person.preferredLanguage())));
	}

	private static List<CalendarSession> sessions(Context context) {
		ZoneId zone = context.cohort().zone();
		return context.cohort()
			.sessions()
			.stream()
			.map(s -> new CalendarSession("traject-session-" + s.id(), context.programme().title() + ": " + s.title(),
					s.startsAt().atZone(zone), s.endsAt().atZone(zone),
					s.location() != null ? s.location() : context.cohort().location()))
			.toList();
	}

	private static String date(Context context) {
		return Formats.longDate(context.cohort().startDate(), context.language());
	}

	private static String dateTime(Instant instant, Context context) {
		return Formats.longDateTime(instant.atZone(context.cohort().zone()), context.language());
	}

	private record Context(People.PersonView person, Cohorts.CohortView cohort, Catalogue.ProgrammeView programme,
			Locale language) {
	}

}
