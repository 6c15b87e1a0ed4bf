package org.traject.groups.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.internal.ProjectWork;
import org.traject.groups.web.GroupForms.ProjectForm;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

/**
 * A project group for the secretary: making a group a project group with its expert,
 * reading its product, and publishing it to the programme's library or taking it off. A
 * group of another cohort is not found.
 */
@Controller
@RequestMapping("/secretary/cohorts/{id}/groups/{groupId}")
@OnRefusal("/secretary/cohorts/{id}/groups/{groupId}")
class GroupProjectAdminController {

	private final GroupQueries queries;

	private final ProjectWork work;

	GroupProjectAdminController(GroupQueries queries, ProjectWork work) {
		this.queries = queries;
		this.work = work;
	}

	@PostMapping("/project")
	String arrange(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult errors, Model model) {
		var page = queries.ofCohort(id);
		GroupPages.group(page, groupId);
		if (Refusals.applied(errors, () -> work.arrange(id, groupId, form.isProject(), form.expertEmailOrBlank()))) {
			Flash.success("groups.project.saved");
			return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#project";
		}
		return GroupPages.admin(page, groupId, model);
	}

	@GetMapping("/product/file")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long groupId) {
		GroupPages.group(queries.ofCohort(id), groupId);
		return ProductUploads
			.download(work.file(groupId).orElseThrow(() -> new NoSuchElementException("No product of " + groupId)));
	}

	@PostMapping("/product/publish")
	String publish(@PathVariable long id, @PathVariable long groupId, Actor actor) {
		work.publish(GroupPages.group(queries.ofCohort(id), groupId), actor.requirePersonId());
		Flash.success("groups.product.published");
		return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#project";
	}

	@PostMapping("/product/unpublish")
	String unpublish(@PathVariable long id, @PathVariable long groupId) {
		work.unpublish(GroupPages.group(queries.ofCohort(id), groupId));
		Flash.success("groups.product.unpublished");
		return "redirect:/secretary/cohorts/" + id + "/groups/" + groupId + "#project";
	}

}
