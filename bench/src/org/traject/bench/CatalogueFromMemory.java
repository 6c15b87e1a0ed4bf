package org.traject.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reference (a): the very bytes of the catalogue's first page, fetched once from this same application and then
 * served from memory by a bare servlet in the same JVM and Tomcat. Its throughput is what this machine can do for
 * those bytes; the catalogue cannot beat it.
 */
class CatalogueFromMemory extends HttpServlet {

	private volatile byte[] page;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = page;
		if (body == null) {
			body = fetch(request);
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private synchronized byte[] fetch(HttpServletRequest request) throws IOException {
		if (page == null) {
			var uri = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/programmes");
			try (var client = new Closing(HttpClient.newHttpClient())) {
				HttpResponse<byte[]> response = client.http.send(
						HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
						HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					throw new IOException("the catalogue answered " + response.statusCode());
				}
				page = response.body();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}
		return page;
	}

	/** HttpClient is AutoCloseable only from Java 21; this runs on 17. */
	private record Closing(HttpClient http) implements AutoCloseable {

		@Override
		public void close() {
		}
	}
}
