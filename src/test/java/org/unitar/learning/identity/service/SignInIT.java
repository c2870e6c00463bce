package org.unitar.learning.identity.service;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ContainerTest
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SignInIT.class);
    }

    private SignIn signIn;
    private UserAccountRepository accounts;

    @BeforeEach
    void lookUp() {
        signIn = InContainer.bean(SignIn.class);
        accounts = InContainer.bean(UserAccountRepository.class);
    }

    @Test
    void theFirstSignInCreatesTheProfileFromTheToken() throws SQLException {
        String subject = UUID.randomUUID().toString();
        signIn.signedIn(new IdentityClaims(subject, "layla.h", "ليلى حداد", "layla@example.org", "ar", "JO-AMMAN", "JO"), null);

        UserAccount stored = accounts.findBySubject(subject).orElseThrow();
        assertThat(stored.id()).isNotNull();
        assertThat(stored.username()).isEqualTo("layla.h");
        assertThat(stored.displayName()).isEqualTo("ليلى حداد");
        assertThat(stored.email()).isEqualTo("layla@example.org");
        assertThat(stored.preferredLanguage()).isEqualTo("ar");
        assertThat(stored.organisation()).isEqualTo("JO-AMMAN");
        assertThat(stored.country()).isEqualTo("JO");
        assertThat(stored.createdAt()).isEqualTo(stored.lastSignInAt());
        assertThat(auditLines(subject)).isEqualTo(2);
    }

    @Test
    void aLaterSignInRefreshesTheSameProfileAndKeepsTheChosenLanguage() throws SQLException {
        String subject = UUID.randomUUID().toString();
        UserAccount first = signIn.signedIn(new IdentityClaims(subject, "wang.fang", "王芳", null, "zh-CN", "CIFAL-SHANGHAI", "CN"), Language.FRENCH);
        UserAccount second = signIn.signedIn(new IdentityClaims(subject, "wang.fang", "王芳 (Wang Fang)", "wang@example.org", "en", "UNITAR", "CH"), null);

        assertThat(second.id()).isEqualTo(first.id());
        UserAccount stored = accounts.findBySubject(subject).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("王芳 (Wang Fang)");
        assertThat(stored.email()).isEqualTo("wang@example.org");
        assertThat(stored.organisation()).isEqualTo("UNITAR");
        assertThat(stored.chosenLanguage()).isEqualTo("fr");
        assertThat(stored.lastSignInAt()).isAfterOrEqualTo(stored.createdAt());
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE subject = ?", subject)).isEqualTo(1);
    }

    @Test
    void firstSignInsOfOnePersonAtTheSameMomentMakeOneProfile() throws Exception {
        String subject = UUID.randomUUID().toString();
        IdentityClaims claims = new IdentityClaims(subject, "maria", "María Fernanda Hernández", "maria@example.mx", "es", "MX-TIJUANA", "MX");
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UserAccount>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(executor.submit(() -> {
                start.await();
                return signIn.signedIn(claims, null);
            }));
        }
        start.countDown();

        Set<Long> ids = new HashSet<>();
        for (Future<UserAccount> result : results) {
            ids.add(result.get(60, TimeUnit.SECONDS).id());
        }
        assertThat(ids).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE subject = ?", subject)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'identity.profile-created'", subject)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ?", "maria@example.mx")).isEqualTo(1);
    }

    @Test
    void aLanguageChosenLaterIsSavedToTheProfile() {
        String subject = UUID.randomUUID().toString();
        signIn.signedIn(new IdentityClaims(subject, "andres", "Andrés Quishpe", null, "es", null, "EC"), null);

        signIn.chooseLanguage(subject, Language.ARABIC);

        assertThat(accounts.findBySubject(subject).orElseThrow().chosenLanguage()).isEqualTo("ar");
    }

    private static int auditLines(String subject) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_event WHERE actor = ?", subject);
    }

    private static int count(String sql, String parameter) throws SQLException {
        try (Connection c = InContainer.database().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
