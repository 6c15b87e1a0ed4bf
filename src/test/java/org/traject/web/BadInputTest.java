package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Generated from the route-access tables: every POST route there, each of its fields (the
 * handler's request parameters and the components of its form record) given garbage of
 * every kind, one at a time, posted by a person allowed to use the form. None may answer
 * with a server error, and none may show the payload's markup unescaped.
 *
 * <p>
 * The other fields carry plausible values for their type; where a table's sample points
 * at a record that does not exist, {@link #realSamples()} points at one that does, so the
 * form's error path (not only the 404) is exercised. A version field always carries a
 * stale version, so a post that passes every check changes no existing record; forms that
 * create records do create some, so this class runs after the others
 * (junit-platform.properties).
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class BadInputTest {

	/** Markup that must never come back as markup. */
	private static final String MARKUP = "\"><script>alert(13)</script>";

	private static final List<String> ROLES = List.of("anonymous", "participant", "coach", "secretary", "admin");

	/**
	 * Garbage for any field: what a tool or an attacker sends whatever the field expects.
	 */
	private static final Map<String, Function<String, List<String>>> ANY_FIELD = new LinkedHashMap<>();

	/**
	 * Garbage that only means something to a field of a type (for a text field it is just
	 * text).
	 */
	private static final Map<String, Function<String, List<String>>> NUMBER_FIELD = new LinkedHashMap<>();

	private static final Map<String, Function<String, List<String>>> DATE_FIELD = new LinkedHashMap<>();

	private static final Map<String, Function<String, List<String>>> TIME_FIELD = new LinkedHashMap<>();

	private static final Map<String, Function<String, List<String>>> CHOICE_FIELD = new LinkedHashMap<>();

	private static final Map<String, Function<String, List<String>>> TEXT_FIELD = new LinkedHashMap<>();

	static {
		ANY_FIELD.put("a NUL character and markup", valid -> List.of("a\u0000b" + MARKUP));
		ANY_FIELD.put("nothing", valid -> List.of(""));
		ANY_FIELD.put("a missing field", valid -> List.of());
		ANY_FIELD.put("a duplicated field", valid -> List.of(valid, valid + "2"));
		NUMBER_FIELD.put("the wrong type", valid -> List.of("abc" + MARKUP));
		NUMBER_FIELD.put("a number too large", valid -> List.of("99999999999999999999"));
		DATE_FIELD.put("a bad date", valid -> List.of("31/12/9999"));
		DATE_FIELD.put("an impossible date", valid -> List.of("2027-02-30"));
		TIME_FIELD.put("a bad time", valid -> List.of("ten o'clock"));
		CHOICE_FIELD.put("an unknown choice", valid -> List.of("NO_SUCH_CHOICE" + MARKUP));
		TEXT_FIELD.put("control characters", valid -> List.of("\u0001\u0007\u001b[0m" + valid));
		TEXT_FIELD.put("a megabyte", valid -> List.of("a".repeat(1024 * 1024)));
	}

	/** The garbage for a field, told by its plausible value ({@link #validValue}). */
	private static Map<String, Function<String, List<String>>> garbageFor(String valid) {
		var kinds = new LinkedHashMap<>(ANY_FIELD);
		if (valid.equals("Text")) {
			kinds.putAll(TEXT_FIELD);
		}
		else if (valid.matches("-?\\d+")) {
			kinds.putAll(NUMBER_FIELD);
		}
		else if (valid.matches("\\d{4}-\\d{2}-\\d{2}")) {
			kinds.putAll(DATE_FIELD);
		}
		else if (valid.matches("\\d{2}:\\d{2}")) {
			kinds.putAll(TIME_FIELD);
		}
		else {
			kinds.putAll(CHOICE_FIELD);
		}
		return kinds;
	}

	/**
	 * Only routes whose pattern contains this (-Dbad-input.only=...), to look at one
	 * form.
	 */
	private static final String ONLY = System.getProperty("bad-input.only", "");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, UserDetails> accounts = new java.util.HashMap<>();

	@TestFactory
	Stream<DynamicTest> noFormAnswersGarbageWithAServerError() throws IOException {
		var samples = realSamples();
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : postRoutes()) {
			if (!row.pattern().contains(ONLY)) {
				continue;
			}
			Optional<String> role = roleThatMayPost(row);
			HandlerMethod handler = handler(row);
			if (role.isEmpty() || handler == null) {
				continue;
			}
			String sample = samples.getOrDefault(row.pattern(), row.sample());
			String path = sample.contains("?") ? sample.substring(0, sample.indexOf('?')) : sample;
			Map<String, String> valid = new LinkedHashMap<>(fields(handler));
			if (sample.contains("?")) {
				for (String pair : sample.substring(sample.indexOf('?') + 1).split("&")) {
					String[] parts = pair.split("=", 2);
					valid.put(parts[0], parts.length > 1 ? parts[1] : "");
				}
			}
			// never a current version: a form that passes all checks still changes
			// nothing that other tests read
			valid.computeIfPresent("version", (name, value) -> "999999");
			for (String field : valid.keySet()) {
				garbageFor(valid.get(field)).forEach((kind, garbage) -> {
					String name = "POST " + path + " as " + role.get() + ": " + field + " with " + kind;
					tests.add(DynamicTest.dynamicTest(name, () -> postsWithoutServerError(name, path, role.get(), valid,
							field, garbage.apply(valid.get(field)))));
				});
			}
		}
		assertThat(tests).as("the tables list forms").hasSizeGreaterThan(ONLY.isEmpty() ? 300 : 0);
		return tests.stream();
	}

	private void postsWithoutServerError(String label, String path, String role, Map<String, String> valid,
			String field, List<String> values) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		if (!role.equals("anonymous")) {
			request.with(user(accounts.computeIfAbsent(role, r -> users.loadUserByUsername(email(r)))));
		}
		valid.forEach((name, value) -> {
			if (!name.equals(field)) {
				request.param(name, value);
			}
		});
		if (!values.isEmpty()) {
			request.param(field, values.toArray(String[]::new));
		}
		MockHttpServletResponse response;
		try {
			response = mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new AssertionError(label + ": " + ex.getMessage(), ex);
		}
		assertThat(response.getStatus()).as(label).isLessThan(500);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(label).doesNotContain("<script>alert(13)");
	}

	/** Records that exist in the demo data, for routes whose table sample is a 404. */
	private Map<String, String> realSamples() {
		Map<String, String> samples = new LinkedHashMap<>();
		long programme = jdbc.sql("select min(id) from programme").query(Long.class).single();
		samples.put("/secretary/delivery/programmes/{programmeId}/rule",
				"/secretary/delivery/programmes/" + programme + "/rule");
		jdbc.sql("""
				select e.cohort_id, e.id from enrolment e where e.status = 'CONFIRMED' order by e.id limit 1""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.ifPresent(enrolment -> {
				samples.put("/secretary/cohorts/{id}/results/{enrolmentId}",
						"/secretary/cohorts/" + enrolment[0] + "/results/" + enrolment[1]);
				samples.put("/secretary/cohorts/{id}/completion/{enrolmentId}",
						"/secretary/cohorts/" + enrolment[0] + "/completion/" + enrolment[1]);
				samples.put("/secretary/cohorts/{id}/enrolments/{enrolmentId}/move",
						"/secretary/cohorts/" + enrolment[0] + "/enrolments/" + enrolment[1] + "/move");
			});
		jdbc.sql("""
				select s.cohort_id, s.id, e.id from cohort_session s join enrolment e on e.cohort_id = s.cohort_id
				where e.status = 'CONFIRMED' order by s.id limit 1""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.optional()
			.ifPresent(s -> samples.put("/secretary/cohorts/{id}/attendance/{sessionId}/{enrolmentId}",
					"/secretary/cohorts/" + s[0] + "/attendance/" + s[1] + "/" + s[2]));
		jdbc.sql("select person_id from peer_supporter where not paused order by person_id limit 1")
			.query(Long.class)
			.optional()
			.ifPresent(supporter -> samples.put("/peers/{supporterId}/ask", "/peers/" + supporter + "/ask"));
		jdbc.sql("select programme_id, id from delivery_award order by id limit 1")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.ifPresent(a -> samples.put("/secretary/delivery/programmes/{programmeId}/outcomes/{awardId}",
					"/secretary/delivery/programmes/" + a[0] + "/outcomes/" + a[1]));
		// groups made by the other tests (groups have no demo data): the project form and
		// a
		// tap at a meeting that has begun
		jdbc.sql("select cohort_id, id from cohort_group order by id limit 1")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.ifPresent(g -> samples.put("/secretary/cohorts/{id}/groups/{groupId}/project",
					"/secretary/cohorts/" + g[0] + "/groups/" + g[1] + "/project"));
		jdbc.sql("""
				select g.cohort_id, g.id, m.id, p.person_id from cohort_group g
				join cohort_group_meeting m on m.group_id = g.id
				join cohort_group_member p on p.group_id = g.id
				where m.starts_at < now() order by m.id limit 1""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.optional()
			.ifPresent(t -> samples.put(
					"/secretary/cohorts/{id}/groups/{groupId}/meetings/{meetingId}/attendance/{personId}",
					"/secretary/cohorts/" + t[0] + "/groups/" + t[1] + "/meetings/" + t[2] + "/attendance/" + t[3]));
		return samples;
	}

	/**
	 * What a form sends: the handler's request parameters and the components of its form
	 * record.
	 */
	private static Map<String, String> fields(HandlerMethod handler) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)
					|| Map.class.isAssignableFrom(type)) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				fields.put(name, validValue(type, parameter.getGenericParameterType()));
			}
			else if (type.isRecord()
					&& (parameter.hasParameterAnnotation(ModelAttribute.class) || !BeanUtils.isSimpleProperty(type))) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (component.getType() == List.class
							&& elementType(component.getGenericType()) instanceof Class<?> e && e.isRecord()) {
						for (RecordComponent inner : e.getRecordComponents()) {
							fields.put(component.getName() + "[0]." + inner.getName(),
									validValue(inner.getType(), inner.getGenericType()));
						}
					}
					else {
						fields.put(component.getName(), validValue(component.getType(), component.getGenericType()));
					}
				}
			}
		}
		return fields;
	}

	private static String validValue(Class<?> type, Type generic) {
		if (Collection.class.isAssignableFrom(type) && elementType(generic) instanceof Class<?> element) {
			return validValue(element, element);
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "1";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true";
		}
		if (type == LocalDate.class) {
			return LocalDate.now().plusMonths(2).toString();
		}
		if (type == LocalTime.class) {
			return "09:30";
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		return "Text";
	}

	private static Type elementType(Type generic) {
		return generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
	}

	private HandlerMethod handler(Row row) {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			if (info.getPatternValues().contains(row.pattern())
					&& info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("POST"))) {
				return entry.getValue();
			}
		}
		return null;
	}

	/**
	 * The least powerful role that the table lets use the form (a participant for their
	 * own pages).
	 */
	private static Optional<String> roleThatMayPost(Row row) {
		for (int i = 0; i < ROLES.size(); i++) {
			if (row.expected().get(i).equals("ok")) {
				return Optional.of(ROLES.get(i));
			}
		}
		for (int i = 0; i < ROLES.size(); i++) {
			String expected = row.expected().get(i);
			if (!expected.equals("login") && !expected.equals("403")) {
				return Optional.of(ROLES.get(i));
			}
		}
		return Optional.empty();
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

	private static List<Row> postRoutes() throws IOException {
		List<Row> rows = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:route-access/*.tsv")) {
			for (String text : file.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				String[] cells = text.split("\\s*\\|\\s*");
				if (cells[0].strip().equals("POST")) {
					rows.add(new Row(cells[1].strip(), cells[2].strip(), List.of(cells[3].strip(), cells[4].strip(),
							cells[5].strip(), cells[6].strip(), cells[7].strip())));
				}
			}
		}
		return rows;
	}

	record Row(String pattern, String sample, List<String> expected) {
	}

}
