/**
 * The CI definitions as a bank's reviewer would read them: installs are lockfile-exact,
 * the workflow token can only read, every third-party action is pinned to a commit, and
 * the jobs that hold a deployment token run no project code and install nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

interface GitHubStep {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface GitHubJob {
  environment?: string;
  steps: GitHubStep[];
}
const github = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, GitHubJob>;
};
const githubSteps = Object.values(github.jobs).flatMap((job) => job.steps);

type AzureStep = Record<string, unknown> & { script?: string; task?: string };
interface AzureJob {
  job?: string;
  deployment?: string;
  steps?: AzureStep[];
  strategy?: { runOnce: { deploy: { steps: AzureStep[] } } };
}
const azure = parse(readFileSync('azure-pipelines.yml', 'utf8')) as {
  stages: { jobs: AzureJob[] }[];
};
const azureJobs = azure.stages.flatMap((stage) => stage.jobs);
const azureSteps = (job: AzureJob) => job.steps ?? job.strategy?.runOnce.deploy.steps ?? [];

const installs = (script: string) => script.match(/\bnpm (?:install|i|ci)\b[^\n]*/g) ?? [];

test('every install in CI is the lockfile-exact npm ci', () => {
  const scripts = [
    readFileSync('.ci/run', 'utf8'),
    ...githubSteps.map((step) => step.run ?? ''),
    ...azureJobs.flatMap(azureSteps).map((step) => step.script ?? ''),
  ];
  const all = scripts.flatMap(installs);
  expect(all.length).toBeGreaterThanOrEqual(3);
  for (const install of all) expect(install).toMatch(/^npm ci\b/);
});

test('the GitHub workflow token can only read, and no checkout leaves credentials behind', () => {
  expect(github.permissions).toEqual({ contents: 'read' });
  const checkouts = githubSteps.filter((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkouts.length).toBeGreaterThan(0);
  for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
});

test('every GitHub action is pinned to a full commit, not a tag that can be moved', () => {
  const actions = githubSteps.flatMap((step) => (step.uses ? [step.uses] : []));
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
});

test('jobs that hold a deployment token only download the built folder and upload it', () => {
  const deployers = Object.entries(github.jobs).filter(([, job]) => job.environment);
  expect(deployers.map(([name]) => name)).toEqual(['integration', 'production', 'editor']);
  for (const [name, job] of deployers) {
    expect(
      job.steps.map((step) => step.uses?.split('@')[0] ?? 'run'),
      name,
    ).toEqual(['actions/download-artifact', 'Azure/static-web-apps-deploy']);
  }
  const deployments = azureJobs.filter((job) => job.deployment);
  expect(deployments.map((job) => job.deployment)).toEqual(['integration', 'production', 'editor']);
  for (const job of deployments)
    expect(
      azureSteps(job).map((step) => step.task ?? (step.download ? 'download' : 'other')),
      job.deployment,
    ).toEqual(['download', 'AzureStaticWebApp@0']);
});
