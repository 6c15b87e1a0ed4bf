package org.traject.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * An administrator edits the statements in Markdown, per language; every save is a new
 * version, the page shows the latest sanitised, the default text until the first save,
 * and a save on top of a version someone else replaced meanwhile is refused with the
 * typed text kept.
 */
@IntegrationTest
class StatementsTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySaveIsANewVersionThatThePageShowsSanitisedWhileOtherLanguagesKeepTheirText() throws Exception {
		// the accessibility statement in Danish is edited by this test only
		var before = page("/statements/accessibility", Locale.forLanguageTag("da"));
		assertThat(before.select("h1").text()).isEqualTo("Tilgængelighedserklæring");
		assertThat(before.getElementById("statement-version")).isNull();
		var english = page("/statements/accessibility", Locale.ENGLISH).select("main").text();

		var edit = page("/admin/statements/accessibility/da", Locale.ENGLISH, true);
		assertThat(edit.select("input[name=title]").val()).isEqualTo("Tilgængelighedserklæring");
		assertThat(edit.select("textarea[name=text]").text()).contains("WCAG 2.2");
		String basedOn = edit.select("input[name=basedOn]").val();

		String token = UUID.randomUUID().toString().substring(0, 8);
		var saved = save("accessibility", "da", basedOn, "Tilgængelighed " + token, """
				Vi følger **WCAG 2.2 AA**.

				<script>alert('x')</script>

				[klik](javascript:alert(1)) [kontakt](mailto:a11y@example.org)""");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/statements/accessibility/da");
		int first = Integer.parseInt(basedOn) + 1;

		var after = page("/statements/accessibility", Locale.forLanguageTag("da"));
		assertThat(after.select("h1").text()).isEqualTo("Tilgængelighed " + token);
		assertThat(after.select(".statement-text strong").text()).isEqualTo("WCAG 2.2 AA");
		assertThat(after.select(".statement-text script")).isEmpty();
		assertThat(after.select(".statement-text").html()).doesNotContain("<script");
		assertThat(after.select(".statement-text a").eachAttr("href")).noneMatch(href -> href.contains("javascript"));
		assertThat(after.select(".statement-text a[href=mailto:a11y@example.org]")).hasSize(1);
		assertThat(after.getElementById("statement-version").text()).startsWith("Version " + first);
		assertThat(page("/statements/accessibility", Locale.ENGLISH).select("main").text())
			.as("another language keeps its text")
			.isEqualTo(english);

		save("accessibility", "da", String.valueOf(first), "Tilgængelighed " + token + " v2", "Anden tekst.");
		assertThat(page("/statements/accessibility", Locale.forLanguageTag("da")).select("h1").text()).endsWith(" v2");
		var history = page("/admin/statements/accessibility/da?version=" + first, Locale.ENGLISH, true);
		assertThat(history.select("#statement-history li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(history.getElementById("shown-version").text()).contains("Tilgængelighed " + token)
			.contains("WCAG 2.2 AA");
		assertThat(jdbc.sql("""
				select count(*) from statement_version where statement = 'accessibility' and language = 'da'
				  and title like :title""")
			.param("title", "Tilgængelighed " + token + "%")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSaveOnTopOfAReplacedVersionIsRefusedKeepingWhatWasTyped() throws Exception {
		String basedOn = page("/admin/statements/cookies/nl", Locale.ENGLISH, true).select("input[name=basedOn]").val();
		save("cookies", "nl", basedOn, "Cookies", "Eén functionele cookie.");

		var refused = save("cookies", "nl", basedOn, "Cookies (mijn versie)", "Mijn tekst.");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		var page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("Someone saved version");
		assertThat(page.select("input[name=title]").val()).isEqualTo("Cookies (mijn versie)");
		assertThat(page.select("textarea[name=text]").text()).isEqualTo("Mijn tekst.");
		assertThat(page.select("input[name=basedOn]").val()).isEqualTo(String.valueOf(Integer.parseInt(basedOn) + 1));
		assertThat(page("/statements/cookies", DUTCH).select(".statement-text").text())
			.isEqualTo("Eén functionele cookie.");
	}

	@Test
	void garbageComesBackBesideTheFieldWithWhatWasTyped() throws Exception {
		var blank = Jsoup.parse(save("privacy", "en", "0", "  ", "Text").getResponse().getContentAsString());
		assertThat(blank.getElementById("title-error").text()).isEqualTo("Enter a title.");
		assertThat(blank.select("textarea[name=text]").text()).isEqualTo("Text");

		var tooLong = save("privacy", "en", "x\u0000", "Title\u0000", "a".repeat(1_000_000));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).getElementById("text-error").text())
			.contains("50,000");

		assertThat(mvc.perform(admin(get("/admin/statements/nothing/en"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(admin(get("/admin/statements/privacy/fr"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(admin(get("/admin/statements/privacy/en?version=999999")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/statements/nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private MvcResult save(String statement, String language, String basedOn, String title, String text)
			throws Exception {
		return mvc
			.perform(admin(post("/admin/statements/" + statement + "/" + language).with(csrf())
				.locale(Locale.ENGLISH)
				.param("basedOn", basedOn)
				.param("title", title)
				.param("text", text)))
			.andReturn();
	}

	private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(DemoUsers.ADMIN)));
	}

	private Document page(String path, Locale locale) throws Exception {
		return page(path, locale, false);
	}

	private Document page(String path, Locale locale, boolean asAdmin) throws Exception {
		var request = get(path).locale(locale);
		var response = mvc.perform(asAdmin ? admin(request) : request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
