package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;
import org.traject.web.FragmentCache;

/**
 * The catalogue's results are the same for everyone with the same query and language:
 * rendered once and kept for the time to live, while the page around them (the person's
 * own header) is rendered for each request. The integration tests keep nothing by
 * default; this test turns it on for itself.
 */
@IntegrationTest
class CatalogueResultsKeptTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FragmentCache fragments;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void keepNothingAgain() {
		fragments.keepFor(Duration.ZERO);
	}

	@Test
	void aSecondSignedInVisitorGetsTheKeptResultsWithTheirOwnHeaderAndNoSearch() throws Exception {
		fragments.keepFor(Duration.ofMinutes(5));
		var participant = users.loadUserByUsername(DemoUsers.PARTICIPANT);
		var coach = users.loadUserByUsername(DemoUsers.COACH);

		Page first = page("/programmes?q=leider", participant, Locale.ENGLISH);
		Page second = page("/programmes?q=leider", coach, Locale.ENGLISH);

		assertThat(second.results()).isEqualTo(first.results()).contains("result-count");
		assertThat(filters(second.html())).as("the filter form, kept with the results, shows the query")
			.isEqualTo(filters(first.html()))
			.contains("value=\"leider\"")
			.doesNotContain("checked");
		assertThat(second.statements()).as("the search is not run again").isLessThan(first.statements());
		assertThat(signedInAs(second.html())).as("the header is the coach's own")
			.isNotBlank()
			.isNotEqualTo(signedInAs(first.html()));

		Page dutch = page("/programmes?q=leider", coach, Locale.forLanguageTag("nl"));
		assertThat(dutch.statements()).as("another language is rendered anew").isEqualTo(first.statements());
		assertThat(dutch.results()).isNotEqualTo(first.results());
		Page otherQuery = page("/programmes?q=leider&open=true", coach, Locale.ENGLISH);
		assertThat(otherQuery.statements()).as("another query is rendered anew").isEqualTo(first.statements());
		assertThat(filters(otherQuery.html())).as("with its own choices ticked").contains("checked");
		assertThat(filters(dutch.html())).as("and in its own language").isNotEqualTo(filters(first.html()));
	}

	@Test
	void markupTypedIntoTheSearchIsKeptEscapedForTheNextVisitor() throws Exception {
		fragments.keepFor(Duration.ofMinutes(5));
		var participant = users.loadUserByUsername(DemoUsers.PARTICIPANT);
		var coach = users.loadUserByUsername(DemoUsers.COACH);
		String path = "/programmes?q=<script>alert(1)</script>\">";

		Page first = page(path, participant, Locale.ENGLISH);
		Page second = page(path, coach, Locale.ENGLISH);

		assertThat(second.statements()).as("the kept part is served").isLessThan(first.statements());
		assertThat(filters(second.html())).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;\"")
			.doesNotContain("<script>");
		assertThat(second.html()).doesNotContain("<script>alert(1)");
	}

	@Test
	void resultsOlderThanTheTimeToLiveAreRenderedAgain() throws Exception {
		fragments.keepFor(Duration.ofNanos(1));
		var participant = users.loadUserByUsername(DemoUsers.PARTICIPANT);
		Page first = page("/programmes", participant, Locale.ENGLISH);
		Page again = page("/programmes", participant, Locale.ENGLISH);
		assertThat(again.statements()).isEqualTo(first.statements());
		assertThat(again.results()).isEqualTo(first.results());
	}

	private Page page(String path, UserDetails who, Locale language) throws Exception {
		QueryCounter.reset();
		var response = mvc
			.perform(get(path).with(user(who)).locale(language).header("Accept-Language", language.toLanguageTag()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		int start = html.indexOf("<section id=\"catalogue-results\"");
		assertThat(start).as("the results section").isNotNegative();
		return new Page(html, html.substring(start, html.indexOf("</section>", start)), QueryCounter.count());
	}

	private static String filters(String html) {
		int start = html.indexOf("<form class=\"filters\"");
		assertThat(start).as("the filter form").isNotNegative();
		return html.substring(start, html.indexOf("</form>", start));
	}

	private static String signedInAs(String html) {
		int at = html.indexOf("signed-in-as\">");
		assertThat(at).as("the name of who is signed in").isNotNegative();
		return html.substring(at, html.indexOf("</span>", at));
	}

	private record Page(String html, String results, int statements) {
	}

}
