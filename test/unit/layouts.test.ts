/**
 * The layouts real articles come in (test/fixtures/layouts/, written for these tests):
 *  a. headline, blank line, paragraphs;        b. no headline: the first line is the lead or a caption;
 *  c. the whole article on one line;            d. headline, sapo line, the body on one line;
 *  e. Markdown with front matter and a dateline and byline in the body;
 *  f. bylines glued to a source credit or split over lines.
 * Each fixture: how the model reads it, and the exact findings of every rule, per profile.
 * Then the seed article in layouts b and c.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, lint } from '../../src/core/engine';
import { resolveConfig, ProfileName } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { ROOT, SHARED, hasShared, TODAY } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'layouts');
const configs = { recommended: resolveConfig({}, RULES), 'party-press': resolveConfig({ profile: 'party-press' }, RULES) } as Record<
  ProfileName,
  ReturnType<typeof resolveConfig>
>;

function run(file: string, profile: ProfileName) {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const result = lint(text, { format: file.endsWith('.md') ? 'markdown' : 'text', config: configs[profile], today: TODAY });
  const a = result.article;
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return {
    text,
    result,
    model: {
      layout: a.layout,
      title: slice(a.titleSpan),
      byline: slice(a.bylineSpan),
      leadTag: slice(a.leadTag),
      blocks: a.blocks.map((b) => b.kind + (b.joined ? '*' : '')).join(' '),
    },
    /** Each finding as "line:column rule messageId «text»". */
    findings: result.findings.map((f) => {
      const p = a.lines.positionAt(f.start);
      return `${p.line + 1}:${p.character + 1} ${f.ruleId} ${f.messageId} «${text.slice(f.start, f.end)}»`;
    }),
  };
}

interface Case {
  file: string;
  model: { layout: string; title: string | null; byline: string | null; leadTag: string | null; blocks: string };
  findings: Partial<Record<ProfileName, string[]>>;
}

const CASES: Case[] = [
  {
    file: 'a-headline.txt',
    model: {
      layout: 'headline',
      title: 'Huyện tổng kết công tác dân vận năm 2024',
      byline: 'Minh Anh',
      leadTag: null,
      blocks: 'title lead paragraph paragraph byline',
    },
    findings: {
      recommended: ['5:29 abbreviation-undefined fullEarlier «UBND»', '5:56 abbreviation-undefined undefined «MTTQ»'],
      'party-press': ['5:29 abbreviation-undefined fullEarlier «UBND»', '5:56 abbreviation-undefined undefined «MTTQ»', '7:61 year-range style «2021-2025»'],
    },
  },
  {
    file: 'b-lead-first.txt',
    // A definition and a first use on line 1 count like any other.
    model: { layout: 'no-headline', title: null, byline: 'Thanh Hà', leadTag: null, blocks: 'lead paragraph paragraph byline' },
    findings: {
      recommended: ['1:91 abbreviation-undefined undefined «CSGT»', '3:93 ellipsis twoDots «..»'],
      'party-press': [
        '1:7 date-format separator «5-3»',
        '1:91 abbreviation-undefined undefined «CSGT»',
        '3:93 ellipsis twoDots «..»',
        '3:116 time-format style «17h»',
      ],
    },
  },
  {
    file: 'b-caption-first.txt',
    model: { layout: 'no-headline', title: null, byline: 'Ngọc Lan', leadTag: null, blocks: 'caption lead paragraph byline' },
    findings: { recommended: ['2:111 abbreviation-undefined undefined «PCCC»'], 'party-press': ['2:111 abbreviation-undefined undefined «PCCC»'] },
  },
  {
    file: 'c-one-line.txt',
    // The outlet tag is no abbreviation to explain; "năm nay" after a full stop starts a sentence; the byline is inline.
    model: { layout: 'one-line', title: null, byline: 'Hoàng Anh Tuấn (TTXVN)', leadTag: 'QĐND - ', blocks: 'lead* paragraph* paragraph* byline*' },
    findings: {
      recommended: ['1:347 capitalization sentence «năm»', '1:601 abbreviation-undefined undefined «TTATGT»'],
      'party-press': ['1:347 capitalization sentence «năm»', '1:601 abbreviation-undefined undefined «TTATGT»'],
    },
  },
  {
    file: 'c-glued-byline.txt',
    model: { layout: 'one-line', title: null, byline: 'Minh Phương Theo Guardian', leadTag: null, blocks: 'lead* paragraph* byline*' },
    findings: { recommended: [], 'party-press': [] },
  },
  {
    file: 'd-headline-sapo-body.txt',
    model: {
      layout: 'headline-one-line-body',
      title: 'Thành phố khởi công cầu vượt sông Hàn mới',
      byline: 'Đức Trung',
      leadTag: null,
      blocks: 'title lead paragraph* paragraph* byline*',
    },
    findings: { recommended: ['3:228 abbreviation-undefined undefined «GTVT»'], 'party-press': ['3:228 abbreviation-undefined undefined «GTVT»'] },
  },
  {
    file: 'e-front-matter.md',
    // The dateline line is the dateline's alone even with a front matter date; the body byline line is no sentence.
    model: {
      layout: 'headline',
      title: 'Tỉnh đón nhận bằng công nhận huyện nông thôn mới',
      byline: 'Quốc Hùng',
      leadTag: null,
      blocks: 'dateline lead paragraph byline',
    },
    findings: {
      recommended: ['9:11 abbreviation-undefined undefined «UBND»', '11:110 time-format style «10h»'],
      'party-press': ['9:11 abbreviation-undefined undefined «UBND»', '11:110 time-format style «10h»'],
    },
  },
  {
    file: 'f-split-byline.txt',
    model: {
      layout: 'headline',
      title: 'Ra mắt mẫu điện thoại gập mới',
      byline: 'Hòa Lê\n(\nT/h\n)',
      leadTag: null,
      blocks: 'title lead paragraph byline byline byline byline',
    },
    findings: { recommended: [], 'party-press': [] },
  },
  {
    file: 'f-glued-byline.txt',
    model: { layout: 'headline', title: 'Giá vàng giảm phiên đầu tuần', byline: 'Kim DungTheo Bloomberg', leadTag: null, blocks: 'title lead byline' },
    findings: { recommended: [], 'party-press': [] },
  },
];

