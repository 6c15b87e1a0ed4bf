package org.traject.privacy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.traject.people.People;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's copy of their data (GDPR art. 15 and 20): one ZIP with a JSON file per
 * module ({@code <part>.json}), the files they uploaded under {@code <part>/}, and an
 * {@code index.html} in their language that says what each file holds.
 * <p>
 * Built by the {@link ExportJob} through {@link DataExports}, in the job's transaction,
 * and stored for the person to download: a participant's record (a few enrolments, one
 * plan with its evidence files of at most 10 MB each) takes well under a second.
 */
@Service
public class PersonalDataArchive {

	private final List<PersonalDataContributor> contributors;

	private final People people;

	private final SpringTemplateEngine templates;

	private final PrivacyLog log;

	private final ProviderTimeZone timeZone;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	PersonalDataArchive(List<PersonalDataContributor> contributors, People people, SpringTemplateEngine templates,
			PrivacyLog log, ProviderTimeZone timeZone) {
		this.timeZone = timeZone;
		this.contributors = contributors.stream().sorted(Comparator.comparing(PersonalDataContributor::part)).toList();
		this.people = people;
		this.templates = templates;
		this.log = log;
	}

	/** The archive's file name, e.g. {@code traject-my-data-2027-03-14.zip}. */
	public static String fileName(Instant at) {
		return "traject-my-data-" + at.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
	}

	/** Writes the person's archive and logs the export as done by {@code actorId}. */
	@Transactional
	public void write(long personId, long actorId, OutputStream out) {
		var person = people.findById(personId).orElseThrow();
		Locale language = Locale.forLanguageTag(person.preferredLanguage());
		var subject = new DataSubject(personId, person.email(), person.displayName(), language);
		List<Map<String, Object>> index = new ArrayList<>();
		try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (PersonalDataContributor contributor : contributors) {
				PersonalData data = contributor.export(subject);
				zip.putNextEntry(new ZipEntry(contributor.part() + ".json"));
				zip.write(json.writeValueAsBytes(plain(data.data())));
				zip.closeEntry();
				List<String> files = new ArrayList<>();
				for (PersonalData.File file : data.files()) {
					String name = contributor.part() + "/" + file.name();
					zip.putNextEntry(new ZipEntry(name));
					zip.write(file.content());
					zip.closeEntry();
					files.add(name);
				}
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("part", contributor.part());
				entry.put("file", contributor.part() + ".json");
				entry.put("files", files);
				index.add(entry);
			}
			var context = new Context(language, Map.of("parts", index, "name", person.displayName(), "generated",
					Formats.longDate(Instant.now().atZone(timeZone.zone()), language)));
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write(templates.process("privacy/export-index", context).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.record(PrivacyLog.Action.EXPORTED, personId, actorId, 0);
	}

	/**
	 * Values as JSON shows them: times as ISO-8601 instants, dates as ISO dates, nested
	 * maps and lists as they are.
	 */
	static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : plain(v)));
			return out;
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(v -> v == null ? null : plain(v)).toList();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		return value.toString();
	}

}
