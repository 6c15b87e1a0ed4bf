package org.traject.people.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The start page of each role, assembled from the sections other modules contribute. */
@Controller
class StartPageController {

	private final List<StartPageSection> sections;

	StartPageController(List<StartPageSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/my")
	String participant(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(Role.PARTICIPANT, user, model);
	}

	@GetMapping("/coach")
	String coach(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(Role.COACH, user, model);
	}

	@GetMapping("/secretary")
	String secretary(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(Role.SECRETARY, user, model);
	}

	@GetMapping("/admin")
	String admin(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(Role.ADMIN, user, model);
	}

	private String page(Role role, CurrentUser user, Model model) {
		var shown = sections.stream()
			.filter(s -> s.role() == role)
			.sorted(Comparator.comparingInt(StartPageSection::order))
			.map(s -> new ShownSection(s.fragment(), s.model(user)))
			.toList();
		model.addAttribute("role", role);
		model.addAttribute("sections", shown);
		return "people/start";
	}

	record ShownSection(String fragment, java.util.Map<String, Object> model) {
	}

}
