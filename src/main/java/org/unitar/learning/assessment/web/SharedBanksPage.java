package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.service.QuestionBanks;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

/**
 * Backs author/banks.xhtml: the question banks shared across courses, which every trainer reads and draws quiz
 * questions from, and a form to start one (its title, first category and main language).
 */
@Named
@ViewScoped
public class SharedBanksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record BankRow(long id, String title, String language, int categories, boolean mine) implements Serializable {
    }

    @Inject
    QuestionBanks banks;

    @Inject
    Actor actor;

    private List<BankRow> rows = List.of();
    private String title;
    private String firstCategory;
    private ContentLanguage language;

    public void load() {
        rows = banks.shared(actor).stream().map(b -> new BankRow(b.id(), b.title(),
                b.language().map(ContentLanguage::nativeName).orElse(""), b.categories().size(),
                b.isSharedAndEditableBy(actor))).toList();
        if (language == null) {
            language = Faces.reader();
        }
    }

    public String create() {
        try {
            QuestionBank bank = banks.createShared(actor, title, firstCategory == null ? "" : firstCategory, language);
            Faces.flash("shared_banks.created");
            return "/author/course/questions?faces-redirect=true&bank=" + bank.id();
        } catch (InputRefused e) {
            Faces.error("bankForm:" + e.field(), e.messageKey());
            return null;
        }
    }

    public List<ContentLanguage> getLanguages() {
        return List.of(ContentLanguage.values());
    }

    public List<BankRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFirstCategory() {
        return firstCategory;
    }

    public void setFirstCategory(String firstCategory) {
        this.firstCategory = firstCategory;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
    }
}
