package org.traject.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.web.ProviderTimeZone;

/**
 * Cohorts for the demo catalogue, dated relative to today so the demo never goes stale:
 * open ones with sessions, a small one that the enrolment demo fills, planned ones, and
 * programmes with none (for the interest list). Idempotent by programme and cohort code.
 */
@DemoStep
class DemoCohorts {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	/**
	 * The Dutch demo cohorts are in the provider's zone, the Danish ones in Copenhagen's.
	 */
	private final ZoneId providerZone;

	DemoCohorts(Cohorts cohorts, Catalogue catalogue, ProviderTimeZone timeZone) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.providerZone = timeZone.zone();
	}

	void create() {
		LocalDate today = LocalDate.now(providerZone);
		LocalDate spring = today.plusMonths(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		cohort("ontwikkeltraject-directeur-ikc", "Groep " + spring.getYear() + " A", spring, spring.plusMonths(4),
				"Vlaardingen", providerZone, 16, 8, SeatRelease.OFFER, true, 4);
		cohort("ontwikkeltraject-directeur-ikc", "Groep " + spring.plusMonths(6).getYear() + " B", spring.plusMonths(6),
				spring.plusMonths(10), "Rotterdam", providerZone, 16, 8, SeatRelease.OFFER, false, 4);
		cohort("ledertalentudvikling", "Hold " + spring.getYear(), spring.plusWeeks(2), spring.plusMonths(11),
				"København", COPENHAGEN, 24, 12, SeatRelease.CONFIRM_NEXT, true, 6);
		cohort("intervisietraject-beginnende-schoolleiders-vo", "Voorjaar " + spring.getYear(), spring.plusWeeks(1),
				spring.plusMonths(5), "Utrecht", providerZone, 3, 2, SeatRelease.OFFER, true, 6);
		cohort("masterclass-strategisch-personeelsbeleid", "Masterclass " + spring.getYear(), spring.plusMonths(2),
				spring.plusMonths(2), "Utrecht", providerZone, 30, 10, SeatRelease.CONFIRM_NEXT, false, 1);
		cohort("routekaart-betrokkenheid-schoolleiding", "Najaar " + spring.getYear(), spring.plusMonths(5),
				spring.plusMonths(7), "Zwolle", providerZone, 20, 6, SeatRelease.CONFIRM_NEXT, true, 4);
		int i = 0;
		for (String slug : List.of("data-informed-leadership-en", "leading-change-nl", "pedagogical-leadership-da",
				"difficult-conversations-en", "team-development-nl", "strategic-hr-da", "leading-change-en",
				"data-informed-leadership-da")) {
			LocalDate start = today.plusWeeks(3 + 2L * i);
			boolean danish = slug.endsWith("-da");
			cohort(slug, (danish ? "Hold " : "Cohort ") + start.getYear() + "-" + (i + 1), start, start,
					danish ? "Aarhus" : "Amersfoort", danish ? COPENHAGEN : providerZone, 20 + 5 * (i % 3), 5,
					SeatRelease.CONFIRM_NEXT, i % 4 != 3, 1);
			i++;
		}
	}

	private void cohort(String slug, String code, LocalDate start, LocalDate end, String location, ZoneId zone,
			int capacity, int minimum, SeatRelease release, boolean open, int sessions) {
		var programmeId = catalogue.idOfSlug(slug).orElse(null);
		if (programmeId == null || cohorts.ofProgramme(programmeId).stream().anyMatch(c -> c.code().equals(code))) {
			return;
		}
		var programme = catalogue.find(programmeId).orElseThrow();
		long id = cohorts.plan(programmeId,
				new CohortSettings(code, start, end, location, false, zone.getId(), capacity, minimum,
						start.minusMonths(2).isBefore(LocalDate.now(zone)) ? LocalDate.now(zone).minusDays(7)
								: start.minusMonths(2),
						start.minusDays(7), release, 48));
		var modules = programme.modules().stream().filter(m -> m.days().signum() > 0).toList();
		long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end));
		for (int s = 0; s < Math.min(sessions, Math.max(1, modules.size())); s++) {
			LocalDate day = start.plusDays(span * s / Math.max(1, sessions - 1));
			if (sessions == 1) {
				day = start;
			}
			var module = modules.isEmpty() ? null : modules.get(s % modules.size());
			String title = module == null ? code : module.title();
			@Nullable Long moduleId = module == null ? null : module.id();
			boolean halfDay = module != null && module.days().compareTo(java.math.BigDecimal.ONE) < 0;
			cohorts.addSession(id, moduleId, title, day.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant(),
					day.atTime(halfDay ? LocalTime.of(13, 0) : LocalTime.of(16, 30)).atZone(zone).toInstant(), null);
		}
		if (open) {
			cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		}
	}

}
