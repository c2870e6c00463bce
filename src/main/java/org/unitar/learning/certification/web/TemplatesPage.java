package org.unitar.learning.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.service.CertificateTemplates;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;

import java.io.Serializable;
import java.util.List;

/** Backs admin/certificate-templates.xhtml: the certificate templates, and a new one by its name. */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateTemplates templates;

    @Inject
    Actor actor;

    private String name;

    public List<CertificateTemplate> getTemplates() {
        return templates.all(actor);
    }

    public String create() {
        CertificateTemplate template;
        try {
            template = templates.create(actor, name);
        } catch (InputRefused e) {
            Faces.error("newTemplate:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("templates.created");
        return "/admin/certificate-template?faces-redirect=true&id=" + template.id();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
