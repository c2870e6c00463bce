package org.unitar.learning.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.TemplateWording;
import org.unitar.learning.certification.service.CertificateTemplates;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.files.FileRefused;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs admin/certificate-template.xhtml: a template's name, its wording in each interface language (English
 * required; an empty language falls back to English), two signatories, its logo, and a preview per language. What
 * was typed stays on screen when it is refused; a save over someone else's newer save is refused.
 */
@Named
@ViewScoped
public class EditTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The wording typed for one language. */
    public static final class Wording implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Language language;
        private String title;
        private String intro;
        private String body;

        Wording(Language language, TemplateWording saved) {
            this.language = language;
            if (saved != null) {
                title = saved.title();
                intro = saved.intro();
                body = saved.body();
            }
        }

        public Language getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getIntro() {
            return intro;
        }

        public void setIntro(String intro) {
            this.intro = intro;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    @Inject
    CertificateTemplates templates;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private long version;
    private String name;
    private List<Wording> wordings;
    private String signatory1Name;
    private String signatory1Role;
    private String signatory2Name;
    private String signatory2Role;
    private boolean hasLogo;
    private transient Part logo;

    public void load() {
        id = Ids.parse(idParam);
        CertificateTemplate template = templates.find(actor, id);
        version = template.version();
        name = template.name();
        wordings = java.util.Arrays.stream(Language.values())
                .map(l -> new Wording(l, template.ownWordingIn(l).orElse(null))).toList();
        signatory1Name = template.signatory(1).name();
        signatory1Role = template.signatory(1).role();
        signatory2Name = template.signatory(2).name();
        signatory2Role = template.signatory(2).role();
        hasLogo = template.logoFileId().isPresent();
    }

    public String save() {
        Map<Language, String[]> texts = new EnumMap<>(Language.class);
        wordings.forEach(w -> texts.put(w.language, new String[] {w.title, w.intro, w.body}));
        try {
            templates.save(actor, id, version, new CertificateTemplates.Changes(name, texts,
                    new CertificateTemplate.Signatory(signatory1Name, signatory1Role),
                    new CertificateTemplate.Signatory(signatory2Name, signatory2Role)));
        } catch (InputRefused e) {
            Faces.error("template:" + e.field(), e.messageKey());
            return null;
        } catch (EditConflict e) {
            Faces.error(null, "template.conflict");
            return null;
        }
        Faces.flash("templates.saved");
        return back();
    }

    public String uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            Faces.error("logoForm:logo", "author_course_lesson.chooseFile");
            return null;
        }
        try (InputStream content = logo.getInputStream()) {
            templates.uploadLogo(actor, id, content, logo.getSubmittedFileName());
        } catch (FileRefused e) {
            Faces.error("logoForm:logo", e.reason().messageKey());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Faces.flash("author_course_lesson.uploaded");
        return back();
    }

    public String removeLogo() {
        templates.removeLogo(actor, id);
        Faces.flash("author_course_lesson.fileRemoved");
        return back();
    }

    private String back() {
        return "/admin/certificate-template?faces-redirect=true&id=" + id;
    }

    public String getPlaceholders() {
        return String.join(" ", TemplateWording.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Wording> getWordings() {
        return wordings;
    }

    public String getSignatory1Name() {
        return signatory1Name;
    }

    public void setSignatory1Name(String signatory1Name) {
        this.signatory1Name = signatory1Name;
    }

    public String getSignatory1Role() {
        return signatory1Role;
    }

    public void setSignatory1Role(String signatory1Role) {
        this.signatory1Role = signatory1Role;
    }

    public String getSignatory2Name() {
        return signatory2Name;
    }

    public void setSignatory2Name(String signatory2Name) {
        this.signatory2Name = signatory2Name;
    }

    public String getSignatory2Role() {
        return signatory2Role;
    }

    public void setSignatory2Role(String signatory2Role) {
        this.signatory2Role = signatory2Role;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
