package org.unitar.learning.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificateStatus;
import org.unitar.learning.certification.OpenBadge;
import org.unitar.learning.certification.StatusList;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;

import java.time.Clock;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Certificates as Open Badges 3.0 credentials signed with the platform's key, the public issuer profile and key, the
 * revocation status list (a certificate's bit is its id; set once it is revoked or replaced), and the check of a credential someone
 * shows: signed by this platform, unchanged, and not revoked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Credentials {

    public static final String ISSUER_PATH = "/ob/issuer";
    public static final String JWKS_PATH = "/ob/issuer/jwks";
    public static final String STATUS_PATH = "/ob/status";
    public static final String ACHIEVEMENT_PATH = "/ob/achievements/";

    /** What the check of a credential found. */
    public enum Check {
        VALID, REVOKED, NOT_SIGNED_HERE
    }

    /** The outcome of a check, with the credential's holder and achievement when it was signed here. */
    public record Checked(Check check, String holder, String achievement) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    IssuerKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "unitar.app.url")
    String appUrl;

    /** The certificate {@code actor} may read, as a signed {@code vc+jwt}. */
    public String credential(@NotNull Actor actor, String number) {
        Certificate certificate = certificates.readable(actor, number);
        Messages words = Messages.in(certificate.language());
        JsonObject credential = OpenBadge.credential(certificate, certificate.id(), issuerName(),
                words.format("certificate.pdf.title") + ": " + certificate.courseTitle(), words.format("certificate.badge.criteria"),
                new OpenBadge.Addresses(url(ISSUER_PATH), url(ACHIEVEMENT_PATH), url(STATUS_PATH), certificates.verifyUrl(certificate)));
        return keys.key().sign(credential, keys.key().keyId());
    }

    public JsonObject issuerProfile() {
        return OpenBadge.profile(url(ISSUER_PATH), issuerName());
    }

    public String publicKeys() {
        return keys.key().publicJwkSet();
    }

    /** The revocation list as a signed {@code vc+jwt}, as it stands now. */
    public String statusList() {
        return keys.key().sign(OpenBadge.statusListCredential(url(STATUS_PATH), url(ISSUER_PATH), issuerName(), revoked(), clock.instant()),
                keys.key().keyId());
    }

    /**
     * Checks a credential someone shows: a certificate signed with this platform's key, unchanged, and its status bit
     * not set. Anything else (including the status list itself) is NOT_SIGNED_HERE.
     */
    public Checked check(String compact) {
        Optional<JsonObject> credential = (compact == null ? Optional.<JsonObject>empty() : keys.key().verify(compact))
                .filter(Credentials::isCertificate);
        if (credential.isEmpty()) {
            return new Checked(Check.NOT_SIGNED_HERE, null, null);
        }
        JsonObject subject = credential.get().getJsonObject("credentialSubject");
        long index = Long.parseLong(credential.get().getJsonObject("credentialStatus").getString("statusListIndex"));
        boolean revoked = revoked().isSet(index);
        return new Checked(revoked ? Check.REVOKED : Check.VALID, subject.getString("name", null),
                subject.getJsonObject("achievement").getString("name", null));
    }

    /** Whether a credential this platform signed is a certificate (not, say, its status list, signed with the same key). */
    private static boolean isCertificate(JsonObject credential) {
        return credential.get("type") instanceof jakarta.json.JsonArray types
                && types.contains(jakarta.json.Json.createValue("OpenBadgeCredential"))
                && credential.get("credentialStatus") instanceof JsonObject status
                && status.getString("statusListIndex", "").matches("\\d{1,18}")
                && credential.get("credentialSubject") instanceof JsonObject subject
                && subject.get("achievement") instanceof JsonObject;
    }

    private StatusList revoked() {
        List<?> ids = em.createQuery("select c.id from Certificate c where c.status <> :valid")
                .setParameter("valid", CertificateStatus.VALID).getResultList();
        Number highest = (Number) em.createQuery("select max(c.id) from Certificate c").getSingleResult();
        BitSet bits = new BitSet();
        ids.forEach(id -> bits.set(((Number) id).intValue()));
        return StatusList.of(bits, highest == null ? 0 : highest.longValue());
    }

    private static String issuerName() {
        return Messages.in(Language.DEFAULT).format("certificate.badge.issuer");
    }

    private String url(String path) {
        return appUrl.replaceAll("/+$", "") + path;
    }
}
