package org.unitar.learning.certification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the certificates of the courses that choose it read: wording per language ({@link TemplateWording}, English
 * required, the others falling back to it), up to two signatories (name and role, printed as given) and a logo
 * (PNG or JPEG). Issuing copies what it says into the certificate, so that changing a template never changes a
 * certificate already issued.
 */
@Entity
@Table(name = "certificate_template")
public class CertificateTemplate {

    public static final int NAME_LENGTH = 120;

    /** Someone who signs the certificate. */
    public record Signatory(String name, String role) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "signatory1_name", length = 120)
    private String signatory1Name;

    @Column(name = "signatory1_role", length = 120)
    private String signatory1Role;

    @Column(name = "signatory2_name", length = 120)
    private String signatory2Name;

    @Column(name = "signatory2_role", length = 120)
    private String signatory2Role;

    @Column(name = "logo_file_id")
    private Long logoFileId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_template_text", joinColumns = @JoinColumn(name = "template_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, TemplateWording> wordings = new HashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    @Version
    private long version;

    protected CertificateTemplate() {
    }

    /** A new template named {@code name}, worded like the platform's own certificates in every language. */
    public static CertificateTemplate create(String name, Map<Language, TemplateWording> wordings, String by, Instant now) {
        CertificateTemplate template = new CertificateTemplate();
        template.rename(name);
        wordings.forEach((language, wording) -> template.wordings.put(language.code(), wording));
        template.createdAt = now;
        template.createdBy = by;
        return template;
    }

    public void rename(String newName) {
        String value = newName == null ? "" : newName.strip();
        if (value.isEmpty()) {
            throw new InputRefused("name", "template.required");
        }
        if (value.length() > NAME_LENGTH) {
            throw new InputRefused("name", "template.tooLong");
        }
        name = value;
    }

    /** Sets the wording in {@code language}; an empty wording (null) removes it, except in English, which is required. */
    public void word(Language language, TemplateWording wording) {
        if (wording == null) {
            if (language == Language.DEFAULT) {
                throw new InputRefused("title_" + language.code(), "template.required");
            }
            wordings.remove(language.code());
        } else {
            wordings.put(language.code(), wording);
        }
    }

    public void signatories(Signatory first, Signatory second) {
        signatory1Name = blankToNull(first.name(), "signatory1Name");
        signatory1Role = blankToNull(first.role(), "signatory1Role");
        signatory2Name = blankToNull(second.name(), "signatory2Name");
        signatory2Role = blankToNull(second.role(), "signatory2Role");
    }

    public void logo(Long fileId) {
        logoFileId = fileId;
    }

    private static String blankToNull(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.length() > 120) {
            throw new InputRefused(field, "template.tooLong");
        }
        return value.isEmpty() ? null : value;
    }

    /** The wording in {@code language}, or else in English. */
    public TemplateWording wordingIn(Language language) {
        return Optional.ofNullable(wordings.get(language.code())).orElseGet(() -> wordings.get(Language.DEFAULT.code()));
    }

    public Optional<TemplateWording> ownWordingIn(Language language) {
        return Optional.ofNullable(wordings.get(language.code()));
    }

    /** The signatories given, in order. */
    public List<Signatory> signatories() {
        List<Signatory> list = new ArrayList<>();
        if (signatory1Name != null) {
            list.add(new Signatory(signatory1Name, signatory1Role == null ? "" : signatory1Role));
        }
        if (signatory2Name != null) {
            list.add(new Signatory(signatory2Name, signatory2Role == null ? "" : signatory2Role));
        }
        return list;
    }

    public Signatory signatory(int which) {
        return which == 1 ? new Signatory(signatory1Name, signatory1Role) : new Signatory(signatory2Name, signatory2Role);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<Long> logoFileId() {
        return Optional.ofNullable(logoFileId);
    }

    public long version() {
        return version;
    }
}
