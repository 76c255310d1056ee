import { HOST_ENVIRONMENTS, type HostEnvironment } from '../../src/build/hosting/policy.ts';

/** `--env` of the hosting scripts, checked so a typo stops with the allowed values. */
export function hostEnvironment(value: string | undefined): HostEnvironment {
  const found = HOST_ENVIRONMENTS.find((environment) => environment === value);
  if (!found)
    throw new Error(`--env: expected one of ${HOST_ENVIRONMENTS.join(', ')}, got "${value ?? ''}"`);
  return found;
}
