package testing.openid;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Security's own
 * authorization server on a port of its own, in an application context of its own (this
 * package lies outside Traject's component scan). Its people sign in with
 * {@link #PASSWORD}; each gives the email address and name in {@link #PEOPLE}, verified
 * or not as listed there.
 */
public final class TestOpenIdProvider {

	public static final String CLIENT_ID = "traject";

	public static final String CLIENT_SECRET = "traject-secret";

	public static final String PASSWORD = "provider-password";

	/**
	 * A person at the provider: their email address, name, and whether it is verified.
	 */
	public record Person(String username, String email, String name, boolean verified) {
	}

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	public static final Person KNOWN = new Person("known", "known-" + RUN + "@example.org", "Kim Known", true);

	public static final Person NEWCOMER = new Person("newcomer", "newcomer-" + RUN + "@example.org", "Noor Nieuw",
			true);

	public static final Person UNVERIFIED = new Person("unverified", "unverified-" + RUN + "@example.org",
			"Uri Unverified", false);

	static final Map<String, Person> PEOPLE = Map.of(KNOWN.username(), KNOWN, NEWCOMER.username(), NEWCOMER,
			UNVERIFIED.username(), UNVERIFIED);

	private static @Nullable AnnotationConfigServletWebServerApplicationContext running;

	/** Where Traject sends people back to; its port is known only once it runs. */
	private static volatile String redirectUri = "http://127.0.0.1/login/oauth2/code/test";

	private TestOpenIdProvider() {
	}

	/** Starts the provider once for the test run; its issuer address. */
	public static synchronized String issuer() {
		if (running == null) {
			var context = new AnnotationConfigServletWebServerApplicationContext();
			context.register(ProviderConfiguration.class);
			context.refresh();
			running = context;
		}
		return "http://localhost:" + running.getWebServer().getPort();
	}

	public static void redirectTo(String uri) {
		redirectUri = uri;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class ProviderConfiguration {

		@Bean
		TomcatServletWebServerFactory webServer() {
			return new TomcatServletWebServerFactory(0);
		}

		@Bean
		@Order(1)
		SecurityFilterChain protocol(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(PEOPLE.values()
				.stream()
				.map(p -> User.withUsername(p.username()).password("{noop}" + PASSWORD).roles("USER").build())
				.toList());
		}

		/** Traject, with its redirect address as it is when asked. */
		@Bean
		RegisteredClientRepository clients() {
			return new RegisteredClientRepository() {

				@Override
				public void save(RegisteredClient registeredClient) {
					throw new UnsupportedOperationException();
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
				.scope(OidcScopes.EMAIL)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build();
		}

		/** The ID token says who the person is: email address, whether verified, name. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					var person = PEOPLE.get(context.getPrincipal().getName());
					if (person != null) {
						context.getClaims()
							.claim("email", person.email())
							.claim("email_verified", person.verified())
							.claim("name", person.name());
					}
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws Exception {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
