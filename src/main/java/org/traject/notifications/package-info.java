/**
 * Email that is never lost: written in the same transaction as the change that causes it,
 * delivered afterwards with retries, in the recipient's language, with calendar files
 * where useful.
 *
 * <h2>How it works</h2>
 * <ol>
 * <li>A module publishes a domain event (a record named in the past tense) in the
 * transaction of its change. Spring Modulith's JDBC event publication registry stores it
 * in that transaction.</li>
 * <li>After the commit, a mapping in {@code notifications.mapping} handles it with
 * {@code @ApplicationModuleListener} and queues one or more
 * {@link org.traject.notifications.Email}s through
 * {@link org.traject.notifications.EmailOutbox}. Each is rendered at once (Thymeleaf, the
 * recipient's language) into a row of {@code outgoing_email}. A row is unique per (event
 * id, kind, recipient), so an event handled twice (after a crash,
 * {@code republish-outstanding-events-on-restart}) queues nothing new.</li>
 * <li>A scheduled job ({@code traject.mail.delivery.interval}, ShedLock) claims due rows
 * with {@code FOR UPDATE SKIP LOCKED} and sends them: over SMTP when
 * {@code spring.mail.host} is set; otherwise, outside the {@code prod} profile, into the
 * development mailbox at {@code /dev/mailbox}. A failure waits with exponential back-off;
 * after {@code traject.mail.delivery.max-attempts} the email is FAILED and waits for
 * "retry now" at {@code /admin/notifications}.</li>
 * </ol>
 *
 * <h2>Adding an email for your module's event</h2>
 * <ol>
 * <li>Publish your event in the transaction of the change (it needs an id that identifies
 * the occurrence, e.g. an enrolment id plus the status it moved to).</li>
 * <li>Add one class to {@code org.traject.notifications.mapping}:
 *
 * <pre>{@code
 * &#64;Component
 * class EnrolmentConfirmedEmail {
 *     private final EmailOutbox outbox;
 *     private final People people;
 *     // constructor
 *
 *     &#64;ApplicationModuleListener
 *     void on(EnrolmentConfirmed event) {
 *         var person = people.findById(event.personId()).orElseThrow();
 *         outbox.queue(Email.of("enrolment-confirmed", "enrolment-" + event.enrolmentId() + "-confirmed")
 *             .to(person.email(), person.preferredLanguage())
 *             .subjectArguments(event.programmeTitle())
 *             .with("name", person.displayName())
 *             .link("enrolmentLink", "/my/enrolments/" + event.enrolmentId())
 *             .attach(CalendarFile.attachment("sessions.ics", sessions))
 *             .build());
 *     }
 * }
 * }</pre></li>
 * <li>Add the templates {@code templates/notifications/email/enrolment-confirmed.html}
 * (HTML: its content in a {@code th:fragment="content"}, on the page
 * {@code ~{notifications/email/layout :: page(~{::content})}} as the others are) and
 * {@code enrolment-confirmed.txt} (plain text, Thymeleaf TEXT mode: {@code [(#{key})]},
 * {@code [(${value})]}).</li>
 * <li>Add the keys, at least {@code notifications.enrolment-confirmed.subject}, to
 * {@code messages/notifications.properties} and its {@code _nl} and {@code _da}
 * siblings.</li>
 * </ol>
 * <h2>Events that send no email, and why</h2>
 * <ul>
 * <li>{@code cohorts.CohortCancelled}: every active enrolment in the cohort is cancelled
 * with its own {@code EnrolmentCancelled}, whose email carries the secretary's reason; a
 * second email per person would say the same thing twice.</li>
 * <li>{@code cohorts.OfferDeclined}: the person declined on the offer page, which
 * confirms it there and then; the seat's next holder hears of it through their own
 * {@code SeatOffered} or {@code EnrolmentConfirmed}.</li>
 * <li>{@code cohorts.CohortOpened}: its email is the interest-list invitation
 * ({@code InterestListInvited}), which the cohorts module publishes per address when it
 * handles the opening.</li>
 * <li>{@code competencies.ProfileVersionPublished}: it concerns the administrators who
 * publish profiles, not a person who expects to be told; assessments and plans keep the
 * version they were made on, so nobody needs to act.</li>
 * </ul>
 * Emails this module does send beyond enrolment changes: a cohort going ahead after its
 * minimum-numbers decision ({@code CohortConfirmed}, to everyone confirmed), a change of
 * waitlist order by a secretary ({@code WaitlistPositionChanged}, the new number without
 * the secretary's reason, which may concern someone else), a completed programme with its
 * certificate link ({@code delivery.ProgrammeCompleted}), and a secretary's message to a
 * cohort ({@code CohortMessageSent}, one copy per recipient, replies to the programme's
 * contact).
 * <p>
 * Every template also receives {@code subject}, {@code providerName},
 * {@code providerContact}, {@code baseUrl}, {@code recipient} and {@code lang}. Links are
 * given as paths and arrive as absolute URLs on {@code traject.base-url}.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "delivery", "development", "materials", "people",
		"privacy", "web" })
@NullMarked
package org.traject.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
