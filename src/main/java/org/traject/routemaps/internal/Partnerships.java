package org.traject.routemaps.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.Enums;
import org.traject.routemaps.internal.RouteMapVersion.Step;

/**
 * A partnership's work with its route map: its members, the conversation of each step
 * with each member, notes per card, follow-up actions, and the board. Only the
 * coordinator changes anything; the steering group reads. To anyone else a partnership
 * does not exist (404), so a coordinator of one partnership learns nothing of another.
 */
@Service
@Transactional
public class Partnerships {

	private final JdbcClient jdbc;

	Partnerships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who the reader is in a partnership. */
	public record Access(long partnershipId, String name, long routeMapId, boolean example, long coordinatorPersonId,
			boolean coordinator) {

		/** Refuses a change by a steering-group member. */
		public void requireCoordinator() {
			if (!coordinator) {
				throw new AccessDeniedException("only the coordinator changes a partnership's route");
			}
		}

	}

	/**
	 * The reader's access to a partnership.
	 * @throws NoSuchElementException when the partnership does not exist or the reader is
	 * neither its coordinator nor in its steering group
	 */
	@Transactional(readOnly = true)
	public Access access(long partnershipId, long personId) {
		return jdbc
			.sql("""
					select p.id, p.name, p.route_map_id, p.example, p.coordinator_person_id,
					       p.coordinator_person_id = :person as coordinator
					from route_partnership p
					where p.id = :id and (p.coordinator_person_id = :person or exists
					      (select 1 from route_partnership_viewer v where v.partnership_id = p.id and v.person_id = :person))""")
			.param("id", partnershipId)
			.param("person", personId)
			.query((rs, n) -> new Access(rs.getLong("id"), rs.getString("name"), rs.getLong("route_map_id"),
					rs.getBoolean("example"), rs.getLong("coordinator_person_id"), rs.getBoolean("coordinator")))
			.optional()
			.orElseThrow();
	}

	/** A partnership as its coordinator or steering-group member sees it in a list. */
	public record PartnershipLine(long id, String name, boolean coordinator, int members) {
	}

	@Transactional(readOnly = true)
	public List<PartnershipLine> partnershipsOf(long personId) {
		return jdbc
			.sql("""
					select p.id, p.name, p.coordinator_person_id = :person as coordinator,
					       (select count(*) from route_member m where m.partnership_id = p.id) as members
					from route_partnership p
					where p.coordinator_person_id = :person
					   or exists (select 1 from route_partnership_viewer v where v.partnership_id = p.id and v.person_id = :person)
					order by p.name""")
			.param("person", personId)
			.query((rs, n) -> new PartnershipLine(rs.getLong("id"), rs.getString("name"), rs.getBoolean("coordinator"),
					rs.getInt("members")))
			.list();
	}

	/** Creates a partnership that works with a route map. @return its id */
	public long create(@Nullable String code, String name, long routeMapId, long coordinatorPersonId, boolean example) {
		return jdbc.sql("""
				insert into route_partnership (code, name, route_map_id, coordinator_person_id, example, created_at)
				values (:code, :name, :map, :coordinator, :example, now()) returning id""")
			.param("code", code)
			.param("name", name)
			.param("map", routeMapId)
			.param("coordinator", coordinatorPersonId)
			.param("example", example)
			.query(Long.class)
			.single();
	}

	/** Adds a person to the steering group, who may then read the board. */
	public void addSteeringMember(long partnershipId, long personId) {
		jdbc.sql("""
				insert into route_partnership_viewer (partnership_id, person_id) values (:p, :person)
				on conflict do nothing""").param("p", partnershipId).param("person", personId).update();
	}

	/** A school leader or board member the conversations are with. */
	public record Contact(String name, @Nullable String email) {
	}

	/** What the coordinator enters for a member school or board. */
	public record MemberDetails(String name, MemberKind kind, Sector sector, Membership membership,
			List<Contact> contacts) {
	}

	/** A member school or board. */
	public record Member(long id, String name, MemberKind kind, Sector sector, Membership membership,
			List<Contact> contacts) {
	}

	/**
	 * Adds a member school or board. @return its id
	 * @throws RouteMapRuleException when the partnership has a member of that name
	 */
	public long addMember(Access access, MemberDetails details) {
		access.requireCoordinator();
		long id;
		try {
			id = jdbc.sql("""
					insert into route_member (partnership_id, name, kind, sector, membership, created_at)
					values (:p, :name, :kind, :sector, :membership, now()) returning id""")
				.param("p", access.partnershipId())
				.param("name", details.name())
				.param("kind", details.kind().name())
				.param("sector", details.sector().name())
				.param("membership", details.membership().name())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RouteMapRuleException("name", "routemaps.member.duplicate", details.name());
		}
		int position = 1;
		for (Contact contact : details.contacts()) {
			jdbc.sql("insert into route_member_contact (member_id, position, name, email) values (:m, :pos, :n, :e)")
				.param("m", id)
				.param("pos", position++)
				.param("n", contact.name())
				.param("e", contact.email())
				.update();
		}
		return id;
	}

