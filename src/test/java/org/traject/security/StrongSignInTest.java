package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.RouteAccessTable;
import org.traject.test.IntegrationTest;

/**
 * Strong sign-in as production has it ({@code traject.security.mfa.required=true}): staff
 * give a second factor after their password, by default the code Traject emails them;
 * someone with a passkey must use it; an administrator resets lost factors.
 */
@IntegrationTest
@TestPropertySource(properties = "traject.security.mfa.required=true")
class StrongSignInTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	/** One visitor's browser: the session cookie it holds. */
	private final class Browser {

		private @Nullable Cookie session;

		MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
			if (session != null) {
				request.cookie(session);
			}
			var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
			var renewed = response.getCookie("SESSION");
			if (renewed != null) {
				session = renewed;
			}
			return response;
		}

		String page(String path) throws Exception {
			return send(get(path)).getContentAsString(StandardCharsets.UTF_8);
		}

	}

	@Test
	void staffGiveACodeFromTheirEmailAfterTheirPassword() throws Exception {
		String email = account("Sam Secretary", Role.SECRETARY);
		var browser = new Browser();

		assertThat(signIn(browser, email).getRedirectedUrl()).isEqualTo("/secretary");
		// the password alone does not open the secretary's pages
		assertThat(browser.send(get("/secretary")).getRedirectedUrl()).contains("/login/second-factor");
		String choice = browser.page("/login/second-factor");
		assertThat(choice).contains("Email me a code").doesNotContain("Use your passkey");

		assertThat(browser.send(post("/ott/generate")).getRedirectedUrl()).isEqualTo("/login/code?sent=true");
		String code = code(email);
		assertThat(browser.page("/login/code?sent=true")).contains("We sent a code");

		String wrong = code.equals("000000") ? "111111" : "000000";
		assertThat(browser.send(post("/login/ott").param("token", wrong)).getRedirectedUrl())
			.isEqualTo("/login/code?error=true");
		assertThat(browser.send(get("/secretary")).getRedirectedUrl()).contains("/login/second-factor");

		var confirmed = browser.send(post("/login/ott").param("token", code));
		assertThat(confirmed.getRedirectedUrl()).contains("/secretary");
		assertThat(browser.send(get("/secretary")).getStatus()).isEqualTo(200);
		// a code works once
		var another = new Browser();
		signIn(another, email);
		assertThat(another.send(post("/login/ott").param("token", code)).getRedirectedUrl())
			.isEqualTo("/login/code?error=true");
	}

	@Test
	void aCodeIsSentOnlyToWhoeverGaveThePasswordInThisSessionAndWorksOnlyForThem() throws Exception {
		String coach = account("Cas Coach", Role.COACH);
		String other = account("Olga Other", Role.COACH);
		var stranger = new Browser();
		// nobody signed in: no email goes anywhere, whatever address is sent along
		var refused = stranger.send(post("/ott/generate").param("username", coach));
		assertThat(refused.getRedirectedUrl()).contains("/login");
		assertThat(emailsTo(coach, "sign-in-code")).isZero();

		var coachBrowser = new Browser();
		signIn(coachBrowser, coach);
		coachBrowser.send(post("/ott/generate").param("username", other));
		String code = code(coach);
		assertThat(emailsTo(other, "sign-in-code")).isZero();

		var otherBrowser = new Browser();
		signIn(otherBrowser, other);
		assertThat(otherBrowser.send(post("/login/ott").param("token", code)).getRedirectedUrl())
			.isEqualTo("/login/code?error=true");
		assertThat(otherBrowser.send(get("/coach")).getRedirectedUrl()).contains("/login/second-factor");
	}

	@Test
	void participantsStillSignInWithTheirPasswordAlone() throws Exception {
		String email = account("Pia Participant", Role.PARTICIPANT);
		var browser = new Browser();
		assertThat(signIn(browser, email).getRedirectedUrl()).isEqualTo("/my");
		assertThat(browser.send(get("/my")).getStatus()).isEqualTo(200);
		assertThat(browser.page("/login")).doesNotContain("password alone");
	}

	@Test
	void someoneWithAPasskeyMustUseItAndAnAdministratorResetsItWhenItIsLost() throws Exception {
		String email = account("Petra Passkey", Role.COACH);
		long personId = people.findByEmail(email).orElseThrow().id();
		givePasskey(email, "Old phone");
		var browser = new Browser();
		signIn(browser, email);
		String choice = browser.page("/login/second-factor");
		// the passkey, and no way around it by email
		assertThat(choice).contains("Use your passkey").doesNotContain("Email me a code");
		browser.send(post("/ott/generate"));
		assertThat(browser.send(post("/login/ott").param("token", "123456")).getRedirectedUrl())
			.isEqualTo("/login/code?error=true");
		assertThat(browser.send(get("/coach")).getRedirectedUrl()).contains("/login/second-factor");

		var admin = users.loadUserByUsername(RouteAccessTable.email("admin"));
		var reset = mvc
			.perform(post("/admin/people/" + personId + "/second-factors/reset").with(csrf())
				.with(authentication(fullySignedIn(admin))))
			.andReturn()
			.getResponse();
		assertThat(reset.getRedirectedUrl()).isEqualTo("/admin/people/" + personId);
		assertThat(jdbc.sql("""
				select before_value || '>' || after_value from account_change
				where person_id = :id and change = 'SECOND_FACTORS_RESET'""")
			.param("id", personId)
			.query(String.class)
			.list()).containsExactly("1>0");
		String personPage = mvc.perform(get("/admin/people/" + personId).with(authentication(fullySignedIn(admin))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(personPage).contains("No passkeys").contains("Second factors reset");

		// the open session ended; signing in again offers the code by email
		assertThat(browser.send(get("/login/second-factor")).getRedirectedUrl()).isEqualTo("/login");
		var again = new Browser();
		signIn(again, email);
		assertThat(again.page("/login/second-factor")).contains("Email me a code").doesNotContain("Use your passkey");
		again.send(post("/ott/generate"));
		again.send(post("/login/ott").param("token", code(email)));
		assertThat(again.send(get("/coach")).getStatus()).isEqualTo(200);
	}

	private String account(String name, Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, name, Locale.ENGLISH, "a-good-password", Set.of(role), null, null);
		return email;
	}

	private MockHttpServletResponse signIn(Browser browser, String email) throws Exception {
		return browser.send(post("/login").param("email", email).param("password", "a-good-password"));
	}

	/**
	 * A passkey as Spring Security's WebAuthn support stores it (the key is never used
	 * here).
	 */
	private void givePasskey(String email, String label) {
		String userId = UUID.randomUUID().toString();
		jdbc.sql("insert into user_entities (id, name, display_name) values (:id, :name, :name)")
			.param("id", userId)
			.param("name", email)
			.update();
		jdbc.sql("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
				    uv_initialized, backup_eligible, backup_state, created, last_used, label)
				values (:id, :user, :key, 0, true, false, false, now(), now(), :label)""")
			.param("id", UUID.randomUUID().toString())
			.param("user", userId)
			.param("key", new byte[] { 1, 2, 3 })
			.param("label", label)
			.update();
	}

	private static UsernamePasswordAuthenticationToken fullySignedIn(
			org.springframework.security.core.userdetails.UserDetails user) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
		assertThat(user).isInstanceOf(CurrentUser.class);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	/**
	 * The code in the newest sign-in email to this address, once the listener wrote it.
	 */
	private String code(String recipient) {
		String body = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select text_body from outgoing_email where recipient = :to and kind = 'sign-in-code'
					order by id desc limit 1""").param("to", recipient).query(String.class).optional(),
					Optional::isPresent)
			.orElseThrow();
		var matcher = CODE.matcher(body);
		assertThat(matcher.find()).as("a code in " + body).isTrue();
		return matcher.group(1);
	}

	private long emailsTo(String recipient, String kind) {
		return jdbc.sql("select count(*) from outgoing_email where recipient = :to and kind = :kind")
			.param("to", recipient)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

}
