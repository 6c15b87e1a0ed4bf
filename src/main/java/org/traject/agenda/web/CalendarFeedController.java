package org.traject.agenda.web;

import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.traject.agenda.internal.CalendarFeeds;

/**
 * The personal calendar feed: public (a calendar program cannot sign in), found only by
 * its secret token; an unknown or renewed token is 404, the same as any other unknown
 * address.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		byte[] body = feeds.feed(token, Instant.now())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("traject.ics").build().toString())
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

}
