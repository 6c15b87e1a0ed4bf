package org.traject.delivery.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.AttendanceStatus;
import org.traject.delivery.internal.DeliveryRefusedException;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;

/**
 * Registering attendance in the room, on a tablet: one tap per person, saved at once.
 * With htmx the tapped row is swapped in place (and the counts above the list with it);
 * without JavaScript every tap is a plain form post that comes back to the same row.
 */
@Controller
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

	@PostMapping("/secretary/cohorts/{id}/attendance/{sessionId}/{enrolmentId}")
	String record(@PathVariable long id, @PathVariable long sessionId, @PathVariable long enrolmentId,
			@RequestParam AttendanceStatus status, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String back = "redirect:/secretary/cohorts/" + id + "/attendance/" + sessionId;
		try {
			var line = attendance.record(id, sessionId, enrolmentId, status,
					reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason, user.personId());
			if (Htmx.isHtmxRequest(request)) {
				model.addAttribute("sheet", attendance.sheet(id, sessionId));
				model.addAttribute("line", line);
				model.addAttribute("justSaved", true);
				return "delivery/attendance-sheet :: rowUpdate";
			}
			redirect.addFlashAttribute("flashSuccess", "delivery.attendance.saved." + status.name());
			redirect.addFlashAttribute("flashArgs", new Object[] { line.name() });
			return back + "#attendee-" + enrolmentId;
		}
		catch (DeliveryRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return back;
		}
	}

	@PostMapping("/secretary/cohorts/{id}/attendance/{sessionId}/all-present")
	String allPresent(@PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			int marked = attendance.allPresent(id, sessionId, user.personId());
			redirect.addFlashAttribute("flashSuccess", "delivery.attendance.allPresentDone");
			redirect.addFlashAttribute("flashArgs", new Object[] { marked });
		}
		catch (DeliveryRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/secretary/cohorts/" + id + "/attendance/" + sessionId;
	}

}
