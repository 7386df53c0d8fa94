package org.balise.engine.play;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name of an event or command type, as stored next to its JSON: renaming or moving the Java
 * record must not change it. {@link TypeNames} reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TypeName {

    /** Lowercase words joined by hyphens, e.g. {@code station-arrived}; unique among its kind's types. */
    String value();
}
