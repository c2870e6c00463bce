package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A course's question bank as the course archive carries it ({@code question-bank.xml}): its categories and the
 * current version of each question, with every translation, each question's scoring as the same JSON document the
 * database keeps; then the quizzes of the course's assessment lessons (by the lesson's key in {@code course.xml}):
 * their settings and what they ask, as questions of this file (category and place in it) or draws from its
 * categories. Read back into {@link QuestionContent}s and {@link QuizSettings}, which are checked as what an author
 * types.
 */
public final class QuestionBankXml {

    public static final String FILE_NAME = "question-bank.xml";
    public static final String NAMESPACE = "urn:unitar:learning:question-bank:1";

    /** A category and the questions read from it. */
    public record Category(String name, List<QuestionContent> questions) {
    }

    /**
     * One thing a quiz asks: question {@code question} (its place, from 0) of category {@code category} (its place in
     * the file, from 0), or, with {@code question} null, {@code count} questions drawn from that category.
     */
    public record Ask(int category, Integer question, int count) {
    }

    /** The quiz of the lesson with key {@code lesson}. */
    public record QuizEntry(String lesson, QuizSettings settings, List<Ask> asks) {
    }

    /** Everything the file carries. */
    public record Bank(List<Category> categories, List<QuizEntry> quizzes) {
    }

    private QuestionBankXml() {
    }

