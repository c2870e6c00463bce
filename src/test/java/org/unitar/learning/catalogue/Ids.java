package org.unitar.learning.catalogue;

import java.lang.reflect.Field;

/** Gives an entity the database id persistence would (IDENTITY), by setting its private {@code id} field. */
final class Ids {

    private Ids() {
    }

    static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No id field on " + entity.getClass(), e);
        }
    }
}
