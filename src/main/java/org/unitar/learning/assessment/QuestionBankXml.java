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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A course's question bank as the course archive carries it ({@code question-bank.xml}): its categories and the
 * current version of each question, with every translation, each question's scoring as the same JSON document the
 * database keeps. Read back into {@link QuestionContent}s, which the bank checks as it checks what an author types.
 */
public final class QuestionBankXml {

    public static final String FILE_NAME = "question-bank.xml";
    public static final String NAMESPACE = "urn:unitar:learning:question-bank:1";

    /** A category and the questions read from it. */
    public record Category(String name, List<QuestionContent> questions) {
    }

    private QuestionBankXml() {
    }

    public static void write(List<Category> categories, OutputStream out) {
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
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
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

    /** The categories of a parsed file; {@link IllegalArgumentException} for anything that is not a question bank. */
    public static List<Category> read(Document document) {
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
        return categories;
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
