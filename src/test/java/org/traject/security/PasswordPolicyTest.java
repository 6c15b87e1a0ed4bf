package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;

/**
 * What Traject asks of a password, and how it treats one (docs/security/asvs.md, V6.2).
 */
@IntegrationTest
class PasswordPolicyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void passwordsOfAnyCompositionFromTenCharactersToSixtyFourAndMoreAreAccepted() {
		assertThat(People.isAcceptablePassword("only lower case words")).isTrue();
		assertThat(People.isAcceptablePassword("1234567890")).isTrue();
		assertThat(People.isAcceptablePassword("ÆØÅ æøå ĳ € 🙂 x")).isTrue();
		assertThat(People.isAcceptablePassword("a".repeat(64))).isTrue();
		assertThat(People.isAcceptablePassword("123456789")).as("nine characters").isFalse();
	}

	@Test
	void aPasswordIsComparedExactlyAsTypedWithItsSpacesAndCase() throws Exception {
		String email = account(" Mixed Case Pass ");
		assertThat(signIn(email, " Mixed Case Pass ")).endsWith("/my");
		assertThat(signIn(email, "Mixed Case Pass")).as("without its spaces").contains("/login?error");
		assertThat(signIn(email, " mixed case pass ")).as("in other letters").contains("/login?error");
	}

	@Test
	void signingInNeverAsksForAPeriodicPasswordChange() throws Exception {
		String email = account("a password kept for years");
		assertThat(signIn(email, "a password kept for years")).endsWith("/my");
	}

	@Test
	void theSignInFormMasksThePasswordAndLeavesItToPasswordManagers() throws Exception {
		String page = mvc.perform(get("/login").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("type=\"password\"")
			.contains("autocomplete=\"current-password\"")
			.contains("autocomplete=\"username\"")
			.doesNotContain("onpaste")
			.doesNotContain("autocomplete=\"off\"");
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(from()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/** An address of its own, so that the failures here count against nobody else. */
	private static RequestPostProcessor from() {
		String address = "192.0.2." + (1 + ThreadLocalRandom.current().nextInt(254));
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String account(String password) {
		String email = "password-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Pim Policy", Locale.ENGLISH, password, Set.of(Role.PARTICIPANT), null, null);
		return email;
	}

}
