package org.traject.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The route-access table ({@code src/test/resources/route-access/*.tsv}, one file per
 * module): every route, a sample request for it, and what each role gets ({@code ok},
 * {@code login}, {@code 403} or an exact status).
 */
public final class RouteAccessTable {

	/** The roles of the table's columns, in order. */
	public static final List<String> ROLES = List.of("anonymous", "participant", "coach", "secretary", "admin");

	private RouteAccessTable() {
	}

	/** The rows by "METHOD pattern". */
	public static Map<String, Row> rows() {
		Map<String, Row> rows = new LinkedHashMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:route-access/*.tsv")) {
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
					var row = new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), List.of(cells[3].strip(),
							cells[4].strip(), cells[5].strip(), cells[6].strip(), cells[7].strip()));
					if (rows.put(row.method() + " " + row.pattern(), row) != null) {
						throw new IllegalStateException(file.getFilename() + ":" + line + " repeats " + row.pattern());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** The demo account that plays a signed-in role. */
	public static String email(String role) {
		return switch (role) {
			case "participant" -> DemoUsers.PARTICIPANT;
			case "coach" -> DemoUsers.COACH;
			case "secretary" -> DemoUsers.SECRETARY;
			case "admin" -> DemoUsers.ADMIN;
			default -> throw new IllegalArgumentException(role);
		};
	}

	/**
	 * One route: its method, its pattern as registered, a sample request, and what each
	 * of {@link #ROLES} gets.
	 */
	public record Row(String method, String pattern, String sample, List<String> expected) {
	}

}
