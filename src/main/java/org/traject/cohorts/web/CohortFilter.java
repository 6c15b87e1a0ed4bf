package org.traject.cohorts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.internal.CohortOverviews.CohortQuery;

/**
 * The cohort overview's filter as it stands in the URL. Every field is read as text and
 * what does not parse is ignored, so a hand-edited or stale link still shows a page.
 */
public record CohortFilter(@Nullable String programme, @Nullable String status, @Nullable String show,
		@Nullable String from, @Nullable String to, @Nullable String places, @Nullable String waitlist,
		@Nullable String attention, @Nullable String q, @Nullable String sort, @Nullable String dir,
		@Nullable String page) {

	static final Set<String> SORTS = Set.of("start", "programme", "fill", "free", "waitlist");

	public @Nullable Long programmeId() {
		try {
			return programme == null || programme.isBlank() ? null : Long.valueOf(programme.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public @Nullable CohortStatus statusValue() {
		for (CohortStatus s : CohortStatus.values()) {
			if (s.name().equalsIgnoreCase(status == null ? "" : status.trim())) {
				return s;
			}
		}
		return null;
	}

	public boolean includePast() {
		return "all".equals(show);
	}

	public @Nullable LocalDate fromDate() {
		return date(from);
	}

	public @Nullable LocalDate toDate() {
		return date(to);
	}

	public String placesValue() {
		return "free".equals(places) || "full".equals(places) ? places : "";
	}

	public boolean withWaitlist() {
		return "true".equals(waitlist);
	}

	public boolean needsAttention() {
		return "true".equals(attention);
	}

	public String search() {
		return q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), 200));
	}

	public String sortValue() {
		return sort != null && SORTS.contains(sort) ? sort : "start";
	}

	public boolean descending() {
		return "desc".equals(dir);
	}

	public int pageNumber() {
		try {
			return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public CohortQuery toQuery() {
		return new CohortQuery(programmeId(), statusValue(), includePast(), fromDate(), toDate(), placesValue(),
				withWaitlist(), needsAttention(), search(), sortValue(), descending(), pageNumber());
	}

	/**
	 * The filter's parameters with one changed (or removed, for null): for sort links and
	 * pages. Page goes back to the first unless it is the one changed.
	 */
	public Map<String, Object> with(String name, @Nullable Object value) {
		Map<String, Object> params = new LinkedHashMap<>();
		put(params, "programme", programmeId());
		put(params, "status", statusValue() == null ? null : statusValue().name());
		put(params, "show", includePast() ? "all" : null);
		put(params, "from", fromDate());
		put(params, "to", toDate());
		put(params, "places", placesValue().isEmpty() ? null : placesValue());
		put(params, "waitlist", withWaitlist() ? "true" : null);
		put(params, "attention", needsAttention() ? "true" : null);
		put(params, "q", search().isEmpty() ? null : search());
		put(params, "sort", "start".equals(sortValue()) ? null : sortValue());
		put(params, "dir", descending() ? "desc" : null);
		params.remove("page");
		params.remove(name);
		put(params, name, value);
		return params;
	}

	/** The link that sorts by a column: ascending first, then the other way. */
	public Map<String, Object> sortedBy(String column) {
		var params = with("sort", "start".equals(column) ? null : column);
		params.remove("dir");
		if (column.equals(sortValue()) && !descending()) {
			params.put("dir", "desc");
		}
		return params;
	}

	/** The overview's address with these parameters. */
	static String link(Map<String, Object> params) {
		var uri = UriComponentsBuilder.fromPath("/secretary/cohorts");
		params.forEach((name, value) -> uri.queryParam(name, value.toString()));
		return uri.encode().build().toUriString();
	}

	public String sortLink(String column) {
		return link(sortedBy(column));
	}

	public String pageLink(int number) {
		return link(with("page", number == 0 ? null : number));
	}

	/** For a column header's aria-sort: ascending, descending or none. */
	public String ariaSort(String column) {
		return !column.equals(sortValue()) ? "none" : descending() ? "descending" : "ascending";
	}

	private static void put(Map<String, Object> params, String name, @Nullable Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
