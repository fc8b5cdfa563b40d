package edu.meridian.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens as the Meridian realm in Keycloak issues them, signed in the test with the key the
 * {@link OidcResource} publishes: issuer, audience {@code meridian-api}, {@code typ=Bearer},
 * realm roles in {@code realm_access.roles}, the home unit in {@code unit}.
 * The services keep every production check on in tests; the bad variants prove those checks.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "meridian-api";

    private String username;
    private String subject;
    private List<String> roles = List.of();
    private String unit;
    private String name;
    private String nameZh;
    private String locale = "zh-CN";
    private String client = "meridian-gateway";
    private boolean serviceAccount;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private String type = "Bearer";
    private Duration lifetime = Duration.ofMinutes(5);

    private Tokens(String username) {
        this.username = username;
        this.subject = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A token for a user; roles and unit follow. */
    public static Tokens user(String username) {
        return new Tokens(username);
    }

    /** Shorthand: a signed access token of a user with these realm roles and no unit. */
    public static String of(String username, String... roles) {
        return user(username).roles(roles).sign();
    }

    public Tokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public Tokens unit(String unit) {
        this.unit = unit;
        return this;
    }

    /** The display name (Keycloak's {@code name} claim: first and last name). */
    public Tokens name(String name) {
        this.name = name;
        return this;
    }

    /** The name in Chinese characters (the realm's {@code name_zh} claim). */
    public Tokens nameZh(String nameZh) {
        this.nameZh = nameZh;
        return this;
    }

    /** The preferred language; {@code null} leaves the claim out, as Keycloak does for a user without one. */
    public Tokens locale(String locale) {
        this.locale = locale;
        return this;
    }

    /** A token the client got for its own service account (client credentials): {@code azp} and {@code client_id}. */
    public Tokens serviceAccountOf(String client) {
        this.client = client;
        this.serviceAccount = true;
        return this;
    }

    /** The client the user signed in through ({@code azp}); null for a token without one. */
    public Tokens client(String client) {
        this.client = client;
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** Keycloak marks ID tokens with {@code typ=ID}; services must refuse them as access tokens. */
    public Tokens idToken() {
        this.type = "ID";
        return this;
    }

    /** A token that expired a minute ago (beyond any clock-skew allowance). */
    public Tokens expired() {
        this.lifetime = Duration.ofMinutes(-10);
        return this;
    }

    public String sign() {
        return claims().jws().keyId("1").sign();
    }

    /** Signed with a key the OIDC server does not publish, under the published key id. */
    public String signWithForeignKey() {
        return claims().jws().keyId("1").sign(ForeignKey.KEY);
    }

    /** The same claims with {@code alg=none} and no signature. */
    public String unsigned() {
        String signed = sign();
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private JwtClaimsBuilder claims() {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .preferredUserName(username)
                .audience(audience)
                .claim("typ", type)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(now + lifetime.toSeconds() - 300)
                .expiresAt(now + lifetime.toSeconds());
        if (client != null) {
            claims.claim("azp", client);
        }
        if (unit != null) {
            claims.claim("unit", unit);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        if (nameZh != null) {
            claims.claim("name_zh", nameZh);
        }
        if (locale != null) {
            claims.claim("locale", locale);
        }
        if (serviceAccount) {
            claims.claim("client_id", client);
        }
        return claims;
    }

    /** Made once: the bad-token runner signs with it on every operation. */
    private static final class ForeignKey {

        static final PrivateKey KEY = generate();

        private static PrivateKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
