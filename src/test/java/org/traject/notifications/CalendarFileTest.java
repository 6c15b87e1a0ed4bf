package org.traject.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.Test;

class CalendarFileTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Test
	void sessionsBecomeEventsThatACalendarReadsBackAtTheSameMoments() throws Exception {
		var kickOff = new CalendarSession("session-1@traject", "Kick-off: leiderschap in het IKC",
				ZonedDateTime.of(2027, 3, 14, 9, 30, 0, 0, AMSTERDAM),
				ZonedDateTime.of(2027, 3, 14, 16, 0, 0, 0, AMSTERDAM), "Utrecht, Jaarbeurs zaal 3");
		var themeDay = new CalendarSession("session-2@traject", "Temadag: data-informeret ledelse",
				ZonedDateTime.of(2027, 4, 2, 10, 0, 0, 0, COPENHAGEN),
				ZonedDateTime.of(2027, 4, 2, 15, 0, 0, 0, COPENHAGEN), null);

		Attachment attachment = CalendarFile.attachment("sessions.ics", List.of(kickOff, themeDay));

		assertThat(attachment.fileName()).isEqualTo("sessions.ics");
		assertThat(attachment.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(attachment.content()));
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent first = events.get(0);
		assertThat(first.getSummary().getValue()).isEqualTo("Kick-off: leiderschap in het IKC");
		assertThat(first.getLocation().getValue()).isEqualTo("Utrecht, Jaarbeurs zaal 3");
		assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("session-1@traject");
		assertThat(instant(first.getDateTimeStart())).isEqualTo(kickOff.start().toInstant());
		assertThat(instant(first.getDateTimeEnd())).isEqualTo(kickOff.end().toInstant());
		VEvent second = events.get(1);
		assertThat(second.getSummary().getValue()).isEqualTo("Temadag: data-informeret ledelse");
		assertThat(second.getLocation()).isNull();
		assertThat(instant(second.getDateTimeStart())).isEqualTo(Instant.parse("2027-04-02T08:00:00Z"));
	}

	@Test
	void aCancellationNamesTheSameEntryAsCancelledAndNewer() throws Exception {
		var meeting = new CalendarSession("group-meeting-7@traject", "Intervisie 1",
				ZonedDateTime.of(2027, 3, 14, 9, 30, 0, 0, AMSTERDAM),
				ZonedDateTime.of(2027, 3, 14, 12, 0, 0, 0, AMSTERDAM), "https://meet.example.org/intervisie");

		Attachment attachment = CalendarFile.cancellation("meeting.ics", List.of(meeting));

		assertThat(attachment.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(attachment.content()));
		calendar.validate();
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("group-meeting-7@traject");
		assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
		assertThat(instant(event.getDateTimeStart())).isEqualTo(Instant.parse("2027-03-14T08:30:00Z"));
		assertThat(CalendarFile.text(List.of(meeting))).contains("METHOD:PUBLISH").doesNotContain("CANCELLED");
	}

	@Test
	void aSessionThatEndsBeforeItStartsIsRefused() {
		var start = ZonedDateTime.of(2027, 3, 14, 9, 0, 0, 0, AMSTERDAM);
		assertThatThrownBy(() -> new CalendarSession("x", "Backwards", start, start.minusHours(1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Instant instant(net.fortuna.ical4j.model.property.DateProperty<?> property) {
		return Instant.from(property.getDate());
	}

}
