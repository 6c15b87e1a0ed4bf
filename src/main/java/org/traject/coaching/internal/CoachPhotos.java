package org.traject.coaching.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.UploadedFiles;

/**
 * A coach's optional photo. What is uploaded is judged by its content, never by its name
 * or the type the browser claims: only PNG, JPEG, GIF and WebP images of at most
 * {@link #MAX_BYTES} are kept, and each is served with the type its content showed.
 */
@Component
public class CoachPhotos {

	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private final JdbcClient jdbc;

	CoachPhotos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored photo. */
	public record Photo(byte[] content, String contentType, Instant updatedAt) {
	}

	/**
	 * Keeps the image as the coach's photo, replacing one they had.
	 * @throws CoachingRefusal beside the field {@code photo} when it is empty, too large
	 * or no image
	 */
	@Transactional
	public void save(long coachId, byte[] content) {
		String problem = problem(content.length, content);
		if (problem != null) {
			throw new CoachingRefusal("photo", problem);
		}
		String type = String.valueOf(UploadedFiles.imageType(content));
		jdbc.sql("""
				insert into coach_photo (coach_person_id, content, content_type, updated_at)
				values (:coach, :content, :type, now())
				on conflict (coach_person_id) do update
				set content = excluded.content, content_type = excluded.content_type, updated_at = now()""")
			.param("coach", coachId)
			.param("content", content)
			.param("type", type)
			.update();
	}

	/**
	 * What is wrong with an upload of that size and content, as a message key; null when
	 * it may be kept.
	 */
	public static @Nullable String problem(long size, byte[] content) {
		if (size == 0) {
			return "coaching.photo.none";
		}
		if (size > MAX_BYTES) {
			return "coaching.photo.size";
		}
		return UploadedFiles.imageType(content) == null ? "coaching.photo.type" : null;
	}

	@Transactional
	public void remove(long coachId) {
		jdbc.sql("delete from coach_photo where coach_person_id = :coach").param("coach", coachId).update();
	}

	@Transactional(readOnly = true)
	public Optional<Photo> find(long coachId) {
		return jdbc.sql("select content, content_type, updated_at from coach_photo where coach_person_id = :coach")
			.param("coach", coachId)
			.query((rs, n) -> new Photo(rs.getBytes("content"), rs.getString("content_type"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/**
	 * When the coach's photo last changed (for a link that changes with it), or empty
	 * when they have none; reads no image.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> changedAt(long coachId) {
		return jdbc.sql("select updated_at from coach_photo where coach_person_id = :coach")
			.param("coach", coachId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

}
