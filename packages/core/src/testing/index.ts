export { testAdapter, type AdapterSite, type AdapterTestOptions, type AdapterContext } from './adapter.js';
export { seedPlan, plannedSite, type PlannedItem, type SeedPlan, type Seeded } from './plan.js';
export { testNginxConfig, type TestNginxOptions } from './nginx.js';
