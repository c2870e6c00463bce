package org.unitar.learning.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A module's identity, the same in every revision of its course: what learners' progress and module prerequisites
 * refer to. Its content (title, lessons, opening rules) lives in each revision's {@link ModuleContent}.
 */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    protected CourseModule() {
    }

    CourseModule(Course course) {
        this.course = course;
    }

    public Long id() {
        return id;
    }
}
