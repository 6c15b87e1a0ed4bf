package org.traject.groups.web;

import java.util.NoSuchElementException;

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
import org.traject.groups.internal.GroupViews.MyGroup;
import org.traject.groups.web.GroupForms.NotesForm;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Markdown;

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

	private final Markdown markdown;

	MyGroupsController(GroupQueries queries, GroupEditing editing, Markdown markdown) {
		this.queries = queries;
		this.editing = editing;
		this.markdown = markdown;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("groups", queries.ofPerson(actor.requirePersonId()));
		return "groups/my";
	}

	@GetMapping("/{groupId}")
	String group(@PathVariable long groupId, Actor actor, Model model) {
		var mine = mine(groupId, actor);
		model.addAttribute("notesForm", new NotesForm(mine.group().notes(), mine.group().version()));
		return page(mine, actor, model);
	}

	@PostMapping("/{groupId}/notes")
	String writeNotes(@PathVariable long groupId, @Valid @ModelAttribute("notesForm") NotesForm form,
			BindingResult errors, Actor actor, Model model) {
		var mine = mine(groupId, actor);
		if (errors.hasErrors()) {
			return page(mine, actor, model);
		}
		editing.writeNotes(groupId, actor.requirePersonId(), form.version(), form.notes() == null ? "" : form.notes());
		Flash.success("groups.notes.saved");
		return "redirect:/my/groups/" + groupId + "#notes";
	}

	private String page(MyGroup mine, Actor actor, Model model) {
		model.addAttribute("mine", mine);
		model.addAttribute("facilitating", mine.group().facilitatedBy(actor.requirePersonId()));
		model.addAttribute("notesHtml", markdown.toSafeHtml(mine.group().notes()));
		return "groups/group-member";
	}

	private MyGroup mine(long groupId, Actor actor) {
		return queries.forViewer(groupId, actor.requirePersonId())
			.orElseThrow(() -> new NoSuchElementException("No group " + groupId));
	}

}
