package org.traject.groups.web;

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
import org.traject.groups.web.GroupForms.NotesForm;
import org.traject.people.Actor;
import org.traject.web.Flash;

/**
 * A member's groups: the other members, the meetings and the meeting notes; the
 * facilitator writes the notes here too. Someone who is neither a member nor the
 * facilitator of a group does not find it.
 */
@Controller
@RequestMapping("/my/groups")
class MyGroupsController {

	private final GroupQueries queries;

	private final GroupEditing editing;

	private final MemberPage memberPage;

	MyGroupsController(GroupQueries queries, GroupEditing editing, MemberPage memberPage) {
		this.queries = queries;
		this.editing = editing;
		this.memberPage = memberPage;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("groups", queries.ofPerson(actor.requirePersonId()));
		return "groups/my";
	}

	@GetMapping("/{groupId}")
	String group(@PathVariable long groupId, Actor actor, Model model) {
		return memberPage.render(memberPage.mine(groupId, actor), actor, model);
	}

	@PostMapping("/{groupId}/notes")
	String writeNotes(@PathVariable long groupId, @Valid @ModelAttribute("notesForm") NotesForm form,
			BindingResult errors, Actor actor, Model model) {
		var mine = memberPage.mine(groupId, actor);
		if (errors.hasErrors()) {
			return memberPage.render(mine, actor, model);
		}
		editing.writeNotes(groupId, actor.requirePersonId(), form.version(), form.notes() == null ? "" : form.notes());
		Flash.success("groups.notes.saved");
		return "redirect:/my/groups/" + groupId + "#notes";
	}

}
