package org.unitar.learning.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos a lesson may embed: from YouTube (played through its privacy-enhanced host) and Vimeo. A trainer pastes
 * the address they see in the browser; what is stored is the player's address, rebuilt from the video's id, so
 * nothing else of the pasted text reaches a page. The server never fetches it.
 */
public final class VideoEmbed {

    /** The hosts players are loaded from: every stored address starts with one of them (a frame-src to come). */
    public static final String PLAYER_HOSTS = "https://www.youtube-nocookie.com https://player.vimeo.com";

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");
    private static final Map<String, String> YOUTUBE_HOSTS = Map.of(
            "youtube.com", "", "www.youtube.com", "", "m.youtube.com", "", "youtu.be", "",
            "www.youtube-nocookie.com", "", "youtube-nocookie.com", "");

    private VideoEmbed() {
    }

    /** The player address for a pasted video address, or empty if it is not a video of an allowed host. */
    public static Optional<String> playerUrl(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(pasted.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (YOUTUBE_HOSTS.containsKey(host)) {
            String id = null;
            if (host.equals("youtu.be")) {
                id = path.replaceFirst("^/", "");
            } else if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher m = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                id = m.find() ? m.group(1) : null;
            } else if (path.startsWith("/embed/")) {
                id = path.substring("/embed/".length());
            }
            return id != null && YOUTUBE_ID.matcher(id).matches()
                    ? Optional.of("https://www.youtube-nocookie.com/embed/" + id) : Optional.empty();
        }
        if (host.equals("vimeo.com") || host.equals("www.vimeo.com") || host.equals("player.vimeo.com")) {
            String id = path.replaceFirst("^/(video/)?", "");
            return VIMEO_ID.matcher(id).matches() ? Optional.of("https://player.vimeo.com/video/" + id) : Optional.empty();
        }
        return Optional.empty();
    }
}
