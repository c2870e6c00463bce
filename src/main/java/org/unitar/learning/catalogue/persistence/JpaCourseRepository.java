package org.unitar.learning.catalogue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.unitar.learning.catalogue.CifalCentre;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.shared.security.Actor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Course add(Course course) {
        em.persist(course);
        em.flush();
        return course;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(CourseRevision revision) {
        em.remove(revision);
    }

    @Override
    public List<CourseRevision> publishedRevisions(long courseId) {
        return em.createQuery("""
                        select r from CourseRevision r
                        where r.course.id = :course and r.publishedAt is not null
                        order by r.number desc""", CourseRevision.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    @Override
    public List<FileUse> coursesUsingFile(long fileId) {
        List<Object[]> rows = em.createQuery("""
                        select distinct r.course, case when r.course.published = r then true else false end
                        from LessonContent l join l.files f join l.module m join m.revision r
                        where f.fileId = :file""", Object[].class)
                .setParameter("file", fileId)
                .getResultList();
        List<Object[]> covers = em.createQuery("""
                        select r.course, case when r.course.published = r then true else false end
                        from CourseRevision r where r.coverFileId = :file""", Object[].class)
                .setParameter("file", fileId)
                .getResultList();
        return Stream.concat(rows.stream(), covers.stream())
                .map(row -> new FileUse((Course) row[0], (Boolean) row[1])).toList();
    }

    @Override
    public List<Course> editableBy(Actor actor) {
        if (actor.administrator()) {
            return em.createQuery("select c from Course c order by c.id desc", Course.class).getResultList();
        }
        return em.createQuery("""
                        select distinct c from Course c left join c.coTrainers t
                        where c.owner = :subject or t = :subject
                        order by c.id desc""", Course.class)
                .setParameter("subject", actor.subject())
                .getResultList();
    }

    @Override
    public List<CifalCentre> cifalCentres() {
        return em.createQuery("select c from CifalCentre c order by c.name", CifalCentre.class).getResultList();
    }

    @Override
    public boolean isCifalCentre(String code) {
        return code != null && em.find(CifalCentre.class, code) != null;
    }
}
