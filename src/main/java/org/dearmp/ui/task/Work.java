package org.dearmp.ui.task;

/** A piece of work that may be slow; it reports progress and may be cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
