import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, loadServerConfig } from './config.ts';

describe('loadServerConfig', () => {
  it('has laptop defaults and is frozen', () => {
    const loaded = loadServerConfig({});
    if (!loaded.ok) throw new Error('expected ok');
    expect(loaded.value.port).toBe(DEFAULT_PORT);
    expect(loaded.value.host).toBe('127.0.0.1');
    expect(loaded.value.maxUploadBytes).toBe(10 * 1024 * 1024);
    expect(loaded.value.adminToken).toBeUndefined();
    expect(loaded.value.savedMaxBytes).toBe(256 * 1024 * 1024);
    expect(loaded.value.workerIdleSeconds).toBe(30);
    expect(loaded.value.clientMaxTasks).toBe(4);
    expect(Object.isFrozen(loaded.value)).toBe(true);
  });

  it('takes PORT, lets --port win, and treats empty variables as unset', () => {
    const loaded = loadServerConfig({ PORT: '9000', ROLEFIT_ADMIN_TOKEN: '' });
    expect(loaded.ok && loaded.value.port).toBe(9000);
    expect(loaded.ok && loaded.value.adminToken).toBeUndefined();
    expect(loadServerConfig({ ROLEFIT_SAVED_MAX_MB: '2' })).toMatchObject({
      ok: true,
      value: { savedMaxBytes: 2 * 1024 * 1024 },
    });
    expect(loadServerConfig({ ROLEFIT_WORKER_IDLE_SECONDS: '600' })).toMatchObject({
      ok: true,
      value: { workerIdleSeconds: 600 },
    });
    expect(loadServerConfig({ ROLEFIT_CLIENT_MAX_TASKS: '16' })).toMatchObject({
      ok: true,
      value: { clientMaxTasks: 16 },
    });
    expect(loadServerConfig({ ROLEFIT_CLIENT_MAX_TASKS: '0' }).ok).toBe(false);
    const override = loadServerConfig({ PORT: '9000' }, { port: 7000 });
    expect(override.ok && override.value.port).toBe(7000);
  });

  it('reports every invalid variable at once', () => {
    const loaded = loadServerConfig({
      PORT: 'eighty',
      ROLEFIT_ADMIN_TOKEN: 'short',
      ROLEFIT_MAX_UPLOAD_MB: '500',
    });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.map((i) => i.path).sort()).toEqual([
      'PORT',
      'ROLEFIT_ADMIN_TOKEN',
      'ROLEFIT_MAX_UPLOAD_MB',
    ]);
    expect(loaded.error.every((i) => i.code === 'INVALID_CONFIG')).toBe(true);
  });
});
