package org.traject.routemaps.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.VersionStatus;
import org.traject.routemaps.Enums;
import org.traject.routemaps.Texts;
import org.traject.routemaps.internal.RouteMapVersion.Card;
import org.traject.routemaps.internal.RouteMapVersion.Step;

/** Reads route maps: the administrator's overview, one version whole, a published one. */
@Component
@Transactional(readOnly = true)
public class RouteMapQueries {

	private final JdbcClient jdbc;

	RouteMapQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every route map with its versions, oldest first. */
	public List<RouteMapLine> overview() {
		Map<Long, List<VersionLine>> byMap = new LinkedHashMap<>();
		jdbc.sql("""
				select v.id, v.route_map_id, v.number, v.status, v.example, v.name_nl, v.name_da, v.name_en,
				       (select count(*) from route_map_card c where c.version_id = v.id) as cards
				from route_map_version v order by v.route_map_id, v.number""")
			.query((rs, n) -> new VersionLine(rs.getLong("id"), rs.getLong("route_map_id"), rs.getInt("number"),
					VersionStatus.valueOf(rs.getString("status")), rs.getBoolean("example"),
					Texts.of(rs.getString("name_nl"), rs.getString("name_da"), rs.getString("name_en")),
					rs.getInt("cards")))
			.list()
			.forEach(line -> byMap.computeIfAbsent(line.routeMapId(), id -> new ArrayList<>()).add(line));
		return byMap.entrySet().stream().map(e -> new RouteMapLine(e.getKey(), e.getValue())).toList();
	}

	/** Published route maps, for choosing one (id and name). */
	public List<VersionLine> published() {
		return overview().stream().flatMap(m -> m.published().stream()).toList();
	}

	public RouteMapVersion version(long versionId) {
		return jdbc.sql("""
				select id, route_map_id, number, status, example, name_nl, name_da, name_en, intro_nl, intro_da,
				       intro_en, published_at
				from route_map_version where id = :id""")
			.param("id", versionId)
			.query((rs, n) -> new RouteMapVersion(rs.getLong("id"), rs.getLong("route_map_id"), rs.getInt("number"),
					VersionStatus.valueOf(rs.getString("status")), rs.getBoolean("example"),
					Texts.of(rs.getString("name_nl"), rs.getString("name_da"), rs.getString("name_en")),
					Texts.optional(rs.getString("intro_nl"), rs.getString("intro_da"), rs.getString("intro_en")),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
					List.of()))
			.optional()
			.map(v -> withSteps(v, steps("s.version_id = :id", versionId, true)))
			.orElseThrow();
	}

	/** The published version of a route map, whole. */
	public Optional<RouteMapVersion> publishedVersion(long routeMapId) {
		return publishedVersionId(routeMapId).map(this::version);
	}

	public Optional<Long> publishedVersionId(long routeMapId) {
		return jdbc.sql("select id from route_map_version where route_map_id = :id and status = 'PUBLISHED'")
			.param("id", routeMapId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The steps of a route map's published version, without their cards: one statement,
	 * for the board.
	 */
	public List<Step> publishedSteps(long routeMapId) {
		return steps("s.version_id = (select v.id from route_map_version v where v.route_map_id = :id"
				+ " and v.status = 'PUBLISHED')", routeMapId, false);
	}

	private List<Step> steps(String where, long id, boolean withCards) {
		List<Step> steps = jdbc.sql("""
				select s.id, s.step_key, s.position, s.title_nl, s.title_da, s.title_en, s.purpose_nl, s.purpose_da,
				       s.purpose_en
				from route_map_step s where %s order by s.position""".formatted(where))
			.param("id", id)
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getObject("step_key", UUID.class), rs.getInt("position"),
					Texts.of(rs.getString("title_nl"), rs.getString("title_da"), rs.getString("title_en")),
					Texts.optional(rs.getString("purpose_nl"), rs.getString("purpose_da"), rs.getString("purpose_en")),
					new ArrayList<>()))
			.list();
		if (!withCards || steps.isEmpty()) {
			return steps;
		}
		Map<Long, List<Card>> cards = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.step_id, c.card_key, c.position, c.audience, c.title_nl, c.title_da, c.title_en,
				       c.questions_nl, c.questions_da, c.questions_en, c.attention_nl, c.attention_da, c.attention_en
				from route_map_card c where c.step_id = any(:steps) order by c.step_id, c.position""")
			.param("steps", steps.stream().map(Step::id).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("step_id"), card(rs)))
			.list()
			.forEach(e -> cards.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return steps.stream()
			.map(s -> new Step(s.id(), s.key(), s.position(), s.title(), s.purpose(),
					List.copyOf(cards.getOrDefault(s.id(), List.of()))))
			.toList();
	}

	private static Card card(ResultSet rs) throws SQLException {
		return new Card(rs.getLong("id"), rs.getObject("card_key", UUID.class), rs.getInt("position"),
				Audience.valueOf(rs.getString("audience")),
				Texts.of(rs.getString("title_nl"), rs.getString("title_da"), rs.getString("title_en")),
				Texts.of(rs.getString("questions_nl"), rs.getString("questions_da"), rs.getString("questions_en")),
				Texts.optional(rs.getString("attention_nl"), rs.getString("attention_da"),
						rs.getString("attention_en")));
	}

	private static RouteMapVersion withSteps(RouteMapVersion v, List<Step> steps) {
		return new RouteMapVersion(v.id(), v.routeMapId(), v.number(), v.status(), v.example(), v.name(), v.intro(),
				v.publishedAt(), steps);
	}

	/** A route map and its versions, oldest first. */
	public record RouteMapLine(long routeMapId, List<VersionLine> versions) {

		public VersionLine latest() {
			return versions.get(versions.size() - 1);
		}

		public Optional<VersionLine> published() {
			return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
		}

		public Optional<VersionLine> draft() {
			return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
		}

	}

	public record VersionLine(long id, long routeMapId, int number, VersionStatus status, boolean example, Texts name,
			int cards) {
	}

}
