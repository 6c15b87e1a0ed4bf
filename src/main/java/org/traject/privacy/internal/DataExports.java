package org.traject.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.people.People;
import org.traject.privacy.DataExportReady;

/**
 * A person's copies of their data, built in the background: the person asks, the
 * {@link ExportJob} builds the ZIP ({@link PersonalDataArchive}) on whichever instance
 * claims it first, stores it here, and the person is emailed a link to the download,
 * which asks them to be signed in as themselves. A copy is kept for
 * {@code traject.retention.data-exports} (7 days by default), then the
 * {@link RetentionJob} deletes it.
 * <p>
 * The ZIP is stored in the database, so that every instance can serve it and nothing
 * depends on one machine's disk. It is built in memory: a participant's record (a few
 * enrolments, a plan with evidence files of at most 10 MB each) is a few megabytes.
 */
@Service
public class DataExports {

	private static final Logger logger = LoggerFactory.getLogger(DataExports.class);

	/** What the person sees of their latest copy. */
	public record Status(long id, String status, Instant requestedAt, @Nullable Instant expiresAt,
			@Nullable Long sizeBytes) {

		public boolean queued() {
			return "QUEUED".equals(status);
		}

		public boolean ready() {
			return "READY".equals(status);
		}

		public boolean failed() {
			return "FAILED".equals(status);
		}

	}

	/** A copy ready for download. */
	public record Download(String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final PersonalDataArchive archive;

	private final People people;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Duration keptFor;

	DataExports(JdbcClient jdbc, PersonalDataArchive archive, People people, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager,
			@Value("${traject.retention.data-exports:7d}") Duration keptFor) {
		this.jdbc = jdbc;
		this.archive = archive;
		this.people = people;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.keptFor = keptFor;
	}

	/**
	 * Asks for a new copy of the person's data; when one is waiting already, that one
	 * stands.
	 * @return the id of the waiting copy
	 */
	@Transactional
	public long request(long personId) {
		jdbc.sql("""
				insert into data_export (person_id, status) values (:person, 'QUEUED')
				on conflict (person_id) where status = 'QUEUED' do nothing""").param("person", personId).update();
		return jdbc.sql("select id from data_export where person_id = :person and status = 'QUEUED'")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	/** The person's latest copy that has not expired, if any. */
	@Transactional(readOnly = true)
	public Optional<Status> latest(long personId) {
		return jdbc.sql("""
				select id, status, requested_at, expires_at, size_bytes from data_export
				where person_id = :person and (expires_at is null or expires_at > now())
				order by requested_at desc, id desc limit 1""")
			.param("person", personId)
			.query((rs, n) -> new Status(rs.getLong("id"), rs.getString("status"),
					rs.getTimestamp("requested_at").toInstant(),
					rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant(),
					rs.getObject("size_bytes", Long.class)))
			.optional();
	}

	/** The copy, when it is the person's own, ready and not expired. */
	@Transactional(readOnly = true)
	public Optional<Download> download(long exportId, long personId) {
		return jdbc.sql("""
				select file_name, content from data_export
				where id = :id and person_id = :person and status = 'READY' and expires_at > now()""")
			.param("id", exportId)
			.param("person", personId)
			.query((rs, n) -> new Download(rs.getString("file_name"), rs.getBytes("content")))
			.optional();
	}

	/**
	 * Builds the oldest waiting copy, if any, and says whether there was one. The row is
	 * claimed with {@code FOR UPDATE SKIP LOCKED}: another instance building at the same
	 * time takes the next one. A copy that cannot be built is marked FAILED (the person
	 * sees it and may ask again), so it is not tried for ever.
	 */
	public boolean buildNext() {
		var claimed = new long[2];
		try {
			Boolean built = transactions.execute(status -> {
				var next = jdbc.sql("""
						select id, person_id from data_export where status = 'QUEUED'
						order by requested_at, id limit 1 for update skip locked""")
					.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
					.optional();
				if (next.isEmpty()) {
					return false;
				}
				claimed[0] = next.get()[0];
				claimed[1] = next.get()[1];
				build(claimed[0], claimed[1]);
				return true;
			});
			return Boolean.TRUE.equals(built);
		}
		catch (RuntimeException ex) {
			if (claimed[0] == 0) {
				throw ex;
			}
			logger.error("Could not build data export {} of person {}", claimed[0], claimed[1], ex);
			transactions.executeWithoutResult(status -> jdbc
				.sql("""
						update data_export set status = 'FAILED', finished_at = now() where id = :id and status = 'QUEUED'""")
				.param("id", claimed[0])
				.update());
			return true;
		}
	}

	private void build(long exportId, long personId) {
		long started = System.nanoTime();
		var person = people.findById(personId).orElseThrow();
		var bytes = new ByteArrayOutputStream();
		archive.write(personId, personId, bytes);
		logger.info("Built data export {} of person {}: {} bytes in {} ms", exportId, personId, bytes.size(),
				(System.nanoTime() - started) / 1_000_000);
		Instant now = Instant.now();
		Instant expires = now.plus(keptFor);
		String fileName = PersonalDataArchive.fileName(now);
		jdbc.sql("""
				update data_export set status = 'READY', finished_at = :now, expires_at = :expires, file_name = :name,
				       size_bytes = :size, content = :content
				where id = :id""")
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.param("name", fileName)
			.param("size", bytes.size())
			.param("content", bytes.toByteArray())
			.param("id", exportId)
			.update();
		events.publishEvent(new DataExportReady(exportId, personId, person.email(), person.displayName(),
				person.preferredLanguage(), downloadPath(exportId), expires));
	}

	public static String downloadPath(long exportId) {
		return "/my/privacy/exports/" + exportId;
	}

	/** Deletes copies that expired, and failed ones as old as a copy's life. */
	@Transactional
	public int deleteExpired(Instant now) {
		return jdbc
			.sql("""
					delete from data_export
					where (status = 'READY' and expires_at <= :now) or (status = 'FAILED' and finished_at <= :failedBefore)""")
			.param("now", Timestamp.from(now))
			.param("failedBefore", Timestamp.from(now.minus(keptFor)))
			.update();
	}

}
