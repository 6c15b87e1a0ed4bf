package org.traject.coaching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
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
 * participant in the IKC track. Idempotent: a coach with a profile is left alone.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
class CoachingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CoachingDemoData.class);

	private final People people;

	private final Catalogue catalogue;

	private final CoachProfiles profiles;

	private final Availability availability;

	private final Appointments appointments;

	private final ProviderTimeZone timeZone;

	private final Entitlements entitlements;

	CoachingDemoData(People people, Catalogue catalogue, CoachProfiles profiles, Availability availability,
			Appointments appointments, ProviderTimeZone timeZone, Entitlements entitlements) {
		this.entitlements = entitlements;
		this.people = people;
		this.catalogue = catalogue;
		this.profiles = profiles;
		this.availability = availability;
		this.appointments = appointments;
		this.timeZone = timeZone;
	}

	@Override
	public void run(ApplicationArguments args) {
		var coach = people.findByEmail("coach@traject.test");
		if (coach.isEmpty() || profiles.exists(coach.get().id())) {
			return;
		}
		long joost = coach.get().id();
		List<Long> programmes = programmes("gesprek-met-een-managementcoach", "ontwikkeltraject-directeur-ikc",
				"ledertalentudvikling");
		profiles.save(joost, new CoachProfiles.ProfileChange(List.of("Leiderschap", "Teamontwikkeling", "Loopbaan"),
				List.of("nl", "en"), "Utrecht", """
						Ik ben twintig jaar schoolleider geweest en werk sinds 2019 als gecertificeerd coach.

						- Een eerste gesprek gaat over **uw vraag**: wat speelt er, wat wilt u bereiken?
						- Ik werk met voorbeelden uit uw eigen praktijk, niet met modellen.
						- Online of op mijn kantoor in Utrecht.""", timeZone.id(), true, programmes, 0));
		var today = timeZone.today();
		availability.addWeekly(joost, new Availability.Weekly(DayOfWeek.TUESDAY, LocalTime.of(9, 0), today, null, 60,
				MeetingMode.ONLINE, "https://meet.traject.test/joost-bakker"));
		availability.addWeekly(joost, new Availability.Weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 30), today, null, 60,
				MeetingMode.ONLINE, "https://meet.traject.test/joost-bakker"));
		availability.addWeekly(joost, new Availability.Weekly(DayOfWeek.THURSDAY, LocalTime.of(14, 0), today, null, 90,
				MeetingMode.ON_SITE, "Oudegracht 100, 3511 AX Utrecht"));
		availability.addSingle(joost, today.plusDays(10).atTime(16, 0).atZone(timeZone.zone()).toInstant(), 60,
				MeetingMode.ONLINE, "https://meet.traject.test/joost-bakker");
		availability.block(joost,
				today.plusWeeks(3).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.TUESDAY)));
		danishCoach(programmes);
		demoAppointment(joost);
		log.info("Demo coaching ready");
	}

	private void danishCoach(List<Long> programmes) {
		var karen = people.ensureAccount("karen.holm@traject.test", "Karen Holm", SupportedLanguages.DANISH,
				"traject-demo", Set.of(Role.COACH), "Holm Ledelsesudvikling", "Erhvervscoach");
		if (profiles.exists(karen.id())) {
			return;
		}
		profiles.save(karen.id(),
				new CoachProfiles.ProfileChange(List.of("Personaleledelse", "Karriere"), List.of("da", "en"),
						"København", "Jeg arbejder med **sparring** ud fra din egen praksis.", "Europe/Copenhagen",
						true, programmes.stream().skip(2).toList(), 0));
		availability.addWeekly(karen.id(), new Availability.Weekly(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0),
				timeZone.today(), null, 60, MeetingMode.ONLINE, "https://meet.traject.test/karen-holm"));
	}

	private void demoAppointment(long coachId) {
		var participant = people.findByEmail("participant@traject.test");
		Optional<Long> ikc = catalogue.idOfSlug("ontwikkeltraject-directeur-ikc");
		if (participant.isEmpty() || ikc.isEmpty()
				|| entitlements.of(participant.get().id())
					.stream()
					.noneMatch(e -> e.programmeId() == ikc.get() && e.left() > 0)) {
			return;
		}
		var slot = appointments.freeSlots(ikc.get(), coachId).stream().skip(3).findFirst();
		slot.ifPresent(
				s -> appointments.book(Actor.participant(participant.get().id(), participant.get().displayName()),
						participant.get().id(), ikc.get(), coachId, s.startsAt()));
	}

	private List<Long> programmes(String... slugs) {
		return java.util.Arrays.stream(slugs).map(catalogue::idOfSlug).flatMap(Optional::stream).toList();
	}

}
