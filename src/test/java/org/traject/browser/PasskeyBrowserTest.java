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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.internal.AccountAdministration;
import org.traject.test.DemoUsers;

/**
 * An invited course secretary accepts the invitation, adds a passkey on their account
 * page (Chromium's virtual authenticator, through the DevTools protocol, plays the phone
 * or security key), signs out, and signs in again with their password and then the
 * passkey.
 */
class PasskeyBrowserTest extends BrowserTest {

	private static final Pattern INVITATION = Pattern.compile("https?://\\S+?(/account/confirm/[A-Za-z0-9_-]{20,})");

	@Autowired
	AccountAdministration administration;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	/** Adding and checking a passkey can take a while on a busy machine. */
	@org.junit.jupiter.api.BeforeEach
	void patientAssertions() {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@Test
	void anInvitedSecretaryAddsAPasskeyAndSignsInWithPasswordAndPasskey() {
		String email = "secretary-" + UUID.randomUUID() + "@example.org";
		var admin = (CurrentUser) users.loadUserByUsername(DemoUsers.ADMIN);
		administration.invite(admin,
				new AccountAdministration.Invitation("Sanne Smit", email, Locale.ENGLISH, Set.of(Role.SECRETARY)));

		// the authenticator of this browser: a platform authenticator that verifies its
		// user
		addVirtualAuthenticator(page);

		visit(invitationPath(email));
		page.locator("#password").fill("sanne-her-own-password");
		page.locator("#confirmation").fill("sanne-her-own-password");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(url("/secretary"));

		page.getByText("Your account").click();
		assertThat(page.locator("#no-passkeys")).isVisible();
		checkAccessibility();
		page.locator("#passkey-label").fill("Work laptop");
		page.locator("#passkey-register button[type=submit]").click();
		assertThat(page.locator("#passkey-added")).containsText("Your passkey is added");
		assertThat(page.locator("#passkeys")).containsText("Work laptop");
		checkAccessibility();

		page.locator("form[action$='/logout'] button").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/login\\?signedOut=true"));

		page.locator("#email").fill(email);
		page.locator("#password").fill("sanne-her-own-password");
		page.locator("main form button[type=submit]").click();
		// the password alone is not enough once there is a passkey
		assertThat(page).hasURL(Pattern.compile(".*/login/second-factor.*"));
		assertThat(page.locator("h1")).hasText("Confirm it is you");
		checkAccessibility();
		page.getByText("Use your passkey").click();
		// back to the page that asked for the second factor
		assertThat(page).hasURL(Pattern.compile(".*/secretary(\\?continue)?"));
		assertThat(page.locator(".signed-in-as")).hasText("Sanne Smit");

		// what the administrator sees: one passkey, and that it was added
		assertThat(jdbc.sql("""
				select c.after_value from account_change c join person p on p.id = c.person_id
				where p.email = :email and c.change = 'PASSKEY_ADDED'""")
			.param("email", email)
			.query(String.class)
			.list()).containsExactly("Work laptop");
	}

	private String invitationPath(String email) {
		String body = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select text_body from outgoing_email where recipient = :to and kind = 'staff-invitation'
					order by id desc limit 1""").param("to", email).query(String.class).optional(), Optional::isPresent)
			.orElseThrow();
		var matcher = INVITATION.matcher(body);
		assertThat(matcher.find()).as("an invitation link in " + body).isTrue();
		return matcher.group(1);
	}

}
