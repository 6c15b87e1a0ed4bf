package org.traject.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.CoachingSetup;
import org.traject.coaching.MeetingMode;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.ProviderTimeZone;
import org.traject.web.SupportedLanguages;

/**
 * The demo coach (coach@traject.test) with a published profile serving the free coaching
 * programme, the IKC track and the Danish talent programme, weekly and single slots and a
 * blocked date; a second, Danish coach for the filters; and one appointment of the demo
 * participant in the IKC track (she is entitled to it by her IKC enrolment, so this step
 * comes after the enrolments). Idempotent: a coach with a profile is left alone.
 */
@DemoStep
class DemoCoaching {

	private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);

	private static final String JOOSTS_ROOM = "https://meet.traject.test/joost-bakker";

	private final People people;

	private final Catalogue catalogue;

	private final CoachingSetup coaching;

	private final ProviderTimeZone timeZone;

	DemoCoaching(People people, Catalogue catalogue, CoachingSetup coaching, ProviderTimeZone timeZone) {
		this.people = people;
		this.catalogue = catalogue;
		this.coaching = coaching;
		this.timeZone = timeZone;
	}

	void create() {
		var coach = people.findByEmail("coach@traject.test");
		if (coach.isEmpty() || coaching.hasProfile(coach.get().id())) {
			return;
		}
		long joost = coach.get().id();
		List<Long> programmes = programmes("gesprek-met-een-managementcoach", "ontwikkeltraject-directeur-ikc",
				"ledertalentudvikling");
		coaching.createProfile(joost, new CoachingSetup.Profile(List.of("Leiderschap", "Teamontwikkeling", "Loopbaan"),
				List.of("nl", "en"), "Utrecht", """
						Ik ben twintig jaar schoolleider geweest en werk sinds 2019 als gecertificeerd coach.

						- Een eerste gesprek gaat over **uw vraag**: wat speelt er, wat wilt u bereiken?
						- Ik werk met voorbeelden uit uw eigen praktijk, niet met modellen.
						- Online of op mijn kantoor in Utrecht.""", timeZone.id(), true, programmes));
		var today = timeZone.today();
		coaching.addWeekly(joost, DayOfWeek.TUESDAY, LocalTime.of(9, 0), today, 60, MeetingMode.ONLINE, JOOSTS_ROOM);
		coaching.addWeekly(joost, DayOfWeek.TUESDAY, LocalTime.of(10, 30), today, 60, MeetingMode.ONLINE, JOOSTS_ROOM);
		coaching.addWeekly(joost, DayOfWeek.THURSDAY, LocalTime.of(14, 0), today, 90, MeetingMode.ON_SITE,
				"Oudegracht 100, 3511 AX Utrecht");
		coaching.addSingle(joost, today.plusDays(10).atTime(16, 0).atZone(timeZone.zone()).toInstant(), 60,
				MeetingMode.ONLINE, JOOSTS_ROOM);
		coaching.block(joost, today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)));
		danishCoach(programmes);
		demoAppointment(joost);
		log.info("Demo coaching ready");
	}

	private void danishCoach(List<Long> programmes) {
		var karen = people.ensureAccount("karen.holm@traject.test", "Karen Holm", SupportedLanguages.DANISH,
				DemoAccounts.PASSWORD, Set.of(Role.COACH), "Holm Ledelsesudvikling", "Erhvervscoach");
		if (coaching.hasProfile(karen.id())) {
			return;
		}
		coaching.createProfile(karen.id(),
				new CoachingSetup.Profile(List.of("Personaleledelse", "Karriere"), List.of("da", "en"), "København",
						"Jeg arbejder med **sparring** ud fra din egen praksis.", "Europe/Copenhagen", true,
						programmes.stream().skip(2).toList()));
		coaching.addWeekly(karen.id(), DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), timeZone.today(), 60,
				MeetingMode.ONLINE, "https://meet.traject.test/karen-holm");
	}

	/** The demo participant's fourth free slot with the demo coach, in the IKC track. */
	private void demoAppointment(long coachId) {
		var participant = people.findByEmail("participant@traject.test");
		Optional<Long> ikc = catalogue.idOfSlug("ontwikkeltraject-directeur-ikc");
		if (participant.isEmpty() || ikc.isEmpty()
				|| coaching.appointmentsLeft(participant.get().id(), ikc.get()) == 0) {
			return;
		}
		coaching.freeSlots(ikc.get(), coachId)
			.stream()
			.skip(3)
			.findFirst()
			.ifPresent(startsAt -> coaching.book(
					Actor.participant(participant.get().id(), participant.get().displayName()), participant.get().id(),
					ikc.get(), coachId, startsAt));
	}

	private List<Long> programmes(String... slugs) {
		return Arrays.stream(slugs).map(catalogue::idOfSlug).flatMap(Optional::stream).toList();
	}

}
