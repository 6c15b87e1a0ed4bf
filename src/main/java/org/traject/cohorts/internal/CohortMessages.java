package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortMessage;
import org.traject.cohorts.CohortMessage.Audience;
import org.traject.cohorts.CohortMessage.Recipient;
import org.traject.cohorts.CohortMessageSent;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.web.Markdown;
import org.traject.web.SupportedLanguages;

/**
 * Messages a course secretary writes to a cohort: who would receive one (the count and a
 * preview before sending), sending it (kept with every recipient, and handed to the
 * notifications module by a {@link CohortMessageSent} event in the same transaction), and
 * the messages sent, per cohort and per person.
 * <p>
 * Sending is idempotent per compose token: the same form posted twice sends once.
 */
@Service
public class CohortMessages {

	/** The longest subject and body the table accepts. */
	public static final int MAX_SUBJECT = 200;

	public static final int MAX_BODY = 20000;

	private final EnrolmentAdministration administration;

	private final InterestLists interest;

	private final People people;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	private final Markdown markdown;

	CohortMessages(EnrolmentAdministration administration, InterestLists interest, People people, Catalogue catalogue,
			JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events, Markdown markdown) {
		this.administration = administration;
		this.interest = interest;
		this.people = people;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.template = template;
		this.events = events;
		this.markdown = markdown;
	}

	/**
	 * What the compose page needs: the cohort's roster (people to tick), how many each
	 * audience reaches, and where replies go.
	 */
	@Transactional(readOnly = true)
	public Composer composer(long cohortId) {
		var roster = administration.roster(cohortId);
		var reachable = roster.lines().stream().filter(l -> l.status().isActive()).toList();
		Map<Audience, Integer> counts = new LinkedHashMap<>();
		counts.put(Audience.CONFIRMED,
				(int) reachable.stream().filter(l -> l.status() == EnrolmentStatus.CONFIRMED).count());
		counts.put(Audience.WAITLIST, roster.waitlist().size());
		counts.put(Audience.INTEREST, (int) interest.waitingCount(roster.programme().id()));
		var contact = catalogue.replyContact(roster.programme().id()).orElse(null);
		return new Composer(roster, reachable, counts, contact);
	}

	/**
	 * Everyone a message to this audience reaches now, once per address, in roster order.
	 * For {@link Audience#CHOSEN}, the chosen people who are on the cohort's roster with
	 * an active enrolment; anyone else is ignored.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(long cohortId, Audience audience, Collection<Long> chosen) {
		var roster = administration.roster(cohortId);
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		if (audience == Audience.INTEREST) {
			interest.ofProgramme(roster.programme().id())
				.lines()
				.stream()
				.filter(l -> "WAITING".equals(l.status()))
				.forEach(l -> byAddress.putIfAbsent(l.email().toLowerCase(Locale.ROOT), new Recipient(null, "",
						l.email(), SupportedLanguages.closest(Locale.forLanguageTag(l.language())).getLanguage())));
			return List.copyOf(byAddress.values());
		}
		Set<Long> picked = Set.copyOf(chosen);
		var lines = switch (audience) {
			case CONFIRMED -> roster.lines().stream().filter(l -> l.status() == EnrolmentStatus.CONFIRMED).toList();
			case WAITLIST -> roster.waitlist();
			default ->
				roster.lines().stream().filter(l -> l.status().isActive() && picked.contains(l.personId())).toList();
		};
		var persons = people.findAllById(lines.stream().map(EnrolmentAdministration.RosterLine::personId).toList());
		for (var line : lines) {
			var person = persons.get(line.personId());
			if (person != null && !person.email().isBlank()) {
				byAddress.putIfAbsent(person.email().toLowerCase(Locale.ROOT), new Recipient(person.id(),
						person.displayName(), person.email(),
						SupportedLanguages.closest(Locale.forLanguageTag(person.preferredLanguage())).getLanguage()));
			}
		}
		return List.copyOf(byAddress.values());
	}

	/** The body as every recipient reads it: Markdown rendered to safe HTML. */
	public String bodyHtml(String body) {
		return markdown.toSafeHtml(body);
	}

