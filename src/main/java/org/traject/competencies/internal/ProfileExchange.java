package org.traject.competencies.internal;

import org.traject.people.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.ProfileDocument;
import org.traject.web.SupportedLanguages;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import and export of profiles: a whole version as JSON, the competency list as CSV. An
 * import is checked completely before anything is written and runs in one transaction, so
 * a bad file changes nothing.
 */
@Service
public class ProfileExchange {

	static final List<String> CSV_HEADER = List.of("cluster", "competency", "description", "target_level",
			"indicators");

	private static final int MAX_BYTES = 1_000_000;

	private final JsonMapper json;

	private final ProfileEditing editing;

	private final Clock clock = Clock.systemUTC();

	ProfileExchange(JsonMapper json, ProfileEditing editing) {
		this.json = json;
		this.editing = editing;
	}

	// --- JSON

	@Transactional(readOnly = true)
	public String exportJson(long versionId) {
		var v = editing.find(versionId);
		var texts = new LinkedHashMap<String, ProfileDocument.Text>();
		v.getTexts()
			.forEach((language, t) -> texts.put(language,
					new ProfileDocument.Text(t.name(), t.roleTitle(), t.description())));
		var doc = new ProfileDocument(ProfileDocument.FORMAT, v.getDefaultLanguage(), texts,
				v.getScale()
					.stream()
					.map(l -> new ProfileDocument.Level(l.level(), l.label(), l.descriptor()))
					.toList(),
				v.getClusters()
					.stream()
					.map(c -> new ProfileDocument.Cluster(c.getName(), c.getDescription(),
							c.getCompetencies()
								.stream()
								.map(k -> new ProfileDocument.Competency(k.getName(), k.getDescription(),
										k.getTargetLevel(), k.getIndicators()))
								.toList()))
					.toList());
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
	}

	/** Creates a new profile (its first version, a draft) from a JSON export. */
	@Transactional
	public ProfileVersion importJson(Actor actor, InputStream in) {
		return importDocument(actor, null, readJson(in), AuditAction.PROFILE_IMPORTED);
	}

	@Transactional
	ProfileVersion importDocument(Actor actor, @Nullable String code, ProfileDocument doc, AuditAction action) {
		var problems = new ArrayList<ImportProblem>();
		ProfileDetails details = checkDetails(doc, problems);
		List<ScaleLevel> scale = checkScale(doc.scale(), problems);
		checkClusters(doc.clusters(), scale.size(), problems);
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		var draft = editing.createProfile(actor, code, details, scale);
		var now = clock.instant();
		for (ProfileDocument.Cluster c : list(doc.clusters())) {
			var cluster = draft.addCluster(c.name().strip(), blankToNull(c.description()), now);
			for (ProfileDocument.Competency k : list(c.competencies())) {
				draft.addCompetency(cluster, new CompetencyDetails(null, k.name().strip(), blankToNull(k.description()),
						k.targetLevel(), cleanIndicators(k.indicators())), now);
			}
		}
		if (action != AuditAction.PROFILE_CREATED) {
			editing.record(actor, draft, action, draft.defaultText().name());
		}
		return draft;
	}

