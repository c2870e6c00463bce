package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.QuestionType;
import org.unitar.learning.assessment.QuestionVersion;
import org.unitar.learning.assessment.service.QuestionBanks;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs author/course/questions.xhtml: a course's question bank ({@code ?id=} a course), made on first visit (its
 * first category named in the course's main language), or a bank shared across courses ({@code ?bank=}); its
 * categories and their questions (current version), a form to add a category, and the way to a new question of each
 * type. A course's bank: only those who may edit the course (403 otherwise); a shared bank: every trainer reads it,
 * its creator and administrators change it.
 */
@Named
@ViewScoped
public class QuestionBankPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 140;

    public record QuestionRow(long id, String text, QuestionType type, String points, int version) implements Serializable {
    }

    public record CategoryRow(int index, long id, String name, List<QuestionRow> questions) implements Serializable {
    }

    @Inject
    QuestionBanks banks;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private String idParam;
    private String bankParam;
    private long id;
    private boolean shared;
    private boolean editable;
    private String place;
    private long bankId;
    private String title;
    private List<CategoryRow> categories = List.of();
    private String categoryName;
    private final Map<Long, String> renames = new HashMap<>();
    private Long newCategory;
    private QuestionType newType = QuestionType.SINGLE_CHOICE;

    public void load() {
        ContentLanguage reader = Faces.reader();
        QuestionBank bank;
        ContentLanguage fallback;
        if (bankParam != null && !bankParam.isBlank()) {
            bank = banks.readable(actor, Ids.parse(bankParam));
            if (!bank.isShared()) {
                throw new Forbidden("Bank " + bank.id() + " opens with its course");
            }
            shared = true;
            editable = bank.isSharedAndEditableBy(actor);
            fallback = bank.language().orElse(ContentLanguage.ENGLISH);
            title = bank.title();
            place = "bank=" + bank.id();
        } else {
            id = Ids.parse(idParam);
            Course course = authoring.editable(actor, id);
            fallback = course.defaultLanguage();
            title = course.current().title(reader, fallback);
            String firstCategory = Messages.in(Language.forTag(fallback.code()).orElse(Language.DEFAULT)).format("author_questions.firstCategory");
            try {
                bank = banks.ofCourse(actor, id, firstCategory);
            } catch (PersistenceException e) {
                // someone else opened the bank for the first time at the same moment and made it; this attempt left nothing
                bank = banks.ofCourse(actor, id, firstCategory);
            }
            editable = true;
            place = "id=" + id;
        }
        bankId = bank.id();
        List<QuestionCategory> found = bank.categories();
        categories = java.util.stream.IntStream.range(0, found.size()).mapToObj(i -> new CategoryRow(i, found.get(i).id(),
                found.get(i).name(), banks.questions(actor, found.get(i).id()).stream().map(q -> row(q, reader, fallback)).toList()))
                .toList();
        categories.forEach(c -> renames.putIfAbsent(c.id(), c.name()));
        if (newCategory == null && !categories.isEmpty()) {
            newCategory = categories.get(0).id();
        }
    }

    private static QuestionRow row(Question question, ContentLanguage reader, ContentLanguage fallback) {
        QuestionVersion current = question.current();
        return new QuestionRow(question.id(), RichText.excerpt(current.stem().in(reader, fallback), EXCERPT), question.type(),
                current.points().stripTrailingZeros().toPlainString(), current.number());
    }

    public String addCategory() {
        try {
            banks.addCategory(actor, bankId, categoryName);
            Faces.flash("author_questions.categoryAdded");
            return "/author/course/questions?faces-redirect=true&" + place;
        } catch (InputRefused e) {
            Faces.error("categoryForm:" + e.field(), e.messageKey());
            return null;
        }
    }

    /** Renames a category to what its rename field holds. */
    public String rename(CategoryRow category) {
        try {
            banks.renameCategory(actor, category.id(), renames.get(category.id()));
            Faces.flash("author_questions.categoryRenamed");
            return "/author/course/questions?faces-redirect=true&" + place;
        } catch (InputRefused e) {
            Faces.error("categories:" + category.index() + ":renameForm:" + e.field(), e.messageKey());
            return null;
        }
    }

    /** Opens the editor for a new question of the chosen type in the chosen category. */
    public String newQuestion() {
        return "/author/course/question?faces-redirect=true&" + place + "&category=" + newCategory + "&type=" + newType.name();
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getBankParam() {
        return bankParam;
    }

    public void setBankParam(String bankParam) {
        this.bankParam = bankParam;
    }

    public boolean isShared() {
        return shared;
    }

    public boolean isEditable() {
        return editable;
    }

    /** What names the bank in this page's links: {@code id=} its course, or {@code bank=} a shared bank. */
    public String getPlace() {
        return place;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<CategoryRow> getCategories() {
        return categories;
    }

    public Map<Long, String> getRenames() {
        return renames;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public Long getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(Long newCategory) {
        this.newCategory = newCategory;
    }

    public QuestionType getNewType() {
        return newType;
    }

    public void setNewType(QuestionType newType) {
        this.newType = newType;
    }
}
