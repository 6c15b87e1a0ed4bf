package org.traject.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestEmails.TestEmailRequested;
import org.traject.test.TestSmtp;

/**
 * A mail server that accepts the connection and then never says a word (overloaded, or a
 * firewall that swallows the traffic): every delivery attempt times out instead of
 * holding the delivery job for ever, the emails wait for their next attempt, and once a
 * server answers again they all arrive, once each.
 */
@MailIntegrationTest
class SilentSmtpTest {

	private static final int EMAILS = 20;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JavaMailSenderImpl sender;

	private SilentServer silent;

	@AfterEach
	void serverIsBack() throws IOException {
		if (silent != null) {
			silent.close();
		}
		TestSmtp.start();
	}

	@Test
	void everySocketOperationHasATimeOut() {
		var properties = sender.getJavaMailProperties();
		assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isNotBlank();
		assertThat(properties.getProperty("mail.smtp.timeout")).isNotBlank();
		assertThat(properties.getProperty("mail.smtp.writetimeout")).isNotBlank();
	}

	@Test
	void aServerThatNeverAnswersTimesOutAndDeliveryResumesWhenOneAnswers() throws Exception {
		String domain = "silent-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		List<String> recipients = IntStream.range(0, EMAILS).mapToObj(i -> "person-" + i + "@" + domain).toList();
		TestSmtp.stop();
		silent = new SilentServer(TestSmtp.port());

		transactions.executeWithoutResult(tx -> recipients
			.forEach(to -> events.publishEvent(new TestEmailRequested(UUID.randomUUID().toString(), to))));

		// tried, timed out and put back for a later attempt, more than once: the job is
		// not stuck on the first connection
		await().atMost(Duration.ofSeconds(60)).until(() -> count("""
				select count(*) from outgoing_email
				where recipient like :domain and status = 'PENDING' and attempts >= 2""", domain) == EMAILS);
		assertThat(silent.connections()).as("connections the silent server accepted").isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select last_error from outgoing_email where recipient like :domain")
			.param("domain", "%@" + domain)
			.query(String.class)
			.list()).allSatisfy(error -> assertThat(error).containsIgnoringCase("timed out"));

		silent.close();
		TestSmtp.start();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from outgoing_email where recipient like :domain and status = 'SENT'",
					domain) == EMAILS);
		assertThat(TestSmtp.recipientsIn(domain)).hasSize(EMAILS).containsExactlyInAnyOrderElementsOf(recipients);
	}

	private long count(String sql, String domain) {
		return jdbc.sql(sql).param("domain", "%@" + domain).query(Long.class).single();
	}

	/** Accepts every connection and never writes a byte. */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		SilentServer(int port) throws IOException {
			socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
			Thread acceptor = new Thread(() -> {
				while (!socket.isClosed()) {
					try {
						accepted.add(socket.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "silent-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int connections() {
			return accepted.size();
		}

		@Override
		public void close() throws IOException {
			socket.close();
			for (Socket s : accepted) {
				s.close();
			}
		}

	}

}
