package org.traject.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.cohorts.internal.InterestRetention;
import org.traject.competencies.CompetencyProfiles;
import org.traject.development.internal.FeedbackInvitationRetention;
import org.traject.development.internal.Measurements;
import org.traject.notifications.internal.OutboxRetention;
import org.traject.people.AccountData;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.people.internal.AccountTokenHousekeeping;
import org.traject.privacy.internal.ExportJob;
import org.traject.privacy.internal.RetentionJob;
import org.traject.test.IntegrationTest;

/**
 * The retention jobs remove exactly what has passed its period, and nothing younger or
 * still waiting: unfinished sign-ups and unconfirmed interest after 30 days, email bodies
 * after 90 days, expired links and codes, the names on closed feedback invitations after
 * 90 days, unused accounts after five years and a warning; and each job runs on one
 * instance at a time.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	RetentionJob retention;

	@Autowired
	OutboxRetention outbox;

	@Autowired
	People people;

	@Autowired
	AccountData accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountTokenHousekeeping tokens;

	@Autowired
	FeedbackInvitationRetention feedback;

	@Autowired
	InterestRetention interests;

	@Autowired
	Measurements measurements;

	@Autowired
	CompetencyProfiles profiles;

	@Test
	void aSignUpNobodyFinishedIsErasedAfterThirtyDaysAndNotBefore() {
		long old = signUp(Duration.ofDays(31));
		long recent = signUp(Duration.ofDays(29));
		long finished = people
			.ensureAccount("finished-" + UUID.randomUUID() + "@example.org", "Finished Sign-up", Locale.ENGLISH,
					"a-password-long-enough", java.util.Set.of(org.traject.people.Role.PARTICIPANT), null, null)
			.id();
		backdate(finished, Duration.ofDays(400));

		retention.run();

		assertThat(accounts.isErased(old)).isTrue();
		assertThat(accounts.isErased(recent)).isFalse();
		assertThat(accounts.isErased(finished)).isFalse();
		assertThat(jdbc.sql("select action from privacy_log where subject_person_id = :id")
			.param("id", old)
			.query(String.class)
			.list()).containsExactly("ERASED_BY_RETENTION");
	}

	@Test
	void emailBodiesAreEmptiedAfterNinetyDaysOnceTheyAreNoLongerWaiting() {
		String token = UUID.randomUUID().toString();
		long sentLongAgo = email(token + "-1", "SENT", Duration.ofDays(91));
		long sentRecently = email(token + "-2", "SENT", Duration.ofDays(89));
		long stillWaiting = email(token + "-3", "PENDING", Duration.ofDays(91));

		outbox.run();

		assertThat(body(sentLongAgo)).isEmpty();
		assertThat(body(sentRecently)).isEqualTo("Body " + token + "-2");
		assertThat(body(stillWaiting)).isEqualTo("Body " + token + "-3");
		assertThat(jdbc.sql("select subject from outgoing_email where id = :id")
			.param("id", sentLongAgo)
			.query(String.class)
			.single()).as("the row itself stays").isEqualTo("Subject");
	}

	@Test
	void anUnusedAccountIsWarnedByEmailFirstAndErasedOnlyWhenTheWarningRanOutWithoutASignIn() {
		long leaving = account("unused", Role.PARTICIPANT, Duration.ofDays(6 * 366));
		long returning = account("returning", Role.PARTICIPANT, Duration.ofDays(6 * 366));
		long recent = account("recent", Role.PARTICIPANT, Duration.ofDays(4 * 365));
		long coach = account("coach", Role.COACH, Duration.ofDays(6 * 366));

		retention.run();

		assertThat(warned(leaving)).isTrue();
		assertThat(warned(returning)).isTrue();
		assertThat(warned(recent)).as("used within five years").isFalse();
		assertThat(warned(coach)).as("staff accounts are ended by an administrator").isFalse();
		assertThat(accounts.isErased(leaving)).as("not before the warning runs out").isFalse();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("select count(*) from outgoing_email where recipient = :to and kind = 'inactive-account'")
				.param("to", email(leaving))
				.query(Integer.class)
				.single() == 1);

		// a second run warns nobody twice
		retention.run();
		assertThat(jdbc.sql("select count(*) from inactivity_warning where person_id in (:ids)")
			.param("ids", List.of(leaving, returning))
			.query(Integer.class)
			.single()).isEqualTo(2);

		// one of them signs in; then the 30 days of the warning pass
		jdbc.sql("update person set last_signed_in_at = now() where id = :id").param("id", returning).update();
		jdbc.sql("""
				update inactivity_warning set warned_at = warned_at - interval '31 days',
				       erase_after = erase_after - interval '31 days'
				where person_id in (:ids)""").param("ids", List.of(leaving, returning)).update();
		retention.run();

		assertThat(accounts.isErased(leaving)).isTrue();
		assertThat(accounts.isErased(returning)).as("signed in after the warning").isFalse();
		assertThat(warned(leaving)).as("nothing of the erased account is kept").isFalse();
		assertThat(jdbc.sql("select action from privacy_log where subject_person_id = :id")
			.param("id", leaving)
			.query(String.class)
			.list()).containsExactly("ERASED_BY_RETENTION");
	}

	@Test
	void theRetentionJobRunsOnceAcrossInstances() {
		long old = signUp(Duration.ofDays(31));
		// another instance holds the job's lock (ShedLock, in the shared database)
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('privacy-retention', now() + interval '10 minutes', now(), 'the-other-instance')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
			.update();
		try {
			retention.run();
			assertThat(accounts.isErased(old)).as("skipped while the other instance runs it").isFalse();
		}
		finally {
			jdbc.sql("update shedlock set lock_until = now() where name = 'privacy-retention'").update();
		}
		retention.run();
		assertThat(accounts.isErased(old)).isTrue();
	}

	@Test
	void everyRetentionJobIsGuardedByItsOwnLock() throws Exception {
		var names = new java.util.HashSet<String>();
		for (Class<?> job : List.of(RetentionJob.class, OutboxRetention.class, FeedbackInvitationRetention.class,
				InterestRetention.class, ExportJob.class)) {
			var lock = job.getMethod("run").getAnnotation(SchedulerLock.class);
			assertThat(lock).as(job.getSimpleName()).isNotNull();
			names.add(lock.name());
		}
		var housekeeping = AccountTokenHousekeeping.class.getMethod("forgetExpiredLinks")
			.getAnnotation(SchedulerLock.class);
		assertThat(housekeeping).isNotNull();
		names.add(housekeeping.name());
		assertThat(names).hasSize(6);
	}

	@Test
	void expiredLinksAndSignInCodesAreDeletedAndValidOnesKept() {
		long person = account("tokens", Role.PARTICIPANT, Duration.ofDays(1));
		String token = UUID.randomUUID().toString();
		long oldLink = link(person, token + "-1", Duration.ofDays(31));
		long validLink = link(person, token + "-2", Duration.ofDays(-1));
		long oldCode = code(person, Duration.ofDays(2));
		long freshCode = code(person, Duration.ofMinutes(-10));

		tokens.forgetExpiredLinks();

		assertThat(exists("account_token", oldLink)).isFalse();
		assertThat(exists("account_token", validLink)).isTrue();
		assertThat(exists("sign_in_code", oldCode)).isFalse();
		assertThat(exists("sign_in_code", freshCode)).isTrue();
	}

	@Test
	void feedbackInvitationsLoseNameAndAddressNinetyDaysAfterTheyCloseWhileTheRatingsStay() {
		long person = account("measured", Role.PARTICIPANT, Duration.ofDays(1));
		var version = profiles.publishedVersions(Locale.ENGLISH).get(0);
		long assessment = measurements.start(person, version.versionId(), null);
		String token = UUID.randomUUID().toString();
		long answeredLongAgo = invitation(assessment, token + "-1", "ANSWERED", Duration.ofDays(91));
		long answeredRecently = invitation(assessment, token + "-2", "ANSWERED", Duration.ofDays(89));
		long expiredLongAgo = invitation(assessment, token + "-3", "PENDING", Duration.ofDays(91));
		long stillOpen = invitation(assessment, token + "-4", "PENDING", Duration.ofDays(-10));

		feedback.run();

		assertThat(invitee(answeredLongAgo)).doesNotContain(token);
		assertThat(invitee(expiredLongAgo)).doesNotContain(token);
		assertThat(invitee(answeredRecently)).contains("Peer " + token + "-2");
		assertThat(invitee(stillOpen)).contains("Peer " + token + "-4");
		assertThat(jdbc.sql("select status from feedback_invitation where id = :id")
			.param("id", answeredLongAgo)
			.query(String.class)
			.single()).as("the invitation (and its ratings) stay").isEqualTo("ANSWERED");
	}

	@Test
	void anInterestRegistrationNobodyConfirmedIsDeletedAfterThirtyDays() {
		long programme = jdbc.sql("select min(id) from programme").query(Long.class).single();
		String token = UUID.randomUUID().toString();
		long old = interest(programme, token + "-1", "UNCONFIRMED", Duration.ofDays(31));
		long recent = interest(programme, token + "-2", "UNCONFIRMED", Duration.ofDays(29));
		long confirmed = interest(programme, token + "-3", "WAITING", Duration.ofDays(400));

		interests.run();

		assertThat(exists("interest_registration", old)).isFalse();
		assertThat(exists("interest_registration", recent)).isTrue();
		assertThat(exists("interest_registration", confirmed)).isTrue();
	}

	private long account(String kind, Role role, Duration unusedFor) {
		long id = people
			.ensureAccount(kind + "-" + UUID.randomUUID() + "@example.org", "Retention " + kind, Locale.ENGLISH,
					"a-password-long-enough", Set.of(role), null, null)
			.id();
		jdbc.sql("update person set created_at = :at, last_signed_in_at = :at, email_confirmed = true where id = :id")
			.param("at", Timestamp.from(Instant.now().minus(unusedFor)))
			.param("id", id)
			.update();
		return id;
	}

	private boolean warned(long personId) {
		return jdbc.sql("select count(*) from inactivity_warning where person_id = :id")
			.param("id", personId)
			.query(Integer.class)
			.single() > 0;
	}

	private String email(long personId) {
		return people.findById(personId).orElseThrow().email();
	}

	private long link(long personId, String token, Duration expiredAgo) {
		Instant expires = Instant.now().minus(expiredAgo);
		return jdbc.sql("""
				insert into account_token (person_id, purpose, token_hash, created_at, expires_at)
				values (:person, 'PASSWORD_RESET', :hash, :created, :expires) returning id""")
			.param("person", personId)
			.param("hash", token)
			.param("created", Timestamp.from(expires.minus(Duration.ofHours(1))))
			.param("expires", Timestamp.from(expires))
			.query(Long.class)
			.single();
	}

	private long code(long personId, Duration expiredAgo) {
		return jdbc
			.sql("""
					insert into sign_in_code (person_id, code_hash, expires_at) values (:person, 'x', :expires) returning id""")
			.param("person", personId)
			.param("expires", Timestamp.from(Instant.now().minus(expiredAgo)))
			.query(Long.class)
			.single();
	}

	private long invitation(long assessment, String token, String status, Duration closedAgo) {
		Instant closed = Instant.now().minus(closedAgo);
		return jdbc.sql("""
				insert into feedback_invitation (assessment_id, relation, name, email, language, token_hash, status,
				                                 invited_at, expires_at, answered_at)
				values (:assessment, 'PEER', :name, :email, 'en', :hash, :status, :invited, :expires, :answered)
				returning id""")
			.param("assessment", assessment)
			.param("name", "Peer " + token)
			.param("email", "peer-" + token + "@example.org")
			.param("hash", token)
			.param("status", status)
			.param("invited", Timestamp.from(closed.minus(Duration.ofDays(14))))
			.param("expires", Timestamp.from(status.equals("PENDING") ? closed : closed.plus(Duration.ofDays(7))))
			.param("answered", status.equals("ANSWERED") ? Timestamp.from(closed) : null)
			.query(Long.class)
			.single();
	}

	private String invitee(long invitation) {
		return jdbc.sql("select name || ' ' || email from feedback_invitation where id = :id")
			.param("id", invitation)
			.query(String.class)
			.single();
	}

	private long interest(long programme, String token, String status, Duration age) {
		return jdbc.sql("""
				insert into interest_registration (programme_id, email, language, status, confirmation_token_hash,
				                                   registered_at, confirmed_at)
				values (:programme, :email, 'en', :status, :hash, :at, :confirmed) returning id""")
			.param("programme", programme)
			.param("email", "interest-" + token + "@example.org")
			.param("status", status)
			.param("hash", status.equals("UNCONFIRMED") ? token : null)
			.param("at", Timestamp.from(Instant.now().minus(age)))
			.param("confirmed", status.equals("UNCONFIRMED") ? null : Timestamp.from(Instant.now().minus(age)))
			.query(Long.class)
			.single();
	}

	private boolean exists(String table, long id) {
		return jdbc.sql("select count(*) from " + table + " where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	private long signUp(Duration age) {
		long id = people
			.registerParticipant(new People.NewParticipant("unfinished-" + UUID.randomUUID() + "@example.org",
					"Unfinished Sign-up", null, null, Locale.ENGLISH))
			.id();
		backdate(id, age);
		return id;
	}

	private void backdate(long personId, Duration age) {
		jdbc.sql("update person set created_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(age)))
			.param("id", personId)
			.update();
	}

	private long email(String id, String status, Duration age) {
		return jdbc.sql("""
				insert into outgoing_email (event_id, kind, recipient, language, subject, html_body, text_body, status,
				                            created_at, delivered_at)
				values (:id, 'test', 'retention@example.org', 'en', 'Subject', :body, :body, :status, :at, :delivered)
				returning id""")
			.param("id", id)
			.param("body", "Body " + id)
			.param("status", status)
			.param("at", java.sql.Timestamp.from(Instant.now().minus(age)))
			.param("delivered", status.equals("SENT") ? java.sql.Timestamp.from(Instant.now().minus(age)) : null)
			.query(Long.class)
			.single();
	}

	private String body(long id) {
		return jdbc.sql("select text_body from outgoing_email where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
