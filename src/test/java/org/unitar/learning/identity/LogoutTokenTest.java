package org.unitar.learning.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoutTokenTest {

    private static final String ISSUER = "http://localhost:8180/realms/unitar";
    private static final String CLIENT = "learning-platform";
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final RSAKey ISSUER_KEY = key("issuer");
    private static final RSAKey OTHER_KEY = key("issuer");

    private final LogoutToken tokens = new LogoutToken(new ImmutableJWKSet<>(new JWKSet(ISSUER_KEY.toPublicJWK())), ISSUER, CLIENT);

    @Test
    void aTokenFromTheIssuerForThisClientSaysWhoToSignOut() throws Exception {
        assertThat(tokens.verify(token(ISSUER_KEY, c -> c), NOW))
                .isEqualTo(new LogoutToken.Logout("subject-1", java.util.Optional.of("session-1")));
        assertThat(tokens.verify(token(ISSUER_KEY, c -> c.claim("sid", null)), NOW).sid()).isEmpty();
    }

    @Test
    void aForgedOrMisdirectedTokenIsRefused() {
        assertRefused(token(OTHER_KEY, c -> c));
        assertRefused(token(ISSUER_KEY, c -> c.issuer("http://evil.example/realms/unitar")));
        assertRefused(token(ISSUER_KEY, c -> c.audience("another-client")));
        assertRefused(token(ISSUER_KEY, c -> c.claim("events", Map.of("http://schemas.openid.net/event/other", Map.of()))));
        assertRefused(token(ISSUER_KEY, c -> c.claim("events", null)));
        assertRefused(token(ISSUER_KEY, c -> c.claim("nonce", "n-0S6_WzA2Mj")));
        assertRefused(token(ISSUER_KEY, c -> c.subject(null)));
        assertRefused(token(ISSUER_KEY, c -> c.issueTime(Date.from(NOW.minus(Duration.ofHours(1))))));
        assertRefused(token(ISSUER_KEY, c -> c.expirationTime(Date.from(NOW.minusSeconds(600)))));
        assertRefused("not.a.token");
        assertRefused(null);
        String signed = token(ISSUER_KEY, c -> c);
        assertRefused(signed.substring(0, signed.lastIndexOf('.')) + ".");
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> tokens.verify(token, NOW)).isInstanceOf(LogoutToken.Refused.class);
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder()
                    .issuer(ISSUER).audience(CLIENT).subject("subject-1").claim("sid", "session-1")
                    .issueTime(Date.from(NOW.minusSeconds(5))).jwtID("id-1")
                    .claim("events", Map.of(LogoutToken.EVENT, Map.of()))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
