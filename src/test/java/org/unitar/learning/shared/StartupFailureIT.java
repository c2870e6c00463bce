package org.unitar.learning.shared;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitar.learning.support.stack.ChildProcess;
import org.unitar.learning.support.stack.LocalStack;
import org.unitar.learning.support.stack.PayaraServer;
import org.unitar.learning.support.stack.TestStack;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong setting stops the application at start-up with one line that names the setting: the server exits
 * instead of running without the application, and no stack trace is printed.
 */
@ExtendWith(TestStack.class)
class StartupFailureIT {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "UNITAR_DB_PASSWORD,        not-the-password,                       UNITAR_DB_URL",
            "UNITAR_OIDC_CLIENT_SECRET, not-the-secret,                         UNITAR_OIDC_CLIENT_SECRET",
            "UNITAR_OIDC_ISSUER,        http://localhost:{keycloak}/realms/nope, UNITAR_OIDC_ISSUER"})
    void aWrongSettingStopsStartUpWithOneLineNamingIt(String setting, String value, String named, LocalStack stack)
            throws Exception {
        String wrong = value.replace("{keycloak}", String.valueOf(stack.settings().keycloakPort()));
        try (ChildProcess payara = PayaraServer.start(stack.settings(), "payara-wrong-" + setting.toLowerCase(),
                stack.settings().appPort() + 7, Map.of(setting, wrong))) {

            OptionalInt exit = payara.awaitExit(Duration.ofMinutes(3));

            assertThat(exit).as("the server exits").isPresent();
            assertThat(exit.getAsInt()).isNotZero();
            String output = payara.output();
            assertThat(output.lines().filter(l -> l.contains("Start-up failed:")))
                    .singleElement().asString().contains(named);
            assertThat(output).doesNotContain("\tat org.unitar");
        }
    }
}
