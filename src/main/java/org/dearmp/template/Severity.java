package org.dearmp.template;

/** An ERROR stops a template being offered to letter writers; a WARNING is advice. */
public enum Severity {
    ERROR, WARNING
}
