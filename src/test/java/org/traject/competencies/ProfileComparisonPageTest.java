package org.traject.competencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.people.Actor;
import org.traject.competencies.internal.CompetencyDetails;
import org.traject.competencies.internal.ProfileDetails;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ProfileText;
import org.traject.competencies.internal.ScaleLevel;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Comparing two profile versions names each indicator that changed, not the whole list.
 */
@IntegrationTest
class ProfileComparisonPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProfileEditing editing;

	@Autowired
	CompetencyProfiles profiles;

	@Test
	void oneIndicatorAddedShowsAsThatOneLineAdded() throws Exception {
		var compared = compare(List.of("Summarises", "Asks through", "Checks understanding"),
				List.of("Summarises", "Asks through", "Names what is left unsaid", "Checks understanding"));

		var rows = compared.select("table.compare-table tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.first().text()).contains("Added", "Listening", "indicator");
		assertThat(rows.first().select("ins").text()).isEqualTo("Names what is left unsaid");
		assertThat(rows.first().select("del")).isEmpty();
	}

	@Test
	void aRewordedAndARemovedIndicatorAreNamedOneByOne() throws Exception {
		var compared = compare(List.of("Summarises", "Asks through", "Checks understanding"),
				List.of("Summarises in own words", "Checks understanding"));

		var rows = compared.select("table.compare-table tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("Changed");
		assertThat(rows.get(0).select("del").text()).isEqualTo("Summarises");
		assertThat(rows.get(0).select("ins").text()).isEqualTo("Summarises in own words");
		assertThat(rows.get(1).text()).contains("Removed");
		assertThat(rows.get(1).select("del").text()).isEqualTo("Asks through");
		assertThat(compared.select("del, ins").eachText()).doesNotContain("Checks understanding");
	}

	private Document compare(List<String> before, List<String> after) throws Exception {
		var draft = editing.createProfile(Actor.system(), null,
				new ProfileDetails("en",
						Map.of("en", new ProfileText("Indicators " + UUID.randomUUID(), "School leader", null))),
				List.of(new ScaleLevel(1, "One", "First"), new ScaleLevel(2, "Two", "Second"),
						new ScaleLevel(3, "Three", "Third")));
		long first = draft.getId();
		var cluster = editing.addCluster(Actor.system(), first, version(first).lockVersion(), "People", null);
		editing.addCompetency(Actor.system(), first, version(first).lockVersion(),
				new CompetencyDetails(cluster.getId(), "Listening", "Hears what is meant", 3, before));
		editing.publish(Actor.system(), first, version(first).lockVersion());
		long second = editing.edit(Actor.system(), first).getId();
		var view = version(second);
		var listening = view.clusters().get(0).competencies().get(0);
		editing.changeCompetency(Actor.system(), second, view.lockVersion(), listening.id(),
				new CompetencyDetails(view.clusters().get(0).id(), "Listening", listening.description(), 3, after));
		String page = mvc
			.perform(get("/admin/profiles/" + view.profileId() + "/compare?from=" + first + "&to=" + second)
				.with(user(users.loadUserByUsername(DemoUsers.ADMIN)))
				.locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(page);
	}

	private ProfileVersionView version(long id) {
		return profiles.findVersion(id, Locale.ENGLISH).orElseThrow();
	}

}
