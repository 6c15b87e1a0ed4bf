package org.traject.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.Cohorts;
import org.traject.groups.internal.GroupViews.Group;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Project groups (the LOCK trajectory's): the secretary makes a group a project group and
 * names its expert (a coach or a member of staff); its members or facilitator write the
 * question they chose and deliver a product (a file and a description); the secretary or
 * the expert publishes the product to the programme's public product library, and can
 * take it off again. The library shows the question, the description and the
 * organisations the group's members came from when it was published, never a member's
 * name.
 */
@Service
@Transactional
public class ProjectWork {

	private static final Set<Role> EXPERTS = Set.of(Role.COACH, Role.SECRETARY, Role.ADMIN);

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final People people;

	ProjectWork(JdbcClient jdbc, Cohorts cohorts, People people) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.people = people;
	}

	/**
	 * Makes a group of the cohort a project group (or an ordinary one again) with its
	 * expert, chosen by email address among coaches and staff; blank: no expert.
	 */
	public void arrange(long cohortId, long groupId, boolean project, String expertEmail) {
		Long expert = null;
		if (!expertEmail.isBlank()) {
			expert = people.findByEmail(expertEmail)
				.filter(p -> p.roles().stream().anyMatch(EXPERTS::contains))
				.orElseThrow(() -> new GroupsRefusal("expertEmail", "groups.refused.noSuchStaff", expertEmail))
				.id();
		}
		int changed = jdbc
			.sql("update cohort_group set project = :project, expert_person_id = :expert "
					+ "where id = :id and cohort_id = :cohort")
			.param("project", project)
			.param("expert", project ? expert : null)
			.param("id", groupId)
			.param("cohort", cohortId)
			.update();
		if (changed == 0) {
			throw new NoSuchElementException("No group " + groupId + " in cohort " + cohortId);
		}
	}

	/** The question, written by a member or the facilitator of a project group. */
	public void writeQuestion(Group group, long by, String question) {
		requireWorker(group, by);
		jdbc.sql("update cohort_group set question = :question, question_changed_at = now() where id = :id")
			.param("question", question)
			.param("id", group.id())
			.update();
	}

	/**
	 * The product, delivered (or delivered again) by a member or the facilitator once the
	 * question is written; a published product is taken off the library before it is
	 * replaced.
	 */
	public void deliver(Group group, long by, String description, Upload file) {
		requireWorker(group, by);
		if (group.question().isBlank()) {
			throw new GroupsRefusal(null, "groups.product.questionFirst");
		}
		if (group.product() != null && group.product().published()) {
			throw new GroupsRefusal(null, "groups.product.publishedAlready");
		}
		jdbc.sql("""
				insert into cohort_group_product
				       (group_id, description, file_name, content_type, data, delivered_at, delivered_by_person_id)
				values (:group, :description, :name, :type, :data, :now, :by)
				on conflict (group_id) do update
				set description = excluded.description, file_name = excluded.file_name,
				    content_type = excluded.content_type, data = excluded.data, delivered_at = excluded.delivered_at,
				    delivered_by_person_id = excluded.delivered_by_person_id
				where cohort_group_product.published_at is null""")
			.param("group", group.id())
			.param("description", description)
			.param("name", file.name())
			.param("type", file.contentType())
			.param("data", file.data())
			.param("now", Timestamp.from(Instant.now()))
			.param("by", by)
			.update();
	}

	/**
	 * Publishes the group's product to its programme's library, with the organisations of
	 * its current members as they are now.
	 */
	public void publish(Group group, long by) {
		if (!group.project() || group.product() == null) {
			throw new GroupsRefusal(null, "groups.product.none");
		}
		var cohort = cohorts.find(group.cohortId())
			.orElseThrow(() -> new NoSuchElementException("No cohort " + group.cohortId()));
		String organisations = String.join("\n",
				group.currentMembers()
					.stream()
					.map(GroupViews.Person::organisation)
					.filter(Objects::nonNull)
					.filter(o -> !o.isBlank())
					.distinct()
					.sorted(String.CASE_INSENSITIVE_ORDER)
					.toList());
		jdbc.sql("""
				update cohort_group_product
				set published_at = now(), published_by_person_id = :by, programme_id = :programme,
				    organisations = :organisations
				where group_id = :group""")
			.param("by", by)
			.param("programme", cohort.programmeId())
			.param("organisations", organisations)
			.param("group", group.id())
			.update();
	}

	public void unpublish(Group group) {
		jdbc.sql("update cohort_group_product set published_at = null, published_by_person_id = null "
				+ "where group_id = :group")
			.param("group", group.id())
			.update();
	}

	/** The product's file, for those who see the group. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long groupId) {
		return jdbc.sql("select file_name, content_type, data from cohort_group_product where group_id = :group")
			.param("group", groupId)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("data")))
			.optional();
	}

	/** A published product's file, for anyone, through its programme's library. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> publishedFile(long programmeId, long groupId) {
		return jdbc
			.sql("select file_name, content_type, data from cohort_group_product "
					+ "where group_id = :group and programme_id = :programme and published_at is not null")
			.param("group", groupId)
			.param("programme", programmeId)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("data")))
			.optional();
	}

	/** The programme's product library, newest first: one statement. */
	@Transactional(readOnly = true)
	public List<PublishedProduct> library(long programmeId) {
		return jdbc.sql("""
				select p.group_id, g.question, p.description, p.file_name, p.organisations, p.published_at
				from cohort_group_product p join cohort_group g on g.id = p.group_id
				where p.programme_id = :programme and p.published_at is not null
				order by p.published_at desc, p.group_id""")
			.param("programme", programmeId)
			.query((rs, n) -> new PublishedProduct(rs.getLong("group_id"), rs.getString("question"),
					rs.getString("description"), rs.getString("file_name"),
					Arrays.stream(rs.getString("organisations").split("\n")).filter(o -> !o.isBlank()).toList(),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	private static void requireWorker(Group group, long personId) {
		if (!group.worksOnProject(personId)) {
			throw new NoSuchElementException("No project group " + group.id() + " for " + personId);
		}
	}

	/** A checked upload: its safe name, the type it is served with, its bytes. */
	public record Upload(String name, String contentType, byte[] data) {
	}

	public record StoredFile(String name, String contentType, byte[] data) {
	}

	/** A product in the public library: no member's name. */
	public record PublishedProduct(long groupId, String question, String description, String fileName,
			List<String> organisations, Instant publishedAt) {
	}

}
