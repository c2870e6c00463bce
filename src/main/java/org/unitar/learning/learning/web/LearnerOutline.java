package org.unitar.learning.learning.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.learning.web.LessonPlayer.LessonLink;
import org.unitar.learning.learning.web.LessonPlayer.ModuleView;
import org.unitar.learning.shared.i18n.Messages;

/**
 * The learner's course outline ({@code <u:learnerOutline player="#{lessonPlayer}"/>}): modules with their progress
 * or why they are locked, lessons with their state, each released one a link. Written in one pass from what
 * {@link LessonPlayer} prepared: the page every learner opens most, rendered without an expression per lesson.
 */
@FacesComponent(LearnerOutline.TYPE)
public class LearnerOutline extends UIComponentBase {

    static final String TYPE = "org.unitar.learning.LearnerOutline";

    @Override
    public String getFamily() {
        return "org.unitar.learning";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        LessonPlayer player = (LessonPlayer) getAttributes().get("player");
        Messages words = Faces.words();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.getViewRoot().getLocale());
        String lang = player.getLanguage().code();
        String dir = player.getLanguage().direction();
        String lessonUrl = context.getExternalContext().getRequestContextPath() + LessonPlayer.url(player.getId(), null) + "&lesson=";
        String separator = " · ";
        ResponseWriter out = context.getResponseWriter();
        out.startElement("nav", this);
        out.writeAttribute("class", "course-view__outline learner-outline", null);
        out.writeAttribute("aria-label", words.format("learn.outline"), null);
        out.startElement("ol", this);
        for (ModuleView module : player.getModules()) {
            out.startElement("li", this);
            out.writeAttribute("class", "learner-outline__module", null);
            element(out, "h2", null, lang, dir, module.title());
            if (module.released()) {
                element(out, "p", "learner-outline__percent", null, null, words.format("learn.moduleDone", module.percent()));
            } else if (module.locked() != null) {
                element(out, "p", "learner-outline__locked", null, null, words.format(module.locked(),
                        module.opensOn() != null ? dates.format(module.opensOn()) : module.prerequisite()));
            }
            out.startElement("ol", this);
            for (LessonLink lesson : module.lessons()) {
                out.startElement("li", this);
                out.writeAttribute("class", "learner-outline__lesson learner-outline__lesson--" + lesson.state(), null);
                out.startElement("span", this);
                out.writeAttribute("class", "state-mark", null);
                out.writeAttribute("aria-hidden", "true", null);
                out.endElement("span");
                if (lesson.released()) {
                    out.startElement("a", this);
                    out.writeURIAttribute("href", lessonUrl + lesson.id(), null);
                    if (lesson.current()) {
                        out.writeAttribute("aria-current", "page", null);
                    }
                    out.writeAttribute("lang", lang, null);
                    out.writeAttribute("dir", dir, null);
                    out.writeText(lesson.title(), null);
                    out.endElement("a");
                } else {
                    element(out, "span", null, lang, dir, lesson.title());
                }
                StringBuilder state = new StringBuilder(words.format("learn.state." + lesson.state()));
                if (lesson.isNew()) {
                    state.append(separator).append(words.format("learn.new"));
                }
                if (!lesson.required()) {
                    state.append(separator).append(words.format("course.optional"));
                }
                element(out, "span", "lesson-state", null, null, state.toString());
                out.endElement("li");
            }
            out.endElement("ol");
            out.endElement("li");
        }
        out.endElement("ol");
        out.endElement("nav");
    }

    private void element(ResponseWriter out, String name, String styleClass, String lang, String dir, String text) throws IOException {
        out.startElement(name, this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        if (lang != null) {
            out.writeAttribute("lang", lang, null);
            out.writeAttribute("dir", dir, null);
        }
        out.writeText(text, null);
        out.endElement(name);
    }
}
