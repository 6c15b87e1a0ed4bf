package org.traject.people;

import org.traject.people.internal.AccountRefusedException;

import org.traject.people.internal.AccountAdministration;
import org.traject.people.internal.BootstrapAdministrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/** Account administration as an administrator does it, and the rules it keeps. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountAdministrationTest {

	private static final Pattern INVITATION_LINK = Pattern.compile("/account/confirm/[A-Za-z0-9_-]{20,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	BootstrapAdministrator bootstrap;

	private CurrentUser admin() {
		return (CurrentUser) users.loadUserByUsername(DemoUsers.ADMIN);
	}

	@Test
	void anInvitedSecretaryChoosesAPasswordWithTheEmailedLinkAndLandsOnTheirStartPage() throws Exception {
		String email = "invited-" + UUID.randomUUID() + "@example.org";
		MvcResult invited = mvc
			.perform(post("/admin/people/invite").with(csrf())
				.with(user(admin()))
				.param("name", "Ilse Invited")
				.param("email", email)
				.param("language", "nl")
				.param("roles", "SECRETARY", "COACH"))
			.andReturn();
		long id = people.findByEmail(email).orElseThrow().id();
		assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + id);
		assertThat(people.findById(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.SECRETARY, Role.COACH);

		String body = emailBody(email, "staff-invitation");
		assertThat(body).contains("Anne de Vries heeft u uitgenodigd").contains("7 dagen");
		String link = link(body);
		MvcResult chosen = mvc
			.perform(post(link).with(csrf())
				.param("password", "a-secretary-password")
				.param("confirmation", "a-secretary-password"))
			.andReturn();
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/secretary");

		String page = page(get("/admin/people/" + id).with(user(admin())).locale(Locale.ENGLISH));
		assertThat(page).contains("Ilse Invited")
			.contains("Invited")
			.contains("Anne de Vries")
			.contains("COACH,SECRETARY")
			.contains("Active");
	}

	@Test
	void aResentInvitationReplacesTheOldLinkAndARevokedOneWorksNoMore() throws Exception {
		String email = "resend-" + UUID.randomUUID() + "@example.org";
		long id = administration.invite(admin(),
				new AccountAdministration.Invitation("Rob Resend", email, Locale.ENGLISH, Set.of(Role.COACH)));
		String first = link(emailBody(email, "staff-invitation"));
		mvc.perform(post("/admin/people/" + id + "/invitation/resend").with(csrf()).with(user(admin())));
		await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email) == 2);
		String second = link(emailBody(email, "staff-invitation"));
		assertThat(second).isNotEqualTo(first);
		assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);

		mvc.perform(post("/admin/people/" + id + "/invitation/revoke").with(csrf()).with(user(admin())));
		assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(administration.find(id).orElseThrow().state()).isEqualTo(AccountAdministration.State.DEACTIVATED);
		// a revoked invitee gets no link another way either
		assertThat(people.remindExistingAccount(id).kind()).isEqualTo(People.ExistingAccountReminder.Kind.NONE);
		assertThat(administration.history(id)).extracting(AccountAdministration.Change::change)
			.containsExactly("INVITATION_REVOKED", "INVITATION_RESENT", "INVITED");
	}

	@Test
	void aDeactivatedPersonsOpenSessionEndsAtOnceAndTheyCannotSignInAgain() throws Exception {
		String email = account("deactivate-me-pw", Role.COACH);
		long id = people.findByEmail(email).orElseThrow().id();
		Cookie session = signIn(email, "deactivate-me-pw");
		assertThat(mvc.perform(get("/coach").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		MvcResult done = mvc.perform(post("/admin/people/" + id + "/deactivate").with(csrf()).with(user(admin())))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + id);

		// the session lived in PostgreSQL: gone for every instance
		assertThat(mvc.perform(get("/coach").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(signInRedirect(email, "deactivate-me-pw")).isEqualTo("/login?error=disabled");
		assertThat(administration.history(id)).first()
			.satisfies(c -> assertThat(c.change()).isEqualTo("DEACTIVATED"))
			.satisfies(c -> assertThat(c.before()).isEqualTo("ACTIVE"))
			.satisfies(c -> assertThat(c.by()).isEqualTo("Anne de Vries"));

		mvc.perform(post("/admin/people/" + id + "/reactivate").with(csrf()).with(user(admin())));
		assertThat(signInRedirect(email, "deactivate-me-pw")).isEqualTo("/coach");
	}

	@Test
	void changingRolesIsRecordedAndEndsThePersonsSessions() throws Exception {
		String email = account("roles-change-pw", Role.COACH);
		long id = people.findByEmail(email).orElseThrow().id();
		Cookie session = signIn(email, "roles-change-pw");
		mvc.perform(post("/admin/people/" + id + "/roles").with(csrf())
			.with(user(admin()))
			.param("roles", "SECRETARY", "not-a-role"));
		assertThat(people.findById(id).orElseThrow().roles()).containsExactly(Role.SECRETARY);
		assertThat(mvc.perform(get("/coach").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(administration.history(id)).first().satisfies(c -> {
			assertThat(c.change()).isEqualTo("ROLES_CHANGED");
			assertThat(c.before()).isEqualTo("COACH");
			assertThat(c.after()).isEqualTo("SECRETARY");
		});
		// no roles at all is refused with a message, and nothing changes
		MvcResult none = mvc.perform(post("/admin/people/" + id + "/roles").with(csrf()).with(user(admin())))
			.andReturn();
		assertThat(none.getFlashMap().get("flashError")).isEqualTo("people.admin.roles.required");
		assertThat(people.findById(id).orElseThrow().roles()).containsExactly(Role.SECRETARY);
	}

	@Test
	void theAdministratorsStartPageLeadsToPeopleAndAccounts() throws Exception {
		String start = page(get("/admin").with(user(admin())).locale(Locale.forLanguageTag("da")));
		assertThat(start).contains("href=\"/admin/people\"").contains("Personer og konti");
		assertThat(mvc.perform(get("/admin/people").with(user(admin()))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void anAdministratorCannotDeactivateThemselves() throws Exception {
		long self = admin().personId();
		MvcResult refused = mvc.perform(post("/admin/people/" + self + "/deactivate").with(csrf()).with(user(admin())))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + self);
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("people.admin.refused.OWN_ACCOUNT");
		assertThat(administration.find(self).orElseThrow().state()).isEqualTo(AccountAdministration.State.ACTIVE);
	}

	@Test
	void theLastAdministratorWhoCanSignInCannotBeRemovedOrDeactivated() {
		String other = account("other-admin-pw", Role.ADMIN);
		long otherId = people.findByEmail(other).orElseThrow().id();
		var otherAdmin = (CurrentUser) users.loadUserByUsername(other);
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			// in this transaction only: every administrator but the demo one is
			// deactivated
			jdbc.sql("""
					update person set enabled = false where id <> :keep
					and id in (select person_id from person_role where role = 'ADMIN')""")
				.param("keep", admin().personId())
				.update();
			assertThatThrownBy(() -> administration.changeRoles(otherAdmin, admin().personId(), Set.of(Role.COACH)))
				.isInstanceOf(AccountRefusedException.class)
				.extracting("reason")
				.isEqualTo(AccountRefusedException.Reason.LAST_ADMINISTRATOR);
			tx.setRollbackOnly();
		});
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			jdbc.sql("""
					update person set enabled = false where id <> :keep
					and id in (select person_id from person_role where role = 'ADMIN')""")
				.param("keep", otherId)
				.update();
			assertThatThrownBy(() -> administration.deactivate(admin(), otherId))
				.isInstanceOf(AccountRefusedException.class)
				.extracting("reason")
				.isEqualTo(AccountRefusedException.Reason.LAST_ADMINISTRATOR);
			tx.setRollbackOnly();
		});
		// with another administrator there, it is allowed
		administration.changeRoles(admin(), otherId, Set.of(Role.COACH));
		assertThat(people.findById(otherId).orElseThrow().roles()).containsExactly(Role.COACH);
	}

	/**
	 * Two administrators deactivate each other at the same moment: one succeeds, the
	 * other is refused.
	 */
	@Test
	void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		String first = account("race-admin-pw-1", Role.ADMIN);
		String second = account("race-admin-pw-2", Role.ADMIN);
		var one = (CurrentUser) users.loadUserByUsername(first);
		var two = (CurrentUser) users.loadUserByUsername(second);
		List<Long> others = jdbc.sql("""
				select p.id from person p join person_role r on r.person_id = p.id and r.role = 'ADMIN'
				where p.enabled and p.id not in (:a, :b)""")
			.param("a", one.personId())
			.param("b", two.personId())
			.query(Long.class)
			.list();
		assertThat(others).as("the demo administrator at least").isNotEmpty();
		try {
			jdbc.sql("update person set enabled = false where id in (:ids)").param("ids", others).update();
			var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			var start = new java.util.concurrent.CountDownLatch(1);
			var a = pool.submit(() -> attempt(start, () -> administration.deactivate(one, two.personId())));
			var b = pool.submit(() -> attempt(start, () -> administration.deactivate(two, one.personId())));
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("done", "LAST_ADMINISTRATOR");
			pool.shutdown();
		}
		finally {
			jdbc.sql("update person set enabled = true where id in (:ids)").param("ids", others).update();
		}
	}

	private static String attempt(java.util.concurrent.CountDownLatch start, Runnable change) throws Exception {
		start.await();
		try {
			change.run();
			return "done";
		}
		catch (AccountRefusedException ex) {
			return ex.reason().name();
		}
	}

	@Test
	void theFirstAdministratorIsCreatedOnceWithALinkInTheLogWhenNoAdministratorExists(CapturedOutput output) {
		String email = "first-admin-" + UUID.randomUUID() + "@provider.example";
		var runner = new BootstrapAdministrator(administration, email, "", "https://traject.provider.example");
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			// an empty installation, in this transaction only
			jdbc.sql(
					"update person set enabled = false where id in (select person_id from person_role where role = 'ADMIN')")
				.update();
			runner.run(null);
			var created = people.findByEmail(email).orElseThrow();
			assertThat(created.roles()).containsExactly(Role.ADMIN);
			assertThat(output.getOut()).contains("https://traject.provider.example/account/confirm/");
			int logged = count(output.getOut(), "/account/confirm/");
			runner.run(null);
			assertThat(count(output.getOut(), "/account/confirm/")).as("the link is logged once").isEqualTo(logged);
			assertThat(administration.history(created.id())).extracting(AccountAdministration.Change::change)
				.containsExactly("BOOTSTRAPPED");
			tx.setRollbackOnly();
		});
		// with administrators present, nothing happens
		runner.run(null);
		assertThat(people.findByEmail(email)).isEmpty();
	}

	@Test
	void thePeopleListSearchesByPrefixFiltersAndCostsAFixedNumberOfStatements() throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
		account("list-pw-1", Role.COACH, marker + "-coach@example.org", "Wim " + marker);
		account("list-pw-2", Role.PARTICIPANT, marker + "-participant@example.org", "Xandra " + marker);
		String byEmail = page(get("/admin/people").param("q", marker.toUpperCase(Locale.ROOT))
			.with(user(admin()))
			.locale(Locale.ENGLISH));
		assertThat(byEmail).contains("Wim " + marker).contains("Xandra " + marker).contains("People: 2 found");
		String coaches = page(get("/admin/people").param("q", marker)
			.param("role", "COACH")
			.with(user(admin()))
			.locale(Locale.ENGLISH));
		assertThat(coaches).contains("Wim " + marker).doesNotContain("Xandra " + marker);
		String byName = page(get("/admin/people").param("q", "xandra " + marker).with(user(admin())));
		assertThat(byName).contains(marker + "-participant@example.org");
		// a % is a character, not a wildcard
		assertThat(page(get("/admin/people").param("q", "%" + marker).with(user(admin())).locale(Locale.ENGLISH)))
			.contains("Nobody matches");

		int small = statements("/admin/people?q=" + marker);
		int large = statements("/admin/people");
		// the count and the page, plus what every signed-in page costs (the session) and
		// signing in (the account, and whether it has a passkey)
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(7);
	}

	@Test
	void thePrefixSearchUsesItsIndexesWithFiftyThousandPeople() {
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			jdbc.sql("""
					insert into person (email, display_name, preferred_language, enabled, email_confirmed)
					select 'bench-' || n || '@school' || (n % 500) || '.example', 'Bench Person ' || n, 'nl', true, true
					from generate_series(1, 50000) n""").update();
			jdbc.sql("analyze person").update();
			String plan = String.join("\n",
					jdbc.sql("""
							explain select id from person p
							where lower(p.email) like 'bench-4711%' or lower(p.display_name) like 'bench-4711%'""")
						.query(String.class)
						.list());
			assertThat(plan).contains("person_email_prefix").contains("person_name_prefix").doesNotContain("Seq Scan");
			long started = System.nanoTime();
			var result = administration.search(new AccountAdministration.Search("bench-4711", null, null, 1));
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(result.total()).isEqualTo(11);
			assertThat(millis).as("a prefix search over 50,000 people").isLessThan(500);
			tx.setRollbackOnly();
		});
	}

	@Test
	void hostileInputOnTheNewFormsGetsMessagesNeverAServerError() throws Exception {
		String huge = "x".repeat(1_000_000);
		List<RequestBuilder> requests = List.of(
				get("/admin/people").param("q", "a\u0000b")
					.param("role", "<script>")
					.param("state", "%00")
					.param("page", "2147483647"),
				get("/admin/people").param("page", "abc").param("q", huge.substring(0, 5000)),
				post("/admin/people/invite").with(csrf())
					.param("name", "Nul\u0000Name")
					.param("email", "nul\u0000@example.org")
					.param("language", "<x>")
					.param("roles", "ROOT"),
				post("/admin/people/invite").with(csrf())
					.param("name", huge)
					.param("email", huge)
					.param("language", "nl")
					.param("roles", "COACH", "COACH"),
				post("/admin/people/invite").with(csrf()),
				post("/admin/people/abc/roles").with(csrf()).param("roles", "ADMIN"),
				post("/admin/people/" + admin().personId() + "/roles").with(csrf()).param("roles", "\u0000", huge));
		for (RequestBuilder request : requests) {
			var response = mvc.perform(withAdmin(request)).andReturn().getResponse();
			assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(500);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<script>")
				.doesNotContain("\u0000");
		}
		String invalid = page(withAdmin(post("/admin/people/invite").with(csrf())
			.param("name", "")
			.param("email", "not-an-address")
			.param("language", "xx")
			.locale(Locale.forLanguageTag("nl"))));
		assertThat(invalid).contains("id=\"name-error\"")
			.contains("id=\"email-error\"")
			.contains("id=\"roles-error\"")
			.contains("Kies ten minste één rol");
		assertThat(people.findById(admin().personId()).orElseThrow().roles()).contains(Role.ADMIN);
	}

	private RequestBuilder withAdmin(RequestBuilder request) {
		return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
			.with(user(admin()));
	}

	private int statements(String path) throws Exception {
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(user(admin()))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		return QueryCounter.count();
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	private String account(String password, Role role) {
		return account(password, role, "admin-test-" + UUID.randomUUID() + "@example.org", "Pat Person");
	}

	private String account(String password, Role role, String email, String name) {
		people.ensureAccount(email, name, Locale.ENGLISH, password, Set.of(role), null, null);
		return email;
	}

	private Cookie signIn(String email, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(r -> {
				r.setRemoteAddr("192.0.2." + (1 + Math.abs(email.hashCode() % 200)));
				return r;
			}))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		return result.getResponse().getCookie("SESSION");
	}

	private String signInRedirect(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(r -> {
			r.setRemoteAddr("192.0.2.250");
			return r;
		})).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

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

	private static String link(String body) {
		var matcher = INVITATION_LINK.matcher(body);
		assertThat(matcher.find()).as("a link in " + body).isTrue();
		return matcher.group();
	}

}
