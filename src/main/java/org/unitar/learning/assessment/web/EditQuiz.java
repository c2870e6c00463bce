package org.unitar.learning.assessment.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unitar.learning.assessment.GradingMethod;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizLayout;
import org.unitar.learning.assessment.QuizSettings;
import org.unitar.learning.assessment.QuizSlot;
import org.unitar.learning.assessment.ReviewTime;
import org.unitar.learning.assessment.service.Quizzes;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

/**
 * Backs author/course/quiz.xhtml ({@code ?id=} a course, {@code &lesson=} its assessment lesson): the quiz's
 * settings, the questions it asks (one question, or a number drawn at random from a category), and extra time for
 * learners. Only those who may edit the course; any other lesson is the 403 page. Refusals are shown next to their
 * field, what was typed kept.
 */
@Named
@ViewScoped
public class EditQuiz implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 120;

    /** A slot as the page lists it: a question's excerpt, or a draw's count and category. */
    public record SlotRow(long id, String question, String type, String category, int count, int available) implements Serializable {

        /** Whether a draw asks for more questions than its category has now (learners then get fewer). */
        public boolean isShort() {
            return category != null && available < count;
        }
    }

    public record ExtraRow(String name, int minutes) implements Serializable {
    }

    @Inject
    Quizzes quizzes;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private String idParam;
    private String lessonParam;
    private long id;
    private long lesson;
    private long version;
    private String courseTitle;
    private String lessonTitle;
    private QuizSettings settings;
    private List<SlotRow> slots = List.of();
    private List<ExtraRow> extraTimes = List.of();
    private List<SelectItem> questionChoices = List.of();
    private List<SelectItem> categoryChoices = List.of();
    private Long questionToAdd;
    private Long drawCategory;
    private Integer drawCount = 1;
    private String extraPerson;
    private Integer extraMinutes;

    public void load() {
        id = Ids.parse(idParam);
        lesson = Ids.parse(lessonParam);
        Course course = authoring.editable(actor, id);
        ContentLanguage reader = Faces.reader();
        ContentLanguage fallback = course.defaultLanguage();
        courseTitle = course.current().title(reader, fallback);
        Quiz quiz;
        try {
            quiz = quizzes.quiz(actor, id, lesson);
        } catch (PersistenceException e) {
            // someone opened this quiz for the first time at the same moment and made it; this attempt left nothing
            quiz = quizzes.quiz(actor, id, lesson);
        }
        lessonTitle = course.current().lesson(lesson).orElseThrow().title(reader, fallback);
        show(quiz, reader, fallback);
        if (settings == null) {
            settings = quiz.settings();
        }
    }

    private void show(Quiz quiz, ContentLanguage reader, ContentLanguage fallback) {
        version = quiz.version();
        List<Quizzes.Available> available = quizzes.available(actor, id);
        Map<Long, Integer> sizes = new HashMap<>();
        available.forEach(a -> sizes.put(a.category().id(), a.questions().size()));
        slots = quiz.slots().stream().map(s -> slot(s, reader, fallback, sizes)).toList();
        Map<String, String> names = quizzes.names(quiz.extraTimes().stream().map(e -> e.learner()).toList());
        extraTimes = quiz.extraTimes().stream().map(e -> new ExtraRow(names.get(e.learner()), e.minutes())).toList();
        questionChoices = available.stream().filter(a -> !a.questions().isEmpty()).map(a -> {
            SelectItemGroup group = new SelectItemGroup(a.bank().title() + " › " + a.category().name());
            group.setSelectItems(a.questions().stream().map(q -> new SelectItem(q.id(),
                    RichText.excerpt(q.current().stem().in(reader, fallback), EXCERPT))).toArray(SelectItem[]::new));
            return (SelectItem) group;
        }).toList();
        categoryChoices = available.stream().map(a -> new SelectItem(a.category().id(),
                a.bank().title() + " › " + a.category().name() + " (" + a.questions().size() + ")")).toList();
    }

    private static SlotRow slot(QuizSlot slot, ContentLanguage reader, ContentLanguage fallback, Map<Long, Integer> sizes) {
        return slot.question()
                .map(q -> new SlotRow(slot.id(), RichText.excerpt(q.current().stem().in(reader, fallback), EXCERPT), q.type().name(), null, 1, 1))
                .orElseGet(() -> new SlotRow(slot.id(), null, null, slot.category().orElseThrow().name(), slot.count(),
                        sizes.getOrDefault(slot.category().orElseThrow().id(), 0)));
    }

    public String save() {
        return act("quizForm", () -> quizzes.save(actor, id, lesson, version, settings), "author_quiz.saved");
    }

    public String addQuestion() {
        if (questionToAdd == null) {
            Faces.error("addQuestionForm:question", "quiz.questionUnknown");
            return null;
        }
        return act("addQuestionForm", () -> quizzes.addQuestion(actor, id, lesson, questionToAdd), "author_quiz.questionAdded");
    }

    public String addDraw() {
        if (drawCategory == null || drawCount == null) {
            Faces.error("drawForm:drawCount", "quiz.drawCountRange");
            return null;
        }
        return act("drawForm", () -> quizzes.addDraw(actor, id, lesson, drawCategory, drawCount), "author_quiz.questionAdded");
    }

    public String remove(long slotId) {
        return act("slotsForm", () -> quizzes.removeSlot(actor, id, lesson, slotId), "author_quiz.questionRemoved");
    }

    public String moveUp(long slotId) {
        return act("slotsForm", () -> quizzes.moveSlot(actor, id, lesson, slotId, -1), null);
    }

    public String moveDown(long slotId) {
        return act("slotsForm", () -> quizzes.moveSlot(actor, id, lesson, slotId, 1), null);
    }

    public String grantExtraTime() {
        if (extraMinutes == null) {
            Faces.error("extraForm:extraMinutes", "quiz.extraTimeRange");
            return null;
        }
        return act("extraForm", () -> quizzes.grantExtraTime(actor, id, lesson, extraPerson, extraMinutes), "author_quiz.extraTimeGranted");
    }

    /** Runs a change; refusals go next to their field in {@code form}; success reloads the page with a message. */
    private String act(String form, Runnable change, String done) {
        try {
            change.run();
        } catch (InputRefused e) {
            Faces.error(form + ":" + e.field(), e.messageKey());
            return null;
        } catch (EditConflict e) {
            Faces.error(null, "author_quiz.conflict");
            return null;
        }
        if (done != null) {
            Faces.flash(done);
        }
        return "/author/course/quiz?faces-redirect=true&id=" + id + "&lesson=" + lesson;
    }

    public List<QuizLayout> getLayouts() {
        return List.of(QuizLayout.values());
    }

    public List<GradingMethod> getGradingMethods() {
        return List.of(GradingMethod.values());
    }

    public List<ReviewTime> getReviewTimes() {
        return List.of(ReviewTime.values());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getLessonParam() {
        return lessonParam;
    }

    public void setLessonParam(String lessonParam) {
        this.lessonParam = lessonParam;
    }

    public long getId() {
        return id;
    }

    public long getLesson() {
        return lesson;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public QuizSettings getSettings() {
        return settings;
    }

    public List<SlotRow> getSlots() {
        return slots;
    }

    public int getQuestionCount() {
        return slots.stream().mapToInt(SlotRow::count).sum();
    }

    public List<ExtraRow> getExtraTimes() {
        return extraTimes;
    }

    public List<SelectItem> getQuestionChoices() {
        return questionChoices;
    }

    public List<SelectItem> getCategoryChoices() {
        return categoryChoices;
    }

    public Long getQuestionToAdd() {
        return questionToAdd;
    }

    public void setQuestionToAdd(Long questionToAdd) {
        this.questionToAdd = questionToAdd;
    }

    public Long getDrawCategory() {
        return drawCategory;
    }

    public void setDrawCategory(Long drawCategory) {
        this.drawCategory = drawCategory;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }

    public String getExtraPerson() {
        return extraPerson;
    }

    public void setExtraPerson(String extraPerson) {
        this.extraPerson = extraPerson;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }
}
