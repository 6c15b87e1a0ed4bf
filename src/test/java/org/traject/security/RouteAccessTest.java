package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.traject.test.IntegrationTest;
import org.traject.test.RouteAccessTable;
import org.traject.test.RouteAccessTable.Row;

/**
 * Every route the application registers is in the access table
 * ({@code src/test/resources/route-access/*.tsv}, one file per module), and each role
 * gets what the table says: {@code ok} (served: not denied, no server error),
 * {@code login} (sent to sign in), {@code 403}, or an exact status such as {@code 404}.
 */
@IntegrationTest
class RouteAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	UserDetailsService users;

	@Test
	void everyRegisteredRouteIsInTheAccessTable() {
		Set<String> registered = new TreeSet<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String m : methods) {
					registered.add(m + " " + pattern);
				}
			}
		});
		Set<String> tabled = new TreeSet<>(RouteAccessTable.rows().keySet());
		assertThat(difference(registered, tabled)).as("routes missing from the access table").isEmpty();
		assertThat(difference(tabled, registered)).as("rows for routes that no longer exist").isEmpty();
	}

	@Test
	void eachRoleGetsWhatTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : RouteAccessTable.rows().values()) {
			for (int i = 0; i < RouteAccessTable.ROLES.size(); i++) {
				String role = RouteAccessTable.ROLES.get(i);
				String expected = row.expected().get(i);
				MvcResult result = mvc.perform(request(row, role)).andReturn();
				String actual = outcome(result, expected);
				if (!actual.equals(expected)) {
					wrong.add(row.method() + " " + row.sample() + " as " + role + ": expected " + expected + ", got "
							+ actual + " (" + result.getResponse().getStatus() + " "
							+ result.getResponse().getRedirectedUrl() + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MockHttpServletRequestBuilder request(Row row, String role) {
		var builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.sample());
		if (!row.method().equals("GET")) {
			builder.with(csrf());
		}
		if (!role.equals("anonymous")) {
			builder.with(user(users.loadUserByUsername(RouteAccessTable.email(role))));
		}
		return builder;
	}

	private static String outcome(MvcResult result, String expected) {
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		if (redirect != null && redirect.contains("/login")) {
			return "login";
		}
		if (status == 401) {
			return "login";
		}
		if (expected.matches("\\d{3}")) {
			return Integer.toString(status);
		}
		if (status == 403) {
			return "403";
		}
		if (status >= 500) {
			return "error " + status;
		}
		return "ok";
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
