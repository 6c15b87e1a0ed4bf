package org.traject.competencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.traject.people.Actor;
import org.traject.competencies.internal.CompetencyDetails;
import org.traject.competencies.internal.ProfileDetails;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ProfileRuleException;
import org.traject.competencies.internal.ProfileText;
import org.traject.competencies.internal.ScaleLevel;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class ProfileAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProfileEditing editing;

	@Autowired
	CompetencyProfiles profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPublishedVersionCannotBeChangedNotEvenDirectlyInTheDatabase() {
		long id = publishedProfile("Frozen");
		var view = version(id);
		long competencyId = view.clusters().get(0).competencies().get(0).id();

		assertThatThrownBy(() -> editing.changeCompetency(Actor.system(), id, view.lockVersion(), competencyId,
				new CompetencyDetails(view.clusters().get(0).id(), "Renamed", null, 2, List.of())))
			.isInstanceOf(ProfileRuleException.class);
		assertThatThrownBy(() -> jdbc.update("update competency set name = 'Renamed' where id = ?", competencyId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("not a draft");
		assertThatThrownBy(() -> jdbc.update("delete from competency_indicator where competency_id = ?", competencyId))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("update profile_version set default_language = 'da' where id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("update scale_level set label = 'x' where profile_version_id = ?", id))
			.isInstanceOf(DataAccessException.class);

		assertThat(version(id).clusters().get(0).competencies().get(0).name()).isEqualTo("Listening");
	}

	@Test
	void editingAPublishedVersionMakesANewDraftAndLeavesThePublishedOneAsItIs() throws Exception {
		long id = publishedProfile("Edit");

		MvcResult result = mvc
			.perform(admin(post("/admin/profiles/versions/" + id + "/edit").param("version",
					Long.toString(version(id).lockVersion()))))
			.andReturn();

		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/profiles/versions/").isNotEqualTo("/admin/profiles/versions/" + id);
		long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var draft = version(draftId);
		assertThat(draft.status()).isEqualTo("DRAFT");
		assertThat(draft.number()).isEqualTo(2);
		assertThat(draft.competencyCount()).isEqualTo(version(id).competencyCount());
		assertThat(version(id).status()).isEqualTo("PUBLISHED");

		// asking again leads to the same draft, never a second one
		String again = mvc.perform(admin(post("/admin/profiles/versions/" + id + "/edit").param("version", "0")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(again).isEqualTo(location);
	}

	@Test
	void publishingADraftRetiresThePreviouslyPublishedVersion() throws Exception {
		long first = publishedProfile("Publish");
		long draft = editing.edit(Actor.system(), first).getId();

		mvc.perform(admin(post("/admin/profiles/versions/" + draft + "/publish").param("version",
				Long.toString(version(draft).lockVersion()))));

		assertThat(version(first).status()).isEqualTo("RETIRED");
		assertThat(version(draft).status()).isEqualTo("PUBLISHED");
		assertThat(profiles.currentVersion(version(first).profileId(), Locale.ENGLISH)).get()
			.extracting(ProfileVersionView::id)
			.isEqualTo(draft);
		String audit = page("/admin/profiles/" + version(first).profileId());
		assertThat(audit).contains("Version published", "Version retired", "Anne de Vries");
	}

	@Test
	void theAuditLogPageListsRecentChangesToProfiles() throws Exception {
		String name = "Audited " + unique();
		editing.createProfile(Actor.system(), null, details(name), scale());

		String audit = page("/admin/profiles/audit");

		assertThat(audit).doesNotContain("Nothing has been recorded yet").contains(name);
	}

	@Test
	void aDraftWithoutCompetenciesIsNotPublished() throws Exception {
		long id = editing.createProfile(Actor.system(), null, details("Empty " + unique()), scale()).getId();

		mvc.perform(admin(post("/admin/profiles/versions/" + id + "/publish").param("version",
				Long.toString(version(id).lockVersion()))));

		assertThat(version(id).status()).isEqualTo("DRAFT");
	}

	@Test
	void aBadJsonFileChangesNothingAndSaysWhereTheProblemIs() throws Exception {
		long id = publishedProfile("Export");
		String good = mvc.perform(admin(get("/admin/profiles/versions/" + id + "/export.json")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String outOfScale = good.replaceFirst("\"targetLevel\" : 2", "\"targetLevel\" : 9");
		String brokenSyntax = good.replaceFirst("\"clusters\" :", "\"clusters\" ::");
		Integer before = jdbc.queryForObject("select count(*) from profile_version", Integer.class);

		String answer = importJson(outOfScale);
		assertThat(answer).contains("clusters[0].competencies[1].targetLevel", "Enter a target level from 1 to 5");
		assertThat(importJson(brokenSyntax)).contains("line ", "This is not valid JSON");
		assertThat(importJson(good.replace("\"role\"", "\"rol\""))).contains("Unknown field");
		assertThat(jdbc.queryForObject("select count(*) from profile_version", Integer.class)).isEqualTo(before);

		// the untouched export imports as a new draft with the same content
		MvcResult imported = mvc.perform(admin(multipart("/admin/profiles/import").file(jsonFile(good)))).andReturn();
		String location = imported.getResponse().getRedirectedUrl();
		var copy = version(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(copy.status()).isEqualTo("DRAFT");
		assertThat(copy.competencyCount()).isEqualTo(version(id).competencyCount());
	}

	@Test
	void aBadCsvLineChangesNothingAndNamesTheLine() throws Exception {
		long id = editing.createProfile(Actor.system(), null, details("Csv " + unique()), scale()).getId();
		String csv = "cluster,competency,description,target_level,indicators\r\n"
				+ "Leading,\"Vision, and direction\",Sets a course,3,Explains why | Writes a plan\r\n"
				+ "Leading,Coaching,,7,\r\n";
		var file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		String answer = mvc
			.perform(admin(multipart("/admin/profiles/versions/" + id + "/competencies/import").file(file)
				.param("version", Long.toString(version(id).lockVersion()))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(answer).contains("line 3, target_level");
		assertThat(version(id).competencyCount()).isZero();
		assertThat(version(id).clusters()).isEmpty();

		var good = new MockMultipartFile("file", "list.csv", "text/csv",
				csv.replace(",7,", ",2,").getBytes(StandardCharsets.UTF_8));
		mvc.perform(admin(multipart("/admin/profiles/versions/" + id + "/competencies/import").file(good)
			.param("version", Long.toString(version(id).lockVersion()))));
		var after = version(id);
		assertThat(after.clusters()).extracting(ProfileVersionView.ClusterView::name).containsExactly("Leading");
		assertThat(after.clusters().get(0).competencies().get(0).indicators()).containsExactly("Explains why",
				"Writes a plan");
		assertThat(after.clusters().get(0).competencies().get(0).name()).isEqualTo("Vision, and direction");
	}

	@Test
	void comparingTwoVersionsShowsWhatWasAddedRemovedAndChanged() throws Exception {
		long first = publishedProfile("Compare");
		var draft = editing.edit(Actor.system(), first);
		long draftId = draft.getId();
		var view = version(draftId);
		var cluster = view.clusters().get(0);
		var listening = cluster.competencies().get(0);
		editing.changeCompetency(Actor.system(), draftId, view.lockVersion(), listening.id(), new CompetencyDetails(
				cluster.id(), "Active listening", listening.description(), 4, listening.indicators()));
		editing.removeCompetency(Actor.system(), draftId, version(draftId).lockVersion(),
				cluster.competencies().get(1).id());
		editing.addCompetency(Actor.system(), draftId, version(draftId).lockVersion(),
				new CompetencyDetails(cluster.id(), "Data literacy", null, 3, List.of("Reads the dashboard")));

		String page = page("/admin/profiles/" + view.profileId() + "/compare?from=" + first + "&to=" + draftId);

		assertThat(page).contains("Version 1 compared with version 2", "4 differences");
		assertThat(page).contains("Added", "Data literacy");
		assertThat(page).contains("Removed", "Feedback");
		assertThat(page).contains("Changed", "Active listening", "<del>Listening</del>", "<del>3</del>",
				"<ins>4</ins>");
	}

	@Test
	void aValidationErrorShowsTheMessageBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
		long id = editing.createProfile(Actor.system(), null, details("Typed " + unique()), scale()).getId();
		var cluster = editing.addCluster(Actor.system(), id, version(id).lockVersion(), "People", null);

		String page = mvc
			.perform(admin(post("/admin/profiles/versions/" + id + "/competencies")
				.param("clusterId", cluster.getId().toString())
				.param("name", "Holding difficult conversations")
				.param("description", "Says what needs saying")
				.param("targetLevel", "9")
				.param("indicators", "Names the problem\nListens first")
				.param("version", Long.toString(version(id).lockVersion()))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("targetLevel-error", "Enter a target level from 1 to 5");
		assertThat(page).contains("value=\"Holding difficult conversations\"", "Says what needs saying",
				"Names the problem\nListens first", "value=\"9\"");
		assertThat(version(id).competencyCount()).isZero();
	}

	@Test
	void aDuplicateNameWithinTheProfileIsRefusedBesideTheField() throws Exception {
		long id = publishedProfile("Duplicate");
		long draftId = editing.edit(Actor.system(), id).getId();
		var view = version(draftId);

		String page = mvc
			.perform(admin(post("/admin/profiles/versions/" + draftId + "/competencies")
				.param("clusterId", Long.toString(view.clusters().get(0).id()))
				.param("name", "listening")
				.param("targetLevel", "2")
				.param("version", Long.toString(view.lockVersion()))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("name-error", "already has a competency called");
		assertThat(version(draftId).competencyCount()).isEqualTo(2);
	}

	@Test
	void aFormBasedOnAnOlderStateShowsTheConflictPage() throws Exception {
		long id = editing.createProfile(Actor.system(), null, details("Stale " + unique()), scale()).getId();
		long seen = version(id).lockVersion();
		editing.addCluster(Actor.system(), id, seen, "Changed meanwhile", null);

		var response = mvc
			.perform(admin(post("/admin/profiles/versions/" + id + "/clusters").param("name", "Mine")
				.param("version", Long.toString(seen))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(version(id).clusters()).extracting(ProfileVersionView.ClusterView::name)
			.containsExactly("Changed meanwhile");
	}

	@Test
	void reorderingWithHtmxAnswersWithTheStructureOnly() throws Exception {
		long id = editing.createProfile(Actor.system(), null, details("Order " + unique()), scale()).getId();
		var a = editing.addCluster(Actor.system(), id, version(id).lockVersion(), "First", null);
		editing.addCluster(Actor.system(), id, version(id).lockVersion(), "Second", null);

		String fragment = mvc
			.perform(admin(post("/admin/profiles/versions/" + id + "/clusters/" + a.getId() + "/move")
				.header("HX-Request", "true")
				.param("direction", "down")
				.param("version", Long.toString(version(id).lockVersion()))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).contains("id=\"structure\"", "hx-swap-oob").doesNotContain("<html");
		assertThat(fragment.indexOf("Second")).isLessThan(fragment.indexOf("First"));
		assertThat(version(id).clusters()).extracting(ProfileVersionView.ClusterView::name)
			.containsExactly("Second", "First");
	}

	@Test
	void everyoneSignedInReadsAPublishedProfileButNotADraft() throws Exception {
		long published = publishedProfile("Readable");
		long draft = editing.edit(Actor.system(), published).getId();
		var participant = user(users.loadUserByUsername(DemoUsers.PARTICIPANT));

		var ok = mvc.perform(get("/profiles/" + published).with(participant)).andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(ok.getContentAsString()).contains("Listening", "Target level 3 of 5");
		assertThat(mvc.perform(get("/profiles/" + draft).with(participant)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theAdminStartPageCountsProfiles() throws Exception {
		assertThat(page("/admin")).contains("Competency profiles", "published", "/admin/profiles");
	}

	// --- helpers

	private long publishedProfile(String prefix) {
		var draft = editing.createProfile(Actor.system(), null, details(prefix + " " + unique()), scale());
		long id = draft.getId();
		var cluster = editing.addCluster(Actor.system(), id, version(id).lockVersion(), "People",
				"Working with people");
		editing.addCompetency(Actor.system(), id, version(id).lockVersion(), new CompetencyDetails(cluster.getId(),
				"Listening", "Hears what is meant", 3, List.of("Summarises", "Asks through")));
		editing.addCompetency(Actor.system(), id, version(id).lockVersion(),
				new CompetencyDetails(cluster.getId(), "Feedback", null, 2, List.of("Names behaviour")));
		editing.publish(Actor.system(), id, version(id).lockVersion());
		return id;
	}

	private ProfileVersionView version(long id) {
		return profiles.findVersion(id, Locale.ENGLISH).orElseThrow();
	}

	private static ProfileDetails details(String name) {
		return new ProfileDetails("en", Map.of("en", new ProfileText(name, "School leader", "A test profile")));
	}

	private static List<ScaleLevel> scale() {
		return List.of(new ScaleLevel(1, "One", "First"), new ScaleLevel(2, "Two", "Second"),
				new ScaleLevel(3, "Three", "Third"), new ScaleLevel(4, "Four", "Fourth"),
				new ScaleLevel(5, "Five", "Fifth"));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private String importJson(String json) throws Exception {
		return mvc.perform(admin(multipart("/admin/profiles/import").file(jsonFile(json))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile jsonFile(String json) {
		return new MockMultipartFile("file", "profile.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	private String page(String path) throws Exception {
		return mvc.perform(admin(get(path))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(user(users.loadUserByUsername(DemoUsers.ADMIN))).with(csrf());
	}

}
