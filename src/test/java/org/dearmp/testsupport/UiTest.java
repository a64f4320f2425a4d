package org.dearmp.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Drives JavaFX (TestFX on headless Monocle, or the FX toolkit started by hand): slow, so the fast
 * developer loop leaves it out.
 * JUnit tag {@value #TAG}; see "Developer loop" in README.md.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(UiTest.TAG)
public @interface UiTest {
    String TAG = "ui";
}
