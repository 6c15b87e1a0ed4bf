package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a browser shows of {@code /reports}: the page shell, then every report's section
 * as htmx loads it from its own URL with the same filter.
 */
final class ReportPages {

	/** Every report's id, in the order of the page. */
	static final List<String> REPORTS = List.of("signups", "fill", "waitlist", "interest", "timing", "cancellations",
			"reasons", "attendance", "completion", "awards", "outcomes", "evaluations");

	private ReportPages() {
	}

	/**
	 * The shell and every section, one after another, each asked with what
	 * {@code request} adds (the person, the filter, the language).
	 */
	static String withSections(MockMvc mvc, UnaryOperator<MockHttpServletRequestBuilder> request) throws Exception {
		var page = new StringBuilder(text(mvc, request.apply(get("/reports"))));
		for (String report : REPORTS) {
			page.append(section(mvc, report, request));
		}
		return page.toString();
	}

	/** One report's section, as htmx asks for it. */
	static String section(MockMvc mvc, String report, UnaryOperator<MockHttpServletRequestBuilder> request)
			throws Exception {
		return text(mvc, request.apply(get("/reports/" + report)).header("HX-Request", "true"));
	}

	private static String text(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
