package org.traject.cohorts.web;

import java.net.URI;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.internal.CalendarFiles;
import org.traject.cohorts.Cohorts;

/**
 * The calendar file of a cohort's sessions, for anyone who can see its programme; none
 * for a cohort without sessions.
 */
@Controller
class CalendarController {

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final CalendarFiles calendars;

	CalendarController(Cohorts cohorts, Catalogue catalogue, CalendarFiles calendars) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.calendars = calendars;
	}

	@GetMapping("/cohorts/{id}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		// no sessions, no calendar: the pages offer the link only once a cohort has
		// sessions
		var cohort = cohorts.find(id)
			.filter(c -> !c.sessions().isEmpty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var programme = catalogue.find(cohort.programmeId())
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		URI page = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/programmes/{slug}")
			.buildAndExpand(programme.slug())
			.toUri();
		byte[] body = calendars.cohortCalendar(programme.title(), cohort, page);
		String filename = programme.slug() + "-" + cohort.code().replaceAll("[^A-Za-z0-9]+", "-") + ".ics";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
