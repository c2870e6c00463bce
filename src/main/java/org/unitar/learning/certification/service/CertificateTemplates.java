package org.unitar.learning.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificateNumber;
import org.unitar.learning.certification.CertificateSheet;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.CertificateWording;
import org.unitar.learning.certification.TemplateWording;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.files.FileStore;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.files.StoredFile;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Certificate templates, for administrators only: made with the platform's own wording in every language, then
 * reworded, signed and given a logo; a preview draws a sample certificate from one. A template is chosen per course
 * in its certificate rule ({@link Certificates#changeRule}).
 */
@ApplicationScoped
@Transactional
public class CertificateTemplates {

    public static final String AUDIT_CHANGED = "certification.template-changed";

    /** What an administrator saves of a template; {@code wordings} has a (title, intro, body) per language, or null. */
    public record Changes(String name, Map<Language, String[]> wordings, CertificateTemplate.Signatory first,
                          CertificateTemplate.Signatory second) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateTemplate> all(@NotNull Actor actor) {
        check(actor);
        return em.createQuery("select t from CertificateTemplate t order by t.name", CertificateTemplate.class).getResultList();
    }

    /** The templates a course's rule may choose from (anyone who may see the rule). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateTemplate> choices() {
        return em.createQuery("select t from CertificateTemplate t order by t.name", CertificateTemplate.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateTemplate find(@NotNull Actor actor, long id) {
        check(actor);
        CertificateTemplate template = em.find(CertificateTemplate.class, id);
        if (template == null) {
            throw new NotFound("No certificate template " + id);
        }
        return template;
    }

    /** A new template named {@code name}, worded as the platform's certificates are in each language. */
    public CertificateTemplate create(@NotNull Actor actor, String name) {
        check(actor);
        checkNameFree(name, null);
        Map<Language, TemplateWording> wordings = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Messages words = Messages.in(language);
            wordings.put(language, TemplateWording.of(language.code(), words.format("certificate.pdf.title"),
                    words.format("certificate.pdf.certifies"), words.format("template.defaultBody", "{course}", "{hours}", "{date}")));
        }
        CertificateTemplate template = CertificateTemplate.create(name, wordings, actor.subject(), clock.instant());
        em.persist(template);
        em.flush();
        audit.record(actor.subject(), AUDIT_CHANGED, "certificate-template", template.id(), "created");
        return template;
    }

    /**
     * Saves {@code changes} to a template last read at {@code version} (a save based on an older version is refused,
     * nothing written); every refusal names its field.
     */
    public CertificateTemplate save(@NotNull Actor actor, long id, long version, @NotNull Changes changes) {
        CertificateTemplate template = locked(actor, id);
        if (template.version() != version) {
            throw new EditConflict();
        }
        checkNameFree(changes.name(), id);
        template.rename(changes.name());
        for (Language language : Language.values()) {
            String[] texts = changes.wordings().get(language);
            boolean empty = texts == null || (blank(texts[0]) && blank(texts[1]) && blank(texts[2]));
            template.word(language, empty ? null : TemplateWording.of(language.code(), texts[0], texts[1], texts[2]));
        }
        template.signatories(changes.first(), changes.second());
        audit.record(actor.subject(), AUDIT_CHANGED, "certificate-template", id, "saved");
        return template;
    }

    /** Sets the template's logo (PNG or JPEG). */
    public void uploadLogo(@NotNull Actor actor, long id, @NotNull InputStream content, String fileName) {
        CertificateTemplate template = locked(actor, id);
        StoredFile file = files.store(content, fileName, EnumSet.of(FileType.PNG, FileType.JPEG), actor.subject());
        template.logo(file.id());
        audit.record(actor.subject(), AUDIT_CHANGED, "certificate-template", id, "logo: file " + file.id());
    }

    public void removeLogo(@NotNull Actor actor, long id) {
        locked(actor, id).logo(null);
        audit.record(actor.subject(), AUDIT_CHANGED, "certificate-template", id, "logo removed");
    }

    /** A sample certificate from the template in {@code language} (a made-up holder, course and number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateSheet preview(@NotNull Actor actor, long id, Language language) {
        CertificateTemplate template = find(actor, id);
        byte[] logo = Certificates.logo(files, template.logoFileId().orElse(null));
        Messages words = Messages.in(language);
        Certificate.Facts facts = new Certificate.Facts(0, 0, 0, "preview", words.format("template.sample.name"), language,
                words.format("template.sample.course"), LocalDate.now(clock), 240, "CIFAL Durban", words.format("template.sample.edition"));
        Certificate sample = Certificate.issue(new CertificateNumber(LocalDate.now(clock).getYear(), 1), facts,
                Certificates.printed(template, facts, language), actor.subject(), clock.instant());
        return CertificateWording.sheet(sample, words.format("template.sample.verify"), logo);
    }

    private CertificateTemplate locked(Actor actor, long id) {
        check(actor);
        CertificateTemplate template = em.find(CertificateTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            throw new NotFound("No certificate template " + id);
        }
        return template;
    }

    private void checkNameFree(String name, Long except) {
        String value = name == null ? "" : name.strip();
        boolean taken = em.createQuery("select t from CertificateTemplate t where lower(t.name) = lower(:name)", CertificateTemplate.class)
                .setParameter("name", value).getResultStream().anyMatch(t -> !t.id().equals(except));
        if (taken) {
            throw new InputRefused("name", "template.nameTaken");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void check(Actor actor) {
        if (!actor.administrator()) {
            throw new Forbidden(actor.subject() + " may not manage certificate templates");
        }
    }
}
