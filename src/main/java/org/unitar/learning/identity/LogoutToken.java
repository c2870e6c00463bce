package org.unitar.learning.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.JOSEException;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.4), checked as
 * section 2.6 asks: signed by the issuer's key, from the expected issuer, for this client, issued recently, with the
 * back-channel logout event, a subject or session id, and no nonce. {@link #verify} gives who to sign out, or
 * {@link Refused} for anything else.
 */
public final class LogoutToken {

    public static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Who to sign out: the person, and the Keycloak session if the token names one. */
    public record Logout(String subject, Optional<String> sid) {
    }

    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public LogoutToken(JWKSource<SecurityContext> issuerKeys, String issuer, String clientId) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256),
                issuerKeys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iat", "events")));
    }

    public Logout verify(String token, Instant now) throws Refused {
        if (token == null || token.isBlank()) {
            throw new Refused("no logout_token");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(e.getMessage());
        }
        try {
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !events.containsKey(EVENT)) {
                throw new Refused("not a back-channel logout event");
            }
            if (claims.getClaim("nonce") != null) {
                throw new Refused("a logout token has no nonce");
            }
            Date issued = claims.getIssueTime();
            if (issued.toInstant().isBefore(now.minus(MAX_AGE)) || issued.toInstant().isAfter(now.plus(MAX_AGE))) {
                throw new Refused("issued too long ago or in the future");
            }
            String subject = claims.getSubject();
            String sid = claims.getStringClaim("sid");
            if (subject == null) {
                throw new Refused("no subject");
            }
            return new Logout(subject, Optional.ofNullable(sid));
        } catch (ParseException e) {
            throw new Refused(e.getMessage());
        }
    }
}
