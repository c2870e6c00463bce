package org.unitar.learning.catalogue;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonDetailsTest {

    @Test
    void aLinkNeedsAnHttpOrHttpsAddressKeptAsGiven() {
        assertThat(details(LessonKind.LINK, "  https://www.unitar.org/a?b=c  ").checkedUrl()).isEqualTo("https://www.unitar.org/a?b=c");
        assertThat(details(LessonKind.LINK, "HTTP://www.unitar.org/").checkedUrl()).isEqualTo("HTTP://www.unitar.org/");

        assertRefused(details(LessonKind.LINK, null), "url", "author_course_lesson.urlRequired");
        assertRefused(details(LessonKind.LINK, "   "), "url", "author_course_lesson.urlRequired");
        assertRefused(details(LessonKind.LINK, "javascript:alert(1)"), "url", "author_course_lesson.urlInvalid");
        assertRefused(details(LessonKind.LINK, "data:text/html,<script>alert(1)</script>"), "url", "author_course_lesson.urlInvalid");
        assertRefused(details(LessonKind.LINK, "ftp://files.unitar.org/a.pdf"), "url", "author_course_lesson.urlInvalid");
        assertRefused(details(LessonKind.LINK, "/courses/12"), "url", "author_course_lesson.urlInvalid");
        assertRefused(details(LessonKind.LINK, "https:///nohost"), "url", "author_course_lesson.urlInvalid");
        assertRefused(details(LessonKind.LINK, "https://bad host/"), "url", "author_course_lesson.urlInvalid");
    }

    @Test
    void aVideoKeepsThePlayerAddressOfAnAllowedHostOrNone() {
        assertThat(details(LessonKind.VIDEO, "https://youtu.be/dQw4w9WgXcQ").checkedUrl())
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(details(LessonKind.VIDEO, "https://vimeo.com/76979871").checkedUrl())
                .isEqualTo("https://player.vimeo.com/video/76979871");
        assertThat(details(LessonKind.VIDEO, " ").checkedUrl()).as("an uploaded video, later").isNull();

        assertRefused(details(LessonKind.VIDEO, "https://videos.example.org/1"), "url", "author_course_lesson.embedNotAllowed");
    }

    @Test
    void onlyLinksAndVideosKeepAnAddress() {
        assertThat(details(LessonKind.PAGE, "https://www.unitar.org/").checkedUrl()).isNull();
        assertThat(details(LessonKind.DOCUMENT, "https://www.unitar.org/").checkedUrl()).isNull();
        assertThat(details(LessonKind.ASSESSMENT, "javascript:alert(1)").checkedUrl()).isNull();
    }

    @Test
    void completionAtTheVideoEndIsOnlyForAnUploadedVideo() {
        for (LessonKind kind : new LessonKind[] {LessonKind.PAGE, LessonKind.DOCUMENT, LessonKind.LINK, LessonKind.ASSESSMENT}) {
            LessonDetails details = details(kind, "https://www.unitar.org/");
            details.setCompletion(CompletionRule.VIDEO_END);
            assertRefused(details, "completion", "author_course_lesson.videoEndOnlyForVideo");
        }

        LessonDetails embed = details(LessonKind.VIDEO, "https://youtu.be/dQw4w9WgXcQ");
        embed.setCompletion(CompletionRule.VIDEO_END);
        assertRefused(embed, "completion", "author_course_lesson.videoEndNeedsUpload");

        LessonDetails upload = details(LessonKind.VIDEO, null);
        upload.setCompletion(CompletionRule.VIDEO_END);
        assertThat(upload.checkedUrl()).isNull();
    }

    @Test
    void aNewLessonFormStartsAsARequiredPageCompletedOnView() {
        LessonDetails details = new LessonDetails();
        assertThat(details.getKind()).isEqualTo(LessonKind.PAGE);
        assertThat(details.isRequired()).isTrue();
        assertThat(details.getCompletion()).isEqualTo(CompletionRule.ON_VIEW);
        assertThat(details.getEstimatedMinutes()).isEqualTo(10);
    }

    private static LessonDetails details(LessonKind kind, String url) {
        LessonDetails details = new LessonDetails();
        details.setKind(kind);
        details.setTitle("Lesson");
        details.setUrl(url);
        return details;
    }

    private static void assertRefused(LessonDetails details, String field, String messageKey) {
        assertThatThrownBy(details::checkedUrl)
                .as(details.getKind() + " " + details.getUrl())
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }
}
