package org.traject.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Reference (b), by TechEmpower's Fortunes rules: every request reads all rows of {@code bench.fortune} (12), adds
 * one more in memory, sorts by message and renders them through a Thymeleaf template that escapes the text.
 */
@Controller
@Profile("bench")
class FortunesController {

	private final JdbcTemplate jdbc;

	FortunesController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/bench/fortunes")
	String fortunes(Model model) {
		List<Fortune> fortunes = new ArrayList<>(jdbc.query("select id, message from bench.fortune",
				(rs, n) -> new Fortune(rs.getInt(1), rs.getString(2))));
		fortunes.add(new Fortune(0, "One more, added while answering this request."));
		fortunes.sort(Comparator.comparing(Fortune::message));
		model.addAttribute("fortunes", fortunes);
		return "bench/fortunes";
	}

	record Fortune(int id, String message) {
	}
}
