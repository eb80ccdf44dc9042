export { createApp } from './app';
export { type Config, ConfigError, findRootDir, loadConfig } from './config';
export { PortInUseError, type RunningServer, startServer } from './start-server';
