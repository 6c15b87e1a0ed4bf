package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nu.validator.validation.SimpleDocumentValidator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.traject.test.IntegrationTest;
import org.traject.test.RouteAccessTable;

/**
 * The W3C Nu HTML checker, run in-process, finds no error in any page of the route-access
 * table as each role that may see it gets it (error pages included), nor in the htmx
 * fragment the same address answers an htmx request with, nor in the pages that only show
 * with real data (attendance sheet, results, the roster's panels). Its notes (such as a
 * trailing slash on a void element) are not errors.
 */
@IntegrationTest
class EveryPageIsValidHtmlTest {

	/** The schema the checker's own command line uses for HTML. */
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private final Checker checker = new Checker();

	/** An error page once per role and status: the same template each time. */
	private final Set<String> errorPagesChecked = new HashSet<>();

	private int documentsChecked;

	@Test
	void noPageOrFragmentHasAnHtmlError() throws Exception {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (var row : RouteAccessTable.rows().values()) {
			if (!row.method().equals("GET")) {
				continue;
			}
			for (int i = 0; i < RouteAccessTable.ROLES.size(); i++) {
				if (!row.expected().get(i).equals("login")) {
					check(row.sample(), RouteAccessTable.ROLES.get(i), problems);
				}
			}
		}
		for (String page : pagesWithRealData()) {
			check(page, "secretary", problems);
		}

		assertThat(documentsChecked).as("pages and fragments checked").isGreaterThan(100);
		assertThat(problems).as("HTML errors by page").isEmpty();
	}

	/**
	 * A cohort with sessions and enrolments, and its programme: the table's samples for
	 * these are 404s.
	 */
	private List<String> pagesWithRealData() {
		var cohort = jdbc.sql("""
				select c.id, c.programme_id, min(s.id) as session_id, min(e.id) as enrolment_id
				from cohort c join cohort_session s on s.cohort_id = c.id join enrolment e on e.cohort_id = c.id
				group by c.id, c.programme_id order by c.id limit 1""").query().singleRow();
		String base = "/secretary/cohorts/" + cohort.get("id");
		String programme = "/secretary/delivery/programmes/" + cohort.get("programme_id");
		// the demo organisation with aliases, members, a contact and history
		long organisation = jdbc.sql("select id from organisation where name = 'UN1EK'").query(Long.class).single();
		return List.of(base + "/attendance", base + "/attendance/" + cohort.get("session_id"), base + "/results",
				base + "/completion", base + "/enrolments/" + cohort.get("enrolment_id"), programme + "/rule",
				programme + "/outcomes", "/secretary/organisations/" + organisation);
	}

	private void check(String path, String role, Map<String, List<String>> problems) throws Exception {
		MvcResult page = mvc.perform(get(path, role)).andReturn();
		if (isHtml(page) && firstTimeFor(page, role)) {
			record(path + " as " + role, checker.errorsIn(page.getResponse().getContentAsString()), problems);
		}
		if (page.getResponse().getStatus() != 200) {
			return;
		}
		MvcResult fragment = mvc.perform(get(path, role).header("HX-Request", "true")).andReturn();
		String html = fragment.getResponse().getContentAsString();
		if (isHtml(fragment) && !isDocument(html) && fragment.getResponse().getStatus() == 200) {
			record(path + " as " + role + " (htmx)", checker.errorsIn(asDocument(html)), problems);
		}
	}

	private void record(String what, List<String> errors, Map<String, List<String>> problems) {
		documentsChecked++;
		if (!errors.isEmpty()) {
			problems.put(what, errors);
		}
	}

	private MockHttpServletRequestBuilder get(String path, String role) {
		var request = MockMvcRequestBuilders.get(path).header("Accept-Language", "en");
		if (!role.equals("anonymous")) {
			request.with(user(users.loadUserByUsername(RouteAccessTable.email(role))));
		}
		return request;
	}

	private boolean firstTimeFor(MvcResult page, String role) {
		int status = page.getResponse().getStatus();
		return status < 400 || errorPagesChecked.add(role + " " + status);
	}

	private static boolean isHtml(MvcResult result) {
		String type = result.getResponse().getContentType();
		return type != null && type.startsWith("text/html") && result.getResponse().getRedirectedUrl() == null;
	}

	private static boolean isDocument(String html) {
		return html.stripLeading().regionMatches(true, 0, "<!DOCTYPE html", 0, 14);
	}

	/** A fragment is checked where htmx puts it: in the body of a page. */
	private static String asDocument(String fragment) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>fragment</title></head><body>"
				+ fragment + "</body></html>";
	}

	/**
	 * The checker with its schemas loaded once (a few seconds); not for two threads at
	 * once.
	 */
	private static final class Checker implements ErrorHandler {

		private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);

		private final List<String> errors = new ArrayList<>();

		private boolean ready;

		List<String> errorsIn(String html) throws Exception {
			if (!ready) {
				validator.setUpMainSchema(SCHEMA, this);
				validator.setUpValidatorAndParsers(this, true, false);
				ready = true;
			}
			errors.clear();
			var source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
			return List.copyOf(errors);
		}

		@Override
		public void warning(SAXParseException exception) {
			// notes and warnings are not errors
		}

		@Override
		public void error(SAXParseException exception) {
			errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ": " + exception.getMessage();
		}

	}

}
