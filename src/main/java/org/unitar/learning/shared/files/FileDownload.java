package org.unitar.learning.shared.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a stored file as the answer to a GET or HEAD, once the caller has decided the person may read it: its own
 * type (never guessed by the browser), inline only for types browsers show safely, one byte range when asked
 * (videos seek with it), and an ETag so that a file read again is not sent again.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static void send(StoredFile file, Path bytes, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("Content-Disposition", (file.type().inline() ? "inline" : "attachment")
                + "; filename*=UTF-8''" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.type() == FileType.WEBVTT ? "text/vtt;charset=UTF-8" : file.type().mediaType());
        long total = file.size();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(request.getHeader("Range"), total);
        } catch (ByteRange.Unsatisfiable e) {
            response.setHeader("Content-Range", "bytes */" + total);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        long start = range.map(ByteRange::start).orElse(0L);
        long length = range.map(ByteRange::length).orElse(total);
        if (range.isPresent()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.get().contentRange(total));
        }
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(bytes); OutputStream out = response.getOutputStream()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }
}
