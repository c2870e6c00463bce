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
 * A lesson's identity, the same in every revision of its course: what learners' progress, attempts and
 * certificates refer to, so that publishing a new revision keeps them. Its content lives in each revision's
 * {@link LessonContent}.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    protected Lesson() {
    }

    Lesson(Course course) {
        this.course = course;
    }

    public Long id() {
        return id;
    }
}
