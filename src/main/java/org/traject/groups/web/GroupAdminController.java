package org.traject.groups.web;

import java.time.ZonedDateTime;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.groups.internal.GroupEditing;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.web.GroupForms.FacilitatorForm;
import org.traject.groups.web.GroupForms.MeetingForm;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

/**
 * One group of a cohort for its secretary: its facilitator, its meetings and its members.
 * A group of another cohort is not found.
 */
@Controller
@RequestMapping("/secretary/cohorts/{id}/groups/{groupId}")
@OnRefusal("/secretary/cohorts/{id}/groups/{groupId}")
class GroupAdminController {

	private final GroupQueries queries;

	private final GroupEditing editing;

	GroupAdminController(GroupQueries queries, GroupEditing editing) {
		this.queries = queries;
		this.editing = editing;
	}

	@GetMapping
	String page(@PathVariable long id, @PathVariable long groupId, Model model) {
		model.addAttribute("facilitatorForm", new FacilitatorForm(""));
		model.addAttribute("meetingForm", MeetingForm.empty());
		return GroupPages.admin(queries.ofCohort(id), groupId, model);
	}

	@PostMapping("/facilitator")
	String facilitator(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("facilitatorForm") FacilitatorForm form, BindingResult errors, Model model) {
		if (Refusals.applied(errors, () -> editing.facilitate(id, groupId, form.emailOrBlank()))) {
			Flash.success("groups.facilitator.saved");
			return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId;
		}
		model.addAttribute("meetingForm", MeetingForm.empty());
		return GroupPages.admin(queries.ofCohort(id), groupId, model);
	}

	@PostMapping("/meetings")
	String addMeeting(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model) {
		var page = queries.ofCohort(id);
		GroupPages.group(page, groupId);
		var zone = page.roster().cohort().zone();
		if (Refusals.applied(errors, () -> editing.addMeeting(id, groupId,
				ZonedDateTime.of(Objects.requireNonNull(form.date()), Objects.requireNonNull(form.startTime()), zone)
					.toInstant(),
				ZonedDateTime.of(form.date(), Objects.requireNonNull(form.endTime()), zone).toInstant(),
				String.valueOf(form.place())))) {
			Flash.success("groups.meeting.added");
			return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#meetings";
		}
		model.addAttribute("facilitatorForm", new FacilitatorForm(""));
		return GroupPages.admin(page, groupId, model);
	}

	@PostMapping("/meetings/{meetingId}/remove")
	String removeMeeting(@PathVariable long id, @PathVariable long groupId, @PathVariable long meetingId) {
		editing.removeMeeting(id, groupId, meetingId);
		Flash.success("groups.meeting.removed");
		return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#meetings";
	}

	@PostMapping("/members/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long groupId, @PathVariable long personId) {
		editing.remove(id, groupId, personId);
		Flash.success("groups.member.removed");
		return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#members";
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @PathVariable long groupId) {
		editing.delete(id, groupId);
		Flash.success("groups.deleted");
		return "redirect:/secretary/cohorts/" + id + "/groups";
	}

}