	/**
	 * Sends the message to its audience: stores it with every recipient and publishes
	 * {@link CohortMessageSent}, all in one transaction. Posting the same compose token
	 * again sends nothing and answers with the message sent the first time.
	 * @throws MessageRefusedException when the audience reaches nobody
	 */
	@Transactional
	public Sent send(long cohortId, Draft draft, Actor secretary) {
		var existing = byToken(draft.token());
		if (existing.isPresent()) {
			return existing.get();
		}
		var recipients = recipients(cohortId, draft.audience(), draft.chosen());
		if (recipients.isEmpty()) {
			throw new MessageRefusedException("audience", "cohortMessage.refused.nobody");
		}
		long programmeId = administration.roster(cohortId).programme().id();
		Long id = jdbc.sql("""
				insert into cohort_message (cohort_id, compose_token, audience, subject, body, sent_by, sent_by_name,
				                            sent_at, recipient_count)
				values (:cohort, :token, :audience, :subject, :body, :by, :byName, now(), :count)
				on conflict (compose_token) do nothing
				returning id""")
			.param("cohort", cohortId)
			.param("token", draft.token())
			.param("audience", draft.audience().name())
			.param("subject", draft.subject())
			.param("body", draft.body())
			.param("by", secretary.personId(), java.sql.Types.BIGINT)
			.param("byName", secretary.name(), java.sql.Types.VARCHAR)
			.param("count", recipients.size())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			// the same form, posted at the same moment by another request, won
			return byToken(draft.token()).orElseThrow();
		}
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < recipients.size(); i++) {
			var r = recipients.get(i);
			rows.add(new Object[] { id, i, r.personId(), r.name(), r.email(), r.language() });
		}
		template.batchUpdate("""
				insert into cohort_message_recipient (message_id, position, person_id, name, email, language)
				values (?, ?, ?, ?, ?, ?)""", rows);
		events.publishEvent(new CohortMessageSent(id, cohortId, programmeId));
		return new Sent(id, recipients.size());
	}

	private Optional<Sent> byToken(UUID token) {
		return jdbc.sql("select id, recipient_count from cohort_message where compose_token = :token")
			.param("token", token)
			.query((rs, n) -> new Sent(rs.getLong("id"), rs.getInt("recipient_count")))
			.optional();
	}

	/** One message as it was sent, with its recipients. */
	@Transactional(readOnly = true)
	public Optional<CohortMessage> find(long messageId) {
		var recipients = jdbc.sql("""
				select person_id, name, email, language from cohort_message_recipient
				where message_id = :id order by position""")
			.param("id", messageId)
			.query((rs, n) -> new Recipient(rs.getObject("person_id", Long.class), rs.getString("name"),
					rs.getString("email"), rs.getString("language")))
			.list();
		return jdbc.sql("""
				select m.id, m.cohort_id, c.programme_id, m.audience, m.subject, m.body, m.sent_by_name, m.sent_at
				from cohort_message m join cohort c on c.id = m.cohort_id where m.id = :id""")
			.param("id", messageId)
			.query((rs, n) -> new CohortMessage(rs.getLong("id"), rs.getLong("cohort_id"), rs.getLong("programme_id"),
					Audience.valueOf(rs.getString("audience")), rs.getString("subject"), rs.getString("body"),
					rs.getString("sent_by_name"), instant(rs.getTimestamp("sent_at")), recipients))
			.optional();
	}

	/** The messages sent to a cohort, newest first, in one statement. */
	@Transactional(readOnly = true)
	public List<SentMessage> ofCohort(long cohortId) {
		return jdbc.sql("""
				select id, audience, subject, body, sent_by_name, sent_at, recipient_count from cohort_message
				where cohort_id = :cohort order by sent_at desc, id desc""")
			.param("cohort", cohortId)
			.query((rs, n) -> new SentMessage(rs.getLong("id"), Audience.valueOf(rs.getString("audience")),
					rs.getString("subject"), markdown.toSafeHtml(rs.getString("body")), rs.getString("sent_by_name"),
					instant(rs.getTimestamp("sent_at")), rs.getInt("recipient_count")))
			.list();
	}

	/**
	 * The messages a person received from the secretaries of their cohorts, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ReceivedMessage> ofPerson(long personId) {
		return jdbc.sql("""
				select m.id, c.code, c.time_zone, m.subject, m.body, m.sent_at from cohort_message_recipient r
				join cohort_message m on m.id = r.message_id join cohort c on c.id = m.cohort_id
				where r.person_id = :person order by m.sent_at desc, m.id desc""")
			.param("person", personId)
			.query((rs, n) -> new ReceivedMessage(rs.getLong("id"), rs.getString("code"), rs.getString("time_zone"),
					rs.getString("subject"), markdown.toSafeHtml(rs.getString("body")),
					instant(rs.getTimestamp("sent_at"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	/** A message as the secretary wrote it, before it is sent. */
	public record Draft(UUID token, Audience audience, String subject, String body, List<Long> chosen) {
	}

	/** A sent message: its id and how many people it went to. */
	public record Sent(long messageId, int recipients) {
	}

	/**
	 * The compose page: the roster, the people who can be ticked, and the reply contact
	 * (null: replies go to the provider's address).
	 */
	public record Composer(EnrolmentAdministration.Roster roster, List<EnrolmentAdministration.RosterLine> reachable,
			Map<Audience, Integer> counts, Catalogue.@Nullable Contact replyContact) {
	}

	public record SentMessage(long id, Audience audience, String subject, String bodyHtml, @Nullable String sentByName,
			Instant sentAt, int recipientCount) {
	}

	public record ReceivedMessage(long id, String cohort, String timeZone, String subject, String bodyHtml,
			Instant sentAt) {
	}

}
