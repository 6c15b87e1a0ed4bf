package org.traject.development.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.ProviderTimeZone;

/**
 * Who looked at a shared plan and its results, and when: recorded when a coach or a
 * manager opens it, shown to its owner on the sharing page. One row per viewer per day
 * (in the provider's time zone) keeps the record readable and small.
 */
@Component
public class PlanViews {

	/** What the owner reads: who (as the people module names them now), as what, when. */
	public record Seen(String viewerName, Viewer relation, LocalDate day, Instant lastAt, int times) {
	}

	/** How many days of looks the sharing page lists, newest first. */
	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final ProviderTimeZone zone;

	PlanViews(JdbcClient jdbc, ProviderTimeZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** Records a look by someone the plan is shared with; the owner's own are not. */
	@Transactional
	public void record(long planId, long viewerId, Viewer viewer) {
		if (viewer.isOwner()) {
			return;
		}
		jdbc.sql("""
				insert into plan_view (plan_id, viewer_person_id, relation, viewed_on)
				values (:plan, :viewer, :relation, :day)
				on conflict (plan_id, viewer_person_id, viewed_on)
				do update set last_viewed_at = now(), views = plan_view.views + 1, relation = excluded.relation""")
			.param("plan", planId)
			.param("viewer", viewerId)
			.param("relation", viewer.name())
			.param("day", LocalDate.now(zone.zone()))
			.update();
	}

	/** The looks at the plan, newest first. */
	@Transactional(readOnly = true)
	public List<Seen> of(long planId) {
		return jdbc.sql("""
				select d.display_name, v.relation, v.viewed_on, v.last_viewed_at, v.views
				from plan_view v join person_directory d on d.person_id = v.viewer_person_id
				where v.plan_id = :plan order by v.viewed_on desc, v.last_viewed_at desc limit :shown""")
			.param("plan", planId)
			.param("shown", SHOWN)
			.query((rs, n) -> new Seen(rs.getString(1), Viewer.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.list();
	}

}
