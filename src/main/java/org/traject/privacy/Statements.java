package org.traject.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.Markdown;
import org.traject.web.SupportedLanguages;

/**
 * The statements linked from every footer (privacy, accessibility, cookies) in each
 * language: the latest version an administrator saved, or, until the first save, the
 * default text from the message bundles (version 0). Every save is a new version; none is
 * changed afterwards, so what a person was shown can always be read again. Forms that
 * collect personal data record which version of the privacy statement the person was
 * shown ({@link #recordSeen}).
 */
@Service
public class Statements {

	/** The statements, in the order an administrator sees them. */
	public static final List<String> NAMES = List.of("privacy", "accessibility", "cookies");

	/** The statement a form that collects personal data links to. */
	public static final String PRIVACY = "privacy";

	/** Where a person was shown a statement. */
	public enum Context {

		SIGN_UP

	}

	/**
	 * A version of a statement: its Markdown as saved (or the default text written as
	 * Markdown), and when and by whom it was saved ({@code null} for the default).
	 */
	public record Version(String statement, String language, int version, String title, String markdown,
			@Nullable Instant savedAt, @Nullable String savedBy) {

		public boolean isDefault() {
			return version == 0;
		}

	}

	private static final Set<String> LANGUAGES = Set.of("nl", "da", "en");

	/** Paragraphs the default text of a statement may have in the bundles. */
	private static final int DEFAULT_PARAGRAPHS = 9;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Markdown markdown;

	Statements(JdbcClient jdbc, MessageSource messages, Markdown markdown) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.markdown = markdown;
	}

	public static boolean exists(String statement) {
		return NAMES.contains(statement);
	}

	/** The language a statement is kept in for the reader's locale. */
	public static String languageOf(Locale locale) {
		return SupportedLanguages.closest(locale).getLanguage();
	}

	/** The version a reader of that language is shown now. */
	@Transactional(readOnly = true)
	public Version current(String statement, String language) {
		return saved(statement, language, null).orElseGet(() -> byDefault(statement, language));
	}

	/** One version, 0 being the default text; empty when there is no such version. */
	@Transactional(readOnly = true)
	public Optional<Version> version(String statement, String language, int version) {
		if (!exists(statement) || !LANGUAGES.contains(language) || version < 0) {
			return Optional.empty();
		}
		return version == 0 ? Optional.of(byDefault(statement, language)) : saved(statement, language, version);
	}

	/** Every version saved, newest first, then the default. */
	@Transactional(readOnly = true)
	public List<Version> history(String statement, String language) {
		List<Version> all = new ArrayList<>(jdbc.sql(SELECT + """
				where v.statement = :statement and v.language = :language order by v.version desc""")
			.param("statement", statement)
			.param("language", language)
			.query((rs, n) -> version(rs))
			.list());
		all.add(byDefault(statement, language));
		return all;
	}

	/** The version's text as HTML that is safe to show (sanitised as every Markdown). */
	public String html(Version version) {
		return markdown.toSafeHtml(version.markdown());
	}

	/**
	 * Saves a new version on top of {@code basedOn}, the version the editor started from.
	 * @return the new version's number; empty when someone saved another version since
	 */
	@Transactional
	public Optional<Integer> save(String statement, String language, int basedOn, String title, String text,
			long savedBy) {
		if (!exists(statement) || !LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("No statement " + statement + " in " + language);
		}
		int saved = jdbc.sql("""
				insert into statement_version (statement, language, version, title, body_markdown, saved_by)
				select :statement, :language, :next, :title, :text, :by
				where coalesce((select max(version) from statement_version
				                where statement = :statement and language = :language), 0) = :basedOn
				on conflict (statement, language, version) do nothing""")
			.param("statement", statement)
			.param("language", language)
			.param("next", basedOn + 1)
			.param("basedOn", basedOn)
			.param("title", title)
			.param("text", text)
			.param("by", savedBy)
			.update();
		return saved == 1 ? Optional.of(basedOn + 1) : Optional.empty();
	}

	/**
	 * Records that the person was shown this version of the statement when they gave
	 * their data. {@code shownVersion} comes from the form: when it is not a version that
	 * exists (a form tampered with), the current version is recorded.
	 */
	@Transactional
	public void recordSeen(long personId, String statement, Locale locale, @Nullable String shownVersion,
			Context context) {
		String language = languageOf(locale);
		int version = parse(shownVersion).filter(v -> version(statement, language, v).isPresent())
			.orElseGet(() -> current(statement, language).version());
		jdbc.sql("""
				insert into statement_seen (person_id, statement, language, version, context)
				values (:person, :statement, :language, :version, :context)""")
			.param("person", personId)
			.param("statement", statement)
			.param("language", language)
			.param("version", version)
			.param("context", context.name())
			.update();
	}

	private static Optional<Integer> parse(@Nullable String value) {
		if (value == null || !value.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(value));
	}

	private static final String SELECT = """
			select v.statement, v.language, v.version, v.title, v.body_markdown, v.saved_at, d.display_name
			from statement_version v left join person_directory d on d.person_id = v.saved_by
			""";

	private Optional<Version> saved(String statement, String language, @Nullable Integer version) {
		return jdbc.sql(SELECT + """
				where v.statement = :statement and v.language = :language
				  and (cast(:version as integer) is null or v.version = :version)
				order by v.version desc limit 1""")
			.param("statement", statement)
			.param("language", language)
			.param("version", version, java.sql.Types.INTEGER)
			.query((rs, n) -> version(rs))
			.optional();
	}

	private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp savedAt = rs.getTimestamp("saved_at");
		return new Version(rs.getString("statement"), rs.getString("language"), rs.getInt("version"),
				rs.getString("title"), rs.getString("body_markdown"), savedAt == null ? null : savedAt.toInstant(),
				rs.getString("display_name"));
	}

	/** The bundles' text, paragraphs as Markdown paragraphs. */
	private Version byDefault(String statement, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String prefix = "privacy.statement." + statement;
		List<String> paragraphs = new ArrayList<>();
		for (int n = 1; n <= DEFAULT_PARAGRAPHS; n++) {
			String paragraph = messages.getMessage(prefix + ".p" + n, null, null, locale);
			if (paragraph != null) {
				paragraphs.add(paragraph);
			}
		}
		return new Version(statement, language, 0, messages.getMessage(prefix + ".title", null, locale),
				String.join("\n\n", paragraphs), null, null);
	}

}
