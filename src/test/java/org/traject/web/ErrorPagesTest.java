package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.traject.test.IntegrationTest;

/** Error pages go through the servlet container's error dispatch, so these talk HTTP to the running application. */
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
}
