package org.unitar.learning.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's key for signing credentials (ECDSA P-256, ES256), kept as a private JWK. Credentials are secured as
 * {@code vc+jwt}: the credential itself is the JWT's payload, its header names the type and the key.
 */
public final class IssuerKey {

    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private final ECKey key;

    private IssuerKey(ECKey key) {
        this.key = key;
    }

    /** A new key (made once per platform, then kept: see {@code IssuerKeys}). */
    public static IssuerKey generate() {
        try {
            return new IssuerKey(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a signing key", e);
        }
    }

    /** A key written by {@link #toPrivateJson()}. */
    public static IssuerKey parse(String privateJwk) {
        try {
            ECKey key = ECKey.parse(privateJwk);
            if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
                throw new IllegalArgumentException("The issuer key must be a private P-256 JWK");
            }
            return new IssuerKey(key);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The issuer key is not a JWK: " + e.getMessage(), e);
        }
    }

    public String toPrivateJson() {
        return key.toJSONString();
    }

    /** The public key set to publish, with this key alone. */
    public String publicJwkSet() {
        return "{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}";
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** {@code credential} signed as a compact {@code vc+jwt}; {@code keyUrl} is the header's {@code kid}. */
    public String sign(JsonObject credential, String keyUrl) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(VC_JWT).keyID(keyUrl).build(),
                new Payload(credential.toString()));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
        return jws.serialize();
    }

    /** The credential in {@code compact} if this key signed it and nothing was changed since; empty otherwise. */
    public Optional<JsonObject> verify(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact.strip());
            if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || !jws.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                return Optional.empty();
            }
            try (var reader = Json.createReader(new StringReader(jws.getPayload().toString()))) {
                return Optional.of(reader.readObject());
            }
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
