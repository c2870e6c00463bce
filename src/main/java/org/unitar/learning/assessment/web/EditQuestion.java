package org.unitar.learning.assessment.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.EssayScoring;
import org.unitar.learning.assessment.MatchingScoring;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.OrderingScoring;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.QuestionType;
import org.unitar.learning.assessment.QuestionVersion;
import org.unitar.learning.assessment.Scoring;
import org.unitar.learning.assessment.ShortAnswerScoring;
import org.unitar.learning.assessment.service.Grading;
import org.unitar.learning.assessment.service.QuestionBanks;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs author/course/question.xhtml: a new question of a type in a category ({@code ?id=&category=&type=}), or the
 * next version of one ({@code ?id=&question=&in=fr}). In the course's default language the author writes the
 * question and its answers (rows of options, accepted answers, pairs or items; blank rows are left out); in another
 * language only the texts, next to the same answers. Every save is a new version; a save based on a version someone
 * else replaced meanwhile is refused and the text stays on the screen.
 */
@Named
@ViewScoped
public class EditQuestion implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_ROWS = 3;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int ORIGINAL_STEM = 300;

    /** A row of the answers table; which fields count depends on the type. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key;
        private String text;
        private String feedback;
        private BigDecimal credit;
        private String answer;
        private String tolerance;
        private String match;
        private String matchKey;
        private String originalText;
        private String originalMatch;

        boolean isBlank() {
            return blank(text) && blank(answer) && blank(match);
        }

        public String getText() {
            return text;
        }

        /** The text in the course's main language, shown next to a translation. */
        public String getOriginalText() {
            return originalText;
        }

        public String getOriginalMatch() {
            return originalMatch;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }

        public BigDecimal getCredit() {
            return credit;
        }

        public void setCredit(BigDecimal credit) {
            this.credit = credit;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public String getTolerance() {
            return tolerance;
        }

        public void setTolerance(String tolerance) {
            this.tolerance = tolerance;
        }

        public String getMatch() {
            return match;
        }

        public void setMatch(String match) {
            this.match = match;
        }
    }

    @Inject
    QuestionBanks banks;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Grading grading;

    @Inject
    Actor actor;

    private String idParam;
    private String bankParam;
    private boolean shared;
    private String place;
    private String categoryParam;
    private String questionParam;
    private String typeParam;
    private String in;
    private long id;
    private Long category;
    private Long question;
    private int basedOn;
    private String courseTitle;
    private QuestionType type;
    private ContentLanguage defaultLanguage;
    private ContentLanguage editing;
    private List<ContentLanguage> courseLanguages = List.of();
    private QuestionContent previous;
    private BigDecimal points = BigDecimal.ONE;
    private String stem;
    private String feedback;
    private String originalStem;
    private boolean answerIsTrue = true;
    private boolean caseSensitive;
    private boolean accentSensitive;
    private boolean unitRequired;
    private List<Row> rows = new ArrayList<>();
    private List<Row> units = new ArrayList<>();

    public void load() {
        if (bankParam != null && !bankParam.isBlank()) {
            QuestionBank bank = banks.readable(actor, Ids.parse(bankParam));
            if (!bank.isShared()) {
                throw new Forbidden("Bank " + bank.id() + " opens with its course");
            }
            shared = true;
            defaultLanguage = bank.language().orElse(ContentLanguage.ENGLISH);
            courseTitle = bank.title();
            courseLanguages = List.of(ContentLanguage.values());
            place = "bank=" + bank.id();
        } else {
            id = Ids.parse(idParam);
            Course course = authoring.editable(actor, id);
            defaultLanguage = course.defaultLanguage();
            courseTitle = course.current().title(Faces.reader(), defaultLanguage);
            courseLanguages = course.current().languages().stream().sorted().toList();
            place = "id=" + id;
        }
        if (questionParam == null || questionParam.isBlank()) {
            category = Ids.parse(categoryParam);
            type = parseType(typeParam);
            editing = defaultLanguage;
            checkHere(banks.category(actor, category).bank());
            addBlankRows();
            return;
        }
        question = Ids.parse(questionParam);
        Question stored = banks.question(actor, question);
        checkHere(stored.category().bank());
        type = stored.type();
        QuestionVersion current = stored.current();
        basedOn = current.number();
        previous = current.content();
        editing = ContentLanguage.forCode(in).filter(courseLanguages::contains).orElse(defaultLanguage);
        fill(previous);
        if (isStructureEditable()) {
            addBlankRows();
        }
    }

    /** A question opens only with the course or shared bank it is in (any other address is the 403 page). */
    private void checkHere(QuestionBank bank) {
        boolean here = shared ? place.equals("bank=" + bank.id()) : bank.courseId().filter(c -> c == id).isPresent();
        if (!here) {
            throw new Forbidden("Bank " + bank.id() + " is not the one this page opened");
        }
    }

    private static QuestionType parseType(String value) {
        try {
            return QuestionType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Forbidden("No question type " + value);
        }
    }

    /** Whether this page changes the answers too (in the default language), not only the texts. */
    public boolean isStructureEditable() {
        return editing == defaultLanguage;
    }

    public String moreRows() {
        addBlankRows();
        return null;
    }

    private void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row());
        }
        if (type == QuestionType.NUMERIC) {
            units.add(new Row());
        }
    }

    private void fill(QuestionContent content) {
        points = plain(content.points());
        stem = content.stem().get(editing);
        originalStem = RichText.excerpt(content.stem().getOrDefault(defaultLanguage, ""), ORIGINAL_STEM);
        feedback = content.feedback().get(editing);
        Map<String, QuestionContent.Part> parts = content.parts().stream()
                .collect(Collectors.toMap(QuestionContent.Part::key, Function.identity()));
        Scoring scoring = content.scoring();
        if (scoring instanceof ChoiceScoring c) {
            if (type == QuestionType.TRUE_FALSE) {
                answerIsTrue = c.rightKeys().contains(ChoiceScoring.TRUE);
            } else {
                c.options().forEach(o -> rows.add(row(o.key(), parts.get(o.key()), percent(o.credit()))));
            }
        } else if (scoring instanceof ShortAnswerScoring a) {
            caseSensitive = a.caseSensitive();
            accentSensitive = a.accentSensitive();
            a.answers().forEach(accepted -> {
                Row row = new Row();
                row.answer = accepted.pattern();
                row.credit = percent(accepted.credit());
                rows.add(row);
            });
        } else if (scoring instanceof NumericScoring n) {
            unitRequired = n.unitRequired();
            n.answers().forEach(accepted -> {
                Row row = new Row();
                row.answer = accepted.value().toPlainString();
                row.tolerance = accepted.tolerance().toPlainString();
                row.credit = percent(accepted.credit());
                rows.add(row);
            });
            n.units().forEach(u -> {
                Row row = new Row();
                row.text = u.name();
                row.answer = u.multiplier().toPlainString();
                units.add(row);
            });
        } else if (scoring instanceof MatchingScoring m) {
            Set<String> matched = new HashSet<>();
            m.pairs().forEach(pair -> {
                Row row = row(pair.prompt(), parts.get(pair.prompt()), null);
                row.matchKey = pair.item();
                row.match = text(parts.get(pair.item()));
                row.originalMatch = original(parts.get(pair.item()));
                matched.add(pair.item());
                rows.add(row);
            });
            m.items().stream().filter(item -> !matched.contains(item)).forEach(item -> {
                Row row = new Row();
                row.matchKey = item;
                row.match = text(parts.get(item));
                row.originalMatch = original(parts.get(item));
                rows.add(row);
            });
        } else if (scoring instanceof OrderingScoring o) {
            o.order().forEach(key -> rows.add(row(key, parts.get(key), null)));
        }
    }

    private Row row(String key, QuestionContent.Part part, BigDecimal credit) {
        Row row = new Row();
        row.key = key;
        row.text = text(part);
        row.originalText = original(part);
        row.feedback = part == null ? null : part.feedback().get(editing);
        row.credit = credit;
        return row;
    }

    private String original(QuestionContent.Part part) {
        return part == null || isStructureEditable() ? null : part.text().get(defaultLanguage);
    }

    private String text(QuestionContent.Part part) {
        return part == null ? null : part.text().get(editing);
    }

    private static BigDecimal percent(double credit) {
        return plain(BigDecimal.valueOf(credit).multiply(HUNDRED));
    }

    /** Without trailing zeros, and never in exponent form (50, not 5E+1). */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static double fraction(BigDecimal percent, double otherwise) {
        return percent == null ? otherwise : percent.doubleValue() / 100;
    }

    public String save() {
        try {
            QuestionContent content = content();
            if (question == null) {
                long added = banks.addQuestion(actor, category, content).id();
                Faces.flash("author_question.added");
                return "/author/course/question?faces-redirect=true&" + place + "&question=" + added;
            }
            banks.revise(actor, question, basedOn, content);
            Faces.flash("author_question.saved");
            return "/author/course/question?faces-redirect=true&" + place + "&question=" + question + "&in=" + editing.code();
        } catch (EditConflict e) {
            Faces.error(null, "author_question.conflict");
        } catch (InputRefused e) {
            Faces.error("questionForm:" + fieldOf(e.field()), e.messageKey());
        }
        return null;
    }

    /** Scores every submitted attempt of this course that asked this question again, with its current version. */
    public String regrade() {
        int changed = grading.regrade(actor, id, question);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Faces.words().format("grading.regraded", changed), null));
        return "/author/course/question?faces-redirect=true&id=" + id + "&question=" + question;
    }

    private static String fieldOf(String domainField) {
        return switch (domainField) {
            case "points", "stem", "units" -> domainField;
            default -> "rows";
        };
    }

    /** The question as the form has it, other languages' texts kept from the version it is based on. */
    private QuestionContent content() {
        Map<ContentLanguage, String> stems = merged(previous == null ? Map.of() : previous.stem(), stem);
        Map<ContentLanguage, String> feedbacks = merged(previous == null ? Map.of() : previous.feedback(), feedback);
        if (!isStructureEditable()) {
            return new QuestionContent(previous.points(), stems, feedbacks, translatedParts(), previous.scoring());
        }
        return structured(stems, feedbacks);
    }

    private Map<ContentLanguage, String> merged(Map<ContentLanguage, String> before, String now) {
        Map<ContentLanguage, String> texts = new EnumMap<>(ContentLanguage.class);
        texts.putAll(before);
        if (now == null || now.isBlank()) {
            texts.remove(editing);
        } else {
            texts.put(editing, now);
        }
        return texts;
    }

    /** The texts typed in this language for the parts of the version it is based on; its answers unchanged. */
    private List<QuestionContent.Part> translatedParts() {
        Map<String, String[]> typed = new HashMap<>();
        for (Row row : rows) {
            if (row.key != null) {
                typed.put(row.key, new String[] {row.text, row.feedback});
            }
            if (row.matchKey != null) {
                typed.put(row.matchKey, new String[] {row.match, null});
            }
        }
        return previous.parts().stream().map(p -> {
            String[] texts = typed.getOrDefault(p.key(), new String[2]);
            return new QuestionContent.Part(p.key(), merged(p.text(), texts[0]), merged(p.feedback(), texts[1]));
        }).toList();
    }

    /** The question as written in the default language: its answers from the rows that are not blank. */
    private QuestionContent structured(Map<ContentLanguage, String> stems, Map<ContentLanguage, String> feedbacks) {
        Map<String, QuestionContent.Part> before = previous == null ? Map.of()
                : previous.parts().stream().collect(Collectors.toMap(QuestionContent.Part::key, Function.identity()));
        List<Row> given = rows.stream().filter(r -> !r.isBlank()).toList();
        Set<String> used = new HashSet<>();
        rows.forEach(r -> {
            used.add(r.key);
            used.add(r.matchKey);
        });
        List<QuestionContent.Part> parts = new ArrayList<>();
        Scoring scoring = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<ChoiceScoring.Option> options = new ArrayList<>();
                for (Row row : given) {
                    String key = row.key != null ? row.key : fresh("o", used);
                    options.add(new ChoiceScoring.Option(key, fraction(row.credit, 0)));
                    parts.add(part(key, row.text, row.feedback, before));
                }
                yield type == QuestionType.SINGLE_CHOICE ? ChoiceScoring.single(options) : ChoiceScoring.multiple(options);
            }
            case TRUE_FALSE -> ChoiceScoring.trueFalse(answerIsTrue);
            case SHORT_ANSWER -> ShortAnswerScoring.of(given.stream()
                    .map(r -> new ShortAnswerScoring.Accepted(blank(r.answer) ? r.text : r.answer, fraction(r.credit, 1))).toList(),
                    caseSensitive, accentSensitive);
            case NUMERIC -> NumericScoring.of(given.stream().map(r -> new NumericScoring.Accepted(number(r.answer, null),
                            number(r.tolerance, BigDecimal.ZERO), fraction(r.credit, 1))).toList(),
                    units.stream().filter(u -> !blank(u.text)).map(u -> new NumericScoring.Unit(u.text.strip(), number(u.answer, BigDecimal.ONE))).toList(),
                    unitRequired);
            case MATCHING -> {
                List<MatchingScoring.Pair> pairs = new ArrayList<>();
                List<String> items = new ArrayList<>();
                for (Row row : given) {
                    if (blank(row.match)) {
                        throw new InputRefused("pairs", "author_question.promptWithoutItem");
                    }
                    String item = row.matchKey != null ? row.matchKey : fresh("i", used);
                    items.add(item);
                    parts.add(part(item, row.match, null, before));
                    if (!blank(row.text)) {
                        String prompt = row.key != null ? row.key : fresh("p", used);
                        pairs.add(new MatchingScoring.Pair(prompt, item));
                        parts.add(part(prompt, row.text, row.feedback, before));
                    }
                }
                yield MatchingScoring.of(pairs, items);
            }
            case ORDERING -> {
                List<String> order = new ArrayList<>();
                for (Row row : given) {
                    String key = row.key != null ? row.key : fresh("o", used);
                    order.add(key);
                    parts.add(part(key, row.text, row.feedback, before));
                }
                yield OrderingScoring.of(order);
            }
            case ESSAY -> new EssayScoring();
        };
        List<String> order = scoring.partKeys();
        parts.sort((a, b) -> Integer.compare(order.indexOf(a.key()), order.indexOf(b.key())));
        return new QuestionContent(points, stems, feedbacks, parts, scoring);
    }

    private QuestionContent.Part part(String key, String text, String partFeedback, Map<String, QuestionContent.Part> before) {
        QuestionContent.Part earlier = before.get(key);
        return new QuestionContent.Part(key, merged(earlier == null ? Map.of() : earlier.text(), text),
                merged(earlier == null ? Map.of() : earlier.feedback(), partFeedback));
    }

    private static String fresh(String prefix, Set<String> used) {
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        used.add(prefix + n);
        return prefix + n;
    }

    /** A number as authors type it (a decimal comma too); {@code otherwise} when left blank. */
    private static BigDecimal number(String typed, BigDecimal otherwise) {
        if (blank(typed)) {
            if (otherwise == null) {
                throw new InputRefused("rows", "author_question.notANumber");
            }
            return otherwise;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InputRefused("rows", "author_question.notANumber");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getCategoryParam() {
        return categoryParam;
    }

    public void setCategoryParam(String categoryParam) {
        this.categoryParam = categoryParam;
    }

    public String getQuestionParam() {
        return questionParam;
    }

    public void setQuestionParam(String questionParam) {
        this.questionParam = questionParam;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public String getBankParam() {
        return bankParam;
    }

    public void setBankParam(String bankParam) {
        this.bankParam = bankParam;
    }

    /** Whether the question is in a bank shared across courses (no course tabs, no regrade of a course). */
    public boolean isShared() {
        return shared;
    }

    /** What names the bank in this page's links: {@code id=} its course, or {@code bank=} a shared bank. */
    public String getPlace() {
        return place;
    }

    public long getId() {
        return id;
    }

    public Long getQuestion() {
        return question;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public QuestionType getType() {
        return type;
    }

    /** The question in the course's main language, as words, shown above its translation. */
    public String getOriginalStem() {
        return originalStem;
    }

    public ContentLanguage getDefaultLanguage() {
        return defaultLanguage;
    }

    public ContentLanguage getEditing() {
        return editing;
    }

    public List<ContentLanguage> getCourseLanguages() {
        return courseLanguages;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public boolean isAnswerIsTrue() {
        return answerIsTrue;
    }

    public void setAnswerIsTrue(boolean answerIsTrue) {
        this.answerIsTrue = answerIsTrue;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public boolean isAccentSensitive() {
        return accentSensitive;
    }

    public void setAccentSensitive(boolean accentSensitive) {
        this.accentSensitive = accentSensitive;
    }

    public boolean isUnitRequired() {
        return unitRequired;
    }

    public void setUnitRequired(boolean unitRequired) {
        this.unitRequired = unitRequired;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getUnits() {
        return units;
    }
}
