/**
 * Inter-coder agreement statistics: Krippendorff's alpha (any number of coders, missing values, nominal, ordinal,
 * interval and ratio metrics), Cohen's kappa (unweighted, linear, quadratic) and percent agreement, plus the
 * present/absent counting of coded text at the character and text-unit level. Pure functions without I/O; the
 * definitions, sources and edge-case conventions are in {@code docs/agreement.md}.
 */
package se.dialogcoder.analysis.agreement;
