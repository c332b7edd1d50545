export { GhostApiError, createAdminApi, type AdminApiOptions } from './admin.js';
export { BLOCK_BEGIN, BLOCK_END, MalformedBlockError, mergeBlock, readBlock } from './code-injection.js';
export { defaultConfig, loadConfig, parseConfig, type GhostSignalsConfig, type PostType } from './config.js';
export { AdminKeyError, readAdminKey } from './key.js';
export {
  SIGNAL_TAG_PREFIX,
  SIGNAL_TAG_SLUG_PREFIX,
  headTags,
  isSignalTag,
  presetIdOfTag,
  resolvePostSignal,
  tagNameForPreset,
  type PostSignal,
  type SignalSource,
} from './mapping.js';
export { checkPreset, planPost, type GhostPost, type GhostTag, type PostChange, type PostPlan } from './plan.js';
export { GhostSignals, describeError, type Outcome, type PostResult, type RunReport } from './posts.js';
export { run, type Io } from './cli.js';
export {
  SIGNAL_EVENTS,
  SignalMap,
  createSignalsProxy,
  createWebhookListener,
  mergeRobotsTxt,
  registerWebhooks,
  startProxy,
  verifyGhostSignature,
  type RunningProxy,
  type SignalsProxyOptions,
} from './proxy/index.js';
export { ghostSite, isGhostInternalPath, sitePreferences } from './mapping.js';
export { installThemeKit, extendTheme, type InstallThemeKitOptions, type InstallThemeKitResult } from './theme-kit/install.js';
export { DEFAULTS_ROLES, RawAdminClient, StaffRoleError, adminJwt, type AdminAuth } from './theme-kit/staff.js';
export { themeKitFiles, withRssRoute, RSS_ROUTE, RSS_TEMPLATE, DECLARATION_PARTIAL, type ThemeFile } from './theme-kit/templates.js';
export { ghostNginxMap, ghostNginxSnippet, writeFileAtomic } from './nginx/map.js';
export { startNginxMapSync, type NginxMapSync } from './nginx/sync.js';