	/** A member of this partnership with its contacts. */
	@Transactional(readOnly = true)
	public Member member(Access access, long memberId) {
		var contacts = jdbc.sql("""
				select c.name, c.email from route_member_contact c join route_member m on m.id = c.member_id
				where m.id = :m and m.partnership_id = :p order by c.position""")
			.param("m", memberId)
			.param("p", access.partnershipId())
			.query((rs, n) -> new Contact(rs.getString("name"), rs.getString("email")))
			.list();
		return jdbc
			.sql("select id, name, kind, sector, membership from route_member where id = :m and partnership_id = :p")
			.param("m", memberId)
			.param("p", access.partnershipId())
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getString("name"),
					MemberKind.valueOf(rs.getString("kind")), Sector.valueOf(rs.getString("sector")),
					Membership.valueOf(rs.getString("membership")), contacts))
			.optional()
			.orElseThrow();
	}

	/** A step's conversation with a member. */
	public record Conversation(@Nullable LocalDate plannedOn, @Nullable String participants,
			@Nullable LocalDate doneOn) {

		static final Conversation NONE = new Conversation(null, null, null);

		public CellState state() {
			return doneOn != null ? CellState.DONE : plannedOn != null ? CellState.PLANNED : CellState.OPEN;
		}

	}

	public record CardNote(@Nullable String discussed, @Nullable String agreed) {
	}

	public record FollowUp(long id, String action, String owner, @Nullable LocalDate dueOn) {
	}

	/** Everything recorded for one member and one step. */
	public record StepRecord(Conversation conversation, Map<UUID, CardNote> notes, List<FollowUp> followUps) {
	}

	@Transactional(readOnly = true)
	public StepRecord stepRecord(long memberId, Step step) {
		var conversation = jdbc.sql("""
				select planned_on, participants, done_on from route_conversation
				where member_id = :m and step_key = :s""")
			.param("m", memberId)
			.param("s", step.key())
			.query((rs, n) -> new Conversation(localDate(rs.getDate("planned_on")), rs.getString("participants"),
					localDate(rs.getDate("done_on"))))
			.optional()
			.orElse(Conversation.NONE);
		Map<UUID, CardNote> notes = new HashMap<>();
		if (!step.cards().isEmpty()) {
			jdbc.sql(
					"select card_key, discussed, agreed from route_card_note where member_id = :m and card_key = any(:keys)")
				.param("m", memberId)
				.param("keys", step.cards().stream().map(RouteMapVersion.Card::key).toArray(UUID[]::new))
				.query((rs, n) -> Map.entry(rs.getObject("card_key", UUID.class),
						new CardNote(rs.getString("discussed"), rs.getString("agreed"))))
				.list()
				.forEach(e -> notes.put(e.getKey(), e.getValue()));
		}
		var followUps = jdbc.sql("""
				select id, action, owner, due_on from route_follow_up where member_id = :m and step_key = :s
				order by due_on nulls last, id""")
			.param("m", memberId)
			.param("s", step.key())
			.query((rs, n) -> new FollowUp(rs.getLong("id"), rs.getString("action"), rs.getString("owner"),
					localDate(rs.getDate("due_on"))))
			.list();
		return new StepRecord(conversation, notes, followUps);
	}

	/** Plans (or re-plans) a step's conversation with a member. */
	public void plan(Access access, long memberId, UUID stepKey, LocalDate plannedOn, @Nullable String participants) {
		requireMember(access, memberId);
		jdbc.sql("""
				insert into route_conversation (member_id, step_key, planned_on, participants, updated_at)
				values (:m, :s, :d, :who, now())
				on conflict (member_id, step_key) do update
				set planned_on = excluded.planned_on, participants = excluded.participants, updated_at = now()""")
			.param("m", memberId)
			.param("s", stepKey)
			.param("d", plannedOn)
			.param("who", participants)
			.update();
	}

	/** Marks a step done for a member (on the given day), or open again. */
	public void markDone(Access access, long memberId, UUID stepKey, @Nullable LocalDate doneOn) {
		requireMember(access, memberId);
		jdbc.sql("""
				insert into route_conversation (member_id, step_key, done_on, updated_at) values (:m, :s, :d, now())
				on conflict (member_id, step_key) do update set done_on = excluded.done_on, updated_at = now()""")
			.param("m", memberId)
			.param("s", stepKey)
			.param("d", doneOn)
			.update();
	}

	/** Records what was discussed and agreed on a card with a member. */
	public void recordNote(Access access, long memberId, UUID cardKey, @Nullable String discussed,
			@Nullable String agreed) {
		requireMember(access, memberId);
		jdbc.sql("""
				insert into route_card_note (member_id, card_key, discussed, agreed, updated_at)
				values (:m, :c, :discussed, :agreed, now())
				on conflict (member_id, card_key) do update
				set discussed = excluded.discussed, agreed = excluded.agreed, updated_at = now()""")
			.param("m", memberId)
			.param("c", cardKey)
			.param("discussed", discussed)
			.param("agreed", agreed)
			.update();
	}

	public void addFollowUp(Access access, long memberId, UUID stepKey, String action, String owner,
			@Nullable LocalDate dueOn) {
		requireMember(access, memberId);
		jdbc.sql("""
				insert into route_follow_up (member_id, step_key, action, owner, due_on, created_at)
				values (:m, :s, :action, :owner, :due, now())""")
			.param("m", memberId)
			.param("s", stepKey)
			.param("action", action)
			.param("owner", owner)
			.param("due", dueOn)
			.update();
	}

	public void removeFollowUp(Access access, long memberId, long followUpId) {
		requireMember(access, memberId);
		int removed = jdbc.sql("delete from route_follow_up where id = :id and member_id = :m")
			.param("id", followUpId)
			.param("m", memberId)
			.update();
		if (removed == 0) {
			throw new NoSuchElementException();
		}
	}

	private void requireMember(Access access, long memberId) {
		access.requireCoordinator();
		jdbc.sql("select id from route_member where id = :m and partnership_id = :p for update")
			.param("m", memberId)
			.param("p", access.partnershipId())
			.query(Long.class)
			.optional()
			.orElseThrow();
	}

	/** A board cell's state: never shown by colour alone. */
	public enum CellState {

		DONE, PLANNED, OPEN

	}

	public record Cell(Step step, CellState state, @Nullable LocalDate date) {
	}

	public record BoardRow(long memberId, String name, MemberKind kind, Sector sector, Membership membership,
			List<Cell> cells) {

		/**
		 * The first step not done; null when all are.
		 */
		public @Nullable Step currentStep() {
			return cells.stream().filter(c -> c.state() != CellState.DONE).map(Cell::step).findFirst().orElse(null);
		}

	}

	/** How many schools are where for one step. */
	public record StepSummary(Step step, int atStep, int done, int planned, int open) {
	}

	public record Board(List<Step> steps, List<BoardRow> rows, List<StepSummary> summary, int finished) {
	}

	/**
	 * Members as rows, the steps as columns: one statement whatever the number of
	 * members.
	 */
	@Transactional(readOnly = true)
	public Board board(Access access, List<Step> steps, @Nullable Sector sector, @Nullable Membership membership) {
		Map<Long, Object[]> members = new LinkedHashMap<>();
		Map<Long, Map<UUID, Conversation>> conversations = new HashMap<>();
		jdbc.sql("""
				select m.id, m.name, m.kind, m.sector, m.membership, c.step_key, c.planned_on, c.participants, c.done_on
				from route_member m left join route_conversation c on c.member_id = m.id
				where m.partnership_id = :p
				  and (cast(:sector as varchar) is null or m.sector = cast(:sector as varchar))
				  and (cast(:membership as varchar) is null or m.membership = cast(:membership as varchar))
				order by lower(m.name), m.id""")
			.param("p", access.partnershipId())
			.param("sector", sector == null ? null : sector.name())
			.param("membership", membership == null ? null : membership.name())
			.query((rs, n) -> {
				long id = rs.getLong("id");
				members.computeIfAbsent(id, k -> new Object[] { rsString(rs, "name"), rsString(rs, "kind"),
						rsString(rs, "sector"), rsString(rs, "membership") });
				UUID key = rs.getObject("step_key", UUID.class);
				if (key != null) {
					conversations.computeIfAbsent(id, k -> new HashMap<>())
						.put(key, new Conversation(localDate(rs.getDate("planned_on")), rs.getString("participants"),
								localDate(rs.getDate("done_on"))));
				}
				return id;
			})
			.list();
		List<BoardRow> rows = new ArrayList<>();
		members.forEach((id, m) -> {
			var recorded = conversations.getOrDefault(id, Map.of());
			var cells = steps.stream().map(step -> {
				var c = recorded.getOrDefault(step.key(), Conversation.NONE);
				return new Cell(step, c.state(), c.doneOn() != null ? c.doneOn() : c.plannedOn());
			}).toList();
			rows.add(new BoardRow(id, (String) m[0], MemberKind.valueOf((String) m[1]), Sector.valueOf((String) m[2]),
					Membership.valueOf((String) m[3]), cells));
		});
		return new Board(steps, rows, summary(steps, rows),
				(int) rows.stream().filter(r -> r.currentStep() == null).count());
	}

	private static List<StepSummary> summary(List<Step> steps, List<BoardRow> rows) {
		List<StepSummary> summary = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
			int atStep = 0;
			for (BoardRow row : rows) {
				counts.merge(row.cells().get(i).state(), 1, Integer::sum);
				if (row.currentStep() == step) {
					atStep++;
				}
			}
			summary.add(new StepSummary(step, atStep, counts.getOrDefault(CellState.DONE, 0),
					counts.getOrDefault(CellState.PLANNED, 0), counts.getOrDefault(CellState.OPEN, 0)));
		}
		return summary;
	}

	private static String rsString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
