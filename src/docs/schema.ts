/** The JSON Schema of `.vnstyle.json`, generated from the rules and the house choices. */
import type { OptionSchema, Rule } from '../core/rule';
import { HOUSE_SCHEMA, PROFILES, PROFILE_DATA } from '../core/config';
import { docsUrl } from '../core/docs-url';

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

function optionSchema(s: OptionSchema): Record<string, unknown> {
  const d = `${s.description.vi}\n${s.description.en}`;
  switch (s.type) {
    case 'string':
      return { type: s.default === null ? ['string', 'null'] : 'string', ...(s.enum ? { enum: s.default === null ? [...s.enum, null] : s.enum } : {}), default: s.default, description: d };
    case 'boolean':
      return { type: 'boolean', default: s.default, description: d };
    case 'integer':
      return { type: 'integer', ...(s.minimum !== undefined ? { minimum: s.minimum } : {}), ...(s.maximum !== undefined ? { maximum: s.maximum } : {}), default: s.default, description: d };
    case 'array':
      return { type: 'array', items: { type: 'string' }, default: s.default, description: d };
  }
}

export function configSchema(rules: readonly Rule[], version: string): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    const options = r.meta.options ?? {};
    const optionsObject = { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(options).map(([k, s]) => [k, optionSchema(s)])) };
    ruleProps[r.id] = {
      description: `${r.meta.description.vi}\n${r.meta.description.en}\n${docsUrl(r.id)}`,
      markdownDescription: `${r.meta.description.vi}\n\n${r.meta.description.en}\n\n[${r.id}](${docsUrl(r.id)})`,
      oneOf: [SEVERITY, { type: 'array', items: [SEVERITY, optionsObject], minItems: 1, maxItems: 2 }],
    };
  }
  const house = Object.fromEntries(
    Object.entries(HOUSE_SCHEMA).map(([k, s]) => [k, { ...(s.enum ? { enum: s.enum } : { type: ['string', 'null'] }), description: `${s.description.vi}\n${s.description.en}` }]),
  );
  const body = {
    profile: { enum: [...PROFILES], description: PROFILES.map((p) => `${p}: ${PROFILE_DATA[p].description.vi}`).join('\n') },
    rules: { type: 'object', description: 'Mức độ và tùy chọn của từng quy tắc. / Severity and options per rule.', additionalProperties: false, properties: ruleProps },
    abbreviations: {
      type: 'object',
      description: 'Viết tắt bổ sung: {"HTX": "hợp tác xã"}; nhiều nghĩa thì dùng mảng. / Extra abbreviations; several meanings as an array.',
      additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
    },
    allow: { type: 'array', items: { type: 'string' }, description: 'Viết tắt được dùng không cần giải thích. / Abbreviations accepted without definition.' },
    byline: { type: 'object', additionalProperties: false, properties: { default: { type: 'string', description: 'Dòng tác giả chèn khi bài thiếu. / The byline inserted when missing.' } } },
    house: { type: 'object', additionalProperties: false, properties: house, description: 'Lựa chọn của tòa soạn. / House choices.' },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/vnstyle/vnstyle/blob/v${version}/schemas/vnstyle.schema.json`,
    title: 'vnstyle configuration (.vnstyle.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...body,
      extends: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'Tệp cấu hình khác để kế thừa (đường dẫn tính từ tệp này), cùng "overrides" và "ignores" của nó; mẫu đường dẫn trong tệp được kế thừa tính từ thư mục của tệp này. / Other configuration files to extend (paths relative to this file), with their "overrides" and "ignores"; globs in an extended file are matched from this file\'s folder.' },
      overrides: {
        type: 'array',
        description: 'Cấu hình riêng cho một số tệp theo mẫu đường dẫn. / Configuration for files matching globs.',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, excludedFiles: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, ...body },
        },
      },
      ignores: { type: 'array', items: { type: 'string' }, description: 'Mẫu đường dẫn các tệp không kiểm tra. / Globs of files not to lint.' },
    },
  };
}
