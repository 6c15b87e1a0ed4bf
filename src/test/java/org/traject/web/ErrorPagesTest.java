package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.traject.test.IntegrationTest;

/**
 * Error pages go through the servlet container's error dispatch, so these talk HTTP to
 * the running application.
 */
@IntegrationTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String language) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", language)
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUnknownPublicPageShowsNotFoundInTheReadersLanguage() throws Exception {
		var danish = get("/programmes/no-such-programme-anywhere/extra", "da");
		assertThat(danish.statusCode()).isEqualTo(404);
		assertThat(danish.body()).contains("Siden blev ikke fundet").contains("lang=\"da\"");
		var dutch = get("/programmes/no-such-programme-anywhere/extra", "nl-BE");
		assertThat(dutch.body()).contains("Pagina niet gevonden");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	@Test
	void aBadLanguageCookieIsIgnoredAndTheBrowsersLanguageApplies() throws Exception {
		for (String path : new String[] { "/", "/login", "/programmes" }) {
			var answer = send(to(path).header("Cookie", "traject-lang=%3Cx%3E").header("Accept-Language", "nl"));
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).contains("lang=\"nl\"");
		}
		var unknown = send(to("/").header("Cookie", "traject-lang=fr").header("Accept-Language", "da"));
		assertThat(unknown.body()).contains("lang=\"da\"");
	}

	@Test
	void aNulCharacterInASearchIsDroppedNotAServerError() throws Exception {
		var answer = send(to("/programmes?q=lead%00ership").header("Accept-Language", "en"));
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void aPageNumberFarBeyondTheLastShowsAnEmptyPage() throws Exception {
		assertThat(send(to("/programmes?page=2147483647")).statusCode()).isEqualTo(200);
		assertThat(send(to("/programmes?page=-2147483648")).statusCode()).isEqualTo(200);
	}

	@Test
	void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
		var answer = send(to("/error").header("Accept-Language", "da"));
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("Siden blev ikke fundet");
	}

	@Test
	void anEncodedSlashGetsTrajectsErrorPageInTheReadersLanguage() throws Exception {
		var answer = send(to("/certificates/a%2Fb").header("Accept-Language", "nl"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertTrajectPage(answer, "nl");
	}

	@Test
	void aVeryLongQueryStringGetsTrajectsErrorPageInTheReadersLanguage() throws Exception {
		var answer = send(to("/programmes?q=" + "a".repeat(10_000)).header("Accept-Language", "da"));
		assertThat(answer.statusCode()).isEqualTo(414);
		assertTrajectPage(answer, "da");
	}

	@Test
	void oversizedRequestHeadersGetTrajectsOwnPageWith431() throws Exception {
		var answer = send(to("/programmes").header("Accept-Language", "da")
			.header("Cookie", "a=" + "x".repeat(9_000) + "; b=" + "y".repeat(9_000)));
		assertThat(answer.statusCode()).isEqualTo(431);
		assertTrajectPage(answer, "da");
		assertThat(answer.body()).contains("Forespørgslen var for stor");
	}

	@Test
	void aTooLargeUploadGetsTrajectsErrorPageInTheReadersLanguage() throws Exception {
		String boundary = "traject-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 50 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		var answer = send(to("/my/plan/goals/1/evidence").header("Accept-Language", "nl")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertTrajectPage(answer, "nl");
	}

	/** Traject's layout (not Tomcat's "HTTP Status" page), in the asked language. */
	private static void assertTrajectPage(HttpResponse<String> answer, String language) {
		assertThat(answer.body()).doesNotContain("Apache Tomcat").contains("lang=\"" + language + "\"");
	}

}
