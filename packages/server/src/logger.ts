/** Structured logs: one JSON object per line on stdout (errors on stderr), or silence. */
export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

export const jsonLogger: Logger = (level, message, fields = {}) => {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

export const silentLogger: Logger = () => undefined;
