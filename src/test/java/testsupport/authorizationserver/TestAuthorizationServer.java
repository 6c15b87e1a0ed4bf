package testsupport.authorizationserver;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID provider for the single sign-on tests: Spring Security's own
 * authorization server in a small web application of its own, on a random port of
 * {@code 127.0.0.1} (another host than the {@code localhost} Traject runs on, so the two
 * never see each other's cookies). It has one client, Traject, and the people a test puts
 * in it with {@link #person}; everyone signs in on its login form with {@link #PASSWORD}.
 * The ID token carries the person's {@code email}, {@code email_verified} and
 * {@code name}, as Entra ID or Google Workspace send them.
 */
public final class TestAuthorizationServer {

	public static final String CLIENT_ID = "traject";

	public static final String CLIENT_SECRET = "traject-client-secret";

	public static final String PASSWORD = "federation-password";

	/** A person as the organisation's directory knows them. */
	public record Person(String email, boolean emailVerified, String name) {
	}

	private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();

	/**
	 * Where the authorization server may send people back: Traject's port is known only
	 * once it runs.
	 */
	private static volatile String redirectUri = "http://localhost/login/oauth2/code/test";

	private static @Nullable AnnotationConfigServletWebServerApplicationContext server;

	private TestAuthorizationServer() {
	}

	/**
	 * The issuer's address, starting the server the first time (from a
	 * {@code @DynamicPropertySource}, before Traject starts and reads its discovery
	 * document).
	 */
	public static synchronized String issuer() {
		if (server == null) {
			var context = new AnnotationConfigServletWebServerApplicationContext(Setup.class);
			Runtime.getRuntime().addShutdownHook(new Thread(context::close));
			server = context;
		}
		return "http://127.0.0.1:" + server.getWebServer().getPort();
	}

	/**
	 * Traject's address for the authorization code, e.g. {@code http://localhost:51234}.
	 */
	public static void acceptRedirectsTo(String trajectBaseUrl, String registrationId) {
		redirectUri = trajectBaseUrl + "/login/oauth2/code/" + registrationId;
	}

	/** Adds someone who can sign in at the authorization server, as {@code username}. */
	public static void person(String username, Person person) {
		PEOPLE.put(username, person);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Setup {

		@Bean
		TomcatServletWebServerFactory webServer() {
			var factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(java.net.InetAddress.getLoopbackAddress());
			return factory;
		}

		@Bean
		DispatcherServlet dispatcherServlet() {
			return new DispatcherServlet();
		}

		@Bean
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				// the user info endpoint takes the access token
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		RegisteredClientRepository clients() {
			// built per request, so it carries the redirect address of the Traject now
			// running
			return new RegisteredClientRepository() {
				@Override
				public void save(RegisteredClient registeredClient) {
					// the server re-encodes the secret after each check; the client stays
					// as it is
				}

				@Override
				public @Nullable RegisteredClient findById(String id) {
					return CLIENT_ID.equals(id) ? traject() : null;
				}

				@Override
				public @Nullable RegisteredClient findByClientId(String clientId) {
					return CLIENT_ID.equals(clientId) ? traject() : null;
				}
			};
		}

		private static RegisteredClient traject() {
			return RegisteredClient.withId(CLIENT_ID)
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(redirectUri)
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build();
		}

		@Bean
		UserDetailsService directory() {
			return username -> {
				if (!PEOPLE.containsKey(username)) {
					throw new UsernameNotFoundException(username);
				}
				return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
			};
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> personClaims() {
			return context -> {
				Person person = PEOPLE.get(context.getPrincipal().getName());
				if (person != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					context.getClaims()
						.claim("email", person.email())
						.claim("email_verified", person.emailVerified())
						.claim("name", person.name());
				}
			};
		}

		@Bean
		KeyPair signingKeys() throws NoSuchAlgorithmException {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}

		@Bean
		JWKSource<SecurityContext> jwkSource(KeyPair keys) {
			var key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder accessTokens(KeyPair keys) {
			return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
