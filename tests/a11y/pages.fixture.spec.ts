/**
 * The fixture site through the same accessibility gate as the real one: its alerts pages
 * in every language (the only build with the email form) and every view in Dutch, the
 * fourth language only the fixture site publishes.
 */
import { fixtureGatePaths } from '../support/pages.ts';
import { accessibilityGate } from '../support/accessibilityGate.ts';

accessibilityGate(fixtureGatePaths());
