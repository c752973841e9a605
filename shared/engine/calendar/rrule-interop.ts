import * as rruleNamespace from 'rrule';

/**
 * rrule 2 publishes a UMD bundle as "main" and ESM only as "module", with no "exports" map.
 * Bundlers (Vite, esbuild) pick the ESM build and see named exports; Node's own ESM loader
 * (tsx, vitest's externalised deps) loads the UMD build as CommonJS and only offers `default`.
 * Reading through whichever shape arrived keeps one import working in every host.
 */
type RRuleModule = typeof rruleNamespace;
// Read with Reflect: a bundler that sees `.default` on a namespace with no default export warns at every build.
const loaded = ((Reflect.get(rruleNamespace, 'default') as RRuleModule | undefined) ?? rruleNamespace) as RRuleModule;

export const RRule = loaded.RRule;
export type RRule = rruleNamespace.RRule;
export type RRuleOptions = rruleNamespace.Options;
export const Frequency = loaded.Frequency;
