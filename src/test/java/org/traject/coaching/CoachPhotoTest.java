package org.traject.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.internal.CoachPhotos;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;

/**
 * A coach's photo: uploaded on their profile page, judged by its content (a text file
 * called .png and an image that is too large come back with a message beside the field),
 * shown on the public coach page with an alt text, served with the type of its content
 * and headers that let browsers cache it, and removed again.
 */
@IntegrationTest
class CoachPhotoTest {

	private static final String SLUG = "gesprek-met-een-managementcoach";

	/** The smallest valid PNG: one transparent pixel. */
	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	CoachProfiles profiles;

	@Autowired
	Catalogue catalogue;

	@Test
	void aCoachUploadsAPhotoThatIsShownWithAnAltTextAndCachedThenRemovesIt() throws Exception {
		var coach = coach("Petra Fotogeniek");
		String page = "/programmes/" + SLUG + "/coaches/" + coach.id();
		assertThat(body(get(page), null)).doesNotContain("coach-photo");

		var upload = mvc
			.perform(multipart("/coach/profile/photo").file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", PNG))
				.with(csrf())
				.with(user(signedIn(coach))))
			.andReturn()
			.getResponse();
		assertThat(upload.getStatus()).isEqualTo(302);

		String publicPage = body(get(page), null);
		assertThat(publicPage).contains("alt=\"Photo of Petra Fotogeniek\"", "class=\"coach-photo");
		String src = publicPage.replaceAll("(?s).*<img[^>]*src=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(src).startsWith(page + "/photo?v=");

		var photo = mvc.perform(get(src)).andReturn().getResponse();
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).as("told by the content, not the name or the browser")
			.isEqualTo("image/png");
		assertThat(photo.getContentAsByteArray()).isEqualTo(PNG);
		assertThat(photo.getHeader("Cache-Control")).contains("max-age=604800", "public");
		assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		String etag = photo.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(mvc.perform(get(src).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);

		assertThat(status(post("/coach/profile/photo/remove"), coach)).isEqualTo(302);
		assertThat(mvc.perform(get(src)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(body(get(page), null)).doesNotContain("coach-photo");
	}

	@Test
	void somethingThatIsNoImageOrTooLargeComesBackBesideTheField() throws Exception {
		var coach = coach("Quinten Tekst");
		var fake = mvc
			.perform(multipart("/coach/profile/photo")
				.file(new MockMultipartFile("photo", "photo.png", "image/png",
						"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(signedIn(coach))))
			.andReturn()
			.getResponse();
		assertThat(fake.getStatus()).isEqualTo(200);
		assertThat(fake.getContentAsString()).contains("id=\"photo-file-error\"", "is not a PNG, JPEG, GIF or WebP");

		var big = new ByteArrayOutputStream();
		big.write(PNG);
		big.write(new byte[CoachPhotos.MAX_BYTES]);
		var tooLarge = mvc
			.perform(multipart("/coach/profile/photo")
				.file(new MockMultipartFile("photo", "big.png", "image/png", big.toByteArray()))
				.with(csrf())
				.with(user(signedIn(coach))))
			.andReturn()
			.getResponse();
		assertThat(tooLarge.getStatus()).isEqualTo(200);
		assertThat(tooLarge.getContentAsString()).contains("id=\"photo-file-error\"", "larger than 2 MB");

		var none = mvc.perform(multipart("/coach/profile/photo").with(csrf()).with(user(signedIn(coach))))
			.andReturn()
			.getResponse();
		assertThat(none.getStatus()).isEqualTo(200);
		assertThat(none.getContentAsString()).contains("id=\"photo-file-error\"", "Choose an image to upload.");
		assertThat(mvc.perform(get("/programmes/" + SLUG + "/coaches/" + coach.id() + "/photo"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private People.PersonView coach(String name) {
		String email = "coach-" + UUID.randomUUID() + "@photo.test";
		var coach = people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.COACH), null, null);
		profiles.save(coach.id(), new CoachProfiles.ProfileChange(List.of("Leadership"), List.of("en"), "Utrecht", "",
				"Europe/Amsterdam", true, List.of(catalogue.idOfSlug(SLUG).orElseThrow()), 0));
		return coach;
	}

	private CurrentUser signedIn(People.PersonView p) {
		return new CurrentUser(p.id(), p.email(), p.displayName(), p.preferredLanguage(), p.roles(), "", true);
	}

	private String body(MockHttpServletRequestBuilder request, People.PersonView person) throws Exception {
		if (person != null) {
			request.with(user(signedIn(person)));
		}
		MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, People.PersonView person) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(signedIn(person)))).andReturn().getResponse().getStatus();
	}

}
