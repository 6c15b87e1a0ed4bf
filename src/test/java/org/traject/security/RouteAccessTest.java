package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Every route the application registers is in the access table ({@code src/test/resources/route-access/*.tsv}, one file
 * per module), and each role gets what the table says: {@code ok} (served: not denied, no server error),
 * {@code login} (sent to sign in), {@code 403}, or an exact status such as {@code 404}.
 */
@IntegrationTest
class RouteAccessTest {

	private static final List<String> ROLES = List.of("anonymous", "participant", "coach", "secretary", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	UserDetailsService users;

	@Test
	void everyRegisteredRouteIsInTheAccessTable() throws IOException {
		Set<String> registered = new TreeSet<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String m : methods) {
					registered.add(m + " " + pattern);
				}
			}
		});
		Set<String> tabled = new TreeSet<>(table().keySet());
		assertThat(difference(registered, tabled)).as("routes missing from the access table").isEmpty();
		assertThat(difference(tabled, registered)).as("rows for routes that no longer exist").isEmpty();
	}

	@Test
	void eachRoleGetsWhatTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : table().values()) {
			for (int i = 0; i < ROLES.size(); i++) {
				String role = ROLES.get(i);
				String expected = row.expected.get(i);
				MvcResult result = mvc.perform(request(row, role)).andReturn();
				String actual = outcome(result, expected);
				if (!actual.equals(expected)) {
					wrong.add(row.method + " " + row.sample + " as " + role + ": expected " + expected + ", got "
							+ actual + " (" + result.getResponse().getStatus() + " "
							+ result.getResponse().getRedirectedUrl() + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MockHttpServletRequestBuilder request(Row row, String role) {
		var builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method), row.sample);
		if (!row.method.equals("GET")) {
			builder.with(csrf());
		}
		if (!role.equals("anonymous")) {
			builder.with(user(users.loadUserByUsername(email(role))));
		}
		return builder;
	}

	private static String email(String role) {
		return switch (role) {
			case "participant" -> DemoUsers.PARTICIPANT;
			case "coach" -> DemoUsers.COACH;
			case "secretary" -> DemoUsers.SECRETARY;
			case "admin" -> DemoUsers.ADMIN;
			default -> throw new IllegalArgumentException(role);
		};
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

	private static Map<String, Row> table() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:route-access/*.tsv")) {
			int line = 0;
			for (String text : file.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
				line++;
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				String[] cells = text.split("\\s*\\|\\s*");
				if (cells.length != 8) {
					throw new IllegalStateException(file.getFilename() + ":" + line + " needs 8 cells: " + text);
				}
				var row = new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(),
						List.of(cells[3].strip(), cells[4].strip(), cells[5].strip(), cells[6].strip(), cells[7].strip()));
				if (rows.put(row.method + " " + row.pattern, row) != null) {
					throw new IllegalStateException(file.getFilename() + ":" + line + " repeats " + row.pattern);
				}
			}
		}
		return rows;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	record Row(String method, String pattern, String sample, List<String> expected) {
	}
}
