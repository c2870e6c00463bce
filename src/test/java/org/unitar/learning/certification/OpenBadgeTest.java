package org.unitar.learning.certification;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The Open Badges credential: signed as vc+jwt, refused once changed or signed by another key; the status list's bits. */
class OpenBadgeTest {

    private static final OpenBadge.Addresses AT = new OpenBadge.Addresses("https://learn.example.org/ob/issuer",
            "https://learn.example.org/ob/achievements/", "https://learn.example.org/ob/status",
            "https://learn.example.org/verify/abc");

    private static JsonObject credential() {
        Certificate certificate = Certificate.issue(new CertificateNumber(2026, 7),
                new Certificate.Facts(3, 1, 1, "subject", "ليلى حداد", Language.ARABIC, "الهجرة والتنمية المحلية",
                        LocalDate.of(2026, 11, 30), 240, "CIFAL Málaga", ""), null, "admin", Instant.parse("2026-11-30T10:00:00Z"));
        return OpenBadge.credential(certificate, 42, "UNITAR · CIFAL Global Network", "Certificate of completion", "Completed", AT);
    }

    @Test
    void theCredentialIsAnOpenBadgeCredentialWithItsRevocationEntry() {
        JsonObject credential = credential();

        assertThat(credential.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
        assertThat(credential.getJsonArray("@context").getString(0)).isEqualTo(OpenBadge.CONTEXT_VC);
        assertThat(credential.getJsonObject("credentialSubject").getString("name")).isEqualTo("ليلى حداد");
        assertThat(credential.getJsonObject("credentialSubject").getJsonObject("achievement").getString("name"))
                .isEqualTo("الهجرة والتنمية المحلية");
        JsonObject status = credential.getJsonObject("credentialStatus");
        assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.getString("statusListIndex")).isEqualTo("42");
        assertThat(credential.getString("validFrom")).isEqualTo("2026-11-30T10:00:00Z");
    }

    @Test
    void aSignedCredentialVerifiesAndFailsOnceTamperedWith() {
        IssuerKey key = IssuerKey.generate();
        String jwt = key.sign(credential(), key.keyId());

        assertThat(jwt.split("\\.")).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
        assertThat(header).contains("\"typ\":\"vc+jwt\"").contains("\"alg\":\"ES256\"");
        assertThat(key.verify(jwt)).hasValueSatisfying(c -> assertThat(c).isEqualTo(credential()));

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("ليلى حداد", "Someone Else");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThat(key.verify(tampered)).isEmpty();
        assertThat(IssuerKey.generate().verify(jwt)).as("another platform's key").isEmpty();
        assertThat(key.verify("not a jwt")).isEmpty();
    }

    @Test
    void theKeyIsKeptAndReadBackTheSame() {
        IssuerKey key = IssuerKey.generate();
        IssuerKey read = IssuerKey.parse(key.toPrivateJson());

        assertThat(read.verify(key.sign(credential(), key.keyId()))).isPresent();
        assertThat(key.publicJwkSet()).contains(key.keyId()).doesNotContain("\"d\"");
    }

    @Test
    void theStatusListSetsTheBitsOfRevokedCredentialsOnly() {
        BitSet revoked = new BitSet();
        revoked.set(3);
        revoked.set(200_000);

        StatusList list = StatusList.decode(StatusList.of(revoked, 200_001).encode());

        assertThat(list.isSet(3)).isTrue();
        assertThat(list.isSet(200_000)).isTrue();
        assertThat(list.isSet(4)).isFalse();
        assertThat(list.isSet(0)).isFalse();
        assertThat(StatusList.of(new BitSet(), 0).encode()).startsWith("u");
    }
}
