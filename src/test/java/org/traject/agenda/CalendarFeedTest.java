package org.traject.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.agenda.internal.CalendarFeeds;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.MeetingMode;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The personal calendar feed as a calendar program reads it: parsed by ical4j, it holds a
 * participant's confirmed sessions and coaching appointments and nothing of other people;
 * a moved session keeps its UID with a higher SEQUENCE; a renewed address makes the old
 * one 404; coaches and secretaries get their own.
 */
@IntegrationTest
class CalendarFeedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	CoachProfiles profiles;

	@Autowired
	Availability availability;

	@Autowired
	Appointments appointments;

	@Autowired
	UserDetailsService users;

	private AgendaFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AgendaFixtures(cohorts, catalogue, people);
	}

	@Test
	void theFeedHoldsConfirmedSessionsAndAppointmentsAndFollowsAMovedSession() throws Exception {
		var participant = fixtures.person("Ilse Agenda", "nl");
		var other = fixtures.person("Jeroen Anderman", "nl");
		long cohort = fixtures.cohort(AgendaFixtures.IKC, 10, SeatRelease.CONFIRM_NEXT, 20);
		Instant first = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
		long day1 = fixtures.session(cohort, "Kick-off", first, "Utrecht");
		long day2 = fixtures.session(cohort, "Themadag", first.plus(Duration.ofDays(14)), "Zwolle");
		cohorts.enrol(cohort, other.id());
		cohorts.enrol(cohort, participant.id());
		long full = fixtures.cohort(AgendaFixtures.IKC, 1, SeatRelease.CONFIRM_NEXT, 40);
		long waitedFor = fixtures.session(full, "Niet voor mij", first.plus(Duration.ofDays(30)), "Assen");
		cohorts.enrol(full, other.id());
		cohorts.enrol(full, participant.id());
		long coach = coach("Karin Coach");
		Instant slot = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		availability.addSingle(coach, slot, 60, MeetingMode.ONLINE, "https://meet.example.org/karin");
		long appointment = appointments.book(Actor.participant(participant.id(), null), participant.id(),
				fixtures.programme("gesprek-met-een-managementcoach"), coach, slot);
		String token = feeds.renew(participant.id());

		String text = feed(token);
		var events = events(text);

		assertThat(events.keySet())
			.containsExactlyInAnyOrder("traject-session-" + day1 + "@traject", "traject-session-" + day2 + "@traject",
					"coaching-" + appointment + "@traject")
			.doesNotContain("traject-session-" + waitedFor + "@traject");
		var kickOff = events.get("traject-session-" + day1 + "@traject");
		assertThat(value(kickOff, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(kickOff, Property.LOCATION)).isEqualTo("Utrecht");
		assertThat(value(events.get("coaching-" + appointment + "@traject"), Property.SUMMARY)).contains("Karin Coach");
		assertThat(text).doesNotContain("Jeroen Anderman").doesNotContain(other.email());
		String startBefore = value(kickOff, Property.DTSTART);

		assertThat(cohorts.moveSession(cohort, day1, first.plus(Duration.ofDays(1)),
				first.plus(Duration.ofDays(1)).plus(Duration.ofHours(6)), "Amersfoort"))
			.isTrue();
		var moved = events(feed(token)).get("traject-session-" + day1 + "@traject");

		assertThat(value(moved, Property.DTSTART)).isNotEqualTo(startBefore);
		assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(moved, Property.LOCATION)).isEqualTo("Amersfoort");
		assertThat(value(moved, Property.LAST_MODIFIED)).isNotBlank();

		// the coach sees the appointment with the participant's name, not the sessions
		var coachEvents = events(feed(feeds.renew(coach)));
		assertThat(coachEvents.keySet()).containsExactly("coaching-" + appointment + "@traject");
		assertThat(value(coachEvents.values().iterator().next(), Property.SUMMARY)).contains("Ilse Agenda");

		// a secretary's feed holds every cohort's sessions, named with the cohort
		long secretary = people.findByEmail(DemoUsers.SECRETARY).orElseThrow().id();
		var secretaryEvents = events(feed(feeds.renew(secretary)));
		assertThat(secretaryEvents).containsKeys("traject-session-" + day1 + "@traject",
				"traject-session-" + waitedFor + "@traject");
		assertThat(value(secretaryEvents.get("traject-session-" + day1 + "@traject"), Property.SUMMARY))
			.contains(cohorts.find(cohort).orElseThrow().code());
	}

	@Test
	void aRenewedAddressMakesTheOldOneNotFound() throws Exception {
		var person = fixtures.person("Lotte Nieuw", "en");
		String old = feeds.renew(person.id());
		mvc.perform(get("/calendar/" + old + ".ics"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));

		String renewed = feeds.renew(person.id());

		assertThat(renewed).isNotEqualTo(old).hasSizeGreaterThanOrEqualTo(43);
		mvc.perform(get("/calendar/" + old + ".ics"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		mvc.perform(get("/calendar/" + renewed + ".ics"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
		mvc.perform(get("/calendar/" + renewed.substring(0, 42) + "x.ics"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
	}

	private long coach(String name) {
		String email = "coach-" + UUID.randomUUID() + "@agenda.test";
		long coach = people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.COACH), null, null).id();
		profiles.save(coach, new CoachProfiles.ProfileChange(List.of("Leadership"), List.of("en"), "Utrecht", "",
				"Europe/Amsterdam", true, List.of(fixtures.programme("gesprek-met-een-managementcoach")), 0));
		return coach;
	}

	private String feed(String token) throws Exception {
		var response = mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The events by UID, as ical4j parses the text. */
	private static Map<String, VEvent> events(String text) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse("");
	}

}
