export { WorkerBridge, type BridgeOptions, type CallOptions } from './client';
export { installTestHooks } from './test-hooks';
export { serve, CancellableJobs } from './serve';
