package org.traject.catalogue.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammeStatus;

/**
 * Reads the {@link Catalogue.ProgrammeView}s other modules ask for, with one SQL
 * statement and without the entity: sign-up, emails and rosters need a programme's title
 * and rules, not its texts, and loading the entity (its long texts, Hibernate's query
 * translation and persistence context) was a fifth of a sign-up's CPU in the rush.
 */
@Component
public class ProgrammeViews {

	private static final String SELECT = """
			select p.id, p.slug, p.title, p.language, p.status, p.format, p.requires_manager_approval,
			       p.competency_profile_id, p.accreditation_register, p.accreditation_points,
			       p.accreditation_renewal_years, m.id as module_id, m.position, m.type, m.title as module_title, m.days
			from programme p
			left join programme_module m on m.programme_id = p.id
			""";

	private final JdbcClient jdbc;

	ProgrammeViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> idOfSlug(String slug) {
		return jdbc.sql("select id from programme where slug = :slug").param("slug", slug).query(Long.class).optional();
	}

	/** The published programmes with at least one module of the type, by title. */
	public List<Catalogue.ProgrammeView> publishedWithModule(ModuleType type) {
		List<Long> ids = jdbc.sql("""
				select p.id from programme p
				where p.status = 'PUBLISHED'
				  and exists (select 1 from programme_module m where m.programme_id = p.id and m.type = :type)
				order by p.title""").param("type", type.name()).query(Long.class).list();
		Map<Long, Catalogue.ProgrammeView> found = new LinkedHashMap<>();
		find(ids).forEach(view -> found.put(view.id(), view));
		return ids.stream().map(found::get).toList();
	}

	public List<Catalogue.ProgrammeView> find(Collection<Long> ids) {
		Map<Long, Builder> programmes = new LinkedHashMap<>();
		jdbc.sql(SELECT + "where p.id = any(:ids) order by p.id, m.position")
			.param("ids", ids.toArray(Long[]::new))
			.query((ResultSet row) -> {
				var programme = programmes.computeIfAbsent(row.getLong("id"), id -> new Builder());
				programme.read(row);
			});
		return programmes.values().stream().map(Builder::build).toList();
	}

	/** Collects one programme's row and its modules' rows. */
	private static final class Builder {

		private Catalogue.@Nullable ProgrammeView programme;

		private final List<Catalogue.ModuleView> modules = new ArrayList<>();

		void read(ResultSet row) throws SQLException {
			if (programme == null) {
				String register = row.getString("accreditation_register");
				programme = new Catalogue.ProgrammeView(row.getLong("id"), row.getString("slug"),
						row.getString("title"), row.getString("language"),
						ProgrammeStatus.valueOf(row.getString("status")),
						ProgrammeFormat.valueOf(row.getString("format")), row.getBoolean("requires_manager_approval"),
						nullableLong(row, "competency_profile_id"),
						register == null ? null : AccreditationRegister.valueOf(register),
						row.getBigDecimal("accreditation_points"), nullableInt(row, "accreditation_renewal_years"),
						List.of());
			}
			long moduleId = row.getLong("module_id");
			if (!row.wasNull()) {
				modules.add(new Catalogue.ModuleView(moduleId, row.getInt("position"),
						ModuleType.valueOf(row.getString("type")), row.getString("module_title"),
						row.getBigDecimal("days") == null ? BigDecimal.ZERO : row.getBigDecimal("days")));
			}
		}

		Catalogue.ProgrammeView build() {
			var p = java.util.Objects.requireNonNull(programme);
			return new Catalogue.ProgrammeView(p.id(), p.slug(), p.title(), p.language(), p.status(), p.format(),
					p.requiresManagerApproval(), p.competencyProfileId(), p.accreditationRegister(),
					p.accreditationPoints(), p.accreditationRenewalYears(), List.copyOf(modules));
		}

		private static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
			long value = row.getLong(column);
			return row.wasNull() ? null : value;
		}

		private static @Nullable Integer nullableInt(ResultSet row, String column) throws SQLException {
			int value = row.getInt(column);
			return row.wasNull() ? null : value;
		}

	}

}