	private ProfileDocument readJson(InputStream in) {
		String text = readText(in);
		try {
			var doc = json.readerFor(ProfileDocument.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.<ProfileDocument>readValue(text);
			if (doc == null) {
				throw new ImportRejected(new ImportProblem("-", "competencies.import.json.empty"));
			}
			if (!ProfileDocument.FORMAT.equals(doc.format())) {
				throw new ImportRejected(
						new ImportProblem("format", "competencies.import.json.format", ProfileDocument.FORMAT));
			}
			return doc;
		}
		catch (UnrecognizedPropertyException ex) {
			throw new ImportRejected(
					new ImportProblem(where(ex), "competencies.import.json.unknownField", ex.getPropertyName()));
		}
		catch (MismatchedInputException ex) {
			throw new ImportRejected(new ImportProblem(where(ex), "competencies.import.json.type"));
		}
		catch (JacksonException ex) {
			throw new ImportRejected(new ImportProblem(where(ex), "competencies.import.json.syntax"));
		}
	}

	/** "line 7, column 21 · clusters[0].competencies[2].targetLevel" */
	private static String where(JacksonException ex) {
		var path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		var location = ex.getLocation();
		String at = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
		return path.isEmpty() ? at : at.isEmpty() ? path.toString() : at + " · " + path;
	}

	private static ProfileDetails checkDetails(ProfileDocument doc, List<ImportProblem> problems) {
		String language = doc.defaultLanguage();
		if (language == null || !SupportedLanguages.isSupported(language)) {
			problems.add(new ImportProblem("defaultLanguage", "competencies.import.language"));
			language = "en";
		}
		var texts = new LinkedHashMap<String, ProfileText>();
		var given = doc.texts() == null ? Map.<String, ProfileDocument.Text>of() : doc.texts();
		given.forEach((lang, t) -> {
			String at = "texts." + lang;
			if (!SupportedLanguages.isSupported(lang)) {
				problems.add(new ImportProblem(at, "competencies.import.language"));
				return;
			}
			if (t == null) {
				problems.add(new ImportProblem(at, "competencies.import.required"));
				return;
			}
			required(t.name(), at + ".name", 200, problems);
			required(t.role(), at + ".role", 200, problems);
			if (t.name() != null && t.role() != null) {
				texts.put(lang, new ProfileText(t.name().strip(), t.role().strip(), blankToNull(t.description())));
			}
		});
		if (!given.containsKey(language)) {
			problems.add(new ImportProblem("texts." + language, "competencies.import.defaultText"));
		}
		return new ProfileDetails(language, texts);
	}

	private static List<ScaleLevel> checkScale(@Nullable List<ProfileDocument.Level> levels,
			List<ImportProblem> problems) {
		var scale = new ArrayList<ScaleLevel>();
		if (levels == null || levels.size() < ProfileVersion.MIN_LEVELS || levels.size() > ProfileVersion.MAX_LEVELS) {
			problems.add(new ImportProblem("scale", "competencies.scale.size", ProfileVersion.MIN_LEVELS,
					ProfileVersion.MAX_LEVELS));
			return scale;
		}
		for (int i = 0; i < levels.size(); i++) {
			var l = levels.get(i);
			String at = "scale[" + i + "]";
			if (l == null) {
				problems.add(new ImportProblem(at, "competencies.import.required"));
				continue;
			}
			if (l.level() == null || l.level() != i + 1) {
				problems.add(new ImportProblem(at + ".level", "competencies.import.levelNumber", i + 1));
			}
			required(l.label(), at + ".label", 100, problems);
			required(l.descriptor(), at + ".descriptor", 4000, problems);
			if (l.label() != null && l.descriptor() != null) {
				scale.add(new ScaleLevel(i + 1, l.label().strip(), l.descriptor().strip()));
			}
		}
		return scale;
	}

	private static void checkClusters(@Nullable List<ProfileDocument.Cluster> clusters, int levels,
			List<ImportProblem> problems) {
		Set<String> clusterNames = new HashSet<>();
		Set<String> competencyNames = new HashSet<>();
		var given = list(clusters);
		for (int i = 0; i < given.size(); i++) {
			var c = given.get(i);
			String at = "clusters[" + i + "]";
			if (c == null) {
				problems.add(new ImportProblem(at, "competencies.import.required"));
				continue;
			}
			if (required(c.name(), at + ".name", 200, problems)
					&& !clusterNames.add(c.name().strip().toLowerCase(Locale.ROOT))) {
				problems.add(new ImportProblem(at + ".name", "competencies.cluster.name.duplicate", c.name()));
			}
			var competencies = list(c.competencies());
			for (int j = 0; j < competencies.size(); j++) {
				var k = competencies.get(j);
				String kat = at + ".competencies[" + j + "]";
				if (k == null) {
					problems.add(new ImportProblem(kat, "competencies.import.required"));
					continue;
				}
				if (required(k.name(), kat + ".name", 200, problems)
						&& !competencyNames.add(k.name().strip().toLowerCase(Locale.ROOT))) {
					problems.add(new ImportProblem(kat + ".name", "competencies.competency.name.duplicate", k.name()));
				}
				if (k.targetLevel() == null || k.targetLevel() < 1 || k.targetLevel() > Math.max(levels, 1)) {
					problems.add(new ImportProblem(kat + ".targetLevel", "competencies.competency.targetLevel.range", 1,
							levels));
				}
			}
		}
	}

	// --- CSV

	@Transactional(readOnly = true)
	public String exportCsv(long versionId) {
		var v = editing.find(versionId);
		var out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
		for (CompetencyCluster c : v.getClusters()) {
			for (Competency k : c.getCompetencies()) {
				out.append(
						Csv.row(List.of(c.getName(), k.getName(), k.getDescription() == null ? "" : k.getDescription(),
								Integer.toString(k.getTargetLevel()), String.join(" | ", k.getIndicators()))));
			}
		}
		return out.toString();
	}

	/**
	 * Adds the competencies of a CSV file to a draft, creating clusters that do not exist
	 * yet (matched by name). Returns how many competencies were added.
	 */
	@Transactional
	public int importCsv(Actor actor, long versionId, long seen, InputStream in) {
		List<Csv.Record> records = Csv.parse(readText(in));
		if (records.isEmpty() || !records.get(0)
			.cells()
			.stream()
			.map(s -> s.strip().toLowerCase(Locale.ROOT))
			.toList()
			.equals(CSV_HEADER)) {
			throw new ImportRejected(
					new ImportProblem("line 1", "competencies.import.csv.header", String.join(",", CSV_HEADER)));
		}
		var draft = editing.find(versionId);
		if (draft.getVersion() != seen) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ProfileVersion.class, versionId);
		}
		if (!draft.isDraft()) {
			throw new ProfileRuleException(null, "competencies.version.frozen");
		}
		var problems = new ArrayList<ImportProblem>();
		Set<String> names = new HashSet<>();
		draft.getClusters()
			.forEach(c -> c.getCompetencies().forEach(k -> names.add(k.getName().toLowerCase(Locale.ROOT))));
		var rows = new ArrayList<String[]>();
		for (Csv.Record r : records.subList(1, records.size())) {
			if (r.cells().stream().allMatch(String::isBlank)) {
				continue;
			}
			String at = "line " + r.line();
			if (r.cells().size() != CSV_HEADER.size()) {
				problems
					.add(new ImportProblem(at, "competencies.import.csv.cells", CSV_HEADER.size(), r.cells().size()));
				continue;
			}
			String cluster = r.cells().get(0).strip();
			String name = r.cells().get(1).strip();
			required(cluster, at + ", cluster", 200, problems);
			if (required(name, at + ", competency", 200, problems) && !names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add(new ImportProblem(at + ", competency", "competencies.competency.name.duplicate", name));
			}
			String level = r.cells().get(3).strip();
			if (!level.matches("\\d{1,2}") || Integer.parseInt(level) < 1
					|| Integer.parseInt(level) > draft.getScale().size()) {
				problems.add(new ImportProblem(at + ", target_level", "competencies.competency.targetLevel.range", 1,
						draft.getScale().size()));
			}
			rows.add(r.cells().toArray(String[]::new));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		var now = clock.instant();
		for (String[] row : rows) {
			var cluster = draft.clusterNamed(row[0]).orElseGet(() -> draft.addCluster(row[0].strip(), null, now));
			draft.addCompetency(cluster, new CompetencyDetails(null, row[1].strip(), blankToNull(row[2]),
					Integer.parseInt(row[3].strip()), cleanIndicators(List.of(row[4].split("\\|")))), now);
		}
		editing.record(actor, draft, AuditAction.COMPETENCIES_IMPORTED, Integer.toString(rows.size()));
		return rows.size();
	}

	// --- helpers

	private static String readText(InputStream in) {
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new ImportRejected(new ImportProblem("-", "competencies.import.tooLarge"));
			}
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejected(new ImportProblem("-", "competencies.import.encoding"));
		}
		catch (IOException ex) {
			throw new ImportRejected(new ImportProblem("-", "competencies.import.unreadable"));
		}
	}

	private static boolean required(@Nullable String value, String at, int max, List<ImportProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new ImportProblem(at, "competencies.import.required"));
			return false;
		}
		if (value.strip().length() > max) {
			problems.add(new ImportProblem(at, "competencies.import.tooLong", max));
			return false;
		}
		return true;
	}

	private static <T> List<T> list(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	static List<String> cleanIndicators(@Nullable List<String> indicators) {
		return list(indicators).stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
