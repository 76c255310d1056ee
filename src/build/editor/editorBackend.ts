/**
 * Where the visual editor saves. Editors sign in to GitHub or Azure DevOps (CMS_BACKEND),
 * and every change is a commit or pull request that CI checks. A development build
 * without that setting saves to this machine through decap-server (`npm run cms`).
 */
import { parse } from 'yaml';
import type { CmsSettings, DeployEnvironment } from '../../settings.ts';
import type { DecapBackend } from './decapConfig.ts';

export const LOCAL_EDITOR_PROXY = 'http://localhost:8081/api/v1';

export function editorBackend(
  cms: CmsSettings | undefined,
  environment: DeployEnvironment,
): DecapBackend | undefined {
  if (cms?.backend === 'github')
    return {
      name: 'github',
      repo: cms.repo,
      branch: cms.branch,
      ...(cms.authUrl ? { base_url: cms.authUrl } : {}),
    };
  if (cms?.backend === 'azure')
    return {
      name: 'azure',
      repo: cms.repo,
      branch: cms.branch,
      tenant_id: cms.tenantId,
      app_id: cms.appId,
    };
  return environment === 'development'
    ? { name: 'proxy', proxy_url: LOCAL_EDITOR_PROXY, branch: 'main' }
    : undefined;
}

/** The origins the editor's page must be allowed to call, from its config. */
export function editorConnectSources(configYaml: string): string[] {
  const backend =
    (parse(configYaml) as { backend?: Partial<Record<string, string>> }).backend ?? {};
  const origin = (url: string | undefined) => (url ? [new URL(url).origin] : []);
  switch (backend.name) {
    case 'github':
      // Sign-in goes through an OAuth service (base_url, Netlify's by default), then the GitHub API.
      return ['https://api.github.com', ...origin(backend.base_url ?? 'https://api.netlify.com')];
    case 'azure':
      return [
        'https://dev.azure.com',
        'https://login.microsoftonline.com',
        'https://app.vssps.visualstudio.com',
      ];
    case 'proxy':
      return origin(backend.proxy_url);
    default:
      return [];
  }
}
