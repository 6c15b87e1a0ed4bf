package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.traject.catalogue.Sector;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.AttendanceStatus;
import org.traject.reports.internal.EnrolmentFlowQueries;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.internal.ReportQueries.CompletionRow;
import org.traject.reports.internal.ReportQueries.FillRow;
import org.traject.reports.internal.ReportQueries;
import org.traject.reports.internal.SectionQueries;
import org.traject.test.IntegrationTest;

/**
 * A section of {@code /reports} counts only what it shows, and shows exactly the start of
 * the whole report: the same first rows, the same programme figures for the chart, and
 * the number of rows of the whole report; for any filter, also all programmes of the
 * database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSectionsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportQueries queries;

	@Autowired
	EnrolmentFlowQueries flow;

	@Autowired
	SectionQueries sections;

	List<Long> programmes = new ArrayList<>();

	@BeforeAll
	void buildHistory() {
		var history = new ReportHistory(context);
		for (int p = 0; p < 4; p++) {
			long programme = history.programme(p % 2 == 0 ? "nl" : "en", Sector.PRIMARY);
			programmes.add(programme);
			if (p == 3) {
				continue; // a programme without cohorts: in no report
			}
			long up = history.upcoming(programme, 2, SeatRelease.OFFER);
			var a = history.enrol(up, "Ann " + p);
			var b = history.enrol(up, "Bob " + p);
			var c = history.enrol(up, "Cas " + p); // waitlisted
			if (p != 1) {
				history.cancelByParticipant(a, "Too busy"); // c is offered the seat
			}
			history.upcoming(programme, 3, SeatRelease.CONFIRM_NEXT); // nobody signed up
			var past = history.past(programme, 3, 1);
			var q = history.enrol(past.id(), "Quin " + p);
			var r = history.enrol(past.id(), "Ria " + p);
			history.complete(past, q);
			if (p == 2) {
				history.notComplete(past, r);
				history.cancelBySecretary(up, b, "Did not pay");
			}
			assertThat(c.initialStatus()).isEqualTo("WAITLISTED");
		}
	}

	@Test
	void eachSectionIsTheStartOfItsReport() {
		LocalDate today = ReportHistory.today();
		var mine = new ReportFilter(today.minusDays(90), today.plusDays(90), programmes, "", "");
		var everything = new ReportFilter(today.minusYears(2), today.plusYears(2), List.of(), "", "");
		var dutch = new ReportFilter(today.minusYears(2), today.plusYears(2), List.of(), "nl", "");
		for (var filter : List.of(mine, everything, dutch)) {
			for (int limit : new int[] { 1, 2, 3, 25 }) {
				sameStart(filter, limit);
			}
		}
	}

	private void sameStart(ReportFilter filter, int limit) {
		String as = filter + ", first " + limit;

		var fill = queries.fillRates(filter);
		var fillSection = sections.fill(filter, limit);
		assertThat(fillSection.cohorts()).as(as).isEqualTo(first(fill, limit));
		assertThat(fillSection.programmes()).as(as).isEqualTo(first(programmesOf(fill), limit));
		assertThat(fillSection.total()).as(as).isEqualTo(fill.size());

		var completion = queries.completion(filter);
		var completionSection = sections.completion(filter, limit);
		assertThat(completionSection.cohorts()).as(as).isEqualTo(first(completion, limit));
		assertThat(completionSection.programmes()).as(as).isEqualTo(first(completionProgrammes(completion), limit));
		assertThat(completionSection.total()).as(as).isEqualTo(completion.size());

		var waitlist = queries.waitlistOutcomes(filter);
		var waitlistSection = sections.waitlist(filter, limit);
		assertThat(waitlistSection.rows()).as(as).isEqualTo(first(waitlist, limit));
		assertThat(waitlistSection.total()).as(as).isEqualTo(waitlist.size());
		assertThat(waitlistSection.totals()).as(as)
			.containsExactly(waitlist.stream().mapToInt(ReportQueries.WaitlistRow::waitlisted).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::offered).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::accepted).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::expired).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::moved).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::stillWaiting).sum(),
					waitlist.stream().mapToInt(ReportQueries.WaitlistRow::neverPlaced).sum());

		var cancellations = queries.cancellations(filter);
		var cancellationSection = sections.cancellations(filter, limit);
		assertThat(cancellationSection.rows()).as(as).isEqualTo(first(cancellations, limit));
		assertThat(cancellationSection.total()).as(as).isEqualTo(cancellations.size());

		var timings = flow.timings(filter);
		var timingSection = sections.timings(filter, limit);
		assertThat(timingSection.rows()).as(as).isEqualTo(first(timings, limit));
		assertThat(timingSection.total()).as(as).isEqualTo(timings.size());
	}

	@Test
	void theHistoryBuiltIsInTheSections() {
		LocalDate today = ReportHistory.today();
		var mine = new ReportFilter(today.minusDays(90), today.plusDays(90), programmes, "", "");
		assertThat(sections.fill(mine, 25).total()).isEqualTo(9); // three cohorts of
																	// three
																	// programmes
		assertThat(sections.fill(mine, 2).cohorts()).hasSize(2);
		assertThat(sections.fill(mine, 2).programmes()).hasSize(2);
		assertThat(sections.completion(mine, 25).total()).isEqualTo(3);
		assertThat(sections.waitlist(mine, 25).total()).isEqualTo(3);
		assertThat(sections.waitlist(mine, 25).totals()[0]).isEqualTo(3);
		assertThat(sections.cancellations(mine, 25).total()).isEqualTo(3);
		assertThat(sections.cancellations(mine, 1).rows()).hasSize(1);
		assertThat(sections.timings(mine, 25).total()).isEqualTo(3);
	}

	@Test
	void aProgrammeWhoseOnlyConfirmedPlaceWasCancelledIsInTheWaitingTimes() {
		// its history has a confirmed place, but no enrolment is confirmed now: the
		// section's first test (a confirmed enrolment) fails and the second decides
		var history = new ReportHistory(context);
		long cancelledOnly = history.programme("en", Sector.PRIMARY);
		var x = history.enrol(history.upcoming(cancelledOnly, 1, SeatRelease.OFFER), "Xan Cancelled");
		history.cancelByParticipant(x, "Changed jobs");
		long confirmed = history.programme("en", Sector.PRIMARY);
		history.enrol(history.upcoming(confirmed, 1, SeatRelease.OFFER), "Yve Confirmed");
		LocalDate today = ReportHistory.today();
		var filter = new ReportFilter(today.minusDays(90), today.plusDays(90), List.of(cancelledOnly, confirmed), "",
				"");
		var timings = flow.timings(filter);
		assertThat(timings).hasSize(2).allSatisfy(row -> assertThat(row.confirmed()).isEqualTo(1));
		var section = sections.timings(filter, 25);
		assertThat(section.rows()).isEqualTo(timings);
		assertThat(section.total()).isEqualTo(2);
		assertThat(sections.timings(filter, 1).total()).isEqualTo(2);
	}

	@Test
	void attendanceCountsEachRegisteredSessionOnceAndEveryRegistration() {
		var history = new ReportHistory(context);
		long programme = history.programme("nl", Sector.PRIMARY);
		var first = history.past(programme, 3, 3);
		var second = history.past(programme, 2, 2, 60);
		var ada = history.enrol(first.id(), "Ada Attends");
		var ben = history.enrol(first.id(), "Ben Attends");
		var cor = history.enrol(second.id(), "Cor Attends");
		history.attend(first, 0, ada, AttendanceStatus.PRESENT);
		history.attend(first, 0, ben, AttendanceStatus.ABSENT);
		history.attend(first, 2, ada, AttendanceStatus.EXCUSED);
		history.attend(first, 2, ben, AttendanceStatus.PRESENT);
		history.attend(second, 0, cor, AttendanceStatus.PRESENT);
		history.attend(second, 1, cor, AttendanceStatus.ABSENT);
		// the first cohort's second session has no registration: not counted
		LocalDate today = ReportHistory.today();
		var filter = new ReportFilter(today.minusDays(90), today, List.of(programme), "", "");
		assertThat(queries.attendance(filter)).singleElement().satisfies(row -> {
			assertThat(row.programmeId()).isEqualTo(programme);
			assertThat(row.sessions()).isEqualTo(4);
			assertThat(row.registered()).isEqualTo(6);
			assertThat(row.present()).isEqualTo(3);
			assertThat(row.absent()).isEqualTo(2);
			assertThat(row.excused()).isEqualTo(1);
			assertThat(row.noShowPercent()).isEqualTo(33);
		});
		// a period with only the first cohort
		var recent = new ReportFilter(today.minusDays(45), today, List.of(programme), "", "");
		assertThat(queries.attendance(recent)).singleElement().satisfies(row -> {
			assertThat(row.sessions()).isEqualTo(2);
			assertThat(row.registered()).isEqualTo(4);
		});
	}

	private static <T> List<T> first(List<T> rows, int limit) {
		return rows.subList(0, Math.min(limit, rows.size()));
	}

	/** The programme figures as the fill-rate section reports them: one per programme. */
	private static List<FillRow> programmesOf(List<FillRow> rows) {
		var programmes = new LinkedHashMap<Long, FillRow>();
		rows.forEach(r -> programmes.putIfAbsent(r.programmeId(), r));
		return programmes.values()
			.stream()
			.map(r -> new FillRow(r.programmeId(), r.title(), r.language(), 0, "", null, 0, 0, r.programmeConfirmed(),
					r.programmeCapacity()))
			.toList();
	}

	private static List<CompletionRow> completionProgrammes(List<CompletionRow> rows) {
		var programmes = new LinkedHashMap<Long, CompletionRow>();
		rows.forEach(r -> programmes.putIfAbsent(r.programmeId(), r));
		return programmes.values()
			.stream()
			.map(r -> new CompletionRow(r.programmeId(), r.title(), r.language(), 0, "", null, 0, 0, 0,
					r.programmeParticipants(), r.programmeCompleted()))
			.toList();
	}

}
