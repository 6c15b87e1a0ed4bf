package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.traject.people.People;
import org.traject.people.Role;
import testing.openid.TestOpenIdProvider;

/**
 * Single sign-on through a real OpenID provider (Spring Security's authorization server,
 * started by the test), configured only by Spring Boot's
 * {@code spring.security.oauth2.client.*} properties as a provider would configure
 * theirs. Traject is reached at 127.0.0.1: the provider, like any careful one, accepts a
 * loopback address as a redirect target but not the name "localhost".
 */
class SingleSignOnBrowserTest extends BrowserTest {

	private static final String REGISTRATION = "spring.security.oauth2.client.registration.test.";

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		properties.add(REGISTRATION + "client-id", () -> TestOpenIdProvider.CLIENT_ID);
		properties.add(REGISTRATION + "client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
		properties.add(REGISTRATION + "client-name", () -> "Test Federation");
		properties.add(REGISTRATION + "scope", () -> "openid,email,profile");
		properties.add("spring.security.oauth2.client.provider.test.issuer-uri", TestOpenIdProvider::issuer);
	}

	@Autowired
	People people;

	@BeforeEach
	void sendPeopleBackHere() {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		TestOpenIdProvider.redirectTo(traject("/login/oauth2/code/test"));
	}

	@Test
	void someoneWithAnAccountSignsInThroughTheirOrganisationAndIsMatchedByEmail() {
		var known = TestOpenIdProvider.KNOWN;
		people.ensureAccount(known.email(), "Kim Known", Locale.ENGLISH, "kims-own-password", Set.of(Role.PARTICIPANT),
				null, null);
		long id = people.findByEmail(known.email()).orElseThrow().id();

		signInAtTheProvider(known);

		assertThat(page).hasURL(traject("/my"));
		assertThat(page.locator(".signed-in-as")).hasText("Kim Known");
		assertThat(people.findByEmail(known.email()).orElseThrow().id()).isEqualTo(id);
	}

	@Test
	void someoneNewSignsInThroughTheirOrganisationAndBecomesAParticipant() {
		var newcomer = TestOpenIdProvider.NEWCOMER;

		signInAtTheProvider(newcomer);

		assertThat(page).hasURL(traject("/my"));
		assertThat(page.locator(".signed-in-as")).hasText("Noor Nieuw");
		assertThat(people.findByEmail(newcomer.email()).orElseThrow().roles()).containsExactly(Role.PARTICIPANT);
	}

	@Test
	void anAddressTheProviderDidNotVerifyIsRefused() {
		var unverified = TestOpenIdProvider.UNVERIFIED;

		signInAtTheProvider(unverified);

		assertThat(page).hasURL(traject("/login?error=sso"));
		assertThat(page.locator("#sso-error")).containsText("Single sign-on did not work");
		assertThat(people.findByEmail(unverified.email())).isEmpty();
	}

	private void signInAtTheProvider(TestOpenIdProvider.Person person) {
		page.navigate(traject("/login"));
		checkAccessibility();
		page.getByText("Sign in with Test Federation").click();
		// the provider's own sign-in page
		page.locator("#username").fill(person.username());
		page.locator("#password").fill(TestOpenIdProvider.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForLoadState();
	}

	private String traject(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
