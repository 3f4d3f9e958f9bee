import { renderRoleText } from '../../core/render/role-text.ts';
import { bundledRoles, bundledTaxonomy, requireRole } from '../../data/bundled.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';

export const rolesCommand: Command = {
  usage: 'rolefit roles [--format text|json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { format: { type: 'string', short: 'f' } }, this.usage);
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const roles = bundledRoles();
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify(
          roles.map((r) => ({ id: r.id, title: r.title, summary: r.summary })),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const r of roles) io.stdout(`${r.id.padEnd(30)}${r.title}\n`);
    }
    return 0;
  },
};

export const roleCommand: Command = {
  usage: 'rolefit role <role-id> [--format text|json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { format: { type: 'string', short: 'f' } },
      this.usage,
    );
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const id = positionals[0] ?? 'technical-project-manager';
    const role = requireRole(id);
    io.stdout(
      format === 'json' ? `${JSON.stringify(role, null, 2)}\n` : renderRoleText(role, bundledTaxonomy()),
    );
    return 0;
  },
};
