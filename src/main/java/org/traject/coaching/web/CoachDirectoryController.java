package org.traject.coaching.web;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.CoachPhotos;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.coaching.internal.CoachProfiles.CoachProfile;
import org.traject.web.Htmx;
import org.traject.web.Markdown;

/**
 * The public coach pages of a programme that offers coaching: its coaches, filterable by
 * specialty, language and region (htmx swaps the results, a plain GET works too), and
 * each coach's page with how they work and their next free times.
 */
@Controller
class CoachDirectoryController {

	private final Catalogue catalogue;

	private final CoachProfiles profiles;

	private final Appointments appointments;

	private final Markdown markdown;

	private final CoachPhotos photos;

	CoachDirectoryController(Catalogue catalogue, CoachProfiles profiles, Appointments appointments, Markdown markdown,
			CoachPhotos photos) {
		this.photos = photos;
		this.catalogue = catalogue;
		this.profiles = profiles;
		this.appointments = appointments;
		this.markdown = markdown;
	}

	/** What a visitor filters the coaches by; an empty field filters nothing. */
	record CoachFilter(@Nullable String specialty, @Nullable String language, @Nullable String region) {

		boolean admits(CoachProfile coach) {
			return matches(specialty, coach.specialties()) && matches(language, coach.languages())
					&& matches(region, coach.region() == null ? List.of() : List.of(coach.region()));
		}

		private static boolean matches(@Nullable String wanted, List<String> values) {
			return wanted == null || wanted.isBlank()
					|| values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted.strip()));
		}
	}

	@GetMapping("/programmes/{slug}/coaches")
	String coaches(@PathVariable String slug, CoachFilter filter, Model model, HttpServletRequest request) {
		var programme = coachingProgramme(slug);
		var all = profiles.published(programme.id());
		model.addAttribute("programme", programme);
		model.addAttribute("filter", filter);
		model.addAttribute("coaches", all.stream().filter(filter::admits).toList());
		model.addAttribute("specialties", options(all, CoachProfile::specialties));
		model.addAttribute("languages", options(all, CoachProfile::languages));
		model.addAttribute("regions", options(all, c -> c.region() == null ? List.of() : List.of(c.region())));
		return Htmx.view(request, "coaching/coaches", "results");
	}

	@GetMapping("/programmes/{slug}/coaches/{coachId}")
	String coach(@PathVariable String slug, @PathVariable long coachId, Model model) {
		var programme = coachingProgramme(slug);
		var coach = profiles.publishedFor(programme.id(), coachId)
			.orElseThrow(() -> new NoSuchElementException("No coach " + coachId + " for " + slug));
		model.addAttribute("programme", programme);
		model.addAttribute("coach", coach);
		model.addAttribute("howIWork", markdown.toSafeHtml(coach.howIWork()));
		model.addAttribute("photoChangedAt", photos.changedAt(coachId).map(Instant::toEpochMilli).orElse(null));
		model.addAttribute("slots", appointments.freeSlots(programme.id(), coachId).stream().limit(6).toList());
		return "coaching/coach";
	}

	private Catalogue.ProgrammeView coachingProgramme(String slug) {
		return catalogue.idOfSlug(slug)
			.flatMap(catalogue::find)
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.filter(p -> p.modules().stream().anyMatch(m -> m.type() == ModuleType.COACHING_SESSION))
			.orElseThrow(() -> new NoSuchElementException("No coaching programme " + slug));
	}

	private static List<String> options(List<CoachProfile> coaches, Function<CoachProfile, List<String>> values) {
		var options = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
		coaches.stream().map(values).flatMap(List::stream).filter(Objects::nonNull).forEach(options::add);
		return List.copyOf(options);
	}

}
