package org.traject.routemaps;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.Partnerships;
import org.traject.routemaps.internal.RouteMapEditing;
import org.traject.routemaps.internal.RouteMapQueries;

/**
 * The route maps' facade for callers without a page (the demo data, an import): a route
 * map written and published as the administrator writes it in the editor, and a
 * partnership with its steering group and members as the coordinator enters them. Each
 * goes through the same services ({@code RouteMapEditing}, {@code Partnerships}) and
 * rules as the pages.
 */
@Service
public class RouteMapSetup {

	private final RouteMapEditing editing;

	private final Partnerships partnerships;

	private final RouteMapQueries queries;

	RouteMapSetup(RouteMapEditing editing, Partnerships partnerships, RouteMapQueries queries) {
		this.editing = editing;
		this.partnerships = partnerships;
		this.queries = queries;
	}

	/** Whether the person coordinates a partnership or is in one's steering group. */
	public boolean hasPartnership(long personId) {
		return !partnerships.partnershipsOf(personId).isEmpty();
	}

	/** A new route map, its first version a draft. @return the version's id */
	public long createDraft(@Nullable String code, Texts name, @Nullable Texts intro, boolean example) {
		return editing.create(code, new RouteMapEditing.VersionTexts(name, intro), example);
	}

	/** Adds a step at the end of the draft's steps. @return its id */
	public long addStep(long versionId, Texts title, @Nullable Texts purpose) {
		return editing.addStep(versionId, new RouteMapEditing.StepTexts(title, purpose));
	}

	/** Adds a conversation card at the end of the step's cards. @return its id */
	public long addCard(long versionId, long stepId, Audience audience, Texts title, Texts questions,
			@Nullable Texts attention) {
		return editing.addCard(versionId, stepId, new RouteMapEditing.CardTexts(audience, title, questions, attention));
	}

	/**
	 * Publishes the draft, retiring the version published before. @return the id of its
	 * route map
	 */
	public long publish(long versionId) {
		editing.publish(versionId);
		return queries.version(versionId).routeMapId();
	}

	/** A new partnership working with the route map. @return its id */
	public long createPartnership(@Nullable String code, String name, long routeMapId, long coordinatorId,
			boolean example) {
		return partnerships.create(code, name, routeMapId, coordinatorId, example);
	}

	/** Adds a person to the partnership's steering group, who reads its board. */
	public void addSteeringMember(long partnershipId, long personId) {
		partnerships.addSteeringMember(partnershipId, personId);
	}

	/**
	 * Adds a member school or board with its leader as contact, as the coordinator does.
	 * @return its id
	 */
	public long addMember(long partnershipId, long coordinatorId, String name, MemberKind kind, Sector sector,
			Membership membership, String leader, @Nullable String leaderEmail) {
		return partnerships.addMember(partnerships.access(partnershipId, coordinatorId), new Partnerships.MemberDetails(
				name, kind, sector, membership, List.of(new Partnerships.Contact(leader, leaderEmail))));
	}

}
