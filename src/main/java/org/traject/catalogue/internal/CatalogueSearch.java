package org.traject.catalogue.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;

/**
 * The public catalogue's search: PostgreSQL full-text search, each programme matched with
 * the dictionary of its own language (Dutch, Danish, English stemming), or, beside it, a
 * partial match of every word inside the title or summary (compound words, a word being
 * typed); ranked, filtered and paged, with the next cohort from the cohorts module's
 * {@code programme_availability} view. One statement per page, whatever the number of
 * programmes.
 */
@Component
public class CatalogueSearch {

	/** The text search configuration that matches a programme's language. */
	private static final String CONFIG = """
			(case p.language when 'nl' then 'dutch'::regconfig when 'da' then 'danish'::regconfig \
			else 'english'::regconfig end)""";

	/**
	 * The Snowball stemmers of the catalogue's languages; Dutch and Danish texts use
	 * English words too.
	 */
	private static final List<String> STEMMERS = List.of("'dutch_stem'::regdictionary", "'danish_stem'::regdictionary",
			"'english_stem'::regdictionary");

	private static final int PARTIAL_MIN_LENGTH = 3;

	private static final int PARTIAL_MAX_WORDS = 5;

	private final JdbcClient jdbc;

	CatalogueSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public CataloguePage search(CatalogueQuery query) {
		var where = new ArrayList<String>();
		where.add("p.status = 'PUBLISHED'");
		var sql = new StringBuilder();
		String rank = "0";
		List<String> words = query.q() == null ? List.of() : partialWords(query.q());
		if (query.q() != null) {
			String fullText = "p.search_vector @@ websearch_to_tsquery(" + CONFIG + ", :q)";
			where.add(words.isEmpty() ? fullText : "(" + fullText + " or " + partialMatch(words.size()) + ")");
			// a partial match alone ranks 0: after every full-text match
			rank = "ts_rank_cd(p.search_vector, websearch_to_tsquery(" + CONFIG + ", :q))";
		}
		if (query.phase() != null) {
			where.add(":phase = any(p.career_phases)");
		}
		if (query.sector() != null) {
			where.add(":sector = any(p.sectors)");
		}
		if (query.format() != null) {
			where.add("p.format = :format");
		}
		if (query.language() != null) {
			where.add("p.language = :language");
		}
		if (query.openOnly()) {
			where.add("f.open_cohorts > 0");
		}
		// The page is chosen first and only its programmes get their availability: the
		// view works out the next
		// cohort per programme, and asked for every match (as count(*) over () would make
		// it) that was most of the
		// catalogue's cost with a thousand programmes (bench/run.sh).
		sql.append("with page as (select p.id, count(*) over () as total, ")
			.append(rank)
			.append(" as rank from programme p");
		if (query.openOnly()) {
			sql.append(" join programme_availability f on f.programme_id = p.id");
		}
		sql.append(" where ").append(String.join(" and ", where));
		sql.append(query.q() != null ? " order by rank desc, p.title, p.id" : " order by p.title, p.id");
		sql.append(" limit :limit offset :offset)");
		sql.append("""
				 select p.id, p.slug, p.title, p.summary, p.language, p.format, p.career_phases, p.sectors,
				       p.price_cents, p.currency, p.accreditation_register, p.accreditation_points,
				       a.open_cohorts, a.next_start_date, a.next_seats_left, a.next_status,
				       a.next_signup_open, a.next_signup_opens, page.total, page.rank
				from page
				join programme p on p.id = page.id
				join programme_availability a on a.programme_id = p.id
				order by page.rank desc, p.title, p.id""");

		var statement = jdbc.sql(sql.toString())
			.param("limit", CatalogueQuery.PAGE_SIZE)
			.param("offset", query.page() * CatalogueQuery.PAGE_SIZE);
		if (query.q() != null) {
			statement = statement.param("q", query.q());
		}
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, words.get(i));
		}
		if (query.phase() != null) {
			statement = statement.param("phase", query.phase().name());
		}
		if (query.sector() != null) {
			statement = statement.param("sector", query.sector().name());
		}
		if (query.format() != null) {
			statement = statement.param("format", query.format().name());
		}
		if (query.language() != null) {
			statement = statement.param("language", query.language());
		}
		long[] total = { 0 };
		List<ProgrammeCard> cards = statement.query((rs, n) -> {
			total[0] = rs.getLong("total");
			return card(rs);
		}).list();
		return new CataloguePage(cards, total[0], query);
	}

	/**
	 * The query's words for partial matching, lower case: letters and digits only (so
	 * none is a {@code like} wildcard), at least {@value #PARTIAL_MIN_LENGTH} characters,
	 * at most {@value #PARTIAL_MAX_WORDS} of them.
	 */
	static List<String> partialWords(String q) {
		return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() >= PARTIAL_MIN_LENGTH)
			.distinct()
			.limit(PARTIAL_MAX_WORDS)
			.toList();
	}

	/**
	 * Every word occurs somewhere in the title or summary ({@code search_text}), as it
	 * was typed or as its Dutch, Danish or English stem ("coaching" is found in
	 * "managementcoach", "leiders" in "schoolleiders"). The stems come from PostgreSQL's
	 * own Snowball dictionaries and do not depend on the row, so each {@code like} can
	 * use the trigram index, and all of it stays part of the page's one statement.
	 */
	private static String partialMatch(int words) {
		var all = new ArrayList<String>();
		for (int i = 0; i < words; i++) {
			String word = ":w" + i;
			var patterns = new ArrayList<String>();
			patterns.add(contains(word));
			for (String dictionary : STEMMERS) {
				patterns.add(contains(stem(dictionary, word)));
			}
			all.add("(" + String.join(" or ", patterns) + ")");
		}
		return "(" + String.join(" and ", all) + ")";
	}

	private static String contains(String text) {
		return "p.search_text like '%' || " + text + " || '%'";
	}

	/**
	 * The word's stem in the dictionary, or the word itself where the stem is empty (a
	 * stop word) or very short.
	 */
	private static String stem(String dictionary, String word) {
		String lexeme = "(ts_lexize(" + dictionary + ", " + word + "))[1]";
		return "(case when length(" + lexeme + ") >= " + PARTIAL_MIN_LENGTH + " then " + lexeme + " else " + word
				+ " end)";
	}

	/** Published programmes whose next cohort starts soonest, for the home page. */
	@Transactional(readOnly = true)
	public List<ProgrammeCard> startingSoon(int limit) {
		return jdbc.sql("""
				select p.id, p.slug, p.title, p.summary, p.language, p.format, p.career_phases, p.sectors,
				       p.price_cents, p.currency, p.accreditation_register, p.accreditation_points,
				       a.open_cohorts, a.next_start_date, a.next_seats_left, a.next_status,
				       a.next_signup_open, a.next_signup_opens
				from programme p
				join programme_availability a on a.programme_id = p.id
				where p.status = 'PUBLISHED' and a.next_start_date is not null
				order by a.next_start_date, p.title
				limit :limit""").param("limit", limit).query((rs, n) -> card(rs)).list();
	}

	private static ProgrammeCard card(ResultSet rs) throws SQLException {
		LocalDate nextStart = rs.getObject("next_start_date", LocalDate.class);
		return new ProgrammeCard(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				rs.getString("language"), ProgrammeFormat.valueOf(rs.getString("format")),
				strings(rs.getArray("career_phases")).stream().map(CareerPhase::valueOf).toList(),
				strings(rs.getArray("sectors")).stream().map(Sector::valueOf).toList(), rs.getInt("price_cents"),
				rs.getString("currency"), enumOrNull(rs.getString("accreditation_register")),
				rs.getBigDecimal("accreditation_points"), rs.getInt("open_cohorts"), nextStart,
				nextStart == null ? null : rs.getInt("next_seats_left"), rs.getString("next_status"),
				rs.getBoolean("next_signup_open"), rs.getObject("next_signup_opens", LocalDate.class));
	}

	private static @Nullable AccreditationRegister enumOrNull(@Nullable String name) {
		return name == null ? null : AccreditationRegister.valueOf(name);
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * One programme on a catalogue page, with its next cohort (or none scheduled) and,
	 * when none can be signed up for today, the day sign-up opens for an open cohort
	 * whose enrolment window opens later.
	 */
	public record ProgrammeCard(long id, String slug, String title, String summary, String language,
			ProgrammeFormat format, List<CareerPhase> careerPhases, List<Sector> sectors, int priceCents,
			String currency, @Nullable AccreditationRegister accreditationRegister,
			@Nullable BigDecimal accreditationPoints, int openCohorts, @Nullable LocalDate nextStartDate,
			@Nullable Integer nextSeatsLeft, @Nullable String nextStatus, boolean nextSignUpOpen,
			@Nullable LocalDate signUpOpens) {

		public boolean hasNextCohort() {
			return nextStartDate != null;
		}

		/**
		 * Whether one can sign up for the next cohort today (open, inside its enrolment
		 * window, not started).
		 */
		public boolean nextIsOpen() {
			return nextSignUpOpen;
		}

		public boolean isFree() {
			return priceCents == 0;
		}
	}

	/** A page of results with the total count. */
	public record CataloguePage(List<ProgrammeCard> cards, long total, CatalogueQuery query) {

		public int pages() {
			return (int) Math.max(1, (total + CatalogueQuery.PAGE_SIZE - 1) / CatalogueQuery.PAGE_SIZE);
		}

		public boolean hasPrevious() {
			return query.page() > 0;
		}

		public boolean hasNext() {
			return query.page() + 1 < pages();
		}

		public long firstShown() {
			return cards.isEmpty() ? 0 : (long) query.page() * CatalogueQuery.PAGE_SIZE + 1;
		}

		public long lastShown() {
			return firstShown() == 0 ? 0 : firstShown() + cards.size() - 1;
		}
	}

}
