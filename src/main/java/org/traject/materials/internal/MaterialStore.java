package org.traject.materials.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.materials.MaterialView;

/** Materials, their files and the hand-ins of pre-work, in this module's tables. */
@Component
public class MaterialStore {

	private static final String COLUMNS = "id, programme_id, cohort_id, title, needed_when, url, file_name, file_size, hand_in_by";

	private final JdbcClient jdbc;

	MaterialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file as uploaded, already checked. */
	public record Upload(String name, String contentType, byte[] data) {
	}

	/** A file to serve. */
	public record StoredFile(String name, String contentType, byte[] data) {
	}

	/** Who handed in what for a pre-work item. */
	public record HandIn(long personId, String fileName, Instant handedInAt) {
	}

	@Transactional(readOnly = true)
	public List<MaterialView> ofCohort(long programmeId, long cohortId) {
		return jdbc.sql("select " + COLUMNS + """
				 from material
				where programme_id = :programme and (cohort_id is null or cohort_id = :cohort)
				order by created_at, id""")
			.param("programme", programmeId)
			.param("cohort", cohortId)
			.query(MaterialStore::view)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<MaterialView> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from material where id = :id")
			.param("id", id)
			.query(MaterialStore::view)
			.optional();
	}

	@Transactional
	public long add(long programmeId, @Nullable Long cohortId, String title, String neededWhen, @Nullable String url,
			@Nullable Upload file, @Nullable LocalDate handInBy) {
		long id = jdbc.sql("""
				insert into material (programme_id, cohort_id, title, needed_when, url, file_name, content_type,
				                      file_size, hand_in_by)
				values (:programme, :cohort, :title, :when, :url, :name, :type, :size, :by) returning id""")
			.param("programme", programmeId)
			.param("cohort", cohortId)
			.param("title", title)
			.param("when", neededWhen)
			.param("url", file == null ? url : null)
			.param("name", file == null ? null : file.name())
			.param("type", file == null ? null : file.contentType())
			.param("size", file == null ? null : (long) file.data().length)
			.param("by", handInBy == null ? null : Date.valueOf(handInBy))
			.query(Long.class)
			.single();
		if (file != null) {
			jdbc.sql("insert into material_file (material_id, data) values (:id, :data)")
				.param("id", id)
				.param("data", file.data())
				.update();
		}
		return id;
	}

	/** Removes a material of the programme; false when it has no such material. */
	@Transactional
	public boolean remove(long programmeId, long id) {
		return jdbc.sql("delete from material where id = :id and programme_id = :programme")
			.param("id", id)
			.param("programme", programmeId)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long id) {
		return jdbc.sql("""
				select m.file_name, m.content_type, f.data from material m join material_file f on f.material_id = m.id
				where m.id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** Hands in (or replaces) the person's file for a pre-work item. */
	@Transactional
	public void handIn(long materialId, long personId, Upload file) {
		jdbc.sql("""
				insert into material_hand_in (material_id, person_id, file_name, content_type, data, handed_in_at)
				values (:m, :p, :name, :type, :data, now())
				on conflict (material_id, person_id) do update set file_name = excluded.file_name,
				    content_type = excluded.content_type, data = excluded.data, handed_in_at = excluded.handed_in_at""")
			.param("m", materialId)
			.param("p", personId)
			.param("name", file.name())
			.param("type", file.contentType())
			.param("data", file.data())
			.update();
	}

	/** The hand-ins of these materials, by material, without the bytes. */
	@Transactional(readOnly = true)
	public Map<Long, List<HandIn>> handIns(List<Long> materialIds) {
		record Row(long materialId, HandIn handIn) {
		}
		return jdbc.sql("""
				select material_id, person_id, file_name, handed_in_at from material_hand_in
				where material_id = any(:ids) order by handed_in_at""")
			.param("ids", materialIds.toArray(Long[]::new))
			.query((rs, n) -> new Row(rs.getLong(1),
					new HandIn(rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant())))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::materialId, Collectors.mapping(Row::handIn, Collectors.toList())));
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> handInFile(long materialId, long personId) {
		return jdbc.sql("""
				select file_name, content_type, data from material_hand_in where material_id = :m and person_id = :p""")
			.param("m", materialId)
			.param("p", personId)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private static MaterialView view(ResultSet rs, int row) throws SQLException {
		long cohort = rs.getLong("cohort_id");
		Long cohortId = rs.wasNull() ? null : cohort;
		long size = rs.getLong("file_size");
		Long fileSize = rs.wasNull() ? null : size;
		Date by = rs.getDate("hand_in_by");
		return new MaterialView(rs.getLong("id"), rs.getLong("programme_id"), cohortId, rs.getString("title"),
				rs.getString("needed_when"), rs.getString("url"), rs.getString("file_name"), fileSize,
				by == null ? null : by.toLocalDate());
	}

}
