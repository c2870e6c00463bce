package org.unitar.learning.catalogue.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.shared.archive.ArchiveRefused;
import org.unitar.learning.shared.archive.SafeXml;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Seeds the demo course ("Migration and local development", in English, French, Spanish and Arabic, with a video,
 * captions and a PDF; {@code src/main/resources/demo/}) at start-up when {@code unitar.demo.seed} is true, as the
 * local run and the tests set it; never in production, where it is false. Once: a row in {@code demo_seed} says it
 * is there, so restarts (and a second server starting at the same time) seed nothing more. The course is imported
 * like any archive (with its question bank and quiz, {@code question-bank.xml}) and published, owned by the demo
 * trainer {@code unitar.demo.owner}.
 */
@ApplicationScoped
public class DemoCourse {

    public static final String NAME = "migration-local-development";
    private static final String FOLDER = "demo/" + NAME + "/";
    private static final Logger LOG = Logger.getLogger(DemoCourse.class.getName());

    @Inject
    @ConfigProperty(name = "unitar.demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "unitar.demo.owner")
    Optional<String> owner;

    @Inject
    CourseTransfer transfer;

    @Inject
    CourseAuthoring authoring;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM demo_seed WHERE name = ?1").setParameter(1, NAME)
                .getSingleResult()).longValue() > 0) {
            return;
        }
        Actor trainer = new Actor(owner.orElseThrow(() -> new IllegalStateException("unitar.demo.seed needs unitar.demo.owner")), true, false);
        try (InputStream xml = resource(CourseManifest.FILE_NAME)) {
            CourseManifest manifest = CourseManifest.read(SafeXml.parse(xml, CourseManifest.FILE_NAME));
            Course course = transfer.build(trainer, manifest, this::resource);
            transfer.importParts(trainer, course, manifest, path -> DemoCourse.class.getClassLoader().getResource(FOLDER + path) != null,
                    this::resource);
            authoring.publish(trainer, course.id());
            em.createNativeQuery("INSERT INTO demo_seed (name, course_id, seeded_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, NAME).setParameter(2, course.id()).setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
            LOG.info("Demo course seeded (" + NAME + ", course " + course.id() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArchiveRefused e) {
            throw new IllegalStateException("The demo course's manifest is not valid: " + e.getMessage(), e);
        }
    }

    private InputStream resource(String path) throws IOException {
        InputStream in = DemoCourse.class.getClassLoader().getResourceAsStream(FOLDER + path);
        if (in == null) {
            throw new IOException("No demo file " + FOLDER + path);
        }
        return in;
    }
}
