package org.unitar.learning.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;

/** What a trainer fills in on the lesson form, in one content language. */
public class LessonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int URL_LENGTH = 2000;
    public static final int MAX_MINUTES = 600;

    @NotNull
    private ContentLanguage language = ContentLanguage.ENGLISH;

    @NotNull
    private LessonKind kind = LessonKind.PAGE;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @Size(max = RichText.MAX_LENGTH)
    private String body;

    @NotNull
    @Min(1)
    @Max(MAX_MINUTES)
    private Integer estimatedMinutes = 10;

    private boolean required = true;

    @NotNull
    private CompletionRule completion = CompletionRule.ON_VIEW;

    /** A link lesson's address, or the address of the video a video lesson embeds. */
    @Size(max = URL_LENGTH)
    private String url;

    /**
     * The rules between fields; returns the address to store: a link as given, a video's player address, or none.
     */
    String checkedUrl() {
        String given = url == null || url.isBlank() ? null : url.strip();
        if (completion == CompletionRule.VIDEO_END && kind != LessonKind.VIDEO) {
            throw new InputRefused("completion", "author_course_lesson.videoEndOnlyForVideo");
        }
        switch (kind) {
            case LINK -> {
                if (given == null) {
                    throw new InputRefused("url", "author_course_lesson.urlRequired");
                }
                if (!isWebAddress(given)) {
                    throw new InputRefused("url", "author_course_lesson.urlInvalid");
                }
                return given;
            }
            case VIDEO -> {
                if (given == null) {
                    return null;
                }
                if (completion == CompletionRule.VIDEO_END) {
                    throw new InputRefused("completion", "author_course_lesson.videoEndNeedsUpload");
                }
                return VideoEmbed.playerUrl(given)
                        .orElseThrow(() -> new InputRefused("url", "author_course_lesson.embedNotAllowed"));
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public CompletionRule getCompletion() {
        return completion;
    }

    public void setCompletion(CompletionRule completion) {
        this.completion = completion;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
