package org.dearmp.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Reads the real reference data in ../shared/data, or the index the build makes from it, so it needs
 * that folder beside the project.
 * JUnit tag {@value #TAG}; see "Developer loop" in README.md.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(DataTest.TAG)
public @interface DataTest {
    String TAG = "data";
}
