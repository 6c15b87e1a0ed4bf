package org.traject.groups.web;

import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.traject.groups.internal.GroupAttendance;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.internal.GroupViews.Group;
import org.traject.groups.web.GroupForms.CohortMember;
import org.traject.groups.web.GroupForms.Mark;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Htmx;
import org.traject.web.OnRefusal;

/**
 * Attendance at a group meeting, as at a session: one tap per member, saved at once. The
 * facilitator registers it from their group page on a phone, a secretary from the
 * cohort's group page. With htmx the tapped row is swapped in place (and the counts with
 * it); without JavaScript every tap is a plain form post that comes back to the row.
 * Someone else's group, or a meeting of another group, is not found.
 */
@Controller
class GroupAttendanceController {

	private static final String MY = "/my/groups/{groupId}/meetings/{meetingId}/attendance";

	private static final String SECRETARY = "/secretary/cohorts/{id}/groups/{groupId}/meetings/{meetingId}/attendance";

	private final GroupQueries queries;

	private final GroupAttendance attendance;

	GroupAttendanceController(GroupQueries queries, GroupAttendance attendance) {
		this.queries = queries;
		this.attendance = attendance;
	}

	@GetMapping(MY)
	String mySheet(@PathVariable long groupId, @PathVariable long meetingId, Actor actor, Model model) {
		return sheet(facilitated(groupId, actor), meetingId, model);
	}

	@PostMapping(MY + "/{personId}")
	@OnRefusal(MY)
	ModelAndView myRecord(@PathVariable long groupId, @PathVariable long meetingId, @PathVariable long personId,
			@ModelAttribute Mark mark, Actor actor) {
		return record(facilitated(groupId, actor), meetingId, personId, mark, actor);
	}

	@PostMapping(MY + "/all-present")
	@OnRefusal(MY)
	String myAllPresent(@PathVariable long groupId, @PathVariable long meetingId, Actor actor) {
		return allPresent(facilitated(groupId, actor), meetingId, actor);
	}

	@GetMapping(SECRETARY)
	String sheet(@PathVariable long id, @PathVariable long groupId, @PathVariable long meetingId, Model model) {
		return sheet(ofCohort(id, groupId), meetingId, model);
	}

	@PostMapping(SECRETARY + "/{personId}")
	@OnRefusal(SECRETARY)
	ModelAndView record(@ModelAttribute CohortMember at, @ModelAttribute Mark mark, Actor actor) {
		return record(ofCohort(at.id(), at.groupId()), at.meetingId(), at.personId(), mark, actor);
	}

	@PostMapping(SECRETARY + "/all-present")
	@OnRefusal(SECRETARY)
	String allPresent(@PathVariable long id, @PathVariable long groupId, @PathVariable long meetingId, Actor actor) {
		return allPresent(ofCohort(id, groupId), meetingId, actor);
	}

	private String sheet(Where where, long meetingId, Model model) {
		model.addAttribute("sheet", attendance.sheet(where.group(), meetingId, where.timeZone()));
		model.addAttribute("base", where.base() + "/meetings/" + meetingId + "/attendance");
		model.addAttribute("back", where.base());
		return "groups/attendance";
	}

	private ModelAndView record(Where where, long meetingId, long personId, Mark mark, Actor actor) {
		if (mark.status() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A mark needs a status");
		}
		attendance.record(where.group(), meetingId, personId, mark.status(), mark.shortReason(),
				actor.requirePersonId());
		String base = where.base() + "/meetings/" + meetingId + "/attendance";
		// read again: the group as it is now, with the mark just made
		var fresh = reload(where, actor);
		var sheet = attendance.sheet(fresh.group(), meetingId, fresh.timeZone());
		var line = sheet.lines().stream().filter(l -> l.personId() == personId).findFirst().orElseThrow();
		if (Htmx.isHtmxRequest()) {
			return new ModelAndView("groups/attendance :: rowUpdate").addObject("line", line)
				.addObject("sheet", sheet)
				.addObject("base", base)
				.addObject("justSaved", true);
		}
		Flash.success("groups.attendance.saved." + mark.status().name(), line.name());
		return new ModelAndView("redirect:" + base + "#member-" + personId);
	}

	private String allPresent(Where where, long meetingId, Actor actor) {
		int marked = attendance.allPresent(where.group(), meetingId, actor.requirePersonId());
		Flash.success("groups.attendance.allPresentDone", marked);
		return "redirect:" + where.base() + "/meetings/" + meetingId + "/attendance";
	}

	private Where facilitated(long groupId, Actor actor) {
		var mine = queries.forViewer(groupId, actor.requirePersonId())
			.filter(g -> g.group().facilitatedBy(actor.requirePersonId()))
			.orElseThrow(() -> new NoSuchElementException("No group " + groupId + " facilitated"));
		return new Where(mine.group(), mine.timeZone(), "/my/groups/" + groupId, null);
	}

	private Where ofCohort(long cohortId, long groupId) {
		var page = queries.ofCohort(cohortId);
		return new Where(GroupPages.group(page, groupId), page.roster().cohort().timeZone(),
				"/secretary/cohorts/" + cohortId + "/groups/" + groupId, cohortId);
	}

	private Where reload(Where where, Actor actor) {
		return where.cohortId() == null ? facilitated(where.group().id(), actor)
				: ofCohort(where.cohortId(), where.group().id());
	}

	/** The group found for the reader, its cohort's time zone, and its page. */
	private record Where(Group group, String timeZone, String base, @Nullable Long cohortId) {
	}

}
