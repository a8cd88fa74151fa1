// The public face of src/config: the rest of the tool needs only loadConfig and its types.
export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './load-config.js';
export { SCHEMA_URL } from './schema.js';
