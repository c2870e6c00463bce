package org.unitar.learning.catalogue.service;

import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleOpening;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A course as its archive describes it in {@code course.xml} (namespace {@value #NAMESPACE}, format version
 * {@value #FORMAT_VERSION}): every text per language, the outline with each module and lesson named by a key
 * unique in the archive, and the paths of its files in the archive. Read from and written to XML here; the
 * values are checked by the domain when the course is built from it.
 */
public record CourseManifest(ContentLanguage defaultLanguage, Set<ContentLanguage> languages,
                             Map<ContentLanguage, String> titles, Map<ContentLanguage, String> summaries,
                             Map<ContentLanguage, String> descriptions, Set<Topic> topics, Set<Integer> sdgs,
                             Set<Integer> gcmObjectives, int estimatedMinutes, String cifalCentre, CourseFormat format,
                             EnrolmentPolicy enrolment, String cover, List<Module> modules) {

    public static final String NAMESPACE = "urn:unitar:learning:course:1";
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "course.xml";

    /** A module of the outline; {@code requires} is the key of an earlier module, or null. */
    public record Module(String key, Map<ContentLanguage, String> titles, Map<ContentLanguage, String> summaries,
                         String requires, ModuleOpening opening, LocalDate opensOn, Integer opensAfterDays,
                         List<Lesson> lessons) {
    }

    public record Lesson(String key, LessonKind kind, int minutes, boolean required, CompletionRule completion,
                         Map<ContentLanguage, String> titles, Map<ContentLanguage, String> bodies, String url,
                         List<FileEntry> files) {
    }

    /** A file of a lesson in one language, at {@code path} in the archive. */
    public record FileEntry(ContentLanguage language, FileRole role, String path) {
    }

    /** The manifest is not one this version reads; says why and where. */
    public static class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Invalid(String where) {
            super(where, null, false, false);
        }
    }

    // ---- reading

    public static CourseManifest read(Document document) {
        Element course = document.getDocumentElement();
        if (!NAMESPACE.equals(course.getNamespaceURI()) || !"course".equals(course.getLocalName())) {
            throw new Invalid("the root element is not <course xmlns=\"" + NAMESPACE + "\">");
        }
        if (!String.valueOf(FORMAT_VERSION).equals(course.getAttribute("format-version"))) {
            throw new Invalid("format-version " + course.getAttribute("format-version") + " (this platform reads " + FORMAT_VERSION + ")");
        }
        ContentLanguage defaultLanguage = language(course.getAttribute("default-language"), "course default-language");
        Set<ContentLanguage> languages = new LinkedHashSet<>();
        for (String code : words(text(child(course, "languages")))) {
            languages.add(language(code, "languages"));
        }
        languages.add(defaultLanguage);
        List<Module> modules = new ArrayList<>();
        for (Element module : children(course, "module")) {
            modules.add(module(module, defaultLanguage));
        }
        return new CourseManifest(defaultLanguage, languages, texts(course, "title"), texts(course, "summary"),
                texts(course, "description"),
                enums(course, "topics", Topic.class), numbers(course, "sdgs"), numbers(course, "gcm-objectives"),
                number(text(child(course, "estimated-minutes")), "estimated-minutes"),
                text(child(course, "cifal-centre")),
                value(CourseFormat.class, text(child(course, "format")), "format"),
                value(EnrolmentPolicy.class, text(child(course, "enrolment")), "enrolment"),
                child(course, "cover") == null ? null : path(child(course, "cover"), "cover"),
                modules);
    }

    private static Module module(Element module, ContentLanguage defaultLanguage) {
        String key = key(module, "module");
        Element requires = child(module, "requires");
        Element opens = child(module, "opens");
        ModuleOpening opening = ModuleOpening.AT_ONCE;
        LocalDate opensOn = null;
        Integer after = null;
        if (opens != null && !opens.getAttribute("on").isEmpty()) {
            opening = ModuleOpening.ON_DATE;
            try {
                opensOn = LocalDate.parse(opens.getAttribute("on"));
            } catch (DateTimeParseException e) {
                throw new Invalid("module " + key + ": opens on " + opens.getAttribute("on"));
            }
        } else if (opens != null && !opens.getAttribute("after-days").isEmpty()) {
            opening = ModuleOpening.DAYS_AFTER_ENROLMENT;
            after = number(opens.getAttribute("after-days"), "module " + key + ": opens after-days");
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Element lesson : children(module, "lesson")) {
            lessons.add(lesson(lesson, defaultLanguage));
        }
        return new Module(key, texts(module, "title"), texts(module, "summary"),
                requires == null ? null : requires.getAttribute("module"), opening, opensOn, after, lessons);
    }

    private static Lesson lesson(Element lesson, ContentLanguage defaultLanguage) {
        String key = key(lesson, "lesson");
        String where = "lesson " + key;
        List<FileEntry> files = new ArrayList<>();
        for (Element file : children(lesson, "file")) {
            files.add(new FileEntry(fileLanguage(file, defaultLanguage, where), FileRole.MEDIA, path(file, where)));
        }
        for (Element captions : children(lesson, "captions")) {
            files.add(new FileEntry(fileLanguage(captions, defaultLanguage, where), FileRole.CAPTIONS, path(captions, where)));
        }
        Element url = child(lesson, "url");
        return new Lesson(key, value(LessonKind.class, lesson.getAttribute("kind"), where + " kind"),
                number(lesson.getAttribute("minutes"), where + " minutes"),
                !"false".equals(lesson.getAttribute("required")),
                value(CompletionRule.class, lesson.getAttribute("completion"), where + " completion"),
                texts(lesson, "title"), texts(lesson, "body"), url == null ? null : text(url), files);
    }

    private static ContentLanguage fileLanguage(Element file, ContentLanguage defaultLanguage, String where) {
        String code = file.getAttribute("lang");
        return code.isEmpty() ? defaultLanguage : language(code, where + " file lang");
    }

    private static String path(Element file, String where) {
        String path = file.getAttribute("path");
        if (path.isBlank()) {
            throw new Invalid(where + ": a file without path");
        }
        return path;
    }

    private static String key(Element element, String what) {
        String key = element.getAttribute("key");
        if (!key.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new Invalid(what + " key '" + key + "' (lower-case letters, digits and hyphens)");
        }
        return key;
    }

    private static Map<ContentLanguage, String> texts(Element parent, String name) {
        Map<ContentLanguage, String> texts = new EnumMap<>(ContentLanguage.class);
        for (Element text : children(parent, name)) {
            ContentLanguage language = language(text.getAttribute("lang"), name + " lang");
            if (texts.put(language, text(text)) != null) {
                throw new Invalid("two <" + name + " lang=\"" + language.code() + "\">");
            }
        }
        return texts;
    }

    private static <E extends Enum<E>> Set<E> enums(Element parent, String name, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String word : words(text(child(parent, name)))) {
            values.add(value(type, word, name));
        }
        return values;
    }

    private static Set<Integer> numbers(Element parent, String name) {
        Set<Integer> values = new TreeSet<>();
        for (String word : words(text(child(parent, name)))) {
            values.add(number(word, name));
        }
        return values;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String where) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst()
                .orElseThrow(() -> new Invalid(where + " '" + text + "'"));
    }

    private static int number(String text, String where) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new Invalid(where + " '" + text + "' is not a number");
        }
    }

    private static ContentLanguage language(String code, String where) {
        return ContentLanguage.forCode(code).orElseThrow(() -> new Invalid(where + " '" + code + "'"));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    // ---- writing

    public void write(OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "course");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("format-version", String.valueOf(FORMAT_VERSION));
            xml.writeAttribute("default-language", defaultLanguage.code());
            element(xml, 1, "languages", join(languages, ContentLanguage::code));
            texts(xml, 1, "title", titles, false);
            texts(xml, 1, "summary", summaries, false);
            texts(xml, 1, "description", descriptions, true);
            element(xml, 1, "topics", join(topics, Topic::name));
            element(xml, 1, "sdgs", join(sdgs, String::valueOf));
            element(xml, 1, "gcm-objectives", join(gcmObjectives, String::valueOf));
            element(xml, 1, "estimated-minutes", String.valueOf(estimatedMinutes));
            element(xml, 1, "cifal-centre", cifalCentre);
            element(xml, 1, "format", format.name());
            element(xml, 1, "enrolment", enrolment.name());
            if (cover != null) {
                indent(xml, 1);
                xml.writeEmptyElement(NAMESPACE, "cover");
                xml.writeAttribute("path", cover);
            }
            for (Module module : modules) {
                indent(xml, 1);
                xml.writeStartElement(NAMESPACE, "module");
                xml.writeAttribute("key", module.key());
                texts(xml, 2, "title", module.titles(), false);
                texts(xml, 2, "summary", module.summaries(), false);
                if (module.requires() != null) {
                    indent(xml, 2);
                    xml.writeEmptyElement(NAMESPACE, "requires");
                    xml.writeAttribute("module", module.requires());
                }
                if (module.opening() != ModuleOpening.AT_ONCE) {
                    indent(xml, 2);
                    xml.writeEmptyElement(NAMESPACE, "opens");
                    if (module.opening() == ModuleOpening.ON_DATE) {
                        xml.writeAttribute("on", module.opensOn().toString());
                    } else {
                        xml.writeAttribute("after-days", String.valueOf(module.opensAfterDays()));
                    }
                }
                for (Lesson lesson : module.lessons()) {
                    lesson(xml, lesson);
                }
                indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the course manifest", e);
        }
    }

    private static void lesson(XMLStreamWriter xml, Lesson lesson) throws XMLStreamException {
        indent(xml, 2);
        xml.writeStartElement(NAMESPACE, "lesson");
        xml.writeAttribute("key", lesson.key());
        xml.writeAttribute("kind", lesson.kind().name());
        xml.writeAttribute("minutes", String.valueOf(lesson.minutes()));
        xml.writeAttribute("required", String.valueOf(lesson.required()));
        xml.writeAttribute("completion", lesson.completion().name());
        texts(xml, 3, "title", lesson.titles(), false);
        texts(xml, 3, "body", lesson.bodies(), true);
        if (lesson.url() != null) {
            element(xml, 3, "url", lesson.url());
        }
        for (FileEntry file : lesson.files()) {
            indent(xml, 3);
            xml.writeEmptyElement(NAMESPACE, file.role() == FileRole.MEDIA ? "file" : "captions");
            xml.writeAttribute("lang", file.language().code());
            xml.writeAttribute("path", file.path());
        }
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void texts(XMLStreamWriter xml, int depth, String name, Map<ContentLanguage, String> texts, boolean html)
            throws XMLStreamException {
        for (Map.Entry<ContentLanguage, String> text : texts.entrySet()) {
            indent(xml, depth);
            xml.writeStartElement(NAMESPACE, name);
            xml.writeAttribute("lang", text.getKey().code());
            if (html && !text.getValue().contains("]]>")) {
                xml.writeCData(text.getValue());
            } else {
                xml.writeCharacters(text.getValue());
            }
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static <T> String join(Set<T> values, Function<T, String> name) {
        return String.join(" ", values.stream().map(name).toList());
    }
}
