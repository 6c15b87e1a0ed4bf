package org.traject.competencies.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.competencies.internal.ProfileExchange;
import org.traject.web.Download;

/**
 * A profile version's exports: JSON that another Traject can import, and a CSV of its
 * competencies for a spreadsheet.
 */
@Controller
@RequestMapping("/admin/profiles/versions/{id}")
class ProfileExportController {

	private final ProfileExchange exchange;

	ProfileExportController(ProfileExchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/export.json")
	ResponseEntity<byte[]> exportJson(@PathVariable long id) {
		return Download.attachment(exchange.exportJson(id).getBytes(StandardCharsets.UTF_8), "profile-" + id + ".json",
				MediaType.APPLICATION_JSON);
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long id) {
		return Download.attachment(exchange.exportCsv(id).getBytes(StandardCharsets.UTF_8),
				"competencies-" + id + ".csv", Download.CSV);
	}

}
