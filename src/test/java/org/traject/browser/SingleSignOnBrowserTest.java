package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.people.internal.AccountAdministration;
import org.traject.test.DemoUsers;
import testsupport.authorizationserver.TestAuthorizationServer;

/**
 * Single sign-on with OpenID Connect against a real authorization server (Spring
 * Security's own, started by {@link TestAuthorizationServer}), configured only by the
 * {@code spring.security.oauth2.client.*} properties a provider would set, with strong
 * sign-in on as in production. The browser goes from Traject's sign-in page to the
 * authorization server's login form and back.
 */
@TestPropertySource(properties = "traject.security.mfa.required=true")
class SingleSignOnBrowserTest extends BrowserTest {

	private static final String REGISTRATION = "federation";

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry properties) {
		String prefix = "spring.security.oauth2.client.";
		properties.add(prefix + "provider." + REGISTRATION + ".issuer-uri", TestAuthorizationServer::issuer);
		properties.add(prefix + "registration." + REGISTRATION + ".provider", () -> REGISTRATION);
		properties.add(prefix + "registration." + REGISTRATION + ".client-id", () -> TestAuthorizationServer.CLIENT_ID);
		properties.add(prefix + "registration." + REGISTRATION + ".client-secret",
				() -> TestAuthorizationServer.CLIENT_SECRET);
		properties.add(prefix + "registration." + REGISTRATION + ".client-name", () -> "Test Federation");
		properties.add(prefix + "registration." + REGISTRATION + ".scope", () -> "openid,profile,email");
	}

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void trajectIsTheClient() {
		TestAuthorizationServer.acceptRedirectsTo(url(""), REGISTRATION);
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@Test
	void someoneNewSigningInThroughTheirOrganisationBecomesAParticipant() {
		String email = "nina-" + UUID.randomUUID() + "@school.example.org";
		String username = directoryPerson(email, true, "Nina Nieuwkomer");
		assertThat(people.findByEmail(email)).isEmpty();

		signInThroughTheFederation(username);

		assertThat(page).hasURL(url("/my"));
		assertThat(page.locator(".signed-in-as")).hasText("Nina Nieuwkomer");
		checkAccessibility();
		var person = people.findByEmail(email).orElseThrow();
		assertThat(person.roles()).containsExactly(Role.PARTICIPANT);
		assertThat(person.displayName()).isEqualTo("Nina Nieuwkomer");
		// the account is recorded as made through single sign-on
		assertThat(changes(person.id())).contains("CREATED_BY_SINGLE_SIGN_ON");
	}

	@Test
	void anExistingAccountIsFoundByItsVerifiedEmailAddress() {
		String email = "pieter-" + UUID.randomUUID() + "@school.example.org";
		people.ensureAccount(email, "Pieter de Vries", Locale.ENGLISH, "pieters-password", Set.of(Role.PARTICIPANT),
				null, null);
		long id = people.findByEmail(email).orElseThrow().id();
		long before = countPeople();
		// the directory writes the address in capitals and knows another name
		String username = directoryPerson(email.toUpperCase(Locale.ROOT), true, "P. de Vries (directory)");

		signInThroughTheFederation(username);

		assertThat(page).hasURL(url("/my"));
		assertThat(page.locator(".signed-in-as")).hasText("Pieter de Vries");
		assertThat(countPeople()).isEqualTo(before);
		assertThat(changes(id)).contains("SINGLE_SIGN_ON_LINKED");
	}

	@Test
	void anAddressTheOrganisationDidNotVerifyIsRefusedWithAClearMessage() {
		String email = "unverified-" + UUID.randomUUID() + "@school.example.org";
		people.ensureAccount(email, "Victim Account", Locale.ENGLISH, "victims-password", Set.of(Role.SECRETARY), null,
				null);
		String username = directoryPerson(email, false, "Someone Claiming");
		long before = countPeople();

		signInThroughTheFederation(username);

		assertThat(page).hasURL(url("/login?error=sso-email"));
		assertThat(page.locator("#sso-unverified")).containsText("did not confirm your email address");
		checkAccessibility();
		// not signed in: a page that needs signing in sends back to the sign-in page
		page.navigate(url("/my"));
		assertThat(page).hasURL(url("/login"));
		assertThat(countPeople()).isEqualTo(before);
	}

	@Test
	void staffFoundThroughSingleSignOnStillGiveTheirSecondFactor() {
		String email = "coach-" + UUID.randomUUID() + "@provider.example.org";
		people.ensureAccount(email, "Cora Coach", Locale.ENGLISH, "coras-password", Set.of(Role.COACH), null, null);
		String username = directoryPerson(email, true, "Cora Coach");

		signInThroughTheFederation(username);

		// what the organisation asked for is not known to Traject: the second factor
		// still counts
		assertThat(page).hasURL(Pattern.compile(".*/login/second-factor.*"));
		assertThat(page.locator("h1")).hasText("Confirm it is you");
		checkAccessibility();
		page.navigate(url("/coach"));
		assertThat(page).hasURL(Pattern.compile(".*/login/second-factor.*"));

		page.getByText("Email me a code").click();
		assertThat(page).hasURL(url("/login/code?sent=true"));
		page.locator("#token").fill(code(email));
		page.locator("form[action$='/login/ott'] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/coach.*"));
		page.navigate(url("/coach"));
		assertThat(page).hasURL(url("/coach"));
		assertThat(page.locator(".signed-in-as")).hasText("Cora Coach");
	}

	@Test
	void aDeactivatedAccountCannotSignInThroughSingleSignOnEither() {
		String email = "gone-" + UUID.randomUUID() + "@school.example.org";
		people.ensureAccount(email, "Gert Gone", Locale.ENGLISH, "gerts-password", Set.of(Role.PARTICIPANT), null,
				null);
		long id = people.findByEmail(email).orElseThrow().id();
		administration.deactivate((CurrentUser) users.loadUserByUsername(DemoUsers.ADMIN), id);
		String username = directoryPerson(email, true, "Gert Gone");

		signInThroughTheFederation(username);

		assertThat(page).hasURL(url("/login?error=disabled"));
		page.navigate(url("/my"));
		assertThat(page).hasURL(url("/login"));
	}

	@Test
	void aForgedOrCancelledReturnFromTheProviderEndsOnTheSignInPageNotInAnError() {
		// nobody asked the provider: an invented code and state
		page.navigate(url("/login/oauth2/code/" + REGISTRATION + "?code=%00invented&state=forged"));
		assertThat(page).hasURL(url("/login?error=sso"));
		assertThat(page.locator("#sso-error")).containsText("did not work, or it was cancelled");
		checkAccessibility();
		// the person said no at the provider: it answers with an error instead of a code
		visit("/login");
		page.locator("#sso a").click();
		assertThat(page).hasURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/login"));
		page.navigate(url("/login/oauth2/code/" + REGISTRATION + "?error=access_denied&state=whatever"));
		assertThat(page).hasURL(url("/login?error=sso"));
		page.navigate(url("/my"));
		assertThat(page).hasURL(url("/login"));
	}

	/** From Traject's sign-in page through the authorization server's form and back. */
	private void signInThroughTheFederation(String username) {
		visit("/login");
		var button = page.locator("#sso a");
		assertThat(button).hasText("Sign in with Test Federation");
		button.click();
		// the organisation's own sign-in page, on the authorization server
		assertThat(page).hasURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAuthorizationServer.PASSWORD);
		page.locator("button[type=submit]").click();
		String traject = url("/");
		page.waitForURL(address -> address.startsWith(traject) && !address.contains("/login/oauth2/code/"));
	}

	private static String directoryPerson(String email, boolean verified, String name) {
		String username = "user-" + UUID.randomUUID();
		TestAuthorizationServer.person(username, new TestAuthorizationServer.Person(email, verified, name));
		return username;
	}

	private long countPeople() {
		return jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	private java.util.List<String> changes(long personId) {
		return jdbc.sql("select change from account_change where person_id = :id")
			.param("id", personId)
			.query(String.class)
			.list();
	}

	private String code(String recipient) {
		String body = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select text_body from outgoing_email where recipient = :to and kind = 'sign-in-code'
					order by id desc limit 1""").param("to", recipient).query(String.class).optional(),
					Optional::isPresent)
			.orElseThrow();
		var matcher = CODE.matcher(body);
		assertThat(matcher.find()).as("a code in " + body).isTrue();
		return matcher.group(1);
	}

}
