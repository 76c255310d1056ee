/**
 * Every page of the built site (from its sitemap, plus the 404s and the root chooser)
 * through the accessibility gate (tests/support/accessibilityGate.ts): axe's WCAG 2.2 rules
 * light at 390 px and dark at 320 px, no sideways scrolling, nothing from other origins.
 * pa11y adds axe's older rules and HTML_CodeSniffer at desktop width.
 */
import { allViews } from '../support/pages.ts';
import { accessibilityGate } from '../support/accessibilityGate.ts';

accessibilityGate(allViews('dist'));
