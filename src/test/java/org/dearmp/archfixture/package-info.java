/**
 * Throwaway classes for the architecture tests' own tests (a package cycle, a chain without one). Not part of
 * the app: the main architecture rules import the production classes only, so these never count there.
 */
package org.dearmp.archfixture;
