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

	static String admin(CohortGroups page, long groupId, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("group", group(page, groupId));
		return "groups/group";
	}

}
