package org.traject.groups.web;

import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.traject.groups.internal.GroupViews.CohortGroups;
import org.traject.groups.internal.GroupViews.Group;

/** The secretary's page of one group, shown fresh or again with a form's errors. */
final class GroupPages {

	private GroupPages() {
	}

	/** The group of this cohort's page; another cohort's group is not found. */
	static Group group(CohortGroups page, long groupId) {
		return page.groups()
			.stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No group " + groupId));
	}

	/** The page, with every form not being shown again starting from what is stored. */
	static String admin(CohortGroups page, long groupId, Model model) {
		var group = group(page, groupId);
		model.addAttribute("page", page);
		model.addAttribute("group", group);
		if (!model.containsAttribute("facilitatorForm")) {
			model.addAttribute("facilitatorForm", new GroupForms.FacilitatorForm(""));
		}
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", GroupForms.MeetingForm.empty());
		}
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new GroupForms.ProjectForm(group.project(), ""));
		}
		return "groups/group";
	}

}
