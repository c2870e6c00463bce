package org.unitar.learning.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VideoEmbedTest {

    private static final String YOUTUBE_PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    @Test
    void everyYouTubeAddressATrainerPastesBecomesThePrivacyEnhancedPlayer() {
        for (String pasted : List.of(
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com/watch?v=dQw4w9WgXcQ",
                "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s",
                "https://youtu.be/dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ?si=abcdef&t=10",
                "https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1",
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                "  HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ  ")) {
            assertThat(VideoEmbed.playerUrl(pasted)).as(pasted).contains(YOUTUBE_PLAYER);
        }
    }

    @Test
    void aVimeoAddressBecomesItsPlayer() {
        assertThat(VideoEmbed.playerUrl("https://vimeo.com/76979871")).contains("https://player.vimeo.com/video/76979871");
        assertThat(VideoEmbed.playerUrl("https://www.vimeo.com/76979871")).contains("https://player.vimeo.com/video/76979871");
        assertThat(VideoEmbed.playerUrl("https://player.vimeo.com/video/76979871?h=abc"))
                .contains("https://player.vimeo.com/video/76979871");
    }

    @Test
    void thePlayerIsRebuiltFromTheIdSoNothingElseOfThePastedTextIsKept() {
        assertThat(VideoEmbed.playerUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&onload=alert(1)")).contains(YOUTUBE_PLAYER);
        assertThat(VideoEmbed.playerUrl("https://user:secret@youtu.be/dQw4w9WgXcQ#x")).contains(YOUTUBE_PLAYER);
    }

    @Test
    void videosOfOtherHostsOrWithoutAValidIdAreRefused() {
        for (String pasted : List.of(
                "https://videos.example.org/watch?v=dQw4w9WgXcQ",
                "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "https://evil.example/?next=https://youtu.be/dQw4w9WgXcQ",
                "https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
                "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "javascript:alert(1)",
                "//youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=short",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload",
                "https://www.youtube.com/watch",
                "https://www.youtube.com/",
                "https://youtu.be/",
                "https://vimeo.com/channels/staffpicks",
                "https://vimeo.com/abc",
                "https://player.vimeo.com/video/1234567890123",
                "not a url at all",
                "",
                "   ")) {
            assertThat(VideoEmbed.playerUrl(pasted)).as(pasted).isEmpty();
        }
        assertThat(VideoEmbed.playerUrl(null)).isEmpty();
    }

    @Test
    void everyPlayerAddressIsOnAHostThePageLetsIntoAFrame() {
        for (String pasted : List.of("https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/76979871")) {
            String player = VideoEmbed.playerUrl(pasted).orElseThrow();
            String origin = player.substring(0, player.indexOf('/', "https://".length()));
            assertThat(VideoEmbed.PLAYER_HOSTS.split(" ")).contains(origin);
        }
    }
}
