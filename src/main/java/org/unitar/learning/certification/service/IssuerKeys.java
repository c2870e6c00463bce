package org.unitar.learning.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.certification.IssuerKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The key that signs every credential: {@code unitar.certificates.issuer-key} (a private JWK, for production from
 * a secret) or else {@code issuer-key.jwk} in the data folder ({@code unitar.files.dir}), made the first time it is
 * needed and then read, never made again: a new key would make every credential already issued unverifiable.
 */
@ApplicationScoped
public class IssuerKeys {

    static final String FILE = "issuer-key.jwk";
    private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

    @Inject
    @ConfigProperty(name = "unitar.certificates.issuer-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "unitar.files.dir")
    String dataFolder;

    private volatile IssuerKey key;

    public IssuerKey key() {
        IssuerKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = configured.filter(s -> !s.isBlank()).map(IssuerKey::parse).orElseGet(this::fromDataFolder);
                }
                k = key;
            }
        }
        return k;
    }

    private IssuerKey fromDataFolder() {
        Path file = Path.of(dataFolder).toAbsolutePath().resolve(FILE);
        try {
            if (!Files.exists(file)) {
                IssuerKey made = IssuerKey.generate();
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, made.toPrivateJson(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    LOG.info(() -> "Made the credential signing key " + file + ": back it up with the database");
                    return made;
                } catch (FileAlreadyExistsException e) {
                    LOG.fine("Another server made the signing key first");
                }
            }
            return IssuerKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or keep the signing key " + file, e);
        }
    }
}
