package org.traject.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.peers.PeerSector;
import org.traject.people.People;

/**
 * The listing of peer supporters: an administrator lists and unlists them; a supporter
 * keeps their own profile and pauses themselves; participants find the ones not paused.
 * Other modules list supporters through the facade
 * {@link org.traject.peers.PeerSupporterSetup}, which calls this service.
 */
@Component
public class PeerSupporters {

	private static final String SELECT = """
			select person_id, sector, years_experience, themes, about, paused, version from peer_supporter
			""";

	private final JdbcClient jdbc;

	private final People people;

	PeerSupporters(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** A supporter's profile with the name and organisation of their account. */
	public record Supporter(long personId, String name, @Nullable String organisation, PeerSector sector,
			int yearsExperience, List<String> themes, String about, boolean paused, long version) {
	}

	/** What a supporter changes on their profile. */
	public record ProfileChange(PeerSector sector, int yearsExperience, List<String> themes, String about,
			boolean paused, long version) {
	}

	/** Lists the person with that address as a supporter (an unpaused, empty profile). */
	@Transactional
	public long list(String email) {
		var person = people.findByEmail(email).orElseThrow(() -> new PeersRefusal("email", "peers.admin.noAccount"));
		jdbc.sql("insert into peer_supporter (person_id) values (:person) on conflict do nothing")
			.param("person", person.id())
			.update();
		return person.id();
	}

	/**
	 * Takes a supporter off the list; their questions and answers stay with the people
	 * who asked them.
	 */
	@Transactional
	public void unlist(long personId) {
		if (jdbc.sql("delete from peer_supporter where person_id = :person").param("person", personId).update() == 0) {
			throw new java.util.NoSuchElementException("No supporter " + personId);
		}
	}

	@Transactional(readOnly = true)
	public boolean isSupporter(long personId) {
		return jdbc.sql("select exists (select 1 from peer_supporter where person_id = :person)")
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

	/** The supporter's own profile, or empty when they are not listed. */
	@Transactional(readOnly = true)
	public Optional<Supporter> find(long personId) {
		return named(jdbc.sql(SELECT + " where person_id = :person")
			.param("person", personId)
			.query(PeerSupporters::row)
			.list()).stream().findFirst();
	}

	/** Every listed supporter, paused or not, by name: the administrator's list. */
	@Transactional(readOnly = true)
	public List<Supporter> all() {
		return named(jdbc.sql(SELECT).query(PeerSupporters::row).list());
	}

	/**
	 * The supporters a participant may ask (not paused), in a sector and with a theme
	 * when given, by name; never the participant themselves. Two statements.
	 */
	@Transactional(readOnly = true)
	public List<Supporter> available(@Nullable PeerSector sector, @Nullable String theme, long viewerId) {
		String normalisedTheme = theme == null || theme.isBlank() ? null : theme.strip().toLowerCase(Locale.ROOT);
		return named(jdbc.sql(SELECT + """
				where not paused and person_id <> :viewer
				  and (cast(:sector as text) is null or sector = cast(:sector as text))
				  and (cast(:theme as text) is null
				       or exists (select 1 from unnest(themes) t where lower(t) = cast(:theme as text)))""")
			.param("viewer", viewerId)
			.param("sector", sector == null ? null : sector.name())
			.param("theme", normalisedTheme)
			.query(PeerSupporters::row)
			.list());
	}

	/** The themes of the supporters who may be asked, for the filter, alphabetically. */
	@Transactional(readOnly = true)
	public List<String> themes() {
		return jdbc.sql("""
				select distinct lower(t) as theme from peer_supporter, unnest(themes) t
				where not paused order by theme""").query(String.class).list();
	}

	/** A supporter who may be asked now, or empty. */
	@Transactional(readOnly = true)
	public Optional<Supporter> askable(long personId) {
		return find(personId).filter(s -> !s.paused());
	}

	/** Saves the supporter's profile; the version must be the one they read. */
	@Transactional
	public void save(long personId, ProfileChange change) {
		int changed = jdbc.sql("""
				update peer_supporter set sector = :sector, years_experience = :years, themes = :themes,
				       about = :about, paused = :paused, version = version + 1
				where person_id = :person and version = :version""")
			.param("sector", change.sector().name())
			.param("years", change.yearsExperience())
			.param("themes", change.themes().toArray(String[]::new))
			.param("about", change.about())
			.param("paused", change.paused())
			.param("person", personId)
			.param("version", change.version())
			.update();
		if (changed == 0) {
			if (!isSupporter(personId)) {
				throw new java.util.NoSuchElementException("No supporter " + personId);
			}
			throw new OptimisticLockingFailureException("Supporter profile " + personId + " changed meanwhile");
		}
	}

	private List<Supporter> named(List<Row> rows) {
		var names = people.findAllById(rows.stream().map(Row::personId).toList());
		List<Supporter> supporters = new ArrayList<>();
		for (Row row : rows) {
			var person = names.get(row.personId());
			if (person != null) {
				supporters.add(new Supporter(row.personId(), person.displayName(), person.organisation(), row.sector(),
						row.years(), row.themes(), row.about(), row.paused(), row.version()));
			}
		}
		supporters.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return supporters;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("person_id"), PeerSector.valueOf(rs.getString("sector")),
				rs.getInt("years_experience"), List.of((String[]) rs.getArray("themes").getArray()),
				rs.getString("about"), rs.getBoolean("paused"), rs.getLong("version"));
	}

	private record Row(long personId, PeerSector sector, int years, List<String> themes, String about, boolean paused,
			long version) {
	}

}
