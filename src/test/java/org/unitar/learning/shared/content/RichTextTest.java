package org.unitar.learning.shared.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String cleaned = RichText.clean("<p onclick=\"steal()\" onmouseover=\"steal()\">Hello "
                + "<a href=\"javascript:alert(1)\">click</a></p><script>alert(document.cookie)</script>"
                + "<img src=x onerror=alert(2)><iframe src=\"https://evil.example\"></iframe>"
                + "<svg onload=alert(3)></svg><form action=\"https://evil.example\"><input name=q></form>"
                + "<p style=\"position:fixed\">Styled</p>");

        assertThat(cleaned)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<input")
                .doesNotContainIgnoringCase("style=")
                .doesNotContain("alert")
                .contains("Hello", "click", "Styled");
    }

    @Test
    void theWritingToolsOfTheEditorAreKept() {
        String html = "<h2>Title</h2><p><strong>Bold</strong> <em>italic</em></p><ul><li>one</li></ul><ol><li>two</li></ol>"
                + "<blockquote>quote</blockquote><pre><code>code</code></pre>"
                + "<table><tbody><tr><td>cell</td></tr></tbody></table>";

        String cleaned = RichText.clean(html);

        assertThat(cleaned).contains("<h2>Title</h2>", "<strong>Bold</strong>", "<em>italic</em>", "<ul><li>one</li></ul>",
                "<ol><li>two</li></ol>", "<blockquote>quote</blockquote>", "<pre><code>code</code></pre>", "<td>cell</td>");
    }

    @Test
    void linksToTheWebOrMailAreKeptAndOpenNothingBehindThem() {
        String cleaned = RichText.clean("<p><a href=\"https://www.unitar.org/\">UNITAR</a> "
                + "<a href=\"mailto:cifal@unitar.org\">mail</a> <a href=\"ftp://files.example\">ftp</a></p>");

        assertThat(cleaned).contains("href=\"https://www.unitar.org/\"", "href=\"mailto:cifal", "noopener", "noreferrer")
                .doesNotContain("ftp://");
    }

    @Test
    void directionAndLanguageMarksAreKeptOnlyWithSensibleValues() {
        assertThat(RichText.clean("<p dir=\"rtl\" lang=\"ar\">مرحبا</p>")).contains("dir=\"rtl\"", "lang=\"ar\"");
        assertThat(RichText.clean("<p dir=\"sideways\" lang=\"x&quot; onclick=&quot;y\">text</p>"))
                .doesNotContain("dir=", "lang=", "onclick");
    }

    @Test
    void expressionLanguageIsKeptAsPlainText() {
        String cleaned = RichText.clean("<p>#{7*7} ${facesContext} #{request.getSession().invalidate()}</p>");

        assertThat(cleaned).contains("#{7*7}", "${facesContext}", "#{request.getSession().invalidate()}")
                .doesNotContain("49");
    }

    @Test
    void nothingCleansToEmpty() {
        assertThat(RichText.clean(null)).isEmpty();
        assertThat(RichText.clean("   ")).isEmpty();
        assertThat(RichText.clean("<script>alert(1)</script>")).isEmpty();
    }

    @Test
    void anEditorsEmptyParagraphHasNoText() {
        assertThat(RichText.hasText(RichText.clean("<p></p>"))).isFalse();
        assertThat(RichText.hasText(RichText.clean("<p>&nbsp;</p><p><br></p>"))).isFalse();
        assertThat(RichText.hasText(RichText.clean("<p>\u00a0</p>"))).isFalse();
        assertThat(RichText.hasText("")).isFalse();
        assertThat(RichText.hasText(RichText.clean("<p>Hi</p>"))).isTrue();
    }

    @Test
    void anExcerptIsTheTextWithoutMarkupAsTypedAndCut() {
        String clean = RichText.clean("<p>Who's <b>in charge</b> of \"reception\" &amp; 1 + 1 = 2?</p><ul><li>Le maire</li></ul>");

        assertThat(RichText.excerpt(clean, 200)).isEqualTo("Who's in charge of \"reception\" & 1 + 1 = 2? Le maire");
        assertThat(RichText.excerpt(clean, 10)).isEqualTo("Who's in…");
        assertThat(RichText.excerpt(RichText.clean("<p>&amp;#9999999; &lt;script&gt;</p>"), 50)).isEqualTo("&#9999999; <script>");
    }
}
