package org.traject.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CompletionRule;
import org.traject.delivery.internal.Completions;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class DeliveryPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Completions completions;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	Catalogue catalogue;

	@Test
	void theRuleEditorShowsTheTalentProgrammesRule() throws Exception {
		long programmeId = programmes.idOfSlug(DeliveryFixtures.TALENT_PROGRAMME).orElseThrow();
		var rule = completions.ruleOf(programmeId);
		var page = page(get("/secretary/delivery/programmes/" + programmeId + "/rule"));
		assertThat(page.select("#basis-days").hasAttr("checked")).isTrue();
		assertThat(page.select("#minimumPercent").val()).isEqualTo("80");
		assertThat(page.select("input[name=requiredModules][checked]")).hasSize(rule.requiredModuleIds().size());
		assertThat(page.select("input[name=requiredModules][checked]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(rule.requiredModuleIds().stream().map(String::valueOf).toList());
	}

	@Test
	void savingTheRuleFormStoresWhatWasChosen() throws Exception {
		long programmeId = programmes.idOfSlug("masterclass-strategisch-personeelsbeleid").orElseThrow();
		var editor = completions.ruleEditor(programmeId);
		long moduleId = catalogue.find(programmeId).orElseThrow().modules().get(0).id();
		var result = mvc
			.perform(post("/secretary/delivery/programmes/" + programmeId + "/rule").param("basis", "DAYS")
				.param("minimumPercent", "90")
				.param("_excusedCounts", "on")
				.param("requiredModules", Long.toString(moduleId))
				.param("version", Long.toString(editor.version()))
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/secretary/delivery/programmes/" + programmeId + "/rule");
		assertThat(completions.ruleOf(programmeId))
			.isEqualTo(new CompletionRule(AttendanceBasis.DAYS, 90, false, Set.of(moduleId)));
	}

	@Test
	void theDeliveryIndexListsTheCompletedDemoCohortWithItsPages() throws Exception {
		var page = page(get("/secretary/delivery"));
		var row = page.select("tbody tr:contains(" + DeliveryFixtures.DEMO_COHORT_CODE + ")");
		assertThat(row).hasSize(1);
		assertThat(row.select("a").eachAttr("href")).anyMatch(h -> h.endsWith("/attendance"))
			.anyMatch(h -> h.endsWith("/completion"));
		assertThat(page.select("a[href$=/outcomes]")).isNotEmpty();
	}

	@Test
	void theRosterLinksToTheDeliveryPages() throws Exception {
		String link = page(get("/secretary/delivery"))
			.select("tbody tr:contains(" + DeliveryFixtures.DEMO_COHORT_CODE + ") a[href$=/attendance]")
			.attr("href");
		long demoCohort = Long.parseLong(link.replaceAll("^/secretary/cohorts/(\\d+)/attendance$", "$1"));
		var roster = page(get("/secretary/cohorts/" + demoCohort));
		assertThat(roster.select("a.delivery-link").attr("href"))
			.isEqualTo("/secretary/cohorts/" + demoCohort + "/attendance");
		var completion = page(get("/secretary/cohorts/" + demoCohort + "/completion"));
		assertThat(completion.select(".completion-card")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(completion.select(".completion-card .rule-not-met")).isNotEmpty();
	}

	@Test
	void theSecretarysStartPageLeadsToDelivery() throws Exception {
		var page = page(get("/secretary"));
		assertThat(page.select("section[aria-labelledby=sessions-heading] a[href=/secretary/delivery]")).hasSize(1);
	}

	@Test
	void anyoneCanTypeANumberToCheck() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/certificates")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("form[action=/certificates] input#number")).hasSize(1);
		assertThat(page.select("label[for=number]")).hasSize(1);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc
			.perform(request.header("Accept-Language", "en").with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
