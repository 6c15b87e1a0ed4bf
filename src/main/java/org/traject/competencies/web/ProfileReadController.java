package org.traject.competencies.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.internal.ProfileQueries;

/** Published profiles, readable by everyone signed in (a draft is not found here). */
@Controller
class ProfileReadController {

	private final CompetencyProfiles profiles;

	private final ProfileQueries queries;

	ProfileReadController(CompetencyProfiles profiles, ProfileQueries queries) {
		this.profiles = profiles;
		this.queries = queries;
	}

	@GetMapping("/profiles")
	String list(Model model, Locale locale) {
		model.addAttribute("options", profiles.publishedVersions(locale));
		return "competencies/published";
	}

	@GetMapping("/profiles/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("profile", queries.readable(id, locale));
		return "competencies/view";
	}

}
