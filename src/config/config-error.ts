// Startup errors that say what is wrong, where, and how to fix it.

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';

  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${file}: ${field} ${problem}. Fix: ${fix}`);
    this.name = 'ConfigError';
  }
}
