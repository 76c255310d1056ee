// pa11y ships no type declarations; these cover what tests/a11y/pa11y.ts uses.
declare module 'pa11y' {
  import type { Browser } from 'puppeteer';
  interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
    runner: string;
  }
  interface Pa11yOptions {
    browser?: Browser;
    runners?: string[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
    wait?: number;
    viewport?: { width: number; height: number };
  }
  export default function pa11y(
    url: string,
    options?: Pa11yOptions,
  ): Promise<{ pageUrl: string; documentTitle: string; issues: Pa11yIssue[] }>;
}
