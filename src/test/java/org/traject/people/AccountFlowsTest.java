package org.traject.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.traject.people.internal.AccountTokenHousekeeping;
import org.traject.people.internal.AccountTokens;
import org.traject.test.IntegrationTest;

/**
 * Password reset and email confirmation, from the request to signing in, as the visitor
 * goes through them.
 */
@IntegrationTest
class AccountFlowsTest {

	private static final Pattern RESET_LINK = Pattern
		.compile("https?://\\S+?(/account/password-reset/[A-Za-z0-9_-]{20,})");

	private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+?(/account/confirm/[A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountTokenHousekeeping housekeeping;

	@Test
	void askingForAResetAnswersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
		String known = account("old-password-1");
		String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

		MvcResult forKnown = mvc.perform(post("/account/password-reset").param("email", known).with(csrf()))
			.andReturn();
		MvcResult forUnknown = mvc.perform(post("/account/password-reset").param("email", unknown).with(csrf()))
			.andReturn();

		assertThat(forKnown.getResponse().getRedirectedUrl()).isEqualTo("/account/password-reset")
			.isEqualTo(forUnknown.getResponse().getRedirectedUrl());
		// the flash message travels in the session (kept in PostgreSQL): follow the
		// redirect with its cookie
		String knownPage = page(get("/account/password-reset").cookie(forKnown.getResponse().getCookie("SESSION")));
		String unknownPage = page(get("/account/password-reset").cookie(forUnknown.getResponse().getCookie("SESSION")));
		assertThat(knownPage).contains("Check your email").contains(known);
		assertThat(unknownPage.replace(unknown, known)).isEqualTo(knownPage);
		assertThat(emailBody(known, "password-reset")).contains("/account/password-reset/");
		assertThat(emailsTo(unknown)).isZero();
	}

	@Test
	void theResetLinkSetsANewPasswordOnceAndThePersonSignsInWithIt() throws Exception {
		String email = account("old-password-2");
		mvc.perform(post("/account/password-reset").param("email", email.toUpperCase(Locale.ROOT)).with(csrf()));
		String link = link(RESET_LINK, emailBody(email, "password-reset"));

		assertThat(page(get(link))).contains("Choose a new password");
		String mismatch = page(post(link).param("password", "a-long-new-password")
			.param("confirmation", "something else")
			.with(csrf()));
		assertThat(mismatch).contains("id=\"confirmation-error\"").contains("The two passwords are not the same");
		String tooShort = page(post(link).param("password", "short").param("confirmation", "short").with(csrf()));
		assertThat(tooShort).contains("id=\"password-error\"").contains("Use at least 10 characters");

		MvcResult saved = mvc
			.perform(post(link).param("password", "a-long-new-password")
				.param("confirmation", "a-long-new-password")
				.with(csrf()))
			.andReturn();

		// the link proved the address: the person is signed in, in a new session, on
		// their start page
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my");
		assertThat(saved.getFlashMap().get("flashSuccess")).isEqualTo("account.reset.done");
		var session = saved.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(page(get("/my").cookie(session).locale(Locale.ENGLISH))).contains("Anna Test")
			.contains("Your new password is saved, and you are signed in");
		assertThat(signIn(email, "a-long-new-password")).isEqualTo("/my");
		assertThat(signIn(email, "old-password-2")).isEqualTo("/login?error=credentials");
		assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(mvc
			.perform(post(link).param("password", "yet-another-password")
				.param("confirmation", "yet-another-password")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(410);
	}

	@Test
	void anExpiredResetLinkNoLongerWorks() throws Exception {
		String email = account("old-password-3");
		people.requestPasswordReset(email);
		String link = link(RESET_LINK, emailBody(email, "password-reset"));
		long personId = people.findByEmail(email).orElseThrow().id();
		jdbc.sql(
				"update account_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' "
						+ "where person_id = :id")
			.param("id", personId)
			.update();

		MvcResult result = mvc.perform(get(link).locale(Locale.forLanguageTag("nl"))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(410);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Deze link werkt niet meer");
	}

	@Test
	void theDatabaseHoldsOnlyAHashOfTheToken() throws Exception {
		String email = account("old-password-4");
		people.requestPasswordReset(email);
		String token = link(RESET_LINK, emailBody(email, "password-reset")).replace("/account/password-reset/", "");
		long personId = people.findByEmail(email).orElseThrow().id();

		String stored = jdbc.sql("select token_hash from account_token where person_id = :id")
			.param("id", personId)
			.query(String.class)
			.single();

		assertThat(stored).isNotEqualTo(token).isEqualTo(AccountTokens.hash(token)).doesNotContain(token);
	}

	@Test
	void resetLinksAreNotSentWithoutLimit() {
		String email = account("old-password-5");
		for (int i = 0; i < People.MAX_RESET_LINKS_PER_HOUR + 2; i++) {
			people.requestPasswordReset(email);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email) == People.MAX_RESET_LINKS_PER_HOUR);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> emailsTo(email) == People.MAX_RESET_LINKS_PER_HOUR);
	}

	@Test
	void aNewAccountChoosesItsPasswordWithTheConfirmationLinkAndOnlyThenSignsIn() throws Exception {
		String email = "signup-" + UUID.randomUUID() + "@example.org";
		people.registerParticipant(new People.NewParticipant(email, "Sofie Madsen", "Børnehuset Solsikken",
				"Dagtilbudsleder", Locale.forLanguageTag("da")));

		String body = emailBody(email, "email-confirmation");
		assertThat(body).contains("Kære Sofie Madsen").contains("vælg en adgangskode");
		String link = link(CONFIRM_LINK, body);

		// following the link (a person, or a mail scanner) asks for a password and uses
		// nothing up
		assertThat(page(get(link).locale(Locale.ENGLISH))).contains("Choose your password");
		assertThat(page(get(link).locale(Locale.ENGLISH))).contains("Choose your password");
		assertThat(signIn(email, "a-good-long-password")).isEqualTo("/login?error=disabled");

		// mistakes are shown beside the field, and nothing is confirmed yet
		String mismatch = page(post(link).param("password", "a-good-long-password")
			.param("confirmation", "other")
			.locale(Locale.ENGLISH)
			.with(csrf()));
		assertThat(mismatch).contains("id=\"confirmation-error\"");
		assertThat(page(post(link).param("password", "short")
			.param("confirmation", "short")
			.locale(Locale.ENGLISH)
			.with(csrf()))).contains("id=\"password-error\"");
		String tooLong = "ø".repeat(37); // 37 characters, 74 bytes: more than BCrypt
											// reads
		assertThat(page(post(link).param("password", tooLong)
			.param("confirmation", tooLong)
			.locale(Locale.ENGLISH)
			.with(csrf()))).contains("id=\"password-error\"");
		assertThat(signIn(email, tooLong)).as("nothing saved").isEqualTo("/login?error=disabled");

		var before = mvc.perform(get(link)).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult saved = mvc
			.perform(post(link).cookie(before)
				.param("password", "a-good-long-password")
				.param("confirmation", "a-good-long-password")
				.with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my");
		var after = saved.getResponse().getCookie("SESSION");
		assertThat(after).as("a new session id: session fixation protection").isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(mvc.perform(get("/my").cookie(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/my").cookie(before)).andReturn().getResponse().getRedirectedUrl())
			.as("the old session id signs nobody in")
			.endsWith("/login");
		assertThat(page(get(link).locale(Locale.ENGLISH))).contains("was confirmed already");
		assertThat(signIn(email, "a-good-long-password")).isEqualTo("/my");
		assertThat(people.findByEmail(email).orElseThrow().roles()).containsExactly(Role.PARTICIPANT);
	}

	@Test
	void linksThatExpiredAMonthAgoAreForgottenByTheHousekeepingJobOnly() {
		long person = people.findByEmail(account("old-links-pw-9")).orElseThrow().id();
		long old = jdbc
			.sql("""
					insert into account_token (person_id, purpose, token_hash, created_at, expires_at)
					values (:p, 'PASSWORD_RESET', :h, now() - interval '41 days', now() - interval '40 days') returning id""")
			.param("p", person)
			.param("h", "old-" + UUID.randomUUID())
			.query(Long.class)
			.single();
		long recent = jdbc
			.sql("""
					insert into account_token (person_id, purpose, token_hash, created_at, expires_at)
					values (:p, 'EMAIL_CONFIRMATION', :h, now() - interval '5 days', now() - interval '2 days') returning id""")
			.param("p", person)
			.param("h", "recent-" + UUID.randomUUID())
			.query(Long.class)
			.single();

		people.requestPasswordReset(people.findById(person).orElseThrow().email());
		assertThat(tokenExists(old)).as("issuing a link deletes nothing").isTrue();

		housekeeping.forgetExpiredLinks();
		assertThat(tokenExists(old)).isFalse();
		assertThat(tokenExists(recent)).isTrue();
	}

	private boolean tokenExists(long id) {
		return jdbc.sql("select count(*) from account_token where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() == 1;
	}

	@Test
	void anAddressRegisteredAlreadyCannotBeRegisteredAgain() {
		String email = account("old-password-6");
		var again = new People.NewParticipant(email.toUpperCase(Locale.ROOT), "Someone Else", null, null,
				Locale.ENGLISH);

		assertThatThrownBy(() -> people.registerParticipant(again)).isInstanceOf(EmailAlreadyRegisteredException.class);
	}

	private String account(String password) {
		String email = "account-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Anna Test", Locale.ENGLISH, password, Set.of(Role.PARTICIPANT), null, null);
		return email;
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The plain text of the newest email of this kind to this address, once the listener
	 * has written it.
	 */
	private String emailBody(String recipient, String kind) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("""
						select text_body from outgoing_email where recipient = :to and kind = :kind order by id desc limit 1""")
				.param("to", recipient)
				.param("kind", kind)
				.query(String.class)
				.optional(), Optional::isPresent)
			.orElseThrow();
	}

	private long emailsTo(String recipient) {
		return jdbc.sql("select count(*) from outgoing_email where recipient = :to")
			.param("to", recipient)
			.query(Long.class)
			.single();
	}

	private static String link(Pattern pattern, String body) {
		var matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("a link in " + body).isTrue();
		return matcher.group(1);
	}

}
