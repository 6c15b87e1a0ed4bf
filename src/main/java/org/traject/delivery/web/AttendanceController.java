package org.traject.delivery.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.AttendanceStatus;
import org.traject.web.Htmx;
import org.traject.web.OnRefusal;
import org.traject.web.Flash;
import org.traject.people.Actor;
import org.traject.people.ActingAs;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.traject.people.Actor.Capacity.SECRETARY;

/**
 * Registering attendance in the room, on a tablet: one tap per person, saved at once.
 * With htmx the tapped row is swapped in place (and the counts above the list with it);
 * without JavaScript every tap is a plain form post that comes back to the same row.
 */
@Controller
@OnRefusal("/secretary/cohorts/{id}/attendance/{sessionId}")
class AttendanceController {

	private final Attendance attendance;

	AttendanceController(Attendance attendance) {
		this.attendance = attendance;
	}

	@GetMapping("/secretary/cohorts/{id}/attendance")
	String overview(@PathVariable long id, Model model) {
		model.addAttribute("overview", attendance.overview(id));
		return "delivery/attendance";
	}

	@GetMapping("/secretary/cohorts/{id}/attendance/{sessionId}")
	String sheet(@PathVariable long id, @PathVariable long sessionId, Model model) {
		model.addAttribute("sheet", attendance.sheet(id, sessionId));
		return "delivery/attendance-sheet";
	}

	/** One tap on the sheet: htmx swaps the row, a plain form comes back to it. */
	@PostMapping("/secretary/cohorts/{id}/attendance/{sessionId}/{enrolmentId}")
	ModelAndView record(@PathVariable long id, @PathVariable long sessionId, @PathVariable long enrolmentId,
			@ModelAttribute Mark mark, @ActingAs(SECRETARY) Actor actor) {
		if (mark.status() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A mark needs a status");
		}
		var line = attendance.record(id, sessionId, enrolmentId, mark.status(), mark.shortReason(),
				actor.requirePersonId());
		if (Htmx.isHtmxRequest()) {
			return new ModelAndView("delivery/attendance-sheet :: rowUpdate").addObject("line", line)
				.addObject("sheet", attendance.sheet(id, sessionId))
				.addObject("justSaved", true);
		}
		Flash.success("delivery.attendance.saved." + mark.status().name(), line.name());
		return new ModelAndView(
				"redirect:/secretary/cohorts/" + id + "/attendance/" + sessionId + "#attendee-" + enrolmentId);
	}

	@PostMapping("/secretary/cohorts/{id}/attendance/{sessionId}/all-present")
	String allPresent(@PathVariable long id, @PathVariable long sessionId, @ActingAs(SECRETARY) Actor actor) {
		int marked = attendance.allPresent(id, sessionId, actor.requirePersonId());
		Flash.success("delivery.attendance.allPresentDone", marked);
		return "redirect:/secretary/cohorts/" + id + "/attendance/" + sessionId;
	}

	/** What a tap says: present, absent or excused, with an optional reason. */
	record Mark(@Nullable AttendanceStatus status, @Nullable String reason) {

		@Nullable String shortReason() {
			return reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason;
		}

	}

}
