/**
 * The accessibility statement claims only what `npm test` checks: every claim it lists
 * names the gate (a step of tests/run.ts) and the test code that backs it, and that code
 * still does what the claim says. A claim without evidence, or an evaluation more than a
 * year old, fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  LAST_EVALUATED,
  TESTED_CLAIMS,
  type TestedClaim,
} from '../../src/lib/accessibilityStatement.ts';

interface Evidence {
  /** Steps of `npm test` (tests/run.ts) that must pass for the claim to hold. */
  steps: string[];
  /** Test files, each with what it must contain for the claim to be true. */
  files: Record<string, string[]>;
}

const E2E = 'end-to-end, hosting and axe';

const EVIDENCE: Record<TestedClaim, Evidence> = {
  axe: {
    steps: [E2E],
    files: {
      'tests/a11y/pages.spec.ts': ["accessibilityGate(allViews('dist'))"],
      'tests/support/accessibilityGate.ts': [
        "colorScheme: 'light', width: 390",
        "colorScheme: 'dark', width: 320",
        'for (const path of paths)',
        'expect(await wcagViolations(page), where).toEqual([])',
      ],
      'tests/support/axe.ts': ["'wcag2a'", "'wcag2aa'", "'wcag22aa'"],
      // Every page: the sitemap's, the 404s and the root chooser, in every locale.
      'tests/support/pages.ts': ['sitemap', '404'],
    },
  },
  pa11y: {
    steps: ['pa11y'],
    files: { 'tests/a11y/pa11y.ts': ["['axe', 'htmlcs']", "allViews('dist')", "type === 'error'"] },
  },
  reflow: {
    steps: [E2E],
    files: {
      'tests/support/accessibilityGate.ts': [
        'scrollWidth - document.documentElement.clientWidth',
        'horizontal scroll at 320 px',
      ],
    },
  },
  html: {
    steps: ['html validity', 'Nu HTML checker'],
    files: {
      'tests/a11y/html-validity.ts': ['html-validate'],
      'tests/a11y/nu-validity.ts': ['vnu'],
    },
  },
  keyboard: {
    steps: [E2E],
    files: {
      'tests/e2e/keyboard-journey.spec.ts': [
        'for (const locale of LOCALES)',
        "page.keyboard.press('Tab')",
        'a11y.skipToContent',
        'jobs.filterText',
        "toHaveAttribute('aria-pressed', 'true')",
        'posting.apply',
        "expect(outline.style, 'focus outline').not.toBe('none')",
      ],
    },
  },
  noJavaScript: {
    steps: [E2E],
    files: {
      'tests/e2e/job-filters.fixture.spec.ts': ['javaScriptEnabled: false'],
      'tests/e2e/job-seeker.spec.ts': ['javaScriptEnabled: false'],
      'tests/e2e/language-and-navigation.spec.ts': ['languageMatrix(\n  LOCALES,'],
      'tests/support/languageMatrix.ts': ['javaScriptEnabled: false'],
    },
  },
  languages: {
    steps: [E2E],
    files: {
      'tests/e2e/language-and-navigation.spec.ts': ['languageMatrix(\n  LOCALES,'],
      'tests/support/languageMatrix.ts': ["toHaveAttribute('lang', LOCALE_INFO[locale].tag)"],
      'tests/e2e/job-seeker.spec.ts': ['[lang="fr"]'],
    },
  },
};

const runner = readFileSync('tests/run.ts', 'utf8');

test.each(TESTED_CLAIMS)('the statement\'s claim "%s" is backed by a gate of npm test', (claim) => {
  const evidence = EVIDENCE[claim];
  expect(evidence, `no evidence for the claim "${claim}"`).toBeDefined();
  for (const step of evidence.steps)
    expect(runner, `tests/run.ts step "${step}"`).toContain(`name: '${step}'`);
  for (const [file, needles] of Object.entries(evidence.files)) {
    expect(existsSync(file), file).toBe(true);
    const code = readFileSync(file, 'utf8');
    for (const needle of needles) expect(code, `${file} for "${claim}"`).toContain(needle);
  }
});

test('the statement claims nothing the evidence does not list', () => {
  expect(Object.keys(EVIDENCE).sort()).toEqual([...TESTED_CLAIMS].sort());
});

test('the last evaluation is less than a year old, and not in the future', () => {
  const evaluated = new Date(`${LAST_EVALUATED}T00:00:00Z`).getTime();
  const days = (Date.now() - evaluated) / 86_400_000;
  expect(
    days,
    `evaluated on ${LAST_EVALUATED}: evaluate the site again and update the date`,
  ).toBeLessThan(365);
  expect(days).toBeGreaterThanOrEqual(-1);
});
