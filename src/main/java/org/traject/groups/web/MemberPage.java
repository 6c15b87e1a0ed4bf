package org.traject.groups.web;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.internal.GroupViews.MyGroup;
import org.traject.groups.web.GroupForms.NotesForm;
import org.traject.groups.web.GroupForms.ProductForm;
import org.traject.groups.web.GroupForms.QuestionForm;
import org.traject.people.Actor;
import org.traject.web.Markdown;

/**
 * A member's (or facilitator's, or expert's) page of one group, shown fresh or again with
 * one of its forms' errors; the forms not being shown again start from what is stored.
 */
@Component
class MemberPage {

	private final GroupQueries queries;

	private final Markdown markdown;

	MemberPage(GroupQueries queries, Markdown markdown) {
		this.queries = queries;
		this.markdown = markdown;
	}

	/** The group, for a member, its facilitator or its expert; anyone else finds none. */
	MyGroup mine(long groupId, Actor actor) {
		return queries.forViewer(groupId, actor.requirePersonId())
			.orElseThrow(() -> new NoSuchElementException("No group " + groupId));
	}

	String render(MyGroup mine, Actor actor, Model model) {
		var group = mine.group();
		long me = actor.requirePersonId();
		if (!model.containsAttribute("notesForm")) {
			model.addAttribute("notesForm", new NotesForm(group.notes(), group.version()));
		}
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionForm(group.question()));
		}
		if (!model.containsAttribute("productForm")) {
			model.addAttribute("productForm",
					ProductForm.of(group.product() == null ? "" : group.product().description()));
		}
		model.addAttribute("mine", mine);
		model.addAttribute("facilitating", group.facilitatedBy(me));
		model.addAttribute("member", group.hasMember(me));
		model.addAttribute("working", group.worksOnProject(me));
		model.addAttribute("expert", group.project() && group.expertIs(me));
		model.addAttribute("notesHtml", markdown.toSafeHtml(group.notes()));
		return "groups/group-member";
	}

}
