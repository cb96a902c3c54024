/** The article model: parts, exact ranges, the prose mask, Markdown positions, front matter. */
import * as assert from 'node:assert/strict';
import { Article, HIDDEN } from '../../src/core/article';

const kinds = (a: Article) => a.blocks.map((b) => `${b.kind}:${a.text.slice(b.start, b.end)}`);

describe('article model: plain text', () => {
  const text =
    'Tiêu đề bài\n\n17/07/2017 - 07:39\n\nĐoạn mở đầu của bài.\n\nTiêu đề phụ\n\nĐoạn thân bài.\n\nẢnh: Minh Anh\n\nQuốc Hùng\n\nChia sẻ bài viết\n\nBÌNH LUẬN';
  const a = new Article(text, 'text');

  it('reads title, dateline, lead, heading, caption, byline and residue', () => {
    assert.deepEqual(kinds(a), [
      'title:Tiêu đề bài',
      'dateline:17/07/2017 - 07:39',
      'lead:Đoạn mở đầu của bài.',
      'heading:Tiêu đề phụ',
      'paragraph:Đoạn thân bài.',
      'caption:Ảnh: Minh Anh',
      'byline:Quốc Hùng',
      'residue:Chia sẻ bài viết',
      'residue:BÌNH LUẬN',
    ]);
  });

  it('reads a line with no letter (a quote mark broken off its paragraph) as a paragraph, not a heading', () => {
    const b = new Article('Tít\n\nBà Hà cho biết:\n“\nChúng tôi đồng ý.\n”.', 'text');
    assert.deepEqual(kinds(b).slice(2), ['paragraph:“', 'paragraph:Chúng tôi đồng ý.', 'paragraph:”.']);
  });

  it('parses the dateline with exact ranges', () => {
    const d = a.dateline!;
    assert.deepEqual([d.day, d.month, d.year, d.hour, d.minute], [17, 7, 2017, 7, 39]);
    assert.equal(text.slice(d.date.start, d.date.end), '17/07/2017');
    assert.equal(text.slice(d.time!.start, d.time!.end), '07:39');
  });

  it('keeps the mask the same length and hides URLs and directive lines', () => {
    const t = 'Tiêu đề\n<!-- vnstyle-disable web-residue -->\nXem https://vnexpress.net/a.html, hoặc thư a.b@c.vn.';
    const m = new Article(t, 'text');
    assert.equal(m.mask.length, t.length);
    assert.equal(m.mask.split('\n')[1].trim(), '');
    assert.ok(m.mask.includes(`Xem ${HIDDEN.repeat('https://vnexpress.net/a.html'.length)}, hoặc thư ${HIDDEN.repeat('a.b@c.vn'.length)}.`));
    assert.equal(m.directives.length, 1);
  });

  it('finds the byline before a lead that a crawler put at the end', () => {
    const crawled = 'Tiêu đề\n\nĐoạn một.\nĐoạn hai.\nHồng Nhung\n\n\n\nPhần tóm tắt bài đặt ở cuối, dài hơn một dòng tên.';
    assert.equal(new Article(crawled, 'text').byline?.start, crawled.indexOf('Hồng Nhung'));
  });

  it('handles CRLF line breaks with exact offsets', () => {
    const crlf = 'Tiêu đề\r\n\r\nNội dung.\r\n\r\nQuốc Hùng\r\n';
    const c = new Article(crlf, 'text');
    assert.deepEqual(kinds(c), ['title:Tiêu đề', 'lead:Nội dung.', 'byline:Quốc Hùng']);
    assert.equal(c.lines.lineAt(crlf.indexOf('Quốc')), 4);
  });
});

describe('article model: Markdown', () => {
  const md = [
    '---',
    'title: "Tít có UBND"',
    'date: 2017-07-17T07:39',
    'author: Quốc Hùng',
    '---',
    '',
    'Đoạn **đậm** có `mã CB` và [liên kết](https://x.vn/a "t") cùng <b>thẻ</b> \\* và &amp; hết.',
    '',
    '> Trích *dẫn* dòng',
    '> hai',
    '',
    '```',
    'khối mã UBND',
    '```',
    '',
    '<!-- vnstyle-disable abbreviation-undefined -->',
  ].join('\n');

  for (const eol of ['\n', '\r\n']) {
    const src = md.replace(/\n/g, eol);
    const a = new Article(src, 'markdown');
    const label = eol === '\n' ? 'LF' : 'CRLF';

    it(`reads front matter title, date and author with their ranges (${label})`, () => {
      assert.equal(src.slice(a.titleSpan!.start, a.titleSpan!.end), 'Tít có UBND');
      assert.equal(src.slice(a.bylineSpan!.start, a.bylineSpan!.end), 'Quốc Hùng');
      assert.equal(a.dateline?.fromFrontMatter, true);
      assert.deepEqual([a.dateline!.day, a.dateline!.month, a.dateline!.year, a.dateline!.hour, a.dateline!.minute], [17, 7, 2017, 7, 39]);
    });

    it(`masks code, HTML, link URLs and markup but keeps prose at the same offsets (${label})`, () => {
      const lines = a.mask.split(/\r?\n/);
      assert.equal(a.mask.length, src.length);
      assert.equal(
        lines[6],
        `Đoạn ${HIDDEN}${HIDDEN}đậm${HIDDEN}${HIDDEN} có ${HIDDEN.repeat(7)} và ${HIDDEN}liên kết${HIDDEN.repeat('](https://x.vn/a "t")'.length)} cùng ${HIDDEN.repeat(3)}thẻ${HIDDEN.repeat(4)} ${HIDDEN}* và ${HIDDEN.repeat(5)} hết.`,
      );
      assert.equal(lines[8], `  Trích ${HIDDEN}dẫn${HIDDEN} dòng`);
      assert.equal(lines[12].trim(), '');
      assert.ok(!a.mask.includes('khối mã'));
    });

    it(`gives blocks their source ranges (${label})`, () => {
      const quote = a.blocks.find((b) => b.nested)!;
      assert.equal(src.slice(quote.start, quote.end), `Trích *dẫn* dòng${eol}> hai`);
      assert.equal(a.directives[0].kind, 'disable');
    });
  }

  it('takes a level-1 heading as the title', () => {
    const a = new Article('# Tít bài\n\nĐoạn mở đầu.\n\n## Tiêu đề phụ\n\nĐoạn sau.\n\nMinh Anh\n', 'markdown');
    assert.deepEqual(kinds(a), ['title:Tít bài', 'lead:Đoạn mở đầu.', 'heading:Tiêu đề phụ', 'paragraph:Đoạn sau.', 'byline:Minh Anh']);
  });
});