describe('article layouts: fixtures a–f', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    assert.deepEqual(CASES.map((c) => c.file).sort(), fs.readdirSync(DIR).sort());
  });
  for (const c of CASES) {
    describe(c.file, () => {
      it(`is read as ${c.model.layout}: ${c.model.blocks}`, () => {
        assert.deepEqual(run(c.file, 'recommended').model, c.model);
      });
      for (const [profile, expected] of Object.entries(c.findings) as Array<[ProfileName, string[]]>) {
        it(`${profile}: exactly the expected findings`, () => {
          const r = run(c.file, profile);
          assert.deepEqual(r.result.failures, []);
          assert.deepEqual(r.findings, expected);
        });
      }
    });
  }

  it('e: fix-on-save never rewrites the dateline (front matter date and a dateline line)', () => {
    const { text } = run('e-front-matter.md', 'party-press');
    const fixed = applyFixes(text, { format: 'markdown', config: configs['party-press'], today: TODAY }).text;
    assert.ok(fixed.includes('\n05/03/2024 - 08:15\n'));
    assert.ok(fixed.includes('Đến 10 giờ, các đại biểu'));
    assert.ok(fixed.includes('Ủy ban nhân dân (UBND) tỉnh'));
  });
});

describe('the seed article in layouts b (no headline) and c (one line)', function () {
  before(function () {
    if (!hasShared) this.skip();
  });
  const config = configs['party-press'];
  const read = () => fs.readFileSync(path.join(SHARED, 'samples', 'an-nhon.txt'), 'utf8');
  /** The article from its lead to its byline. */
  const body = () => {
    const t = read();
    const lead = t.indexOf('Ngay sau khi');
    return t.slice(lead, t.indexOf('Quốc Hùng') + 'Quốc Hùng'.length);
  };
  const variants: Array<[string, () => string, string]> = [
    [
      'b, headline removed',
      () =>
        read()
          .slice(read().indexOf('\n') + 1)
          .replace(/^\s+/, ''),
      'no-headline',
    ],
    [
      'c, the whole text on one line, byline at the end',
      () =>
        body()
          .split(/\s*\n\s*/)
          .join(' '),
      'one-line',
    ],
  ];
  for (const [name, make, layout] of variants) {
    describe(name, () => {
      it(`is read as ${layout} with Quốc Hùng as the byline`, () => {
        const a = lint(make(), { config, today: TODAY }).article;
        assert.equal(a.layout, layout);
        assert.equal(a.titleSpan, null);
        assert.equal(make().slice(a.bylineSpan!.start, a.bylineSpan!.end), 'Quốc Hùng');
      });
      it('with the definition: no abbreviation finding at all', () => {
        const f = lint(make(), { config, today: TODAY }).findings.filter((x) => x.ruleId.startsWith('abbreviation'));
        assert.deepEqual(f, []);
      });
      it('without " (CB, ĐV)": abbreviation-undefined at the first CB and the first ĐV, nothing about a headline', () => {
        const text = make().replace(' (CB, ĐV)', '');
        const f = lint(text, { config, today: TODAY }).findings.filter((x) => x.ruleId.startsWith('abbreviation'));
        assert.deepEqual(
          f.map((x) => [x.ruleId, text.slice(x.start, x.end), x.start]),
          [
            ['abbreviation-undefined', 'CB', text.indexOf('CB')],
            ['abbreviation-undefined', 'ĐV', text.indexOf('ĐV')],
          ],
        );
        assert.equal(applyFixes(text, { config, today: TODAY }).text.includes('đội ngũ cán bộ, đảng viên (CB, ĐV)'), true);
      });
    });
  }
});
