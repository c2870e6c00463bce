package org.unitar.learning.certification;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * A certificate as an Open Badges 3.0 credential ({@code OpenBadgeCredential}, W3C Verifiable Credentials Data Model
 * 2.0): the issuer's profile, the learner (by name) and the achievement (the course), and where its revocation is
 * published (a {@code BitstringStatusListEntry} at {@code statusIndex}). {@link IssuerKey} signs it as
 * {@code vc+jwt}.
 */
public final class OpenBadge {

    public static final String CONTEXT_VC = "https://www.w3.org/ns/credentials/v2";
    public static final String CONTEXT_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The public addresses the credential points to. */
    public record Addresses(String issuer, String achievementBase, String statusList, String verify) {
    }

    private OpenBadge() {
    }

    public static JsonObject credential(Certificate certificate, long statusIndex, String issuerName, String achievementName,
                                        String criteria, Addresses at) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(CONTEXT_VC).add(CONTEXT_OB))
                .add("id", at.verify())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", achievementName)
                .add("issuer", profile(at.issuer(), issuerName))
                .add("validFrom", certificate.issuedAt().toString())
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("name", certificate.holderName())
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", at.achievementBase() + certificate.courseId())
                                .add("type", Json.createArrayBuilder().add("Achievement"))
                                .add("achievementType", "Certificate")
                                .add("name", certificate.courseTitle())
                                .add("description", achievementName)
                                .add("criteria", Json.createObjectBuilder().add("narrative", criteria))
                                .add("inLanguage", certificate.language().code())))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", at.statusList() + "#" + statusIndex)
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(statusIndex))
                        .add("statusListCredential", at.statusList()))
                .build();
    }

    /** The issuer's public profile (served at {@code issuerUrl}). */
    public static JsonObject profile(String issuerUrl, String issuerName) {
        return Json.createObjectBuilder()
                .add("id", issuerUrl)
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuerName)
                .build();
    }

    /** The status list as a credential ({@code BitstringStatusListCredential}), signed like the certificates. */
    public static JsonObject statusListCredential(String statusListUrl, String issuerUrl, String issuerName, StatusList list,
                                                  Instant now) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(CONTEXT_VC))
                .add("id", statusListUrl)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", profile(issuerUrl, issuerName))
                .add("validFrom", now.toString())
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", statusListUrl + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", list.encode()))
                .build();
    }
}