    public static void write(Bank bank, OutputStream out) {
        List<Category> categories = bank.categories();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("question-bank");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("format-version", "1");
            for (Category category : categories) {
                xml.writeStartElement("category");
                xml.writeAttribute("name", category.name());
                for (QuestionContent question : category.questions()) {
                    xml.writeStartElement("question");
                    xml.writeAttribute("type", question.type().name());
                    xml.writeAttribute("points", question.points().toPlainString());
                    texts(xml, "stem", question.stem());
                    texts(xml, "feedback", question.feedback());
                    for (QuestionContent.Part part : question.parts()) {
                        xml.writeStartElement("part");
                        xml.writeAttribute("key", part.key());
                        texts(xml, "text", part.text());
                        texts(xml, "feedback", part.feedback());
                        xml.writeEndElement();
                    }
                    xml.writeStartElement("scoring");
                    xml.writeCharacters(ScoringJson.write(question.scoring()));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            for (QuizEntry quiz : bank.quizzes()) {
                writeQuiz(xml, quiz);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void writeQuiz(XMLStreamWriter xml, QuizEntry quiz) throws XMLStreamException {
        QuizSettings s = quiz.settings();
        xml.writeStartElement("quiz");
        xml.writeAttribute("lesson", quiz.lesson());
        xml.writeAttribute("layout", s.getLayout().name());
        xml.writeAttribute("shuffle-questions", String.valueOf(s.isShuffleQuestions()));
        xml.writeAttribute("shuffle-options", String.valueOf(s.isShuffleOptions()));
        if (s.getOpensAt() != null) {
            xml.writeAttribute("opens-at", s.getOpensAt().toString());
        }
        if (s.getClosesAt() != null) {
            xml.writeAttribute("closes-at", s.getClosesAt().toString());
        }
        if (s.getTimeLimitMinutes() != null) {
            xml.writeAttribute("time-limit-minutes", s.getTimeLimitMinutes().toString());
        }
        if (s.getAttemptsAllowed() != null) {
            xml.writeAttribute("attempts-allowed", s.getAttemptsAllowed().toString());
        }
        xml.writeAttribute("grading-method", s.getGradingMethod().name());
        xml.writeAttribute("pass-percent", String.valueOf(s.getPassPercent()));
        xml.writeAttribute("review-answers", s.getReviewAnswers().name());
        xml.writeAttribute("review-correctness", s.getReviewCorrectness().name());
        xml.writeAttribute("review-feedback", s.getReviewFeedback().name());
        xml.writeAttribute("review-correct-answers", s.getReviewCorrectAnswers().name());
        for (Ask ask : quiz.asks()) {
            if (ask.question() != null) {
                xml.writeEmptyElement("ask");
                xml.writeAttribute("category", String.valueOf(ask.category()));
                xml.writeAttribute("question", String.valueOf(ask.question()));
            } else {
                xml.writeEmptyElement("draw");
                xml.writeAttribute("category", String.valueOf(ask.category()));
                xml.writeAttribute("count", String.valueOf(ask.count()));
            }
        }
        xml.writeEndElement();
    }

    private static void texts(XMLStreamWriter xml, String name, Map<ContentLanguage, String> texts) throws XMLStreamException {
        Map<ContentLanguage, String> ordered = new EnumMap<>(ContentLanguage.class);
        ordered.putAll(texts);
        for (Map.Entry<ContentLanguage, String> text : ordered.entrySet()) {
            xml.writeStartElement(name);
            xml.writeAttribute("lang", text.getKey().code());
            xml.writeCharacters(text.getValue());
            xml.writeEndElement();
        }
    }

    /** A parsed file; {@link IllegalArgumentException} for anything that is not a question bank. */
    public static Bank read(Document document) {
        Element root = document.getDocumentElement();
        if (!"question-bank".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException(FILE_NAME + " is not a question bank of this platform");
        }
        List<Category> categories = new ArrayList<>();
        for (Element category : children(root, "category")) {
            List<QuestionContent> questions = new ArrayList<>();
            for (Element question : children(category, "question")) {
                List<QuestionContent.Part> parts = children(question, "part").stream()
                        .map(p -> new QuestionContent.Part(p.getAttribute("key"), texts(p, "text"), texts(p, "feedback"))).toList();
                List<Element> scoring = children(question, "scoring");
                if (scoring.size() != 1) {
                    throw new IllegalArgumentException("a question without its scoring in " + FILE_NAME);
                }
                Scoring read;
                try {
                    read = ScoringJson.read(scoring.get(0).getTextContent());
                } catch (InputRefused e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("a scoring that cannot be read in " + FILE_NAME, e);
                }
                if (!read.type().name().equals(question.getAttribute("type"))) {
                    throw new IllegalArgumentException("a question whose type is not its scoring's in " + FILE_NAME);
                }
                questions.add(new QuestionContent(number(question.getAttribute("points")), texts(question, "stem"),
                        texts(question, "feedback"), parts, read));
            }
            categories.add(new Category(category.getAttribute("name"), questions));
        }
        List<QuizEntry> quizzes = new ArrayList<>();
        for (Element quiz : children(root, "quiz")) {
            quizzes.add(readQuiz(quiz, categories));
        }
        return new Bank(categories, quizzes);
    }

    private static QuizEntry readQuiz(Element quiz, List<Category> categories) {
        QuizSettings s = new QuizSettings();
        try {
            s.setLayout(QuizLayout.valueOf(quiz.getAttribute("layout")));
            s.setShuffleQuestions(Boolean.parseBoolean(quiz.getAttribute("shuffle-questions")));
            s.setShuffleOptions(Boolean.parseBoolean(quiz.getAttribute("shuffle-options")));
            s.setOpensAt(optional(quiz, "opens-at", LocalDateTime::parse));
            s.setClosesAt(optional(quiz, "closes-at", LocalDateTime::parse));
            s.setTimeLimitMinutes(optional(quiz, "time-limit-minutes", Integer::valueOf));
            s.setAttemptsAllowed(optional(quiz, "attempts-allowed", Integer::valueOf));
            s.setGradingMethod(GradingMethod.valueOf(quiz.getAttribute("grading-method")));
            s.setPassPercent(Integer.parseInt(quiz.getAttribute("pass-percent")));
            s.setReviewAnswers(ReviewTime.valueOf(quiz.getAttribute("review-answers")));
            s.setReviewCorrectness(ReviewTime.valueOf(quiz.getAttribute("review-correctness")));
            s.setReviewFeedback(ReviewTime.valueOf(quiz.getAttribute("review-feedback")));
            s.setReviewCorrectAnswers(ReviewTime.valueOf(quiz.getAttribute("review-correct-answers")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a quiz setting that cannot be read in " + FILE_NAME + ": " + e.getMessage(), e);
        }
        List<Ask> asks = new ArrayList<>();
        NodeList nodes = quiz.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())) {
                int category = index(e.getAttribute("category"), categories.size());
                asks.add(switch (e.getLocalName()) {
                    case "ask" -> new Ask(category, index(e.getAttribute("question"), categories.get(category).questions().size()), 1);
                    case "draw" -> new Ask(category, null, index(e.getAttribute("count"), Quiz.MAX_DRAW + 1));
                    default -> throw new IllegalArgumentException("an element " + e.getLocalName() + " in a quiz of " + FILE_NAME);
                });
            }
        }
        return new QuizEntry(quiz.getAttribute("lesson"), s, asks);
    }

    private static <T> T optional(Element element, String attribute, java.util.function.Function<String, T> parse) {
        return element.hasAttribute(attribute) ? parse.apply(element.getAttribute(attribute)) : null;
    }

    /** A place from 0 below {@code size}; {@link IllegalArgumentException} for anything else. */
    private static int index(String value, int size) {
        try {
            int index = Integer.parseInt(value);
            if (index >= 0 && index < size) {
                return index;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("a quiz refers to '" + value + "', which is not in " + FILE_NAME);
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("points '" + value + "' in " + FILE_NAME);
        }
    }

    private static Map<ContentLanguage, String> texts(Element parent, String name) {
        Map<ContentLanguage, String> texts = new EnumMap<>(ContentLanguage.class);
        for (Element text : children(parent, name)) {
            ContentLanguage language = ContentLanguage.forCode(text.getAttribute("lang"))
                    .orElseThrow(() -> new IllegalArgumentException("language '" + text.getAttribute("lang") + "' in " + FILE_NAME));
            texts.put(language, text.getTextContent());
        }
        return texts;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && name.equals(e.getLocalName()) && NAMESPACE.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }
}
